"""Find the figures of an article: value as written, scale, currency or unit, qualifier.

A figure is a number with something that says what it counts (a scale word,
a currency, a unit or measure word). Bare numbers (a model name "GLM-5.2", a
ranking) and dates (2024年, 1月8日) are not figures: an editor would not
write them as facts, and drafting them only adds lines to delete.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .barefigures import QUOTE_AFTER, index_reading
from .numberwords import (
    CN_DIGITS,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    EN_NUMBERS,
    EN_SCALES,
    INDIAN_SCALES,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    UNIT_WORDS,
    hundredths,
    in_millions,
    times_ten,
)
from .perwords import PER_SLASH, per_of

#: A sign glued to the digits: a hyphen, a minus (−) or an en dash ("(–4% YoY)" in a
#: table of figures); a dash between two numbers is a range (the look-behind below).
_ARABIC = r"[-−–]?\d+(?:,\d{3})*(?:\.\d+)?"
_MINUS = str.maketrans({"−": "-", "–": "-"})
_CN = r"[一二两三四五六七八九十百]+"
#: A small number in English words, read only before a scale word ("more than
#: six million local sellers") or a span of days or hours, the terms platforms set
#: ("within two business days", "seven days after delivery"); alone ("two
#: stores") it is a way of speaking.
_EN_WORD = (
    r"\b(?i:"
    + "|".join(sorted(EN_NUMBERS, key=len, reverse=True))
    + r")(?=\s(?i:thousand|million|billion|trillion"
    r"|(?:business\s|working\s)?days?|hours?)\b)"
)
#: Words before a number word that make its days a span of time, not a term
#: ("the first nine days", "the past two days", "four to six days").
_SPAN_BEFORE = re.compile(r"\b(?:first|last|past|next|previous|to|or)\s+$", re.IGNORECASE)
_SCALE = r"[万萬][亿億]|[千百十][亿億]|[亿億]|[千百十][万萬]|[万萬]"
#: Traditional scale characters (an article from Taiwan or Hong Kong) as the
#: vocabulary's scale words are written.
_SIMPLIFIED_SCALE = str.maketrans("萬億", "万亿")
_PREFIX = "|".join(re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
_CUR = "|".join(
    re.escape(w) + (r"\b" if w.isascii() else "")
    for w in sorted(CURRENCY_WORDS, key=len, reverse=True)
)
_UNIT = "|".join(
    re.escape(u) + (r"(?![A-Za-z0-9])" if u == "p" else "")
    for u in sorted(UNIT_WORDS, key=len, reverse=True)
)
#: Scale words in any case ("$11.8 Billion" in a headline); K, M and B only as capitals
#: ("650K downloads/week").
_EN_SCALE = (
    r"\s?(?i:thousand|million|billion|trillion|bn|crores?|lakhs?|lacs?)\b|(?:K|M|B)(?![A-Za-z])"
)
#: A word that may stand between a number and what it counts ("8,500 U.S.
#: locations", "300 new stores", "14,000 corporate jobs", "14,000 Etsy
#: sellers"): places, the adjectives counts take in business news, or one
#: capitalised name, before a plural English noun only, in any case (a
#: headline's "1.2 Crore Products"). (A year before a name,
#: "in 2024 Amazon sellers", stays a year: ``_is_date``.)
_COUNTED = (
    r"(?i:sellers|merchants|users|stores|locations|outlets|employees|jobs|roles|positions"
    r"|workers|people|orders|products|items|cups|downloads|installs|seizures|shipments"
    r"|parcels|packages|complaints|sailings)\b"
)
_BETWEEN = (
    r"(?:U\.S\.|US|UK|EU|China|Chinese|American|European|domestic|overseas|international|global"
    r"|new|more|additional|local|corporate|retail|physical|full-time|company-owned|franchised"
    r"|underperforming|active|third-party|cancelled|canceled|scheduled|blank|blanked"
    r"|[A-Z][A-Za-z&'-]+)"
)
#: A run of time a comparison is over ("compared to the previous 30 days",
#: 过去30天): the window of another figure, no count of days of its own.
#: A stretch of time another figure is read over, or a record's ("compared to the previous
#: 30 days", "the first time in 19 months", "the lowest in 5 years", 19个月来首次).
_WINDOW = re.compile(
    r"(?:previous|past|last|prior|preceding|过去|前|(?:first|lowest|highest|biggest|largest"
    r"|smallest|fastest|slowest|strongest|weakest)(?: time)? in)\s*$",
    re.IGNORECASE,
)
_TIME_UNITS = frozenset({"days", "months", "years", "hours", "business_days"})
FIGURE = re.compile(
    rf"(?P<prefix>{_PREFIX})?\s?(?<![\d.])(?P<num>{_ARABIC}|{_CN}|{_EN_WORD})"
    rf"\s?(?P<scale>{_SCALE}|{_EN_SCALE})?\s?(?P<cur>{_CUR})?"
    rf"(?:(?P<unit>{_UNIT})|(?<=\s)(?:{_BETWEEN}\s)?(?P<counted>{_COUNTED}))?"
)


@dataclass(slots=True)
class Figure:
    """One figure found in the article, with what is known and what was guessed."""

    start: int
    """Offset of the number (or its currency prefix) in the article text."""
    end: int
    value: str
    """The number as written, without thousands separators ("1.245", "-24.7")."""
    scale: str = ""
    currency: str = ""
    unit: str = ""
    qualifier: str = ""
    period: str = ""
    metric: str = ""
    measure: str = ""
    entity: str = ""
    segment: str = ""
    """The part of the entity the figure is about (draft.segments), if named."""
    segment_name: str = ""
    quote: str = ""
    quote_at: int = 0
    review: list[str] = field(default_factory=list)
    """Why an editor should look at this figure (one note per guess)."""
    per: str = ""
    """What an amount is per ("$0.25 per unit", "每件80美元"): the vocabulary's per id."""
    low: str = ""
    """The lower bound of a range written before it ("7.5 to 100 percent"): draft.pairs."""
    base: Figure | None = None
    """The figure this one moved from ("from 20 percent to 10 percent"): draft.pairs."""


