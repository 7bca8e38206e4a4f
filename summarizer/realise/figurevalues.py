"""What a filter reads of a figure before it prints it: the value of a
fact, a Quantity or a computed ``Num``; its magnitude (templates say the
direction in words); a computed range as one ranged Quantity; and how many
decimals or significant digits it is printed to. Kept apart from the
filters (``filters.make_env``) so the reading can be tested without a
Jinja environment.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..errors import BuildError
from ..model import Fact, Quantity
from ..rules.facts import Num
from . import locale


def value_of(x: Any) -> Quantity | Decimal:
    """Accept a metric Fact, a Quantity or a computed Num in filters."""
    if isinstance(x, Fact):
        if x.quantity is None:
            raise BuildError.at(x.span, f"fact '{x.id}' has no amount to format")
        return x.quantity
    if isinstance(x, Num):
        return x.value
    if isinstance(x, Quantity | Decimal | int):
        return x if isinstance(x, Quantity | Decimal) else Decimal(x)
    raise TypeError(f"cannot format {type(x).__name__} as a number")


def digits_for(v: Decimal) -> int:
    """Decimals for a computed figure: 412 -> 0, 37.5 -> 1, 3.78 -> 1, 0.43 -> 2."""
    a = abs(v)
    if a >= 100:
        return 0
    if a >= 1:
        return 1
    return 2


def exact_digits(v: Decimal, most: int = 2) -> int:
    """The decimals ``v`` has when it has at most ``most`` (a difference of two
    written rates, 13.25 - 12.9 = 0.35: exact, so printed whole), else 1 (a
    difference of computed ratios, whose digits past the first mean nothing).

    >>> [exact_digits(d) for d in (Decimal("0.35"), Decimal("7.90"), Decimal(1) / 3)]
    [2, 1, 1]
    """
    exponent = v.normalize().as_tuple().exponent
    if not isinstance(exponent, int):  # NaN or infinity: the formatter refuses it
        return 1
    places = max(0, -exponent)
    return places if places <= most else 1


def places(f: Fact) -> int:
    """Decimal places a figure was written with, so a sum of written shares
    prints as exactly (43.25% + 26.64% + 14.97% -> 82.32%, not 82.3%).

    Template filter ``places``: ``v.together|pct(v.top|map(attribute='cur')|map('places')|max)``.
    """
    q = f.quantity
    if q is None:
        return 0
    # the written resolution keeps a trailing zero the value lost (3.0% is 3 with
    # resolution 0.1: one place, as the central bank wrote it)
    exponents = (q.value.as_tuple().exponent, q.resolution.normalize().as_tuple().exponent)
    return max((max(0, -e) for e in exponents if isinstance(e, int)), default=0)


UNSCALED = locale.UNITS["percent"]


def absq(x: Any, bare: bool = False) -> Any:
    """The magnitude of a signed figure; templates say the direction in words.
    ``bare`` drops the written qualifier where the sentence words it itself
    (最多上涨5美元, not 上涨不超过5美元)."""
    if isinstance(x, Fact) and x.quantity is not None:
        q = x.quantity  # everything written stays: digits, scale, qualifier, per
        upper = None if q.upper is None else abs(q.upper)
        return replace(q, value=abs(q.value), upper=upper, qualifier="" if bare else q.qualifier)
    if isinstance(x, Num):
        upper = None if x.upper is None else abs(x.upper)
        return Num(abs(x.value), abs(x.low), abs(x.high), x.facts, x.unit, upper)
    return abs(x)


def range_of(x: Any, digits: int | None, significant: bool = False) -> Quantity | None:
    """A computed range (a fee raised from 2% to 2.5%-4% moved 0.5 to 2
    points) as a ranged Quantity, ends in order, at ``digits`` decimals (or
    as exact as both ends are): the formatters print both ends of one, where
    a bare Decimal printed the lower end alone, a figure the article never
    gave; ``significant``: each end to three significant digits first, as a
    computed amount is printed. None for any other value."""
    if not isinstance(x, Num) or x.upper is None:
        return None
    lo, hi = sorted((x.value, x.upper))
    if significant and digits is None:  # each end rounded as one computed amount
        lo, hi = locale.round_significant(lo), locale.round_significant(hi)
    if digits is None:
        digits = max(exact_digits(lo), exact_digits(hi))
    step = Decimal(1).scaleb(-digits)
    return Quantity(lo.quantize(step), x.unit, step, upper=hi.quantize(step))


def scaled(unit: str) -> bool:
    """A unit whose computed amounts print to three significant digits in
    every language (money, counts with a scale: 1940万 / 19.4 million)."""
    return unit in locale.CURRENCIES or locale.UNITS.get(unit, UNSCALED).scaled


def index_reading(value: Decimal) -> str:
    """A survey index's reading to one decimal, zeros kept, as indices are
    published: 49.0, not 49 (a PMI's 49.0 beside 50.5).

    >>> index_reading(Decimal("49")), index_reading(Decimal("50.45"))
    ('49.0', '50.5')
    """
    return format(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP), ".1f")
