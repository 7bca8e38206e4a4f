"""Figures relative to another: percentages, percentage points, multiples
and changes with their direction (增长102% / up 102%), worded per language.

They are amounts in units with no scale word, so they go through
``numbers.format_amount`` with their unit and the decimals a desk prints.
"""

from __future__ import annotations

from decimal import Decimal

from ..model import Quantity
from .numbers import _as_decimal, fields_of, format_amount, format_quantity, join_fields
from .units import (
    _is_zh,
)


def format_percent(
    value: Quantity | Decimal | int,
    lang: str,
    digits: int | None = None,
    *,
    qualifier: str = "",
) -> str:
    """A percentage given in percent (84.5 -> "84.5%"), never scaled.

    >>> format_percent(Decimal("84.5"), "zh-Hans"), format_percent(Decimal("84.5"), "en")
    ('84.5%', '84.5%')
    >>> format_percent(Decimal("129.76"), "en", digits=0)
    '130%'
    """
    if isinstance(value, Quantity) and value.upper is not None and digits is None:
        return format_quantity(value, lang)  # a range: both ends, not the lower alone
    unit = "" if isinstance(value, Quantity) else "percent"
    return format_amount(value, unit, lang, qualifier=qualifier, digits=digits)


def format_points(
    value: Quantity | Decimal | int,
    lang: str,
    digits: int | None = None,
    *,
    qualifier: str = "",
) -> str:
    """A difference of percentages, in percentage points.

    >>> format_points(Decimal("15.6"), "zh-Hans"), format_points(Decimal("15.6"), "en")
    ('15.6个百分点', '15.6 percentage points')
    """
    unit = "" if isinstance(value, Quantity) else "pp"
    return format_amount(value, unit, lang, qualifier=qualifier, digits=digits)


def format_multiple(
    value: Quantity | Decimal | int,
    lang: str,
    *,
    digits: int | None = None,
    qualifier: str = "",
    spelled: bool = False,
) -> str:
    """A multiple ("A is N times B"): zh "34倍"; en "34×", or "34 times"
    with ``spelled=True`` (for running prose: "34 times its revenue").

    >>> format_multiple(34, "zh-Hans"), format_multiple(34, "en")
    ('34倍', '34×')
    >>> format_multiple(Decimal("22.4"), "en", digits=0, spelled=True, qualifier="about")
    'about 22 times'
    """
    unit = "" if isinstance(value, Quantity) else "times"
    parts = fields_of(value, unit, lang, qualifier, digits)
    if spelled and not _is_zh(lang):
        one = parts[4] == "1"
        word = " time" if one else " times"
        parts = (lang, parts[1], parts[2], "", parts[4], "", word)
    return join_fields(*parts)


def format_change(
    pct: Quantity | Decimal | int,
    lang: str,
    digits: int | None = None,
) -> str:
    """A relative change in percent, with its direction.

    zh "增长102%" / "下降50%" / "持平"; en "up 102%" / "down 50%" / "unchanged"
    (decided on the rounded figure, so -0.04 at one decimal is "持平"); a change
    the article gives as about nothing ("roughly flat") is "基本持平" / "roughly flat".

    >>> format_change(Decimal("102"), "zh-Hans"), format_change(Decimal("-50"), "en")
    ('增长102%', 'down 50%')
    """
    zh = _is_zh(lang)
    value = _as_decimal(pct)
    if isinstance(pct, Quantity) and pct.upper is not None and digits is None:
        return _change_range(pct, zh, lang)
    if isinstance(pct, Quantity):
        size: Quantity | Decimal = Quantity(
            abs(value), pct.unit, pct.resolution, pct.scale, pct.qualifier
        )
    else:
        size = abs(value)
    parts = fields_of(size, "" if isinstance(size, Quantity) else "percent", lang, "", digits)
    if parts[4] == "0":
        rough = isinstance(pct, Quantity) and pct.qualifier == "about"
        if zh:
            return "基本持平" if rough else "持平"
        return "roughly flat" if rough else "unchanged"
    text = join_fields(*parts)
    if zh:
        return ("增长" if value > 0 else "下降") + text
    return ("up " if value > 0 else "down ") + text


def _change_range(pct: Quantity, zh: bool, lang: str) -> str:
    """A change given as a range (guidance of 4.8% to 5.1%): both ends, with
    the direction once when they share it, each with its own when not.

    >>> from decimal import Decimal as D
    >>> q = Quantity(D("4.8"), "percent", D("0.1"), upper=D("5.1"))
    >>> _change_range(q, True, "zh-Hans"), _change_range(q, False, "en")
    ('增长4.8%至5.1%', 'up 4.8%–5.1%')
    >>> q = Quantity(D("-2"), "percent", D("1"), upper=D("1"))
    >>> _change_range(q, True, "zh-Hans"), _change_range(q, False, "en")
    ('介于下降2%和增长1%之间', 'between down 2% and up 1%')
    """
    assert pct.upper is not None
    low, high = pct.value, pct.upper
    if low >= 0 or high <= 0:  # one direction: said once, over both ends
        ends = Quantity(min(abs(low), abs(high)), pct.unit, pct.resolution, pct.scale,
                        pct.qualifier, max(abs(low), abs(high)))
        text = format_quantity(ends, lang)
        if zh:
            return ("增长" if high > 0 else "下降") + text
        return ("up " if high > 0 else "down ") + text
    one = Quantity(low, pct.unit, pct.resolution, pct.scale)
    other = Quantity(high, pct.unit, pct.resolution, pct.scale)
    a, b = format_change(one, lang), format_change(other, lang)
    return f"介于{a}和{b}之间" if zh else f"between {a} and {b}"