def cn_number(text: str) -> int | None:
    """The value of a small Chinese numeral: ``cn_number("十五") == 15``, ``"两" -> 2``."""
    if not all(c in CN_DIGITS for c in text):
        return None
    total, current = 0, 0
    for c in text:
        d = CN_DIGITS[c]
        if d >= 10:
            total += (current or 1) * d
            current = 0
        else:
            current = current * 10 + d if current else d
    return total + current


def _is_date(text: str, m: re.Match[str]) -> bool:
    """A year, month or day (2024年, 1月, 8日), or part of a date written with - or /."""
    after = text[m.end("num") : m.end("num") + 2].lstrip()
    num = m.group("num")
    if after[:1] in ("月", "日", "号"):
        return True
    if text[m.end("num") : m.end("num") + 1] in "-/:":
        # 2025/10, 10-31: a date; "$3000/month": money by the month (perwords), not a date
        money = m.group("prefix") or m.group("cur")
        return not (money and PER_SLASH.match(text[m.end("num") : m.end("num") + 12]))
    if after[:1] == "年" and (len(num) == 4 or not num.isdigit() and not m.group("unit")):
        return True
    before = text[max(0, m.start("num") - 1) : m.start("num")]
    if before == "-" and m.group("unit") and text[max(0, m.start("num") - 2)].isdigit():
        return False  # a range's upper end ("2.50-4.00%"): a date has no unit
    return before in ("-", "/", ":") or (
        len(num) == 4 and num.startswith(("19", "20")) and not (m.group("unit") or m.group("scale"))
    )


#: Characters that make 成 the start of a word (成绩, 成本, 成交, 成为, 成功, 成立,
#: 成员, 成果 …) rather than tenths (七成用户): "这一成绩" is no 10%.
CHENG_WORDS = frozenset("绩本交为功立员果熟长就型效品都分真")


