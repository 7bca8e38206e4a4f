"""Dates, reporting periods and lists, worded per language (Babel with an
explicit locale, never the process locale; caches bounded)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import Literal

from babel.dates import format_date as _babel_date
from babel.dates import format_skeleton as _babel_skeleton
from babel.lists import format_list as _babel_list

from ..facts.periods import Period, parse_period, tenth
from .units import EN_LOCALE, ZH_LOCALE, _is_zh

Precision = Literal["day", "month", "quarter", "year"]

_ZH_NUMERALS = ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_EN_ORDINALS = ("", "first", "second", "third", "fourth")
_EN_NUMBERS = (
    "zero", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve",
)  # fmt: skip


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


def format_month_day(d: date, lang: str) -> str:
    """A day of a year already named in the sentence: the month and day only.

    >>> format_month_day(date(2025, 4, 9), "zh-Hans"), format_month_day(date(2025, 4, 9), "en")
    ('4月9日', 'April 9')
    """
    zh = _is_zh(lang)
    return _babel_skeleton("MMMd" if zh else "MMMMd", d, locale=ZH_LOCALE if zh else EN_LOCALE)


def format_period(
    period: str | Period, lang: str, *, as_of: bool = True, year_end: int = 12
) -> str:
    """A reporting period code in words.

    Instants read "as of" (截至) unless ``as_of=False`` (for use inside a
    sentence that already says so). Q1-Q2 reads as the first half and Q1-Q4
    as the full year. A year, half or quarter of a fiscal year that ends in
    another month than December (``year_end``, or a Period's) reads 2026财年 /
    fiscal 2026: "2026年" would be the calendar year, which it is not.

    >>> [format_period(p, "zh-Hans") for p in ("FY2024", "2025H1", "2026Q1", "2025Q1-Q3")]
    ['2024年', '2025年上半年', '2026年一季度', '2025年前三季度']
    >>> format_period("FY2022/FY2024", "zh-Hans"), format_period("FY2022/FY2024", "en")
    ('2022年至2024年', '2022–2024')
    >>> format_period("2025-09-30", "en")
    'as of September 30, 2025'
    >>> format_period("2025M1-M9", "en")
    'the first nine months of 2025'
    >>> days = "2025-11-01/2025-11-28"
    >>> format_period(days, "zh-Hans"), format_period(days, "en")
    ('2025年11月1日至28日', 'November 1–28, 2025')
    >>> format_period("2026Q2", "zh-Hans", year_end=3), format_period("2026Q2", "en", year_end=3)
    ('2026财年第二季度', 'the second quarter of fiscal 2026')
    """
    if isinstance(period, Period):  # cached by its code: Periods compare by dates only
        return _format_period(period.text, lang, as_of, period.year_end)
    return _format_period(period, lang, as_of, year_end)


@lru_cache(maxsize=1024)  # bounded; a few period codes recur in every story
def _format_period(period: str, lang: str, as_of: bool, year_end: int) -> str:
    zh = _is_zh(lang)
    p = parse_period(period, year_end)
    y = p.year
    if p.kind == "days":
        return _days(p, lang)
    if p.fiscal:
        return _fiscal(p, lang)
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


def _fiscal(p: Period, lang: str) -> str:
    """A fiscal year's period: 2026财年第二季度 / the second quarter of fiscal 2026."""
    zh, y = _is_zh(lang), p.year
    if p.kind == "span":
        a, b = (part.year for part in p.parts)
        return f"{a}至{b}财年" if zh else f"fiscal {a}–{b}"
    kind, first, last = p.kind, p.first, p.last
    if kind == "quarters" and (first, last) == (1, 2):
        kind = "half"
    if kind == "year" or (kind == "quarters" and (first, last) == (1, 4)):
        return f"{y}财年" if zh else f"fiscal {y}"
    if kind == "half":
        if zh:
            return f"{y}财年{'上' if first == 1 else '下'}半年"
        return f"the {_EN_ORDINALS[first]} half of fiscal {y}"
    if kind == "quarter":
        if zh:
            return f"{y}财年第{_ZH_NUMERALS[first]}季度"
        return f"the {_EN_ORDINALS[first]} quarter of fiscal {y}"
    if first == 1:  # quarters from the first
        if zh:
            return f"{y}财年前{_ZH_NUMERALS[last]}季度"
        return f"the first {_EN_NUMBERS[last]} quarters of fiscal {y}"
    if zh:
        return f"{y}财年第{_ZH_NUMERALS[first]}至{_ZH_NUMERALS[last]}季度"
    return f"the {_EN_ORDINALS[first]} to {_EN_ORDINALS[last]} quarters of fiscal {y}"


#: A month's tenths (``2025-03-early``) as Chinese names them (上旬, 中旬, 下旬)
#: and English says them.
_TENTHS = {"early": ("上旬", "early "), "mid": ("中旬", "mid-"), "late": ("下旬", "late ")}


def _tenth(p: Period, lang: str) -> str:
    """'2025年3月上旬' / 'early March 2025' for a period written as a month's tenth;
    '' for any other (days written as days are said as days: 11月1日至10日).

    >>> _tenth(parse_period("2025-03-early"), "en"), _tenth(parse_period("2025-02-late"), "zh-Hans")
    ('early March 2025', '2025年2月下旬')
    >>> _tenth(parse_period("2025-03-01/2025-03-10"), "en")
    ''
    """
    which = tenth(p)
    if not which:
        return ""
    words = _TENTHS[which]
    month = format_date(p.start, lang, "month")
    return month + words[0] if _is_zh(lang) else words[1] + month


def _days(p: Period, lang: str) -> str:
    """A run of days, its shared year and month said once: 2025年11月1日至28日,
    November 28–December 1, 2025, December 28, 2025–January 2, 2026; a month's
    tenth by its name (2025年3月上旬, early March 2025)."""
    if tenth := _tenth(p, lang):
        return tenth
    a, b = p.start, p.end
    if _is_zh(lang):
        if a.year != b.year:
            return f"{format_date(a, lang)}至{format_date(b, lang)}"
        tail = f"{b.day}日" if a.month == b.month else format_month_day(b, lang)
        return f"{format_date(a, lang)}至{tail}"
    if a.year != b.year:
        return f"{format_date(a, lang)}–{format_date(b, lang)}"
    tail = str(b.day) if a.month == b.month else format_month_day(b, lang)
    return f"{format_month_day(a, lang)}–{tail}, {b.year}"


def format_between(period: str | Period, lang: str) -> str:
    """English 'between … and …' for a run of days, where 'in' would not do.

    >>> format_between("2025-11-01/2025-11-28", "en")
    'between November 1 and 28, 2025'
    >>> format_between("2025-11-28/2025-12-01", "en")
    'between November 28 and December 1, 2025'
    """
    p = period if isinstance(period, Period) else parse_period(period)
    if tenth := _tenth(p, lang):
        return "in " + tenth
    a, b = p.start, p.end
    if a.year != b.year:
        return f"between {format_date(a, lang)} and {format_date(b, lang)}"
    tail = str(b.day) if a.month == b.month else format_month_day(b, lang)
    return f"between {format_month_day(a, lang)} and {tail}, {b.year}"


def format_list(items: Iterable[str], lang: str) -> str:
    """Items joined the way the language lists them (Babel, standard style).

    >>> format_list(["智谱", "MiniMax", "OpenAI"], "zh-Hans")
    '智谱、MiniMax和OpenAI'
    >>> format_list(["Zhipu", "MiniMax", "OpenAI"], "en")
    'Zhipu, MiniMax, and OpenAI'

    A Chinese name that holds 和 itself takes 与 before the last item, so
    the list still reads as its items:

    >>> format_list(["电商平台", "个体户和个人卖家"], "zh-Hans")
    '电商平台与个体户和个人卖家'
    """
    zh = _is_zh(lang)
    items = list(items)
    if zh and len(items) > 1 and any("和" in i for i in items):
        return "、".join(items[:-1]) + "与" + items[-1]
    return _babel_list(items, style="standard", locale=ZH_LOCALE if zh else EN_LOCALE)


