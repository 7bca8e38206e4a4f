"""Money, counts, percentages, points, multiples and changes, worded per language.

See ``locale`` for why figures are formatted by our own rules (scale words
from our table, the article's precision kept, half-up rounding, no ASCII
comma in Chinese) with Babel only for digits and symbols. Hot: every figure
of every brief passes here, so the fields of an amount are cached and the
plain-ASCII digits of zh_Hans_CN and en are formatted by Python directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from ..model import Quantity
from .digits import (
    _ONE,
    _QUANTA,
    _decimals,
    _format_number,
    _scale_for,
    with_written_zeros,
)
from .units import (
    _CURRENCY_UNITS,
    _ON_CHANGE,
    _ZH_SCALES,
    CURRENCIES,
    MAX_DEFAULT_DECIMALS,
    QUALIFIER_WORDS,
    UNITS,
    _is_zh,
    _Unit,
)


@dataclass(frozen=True, slots=True)
class AmountParts:
    """A formatted amount split into its pieces, for templates that mark up
    numbers and for round-trip checks. ``str()`` joins them.

    >>> p = amount_parts(Decimal("534000000"), "CNY", "zh-Hans")
    >>> (p.number, p.scale, p.suffix)
    ('5.34', '亿', '元')
    """

    lang: str
    qualifier: str
    """The localised qualifier word ('' if none): 约, about, ..."""
    sign: str
    """"-" for a negative amount, else ''."""
    prefix: str
    """English currency prefix with its spacing (RMB , HK$, US$); '' otherwise."""
    number: str
    """The mantissa as Babel formats it for the language (5.34, 1,173.79)."""
    scale: str
    """万 / 亿 / 万亿 / million / billion / trillion, or ''."""
    suffix: str
    """Chinese currency or measure word (元, 名, 个月); English unit with spacing."""

    def __str__(self) -> str:
        return join_fields(
            self.lang, self.qualifier, self.sign, self.prefix, self.number, self.scale, self.suffix
        )


#: The fields of an AmountParts, in order: what the formatters pass around
#: (building the frozen dataclass costs more than the rest of a call).
_Fields = tuple[str, str, str, str, str, str, str]


def join_fields(
    lang: str, qualifier: str, sign: str, prefix: str, number: str, scale: str, suffix: str
) -> str:
    """``str(AmountParts(...))``."""
    if not _is_zh(lang):
        scale = f" {scale}" if scale else ""
        head = f"{qualifier} " if qualifier else ""
        return f"{head}{sign}{prefix}{number}{scale}{suffix}"
    return f"{qualifier}{sign}{number}{scale}{suffix}"


def _as_decimal(value: Quantity | Decimal | int) -> Decimal:
    raw = value.value if isinstance(value, Quantity) else value
    if isinstance(raw, bool) or not isinstance(raw, Decimal | int):
        raise TypeError(f"amounts are Decimal or int, not {type(raw).__name__}")
    number = Decimal(raw)
    if not number.is_finite():
        raise ValueError(f"cannot format a non-finite amount: {raw!r}")
    return number


def amount_parts(
    q: Quantity | Decimal | int,
    unit: str,
    lang: str,
    *,
    qualifier: str = "",
    digits: int | None = None,
) -> AmountParts:
    """Split-out form of :func:`format_amount` (same arguments).

    Quantities and Decimals go through a cache: the parts depend on the
    value, not its spelling (trailing zeros are dropped), and a story prints
    the same figures in many sections and languages. Other types (int, and
    bool, which must be refused) are computed every time.
    """
    return AmountParts(*fields_of(q, unit, lang, qualifier, digits))


def fields_of(
    q: Quantity | Decimal | int, unit: str, lang: str, qualifier: str, digits: int | None
) -> _Fields:
    if type(q) is Quantity or type(q) is Decimal:
        return _cached_fields(q, unit, lang, qualifier, digits)
    return _amount_fields(q, unit, lang, qualifier, digits)


def _amount_parts(
    q: Quantity | Decimal | int, unit: str, lang: str, qualifier: str, digits: int | None
) -> AmountParts:
    return AmountParts(*_amount_fields(q, unit, lang, qualifier, digits))


#: Significant digits of an English figure with a scale word: a written
#: 6894.91万元 reads "RMB 68.95 million" in English, as a financial desk would
#: print it; Chinese keeps the article's digits (it wrote them that way), and
#: so does English when the article wrote that scale word ("455.71 billion").
EN_SIGNIFICANT = 4


def _amount_fields(
    q: Quantity | Decimal | int, unit: str, lang: str, qualifier: str, digits: int | None
) -> _Fields:
    zh = _is_zh(lang)
    value = _as_decimal(q)
    if isinstance(q, Quantity):
        if unit and unit != q.unit:
            raise ValueError(f"unit {unit!r} given for a quantity in {q.unit!r}")
        unit = q.unit
        qualifier = qualifier or q.qualifier
    if qualifier not in QUALIFIER_WORDS:
        raise ValueError(f"unknown qualifier {qualifier!r}")
    if unit in CURRENCIES:
        zh_unit, en_prefix = CURRENCIES[unit]
        spec = _CURRENCY_UNITS.get(zh_unit) or _Unit(zh_unit)
    elif unit in UNITS:
        spec, en_prefix = UNITS[unit], ""
    else:
        raise ValueError(f"unknown unit {unit!r}: not a known currency code or unit id")
    if digits is not None and digits < 0:
        raise ValueError("digits must be >= 0")

    # precision: the written resolution, else exact (up to MAX_DEFAULT_DECIMALS)
    step = q.resolution if isinstance(q, Quantity) and q.resolution > 0 else None
    magnitude = abs(value)
    factor, word = _scale_for(magnitude, zh, spec.scaled)
    mantissa = magnitude / factor
    for _ in range(len(_ZH_SCALES) + 1):
        if digits is not None:
            places = digits
        elif step is not None:
            places = _decimals(step / factor)
            written = isinstance(q, Quantity) and q.scale == word  # "455.71 billion"
            if word and not zh and not written:  # a desk prints RMB 68.95 million, not 68.9491
                whole = len(str(int(magnitude / factor)))
                places = min(places, max(0, EN_SIGNIFICANT - whole))
        else:
            places = min(_decimals(mantissa), MAX_DEFAULT_DECIMALS)
        quantum = _QUANTA[places] if places < 16 else _ONE.scaleb(-places)
        mantissa = (magnitude / factor).quantize(quantum, ROUND_HALF_UP)
        if not spec.scaled:  # one scale only: nothing to carry into
            break
        new_factor, new_word = _scale_for(mantissa * factor, zh, True)
        if new_factor == factor:  # rounding did not carry into the next scale word
            break
        factor, word = new_factor, new_word
    number = _format_number(mantissa, zh, places)
    cents = places == 2 and digits is None and step is not None and not word
    if cents and unit in CURRENCIES and not (isinstance(q, Quantity) and q.scale):
        # a price or fee written to the cent (and with no scale word: not
        # "0.10000 thousand") keeps its cents, as a price list prints it:
        # US$3.22 to US$3.40, not to US$3.4
        number = format(mantissa, ".2f" if zh else ",.2f")
    sign = "-" if value < 0 and mantissa != 0 else ""
    zh_q, en_q = QUALIFIER_WORDS[qualifier]
    if zh:
        return (lang, zh_q, sign, "", number, word, spec.zh)
    one = mantissa == 1 and not word
    unit_word = spec.en_one if one else spec.en_many
    return (lang, en_q, sign, en_prefix, number, word, unit_word)


_cached_fields = lru_cache(maxsize=1024)(_amount_fields)
_ON_CHANGE.append(_cached_fields.cache_clear)


def format_amount(
    q: Quantity | Decimal | int,
    unit: str,
    lang: str,
    *,
    qualifier: str = "",
    digits: int | None = None,
) -> str:
    """Money or a count with scale words, in ``lang``.

    ``unit`` is a currency code (CNY, HKD, USD, EUR, GBP, JPY, SAR) or a unit
    id from ``UNITS``; for a Quantity pass ``""`` to use its own unit (its
    qualifier is used unless ``qualifier`` is given). Precision follows
    ``Quantity.resolution``; ``digits`` fixes the decimals of the printed
    mantissa instead (for computed figures). Trailing zeros are dropped,
    except the cents of money written to the cent without a scale word.

    Chinese picks 万/亿/万亿 so the mantissa is in [1, 10000), English
    million/billion/trillion so it is in [1, 1000); below 10,000 (zh) and
    1 million (en) the number is written out ("5740", "12,000").

    >>> format_amount(Decimal("534000000"), "CNY", "zh-Hans")
    '5.34亿元'
    >>> format_amount(Decimal("534000000"), "CNY", "en")
    'RMB 534 million'
    >>> format_amount(Decimal("1E12"), "HKD", "zh-Hant")
    '1万亿港元'
    >>> format_amount(Decimal("1E12"), "HKD", "en", qualifier="over")
    'more than HK$1 trillion'
    >>> format_amount(Decimal("11737900"), "shares", "en")
    '11.7379 million shares'
    """
    return join_fields(*fields_of(q, unit, lang, qualifier, digits))


def format_count(
    value: Quantity | Decimal | int,
    unit: str,
    lang: str,
    *,
    qualifier: str = "",
    digits: int | None = None,
) -> str:
    """A count: the number and its Chinese measure word; the noun comes from
    the template (same as :func:`format_amount`, named for readability).

    >>> format_count(212000000, "users", "zh-Hans"), format_count(212000000, "users", "en")
    ('2.12亿名', '212 million')
    >>> format_count(12000, "companies", "zh-Hans"), format_count(12000, "companies", "en")
    ('1.2万家', '12,000')
    >>> format_count(37, "months", "zh-Hans"), format_count(37, "months", "en")
    ('37个月', '37 months')
    """
    return format_amount(value, unit, lang, qualifier=qualifier, digits=digits)


def format_quantity(q: Quantity, lang: str) -> str:
    """A written figure as the article gave it, a range included:
    151至165港元 / HK$151–165 (the unit said once).

    >>> from decimal import Decimal as D
    >>> q = Quantity(D(151), "HKD", D(1), upper=D(165))
    >>> format_quantity(q, "zh-Hans"), format_quantity(q, "en")
    ('151至165港元', 'HK$151–165')
    >>> q = Quantity(D("0.5"), "pp", D("0.1"), upper=D(2))
    >>> format_quantity(q, "zh-Hans"), format_quantity(q, "en")
    ('0.5至2个百分点', '0.5–2 percentage points')
    """
    low = format_amount(q, "", lang)
    if q.upper is None:
        return with_written_zeros(low, q)
    high = format_amount(replace(q, value=q.upper, qualifier=""), "", lang)
    if _is_zh(lang):
        unit = CURRENCIES[q.unit][0] if q.unit in CURRENCIES else UNITS.get(q.unit, _Unit("")).zh
        if unit and low.endswith(unit) and unit != "%":  # 4.8%至5.1%: a bare 4.8 reads as a count
            low = low[: -len(unit)]
        return f"{low}至{high}"
    prefix = CURRENCIES[q.unit][1] if q.unit in CURRENCIES else ""
    if prefix and high.startswith(prefix):
        high = high[len(prefix) :]
    worded = _WORD_UNIT.match(low)
    if worded and _WORD_UNIT.match(high):  # 0.5–2 percentage points: the word once
        low = worded.group(1)
    else:  # RMB 2.4–5.4 million: the scale once when both ends share it
        head, _, scale = low.rpartition(" ")
        if scale in _SCALE_WORDS and high.endswith(" " + scale):
            low = head
    return f"{low}–{high}"


#: An English amount followed by its unit as words ("0.5 percentage points").
_WORD_UNIT = re.compile(r"^([\d.,]+) [a-z]")


#: English scale words a range says once (RMB 2.4–5.4 million).
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion"})