def find_figures(text: str) -> list[Figure]:
    """Every figure in ``text`` in order, with value, scale, currency/unit and qualifier."""
    out: list[Figure] = []
    for m in FIGURE.finditer(text):
        num, scale = m.group("num").translate(_MINUS), (m.group("scale") or "").strip()
        prefix, cur, unit = m.group("prefix"), m.group("cur"), m.group("unit")
        if not (prefix or cur):  # "$50 … products" is an amount, "1.6 million sellers" a count
            # in any case: a headline's "1.2 Crore Products" counts as the body's "products"
            unit = unit or (m.group("counted") or "").lower() or None
        if _is_date(text, m):
            continue
        if text[max(0, m.start() - 3) : m.start()].endswith(("±", "+/-", "+/−")):
            continue  # "(±0.9%)": an estimate's margin of error, not a figure of the story
        glued = text[max(0, m.start("num") - 1) : m.start("num")]
        if glued.isascii() and glued.isalpha() and not (scale and cur) and not prefix:
            continue  # a name (M2.7, GLM-5, Q1), unless an amount (ARR250亿美元, RMB18.2 billion)
        if m.start() > 0 and text[m.start() - 1] == "第":
            continue  # an ordinal (第一股, 第二次解禁), not a quantity
        if unit == "分" and text[max(0, m.start() - 1) : m.start()] in ("时", "点"):
            continue  # 零时1分, 12点30分: a time of day, not a score
        if unit == "成" and text[m.end() : m.end() + 1] in CHENG_WORDS:
            continue  # 这一成绩, 一成本: a word that starts with 成, not tenths
        if num.isascii() and num.isalpha():  # "six million", "two business days": _EN_WORD
            if not scale and _SPAN_BEFORE.search(text, max(0, m.start("num") - 12), m.start("num")):
                continue  # a stretch of time ("the first nine days"), not a term
            num = str(EN_NUMBERS[num.lower()])
        elif not num[-1].isdigit():  # a Chinese numeral: only before a unit (三倍, 7成)
            value = cn_number(num)
            if value is None or not (unit or scale) or unit == "个":
                continue
            if value <= 10 and not scale and unit not in ("倍", "成"):
                continue  # 两家公司, 三款应用: a way of speaking, never a fact
            num = str(value)
        elif not (prefix or cur or unit or scale):
            if index_reading(text, m.start("num"), num):
                fig = Figure(m.start("num"), m.end(), num)
                fig.unit, fig.qualifier = "index", _qualifier(text, fig.start, fig.end)
                out.append(fig)
                continue
            if not QUOTE_AFTER.match(text, m.end()):
                continue
            fig = Figure(m.start("num"), m.end(), num.replace(",", ""))
            fig.currency, fig.per = "CNY", "dollar"  # 6.9969 per dollar: the yuan's rate
            fig.review.append("an exchange rate: the currency (yuan) is guessed")
            fig.qualifier = _qualifier(text, fig.start, fig.end)
            out.append(fig)
            continue
        if unit == "年" and (float(num.replace(",", "")) > 50 or scale):
            continue
        fig = Figure(m.start() if prefix else m.start("num"), m.end(), num.replace(",", ""))
        scale = scale.translate(_SIMPLIFIED_SCALE)
        fig.scale = EN_SCALES.get(scale) or EN_SCALES.get(scale.lower(), scale)
        if scale.lower().rstrip("s") in INDIAN_SCALES:  # 1.2 crore = 12 million
            fig.value, fig.scale = in_millions(fig.value, scale.lower().rstrip("s")), "million"
        fig.currency = CURRENCY_PREFIXES.get(prefix or "", "") or CURRENCY_WORDS.get(cur or "", "")
        if unit:
            fig.unit = UNIT_WORDS[unit]
            if unit == "成":  # 7成 = 70%
                fig.value = times_ten(fig.value)
            if fig.unit == "count":
                fig.unit = ""
            if fig.unit == "bp":  # 50 basis points: 0.5 percentage points
                fig.unit, fig.value = "pp", hundredths(fig.value)
            if fig.unit == "cents" and not fig.currency and not scale:
                fig.unit, fig.currency, fig.value = "", "USD", hundredths(fig.value)
            if fig.unit == "pence":
                pence = unit != "p" or len(fig.value) <= 2
                if pence and not fig.currency and not scale:
                    fig.currency, fig.value = "GBP", hundredths(fig.value)
                fig.unit = ""
        if fig.unit in _TIME_UNITS and _WINDOW.search(text[max(0, fig.start - 24) : fig.start]):
            continue  # "compared to the previous 30 days": another figure's window, not a figure
        fig.qualifier = _qualifier(text, fig.start, fig.end)
        if fig.currency:
            fig.per = per_of(text, fig.start, fig.end)
        out.append(fig)
    return out


def _qualifier(text: str, start: int, end: int) -> str:
    """约/超/近/至少… just before the figure, or 左右/以上 just after it."""
    before = text[max(0, start - 14) : start].rstrip()
    low = before.lower()
    for word, qualifier in QUALIFIERS_BEFORE:
        if low.endswith(word) or (len(word) > 1 and low.endswith(word + "达")):
            if qualifier:
                return qualifier
            break  # 高达 is no bound, but 高达65%左右 still has one after the figure
    after = text[end : end + 3].lstrip()
    for word, qualifier in QUALIFIERS_AFTER:
        if after.startswith(word) and not (word == "多" and after.startswith("多家")):
            return qualifier
    return ""
