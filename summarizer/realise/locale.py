"""Numbers, money, percentages, dates, periods and lists, worded per language.

Why this module exists, and why it does not simply call Babel's compact
formatting:

* Every figure in a quick read must be said the same way in every language
  and traceable to a fact, so formatting is one set of pure, deterministic
  functions that templates use as filters. Babel is always called with an
  explicit ``locale=``; the process locale is never consulted.
* Chinese scale words come from our own table (万, 亿, 万亿). Babel's compact
  formats are wrong for news copy: ``zh_Hant_HK`` prints "1T" and
  ``zh_Hant_TW`` prints "1兆" for 万亿. Babel is used for what it is right
  about: digit grouping, decimal symbols, long dates, month names and lists.
* All Chinese variants are formatted as zh-Hans (locale ``zh_Hans_CN``). The
  OpenCC stage (``summarizer.convert.hant``) converts the script afterwards and masks
  number tokens, so numbers are formatted once and never patched by a
  conversion dictionary.
* Figures keep the precision the article wrote (``Quantity.resolution``);
  trailing zeros after the decimal point are dropped, so a computed figure
  never reads "1.0万亿". ``digits`` sets the decimals for computed figures.
  Rounding is half-up (四舍五入), as readers expect.
* Chinese output never contains an ASCII comma: Chinese figures are not
  digit-grouped (mantissas stay below 10,000 because of the scale words).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Literal

from babel.dates import format_date as _babel_date
from babel.dates import format_skeleton as _babel_skeleton
from babel.lists import format_list as _babel_list
from babel.numbers import format_decimal as _babel_decimal
from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

from .. import languages
from ..facts.periods import Period, parse_period
from ..model import Quantity
from ..vocabulary.vocab import Vocabulary, derived_table

#: Babel locale for every Chinese variant: its source's, zh-Hans (script
#: conversion comes later).
ZH_LOCALE = languages.language("zh-Hans").babel
#: Babel locale for English: CLDR ``en`` (US conventions: "February 1, 2026",
#: serial comma in lists "A, B, and C").
EN_LOCALE = languages.language("en").babel
#: The languages at import (kept for tests; checks ask the registry).
_LANGS = languages.codes()

#: Decimals shown for a bare Decimal with neither a resolution nor ``digits``.
MAX_DEFAULT_DECIMALS = 6

_ZH_SCALES: tuple[tuple[Decimal, str], ...] = (
    (Decimal(10) ** 12, "万亿"),
    (Decimal(10) ** 8, "亿"),
    (Decimal(10) ** 4, "万"),
)
_EN_SCALES: tuple[tuple[Decimal, str], ...] = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)

def round_significant(value: Decimal, significant: int = 3) -> Decimal:
    """``value`` rounded to ``significant`` digits (half even, as Babel rounds).

    >>> round_significant(Decimal("19430000")), round_significant(Decimal("1.335"))
    (Decimal('1.94E+7'), Decimal('1.34'))
    """
    if not value:
        return value
    return value.quantize(Decimal(1).scaleb(value.adjusted() - significant + 1))


def significant_decimals(value: Decimal, lang: str, significant: int = 3) -> int:
    """Decimals that show a computed amount to ``significant`` digits once it
    is scaled as it will be printed: 1,335,000,000 -> 2 ("US$1.34 billion"),
    6,300,000,000 in Chinese -> 1 ("63.0亿", trailing zero dropped later).

    A computed figure has no written precision of its own; three significant
    digits is what a financial desk prints, never the 28 a Decimal carries.

    >>> significant_decimals(Decimal(1335000000), "en")
    2
    >>> significant_decimals(Decimal(6300000000), "zh-Hans")
    1
    """
    a = abs(value)
    for factor, _ in _ZH_SCALES if _is_zh(lang) else _EN_SCALES:
        if a >= factor:
            a = a / factor
            break
    whole = len(str(int(a))) if a >= 1 else 1
    return max(0, significant - whole)


#: Currency code -> (zh suffix, en prefix), from the vocabulary (see _tables).
CURRENCIES: dict[str, tuple[str, str]] = {}


@dataclass(frozen=True, slots=True)
class _Unit:
    zh: str
    """Measure word (or unit) written after the Chinese number."""
    en_one: str = ""
    """English unit after the number when it is exactly 1 ('' = noun from the template)."""
    en_many: str = ""
    scaled: bool = True
    """Whether scale words apply (counts of things) or not (%, ×, months)."""


#: Unit id -> how it is said. For counts of things (users, companies) the
#: noun comes from the template in both languages; this returns the number
#: and the Chinese measure word ("2.12亿名" + 用户, "212 million" + users).
#: Units whose Chinese word *is* the unit (股, 个月, 年, 个百分点, 倍, %) carry
#: their English word too.
UNITS: dict[str, _Unit] = {}

#: The unit spec of each currency's Chinese word, made once (see _amount_fields).
_CURRENCY_UNITS: dict[str, _Unit] = {}


#: Qualifier id -> (zh prefix, en prefix). Chinese qualifiers are always
#: prefixes (约5.34亿元, never 5.34亿元左右) so one figure reads one way.
QUALIFIER_WORDS: dict[str, tuple[str, str]] = {}


@derived_table
def _tables(vocab: Vocabulary) -> None:
    """Currency, unit and qualifier words from the vocabulary in force, rebuilt
    in place (and the formatting cache emptied) when another is activated."""
    CURRENCIES.clear()
    CURRENCIES.update({code: (n.zh, n.en) for code, n in vocab.currencies.items()})
    UNITS.clear()
    UNITS[""] = _Unit("")
    UNITS.update(
        {uid: _Unit(u.zh, u.en_one, u.en_many, u.scaled) for uid, u in vocab.units.items()}
    )
    _CURRENCY_UNITS.clear()
    _CURRENCY_UNITS.update({zh: _Unit(zh) for zh, _ in CURRENCIES.values()})
    QUALIFIER_WORDS.clear()
    QUALIFIER_WORDS[""] = ("", "")
    QUALIFIER_WORDS.update({q.id: (q.name.zh, q.name.en) for q in vocab.qualifiers.values()})
    cache = globals().get("_cached_fields")
    if cache is not None:
        cache.cache_clear()


Precision = Literal["day", "month", "quarter", "year"]

_ZH_NUMERALS = ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_EN_ORDINALS = ("", "first", "second", "third", "fourth")
_EN_NUMBERS = (
    "zero", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve",
)  # fmt: skip


def _is_zh(lang: str) -> bool:
    """Chinese figures (scale words, no grouping) or English ones; an unknown
    code fails listing the known ones. A non-Chinese language other than
    English would need its own formats here, so it fails too."""
    lg = languages.language(lang)
    if not lg.chinese and lg.source != "en":
        raise ValueError(f"no number formats for {lang!r}: only Chinese and English")
    return lg.chinese


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
        return _join(
            self.lang, self.qualifier, self.sign, self.prefix, self.number, self.scale, self.suffix
        )


#: The fields of an AmountParts, in order: what the formatters pass around
#: (building the frozen dataclass costs more than the rest of a call).
_Fields = tuple[str, str, str, str, str, str, str]


def _join(
    lang: str, qualifier: str, sign: str, prefix: str, number: str, scale: str, suffix: str
) -> str:
    """``str(AmountParts(...))``."""
    if not _is_zh(lang):
        scale = f" {scale}" if scale else ""
        head = f"{qualifier} " if qualifier else ""
        return f"{head}{sign}{prefix}{number}{scale}{suffix}"
    return f"{qualifier}{sign}{number}{scale}{suffix}"


def _decimals(step: Decimal) -> int:
    """Decimals needed to show a multiple of ``step`` (0.01 -> 2, 100 -> 0)."""
    exponent = step.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


_ONE = Decimal(1)
#: Quantize targets and format specs by number of decimals, made once.
_QUANTA = tuple(_ONE.scaleb(-p) for p in range(16))
_ZH_SPECS = tuple(f".{p}f" for p in range(16))
_EN_SPECS = tuple(f",.{p}f" for p in range(16))


def _scale_for(magnitude: Decimal, zh: bool, scaled: bool) -> tuple[Decimal, str]:
    if scaled:
        for factor, word in _ZH_SCALES if zh else _EN_SCALES:
            if magnitude >= factor:
                return factor, word
    return _ONE, ""


def _symbols_are_ascii(locale: str) -> bool:
    symbols = get_decimal_symbol(locale), get_group_symbol(locale), get_minus_sign_symbol(locale)
    return symbols == (".", ",", "-")


#: Babel's zh_Hans_CN and en print numbers with ASCII '.', ',' and '-', so the
#: patterns below ("0.00", "#,##0.00") are Python's own Decimal formatting:
#: byte-identical (no rounding happens: the number is already rounded to the
#: decimals shown) and some 20 times faster than format_decimal. Checked once
#: against Babel's symbols; any other data falls back to Babel.
_FAST_NUMBERS = _symbols_are_ascii(ZH_LOCALE) and _symbols_are_ascii(EN_LOCALE)


def _format_number(number: Decimal, zh: bool, shown: int = -1) -> str:
    """Babel-format an already rounded Decimal, dropping trailing fractional zeros.

    ``shown``: the decimals ``number`` was quantized to (its exponent is
    ``-shown``), or -1 if unknown.
    """
    if number == 0:
        number = Decimal(0)  # no "-0"
    if _FAST_NUMBERS and number and 0 <= shown < 16:
        # printed to the decimals it has, then its trailing zeros dropped:
        # the same digits as printing it to _decimals(number) decimals
        text = format(number, _ZH_SPECS[shown] if zh else _EN_SPECS[shown])
        return text.rstrip("0").rstrip(".") if shown else text
    places = _decimals(number)
    if _FAST_NUMBERS:
        if places < 16:
            return format(number, _ZH_SPECS[places] if zh else _EN_SPECS[places])
        return format(number, f".{places}f" if zh else f",.{places}f")
    pattern = ("0" if zh else "#,##0") + ("." + "0" * places if places else "")
    return _babel_decimal(
        number,
        format=pattern,
        locale=ZH_LOCALE if zh else EN_LOCALE,
        group_separator=not zh,
    )


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
    return AmountParts(*_fields(q, unit, lang, qualifier, digits))


def _fields(
    q: Quantity | Decimal | int, unit: str, lang: str, qualifier: str, digits: int | None
) -> _Fields:
    if type(q) is Quantity or type(q) is Decimal:
        return _cached_fields(q, unit, lang, qualifier, digits)
    return _amount_fields(q, unit, lang, qualifier, digits)


def _amount_parts(
    q: Quantity | Decimal | int, unit: str, lang: str, qualifier: str, digits: int | None
) -> AmountParts:
    return AmountParts(*_amount_fields(q, unit, lang, qualifier, digits))


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
    sign = "-" if value < 0 and mantissa != 0 else ""
    zh_q, en_q = QUALIFIER_WORDS[qualifier]
    if zh:
        return (lang, zh_q, sign, "", number, word, spec.zh)
    one = mantissa == 1 and not word
    unit_word = spec.en_one if one else spec.en_many
    return (lang, en_q, sign, en_prefix, number, word, unit_word)


_cached_fields = lru_cache(maxsize=1024)(_amount_fields)


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
    mantissa instead (for computed figures). Trailing zeros are dropped.

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
    return _join(*_fields(q, unit, lang, qualifier, digits))


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
    parts = _fields(value, unit, lang, qualifier, digits)
    if spelled and not _is_zh(lang):
        one = parts[4] == "1"
        word = " time" if one else " times"
        parts = (lang, parts[1], parts[2], "", parts[4], "", word)
    return _join(*parts)


def format_change(
    pct: Quantity | Decimal | int,
    lang: str,
    digits: int | None = None,
) -> str:
    """A relative change in percent, with its direction.

    zh "增长102%" / "下降50%" / "持平"; en "up 102%" / "down 50%" / "unchanged"
    (decided on the rounded figure, so -0.04 at one decimal is "持平").

    >>> format_change(Decimal("102"), "zh-Hans"), format_change(Decimal("-50"), "en")
    ('增长102%', 'down 50%')
    """
    zh = _is_zh(lang)
    value = _as_decimal(pct)
    if isinstance(pct, Quantity):
        size: Quantity | Decimal = Quantity(
            abs(value), pct.unit, pct.resolution, pct.scale, pct.qualifier
        )
    else:
        size = abs(value)
    parts = _fields(size, "" if isinstance(size, Quantity) else "percent", lang, "", digits)
    if parts[4] == "0":
        return "持平" if zh else "unchanged"
    text = _join(*parts)
    if zh:
        return ("增长" if value > 0 else "下降") + text
    return ("up " if value > 0 else "down ") + text


# -- dates and periods -------------------------------------------------------


def format_date(d: date, lang: str, precision: Precision = "day") -> str:
    """A date to the precision the article gives.

    >>> format_date(date(2026, 2, 1), "zh-Hans"), format_date(date(2026, 2, 1), "en")
    ('2026年2月1日', 'February 1, 2026')
    >>> d = date(2026, 3, 9)
    >>> format_date(d, "zh-Hans", "month"), format_date(d, "en", "month")
    ('2026年3月', 'March 2026')
    >>> format_date(date(2026, 3, 9), "en", "quarter")
    'the first quarter of 2026'
    """
    return _format_date(d, lang, precision)


@lru_cache(maxsize=1024)  # bounded; Babel formats dates slowly and a story repeats them
def _format_date(d: date, lang: str, precision: Precision) -> str:
    zh = _is_zh(lang)
    locale = ZH_LOCALE if zh else EN_LOCALE
    if precision == "day":
        return _babel_date(d, "long", locale=locale)
    if precision == "month":
        return _babel_skeleton("yMMM" if zh else "yMMMM", d, locale=locale)
    if precision == "quarter":
        return format_period(f"{d.year}Q{(d.month - 1) // 3 + 1}", lang)
    if precision == "year":
        return format_period(f"FY{d.year}", lang)
    raise ValueError(f"unknown date precision {precision!r}")


def format_period(period: str | Period, lang: str, *, as_of: bool = True) -> str:
    """A reporting period code in words.

    Instants read "as of" (截至) unless ``as_of=False`` (for use inside a
    sentence that already says so). Q1-Q2 reads as the first half and Q1-Q4
    as the full year.

    >>> [format_period(p, "zh-Hans") for p in ("FY2024", "2025H1", "2026Q1", "2025Q1-Q3")]
    ['2024年', '2025年上半年', '2026年一季度', '2025年前三季度']
    >>> format_period("FY2022/FY2024", "zh-Hans"), format_period("FY2022/FY2024", "en")
    ('2022年至2024年', '2022–2024')
    >>> format_period("2025-09-30", "en")
    'as of September 30, 2025'
    >>> format_period("2025M1-M9", "en")
    'the first nine months of 2025'
    """
    return _format_period(period, lang, as_of)


@lru_cache(maxsize=1024)  # bounded; a few period codes recur in every story
def _format_period(period: str | Period, lang: str, as_of: bool) -> str:
    zh = _is_zh(lang)
    p = period if isinstance(period, Period) else parse_period(period)
    y = p.year
    if p.kind == "span":
        a, b = (format_period(part, lang, as_of=False) for part in p.parts)
        if zh:
            return f"{a}至{b}"
        return f"{a}–{b}" if p.parts[0].kind == "year" else f"{a} to {b}"
    if p.kind == "year":
        return f"{y}年" if zh else str(y)
    if p.kind == "half":
        if zh:
            return f"{y}年{'上' if p.first == 1 else '下'}半年"
        return f"the {_EN_ORDINALS[p.first]} half of {y}"
    if p.kind == "quarter":
        return (
            f"{y}年{_ZH_NUMERALS[p.first]}季度"
            if zh
            else (f"the {_EN_ORDINALS[p.first]} quarter of {y}")
        )
    if p.kind == "quarters":
        if (p.first, p.last) == (1, 2):
            return format_period(f"{y}H1", lang)
        if (p.first, p.last) == (1, 4):
            return f"{y}年全年" if zh else f"the full year {y}"
        if p.first == 1:
            n = p.last
            return (
                f"{y}年前{_ZH_NUMERALS[n]}季度"
                if zh
                else (f"the first {_EN_NUMBERS[n]} quarters of {y}")
            )
        if zh:
            return f"{y}年{_ZH_NUMERALS[p.first]}至{_ZH_NUMERALS[p.last]}季度"
        joiner = " and " if p.last == p.first + 1 else " to "
        return f"the {_EN_ORDINALS[p.first]}{joiner}{_EN_ORDINALS[p.last]} quarters of {y}"
    if p.kind == "month":
        return format_date(p.start, lang, "month")
    if p.kind == "months":
        if p.first == 1:
            n = p.last
            return f"{y}年前{n}个月" if zh else f"the first {_EN_NUMBERS[n]} months of {y}"
        if zh:
            return f"{y}年{p.first}至{p.last}月"
        first = _babel_date(p.start, "LLLL", locale=EN_LOCALE)
        last = _babel_date(p.end, "LLLL", locale=EN_LOCALE)
        return f"{first}–{last} {y}"
    # instant
    day = format_date(p.end, lang, "day")
    if not as_of:
        return day
    return f"截至{day}" if zh else f"as of {day}"


def format_list(items: Iterable[str], lang: str) -> str:
    """Items joined the way the language lists them (Babel, standard style).

    >>> format_list(["智谱", "MiniMax", "OpenAI"], "zh-Hans")
    '智谱、MiniMax和OpenAI'
    >>> format_list(["Zhipu", "MiniMax", "OpenAI"], "en")
    'Zhipu, MiniMax, and OpenAI'
    """
    zh = _is_zh(lang)
    return _babel_list(list(items), style="standard", locale=ZH_LOCALE if zh else EN_LOCALE)


def format_quantity(q: Quantity, lang: str) -> str:
    """A written figure as the article gave it, a range included:
    151至165港元 / HK$151–165 (the unit said once).

    >>> from decimal import Decimal as D
    >>> q = Quantity(D(151), "HKD", D(1), upper=D(165))
    >>> format_quantity(q, "zh-Hans"), format_quantity(q, "en")
    ('151至165港元', 'HK$151–165')
    """
    low = format_amount(q, "", lang)
    if q.upper is None:
        return low
    high = format_amount(replace(q, value=q.upper, qualifier=""), "", lang)
    if _is_zh(lang):
        unit = CURRENCIES[q.unit][0] if q.unit in CURRENCIES else UNITS.get(q.unit, _Unit("")).zh
        if unit and low.endswith(unit):
            low = low[: -len(unit)]
        return f"{low}至{high}"
    prefix = CURRENCIES[q.unit][1] if q.unit in CURRENCIES else ""
    if prefix and high.startswith(prefix):
        high = high[len(prefix) :]
    return f"{low}–{high}"
