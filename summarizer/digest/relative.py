"""Relative dates resolved against the story's date, for digests.

A quick read is read on the day it is published, so 今年 or "next month"
in a claim is clear there. A digest puts stories from different months side
by side: 今年 from a December 2025 story under a June 2026 one reads as
2026. So every relative year or month is replaced by the calendar year or
month it meant on the story's date. Inside quotation marks the article's
words stay as written and the date follows in brackets (今年（2025年）).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ..realise.dates import format_date

#: zh (both scripts): relative word -> year offset.
_ZH_YEARS = {"前年": -2, "去年": -1, "今年": 0, "本年": 0, "明年": 1, "后年": 2, "後年": 2}
#: zh: relative word -> month offset (上个月 and 上個月 are one pattern each).
_ZH_MONTHS = {
    "上个月": -1, "上個月": -1, "上月": -1, "本月": 0,
    "下个月": 1, "下個月": 1, "下月": 1,
}  # fmt: skip
_ZH = re.compile("|".join(sorted([*_ZH_YEARS, *_ZH_MONTHS], key=len, reverse=True)))
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
#: en: a relative year or month ("next month", "last July"), with the
#: preposition before it if any ("from next year": from 2026, not "from in 2026").
_EN = re.compile(
    r"\b(?:(?P<prep>in|of|for|during|by|from|since|until|till|before|after|starting) )?"
    r"(?P<rel>this|last|next) (?P<unit>year|month|" + "|".join(_MONTH_NAMES) + r")(?P<poss>'s)?\b",
    re.IGNORECASE,
)
#: Quoted passages in either language (“…”, 「…」, 『…』, "…").
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|\"[^\"]*\"")
_OFFSET = {"this": 0, "last": -1, "next": 1}


def _month(published: date, offset: int) -> date:
    index = published.year * 12 + published.month - 1 + offset
    return date(index // 12, index % 12 + 1, 1)


def _named_month(name: str, published: date, offset: int) -> date:
    """"last July" (offset -1): the latest July before the story's month;
    "next July" (+1) the first after it; "this July" (0) the story year's.

    >>> _named_month("july", date(2025, 4, 23), -1), _named_month("march", date(2025, 4, 23), -1)
    (datetime.date(2024, 7, 1), datetime.date(2025, 3, 1))
    >>> _named_month("april", date(2025, 4, 23), 1)
    datetime.date(2026, 4, 1)
    """
    month = [n.lower() for n in _MONTH_NAMES].index(name) + 1
    year = published.year
    if offset < 0 and month >= published.month:
        year -= 1
    elif offset > 0 and month <= published.month:
        year += 1
    return date(year, month, 1)


def _zh_word(word: str, published: date, lang: str) -> str:
    if word in _ZH_YEARS:
        return f"{published.year + _ZH_YEARS[word]}年"
    return format_date(_month(published, _ZH_MONTHS[word]), lang, "month")


def _en_phrase(m: re.Match[str], published: date) -> str:
    offset = _OFFSET[m["rel"].lower()]
    unit = m["unit"].lower()
    if unit == "year":
        when = str(published.year + offset)
    elif unit == "month":
        when = format_date(_month(published, offset), "en", "month")
    else:
        when = format_date(_named_month(unit, published, offset), "en", "month")
    if m["poss"]:
        when += "'s"
    prep = m["prep"] or ("" if m["poss"] else "in")
    out = f"{prep} {when}" if prep else when
    first = m.group(0)[0]
    return out[0].upper() + out[1:] if first.isupper() else out


def resolve(text: str, lang: str, published: date) -> str:
    """``text`` with its relative years and months made absolute.

    >>> resolve("今年5月2日起取消豁免，新规下月起施行", "zh-Hans", date(2025, 12, 20))
    '2025年5月2日起取消豁免，新规2026年1月起施行'
    >>> resolve("No round this year; rules start next month.", "en", date(2026, 1, 13))
    'No round in 2026; rules start in February 2026.'
    >>> resolve("Taobao loosened the rule last July.", "en", date(2025, 4, 23))
    'Taobao loosened the rule in July 2024.'
    >>> resolve("from mid-January of this year", "en", date(2024, 9, 15))
    'from mid-January of 2024'
    >>> resolve("他说“今年还会增长”", "zh-Hans", date(2025, 3, 27))
    '他说“今年（2025年）还会增长”'
    """
    zh = not lang.startswith("en")
    if (_ZH if zh else _EN).search(text) is None:
        # nothing to resolve (most sentences): each part below is a substring
        # of ``text`` cut at a quotation mark, so it holds no match either
        return text

    def plain(part: str) -> str:
        if zh:
            return _ZH.sub(lambda m: _zh_word(m.group(0), published, lang), part)
        return _EN.sub(lambda m: _en_phrase(m, published), part)

    def quoted(part: str) -> str:
        def note(m: re.Match[str]) -> str:
            said = plain(m.group(0))
            if zh:
                return f"{m.group(0)}（{said}）"
            return f"{m.group(0)} [{said.removeprefix('in ').removeprefix('In ')}]"

        return (_ZH if zh else _EN).sub(note, part)

    return _outside_quotes(text, plain, quoted)


def _outside_quotes(text: str, plain: Callable[[str], str], quoted: Callable[[str], str]) -> str:
    out: list[str] = []
    last = 0
    for m in _QUOTED.finditer(text):
        out += [plain(text[last : m.start()]), quoted(m.group(0))]
        last = m.end()
    out.append(plain(text[last:]))
    return "".join(out)
