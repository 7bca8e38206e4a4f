"""Periods: which year, half, quarter, month, day or run of days a figure is for.

Facts name periods as ``FY2024``, ``2025H1``, ``2025Q1-Q3``, ``2026Q1``,
``2026-03``, ``2025-09-30`` or ``2025-11-01/2025-11-28`` (docs/facts-format.md).
Articles write them as 2024年, 上半年, 前三季度, 一季度, 截至2025年9月30日,
November 1-28, and often relative to the publication date (今年, 去年),
which is why every expression is resolved against it here: a relative date
left as written goes wrong in a digest.
Our own patterns, not jionlp's time parser: on the seed facts' quotes jionlp
reads fewer of the periods (32% against 45%), none of 前三季, 截至今年9月末,
累计 or 当前, and takes 36× the CPU time (docs/drafting.md).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .numberwords import CN_DIGITS, EN_NUMBERS

_Y = r"(?P<y>\d{4}\s?[财財]?年|今年|去年|前年|明年)?\s?"
PERIOD = re.compile(
    r"(?P<asof>截至|截止|到)?\s?"
    + _Y
    + r"(?:(?P<m>\d{1,2})\s?月\s?(?:(?P<d>\d{1,2})\s?日|(?P<end>末|底))?"
    r"|(?P<part>上半年|下半年|前三季度|前三季|前9个月|前九个月|前6个月|前六个月|全年|年度"
    r"|(?:第)?[一二三四1-4]季度|Q[1-4]))?"
)
EN_PERIOD = re.compile(
    r"\b(?:(?P<q>Q[1-4])\s?(?:of\s)?(?:fiscal\s)?(?P<qy>20\d\d)"
    r"|(?P<h>first half|second half) of (?:fiscal )?(?P<hy>20\d\d)"
    r"|(?P<qw>first|second|third|fourth) (?:fiscal )?quarter of (?:fiscal )?(?P<qwy>20\d\d)"
    # "the first 11 months of 2024", "after five months in 2025": January to November, May
    r"|(?i:first|after) (?P<nm>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)"
    r" months (?:of|in) (?P<nmy>20\d\d)"
    # "second-quarter revenue", "in the third quarter": the latest such quarter
    # ended by the publication day
    r"|(?P<qa>first|second|third|fourth)[- ](?:fiscal[- ])?quarter\b"
    r"|(?:(?i:in|for|fiscal year(?: \(FY\))?|fiscal|during) |FY ?)(?P<fy>20\d\d)\b"  # "FY 2019",
    # "in 2024", "Fiscal Year (FY) 2019" (CBP's reports)
    # "this year", "last year", "the year ahead": the publication's year, the one before, after
    r"|(?P<rel>(?i:this|last|next) year|the (?:year ahead|coming year|current year))\b)"
)
#: The relative years of ``EN_PERIOD``, as offsets from the publication's year.
_EN_YEAR_OFFSETS = {"this": 0, "last": -1, "next": 1, "the year ahead": 1, "the coming year": 1,
                    "the current year": 0}
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4}

_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
#: "November 28, 2025", "Nov. 28": one day.
EN_DAY = re.compile(rf"\b(?P<m>{_MON})\s(?P<d>\d{{1,2}}){_ORD}\b(?:,\s?(?P<y>20\d\d))?")
#: "between November 1 and November 28", "from November 1-28", "Nov. 28 to Dec. 1, 2025":
#: a run of days (a sales event), written before the figure or just after it.
EN_DAYS = re.compile(
    rf"\b(?P<m1>{_MON})\s(?P<d1>\d{{1,2}}){_ORD}(?:,\s?(?P<y1>20\d\d))?"
    rf"\s?(?:-|–|—|\bto\b|\band\b|\bthrough\b)\s?"
    rf"(?:(?P<m2>{_MON})\s)?(?P<d2>\d{{1,2}}){_ORD}\b(?:,\s?(?P<y2>20\d\d))?"
)
#: 11月1日至28日, 2025年10月20日至11月11日: a run of days.
ZH_DAYS = re.compile(
    r"(?:(?P<y>\d{4})\s?年)?(?P<m1>\d{1,2})\s?月(?P<d1>\d{1,2})\s?[日号]\s?(?:至|到|-|–|—|~)\s?"
    r"(?:(?P<m2>\d{1,2})\s?月)?(?P<d2>\d{1,2})\s?[日号]"
)


@dataclass(frozen=True, slots=True)
class Period:
    """A period expression at ``start``..``end`` of the text and the facts' form of it."""

    start: int
    end: int
    value: str
    relative: bool
    """Resolved against the publication date (今年, 上半年 with no year)."""


def _year(word: str | None, published: date | None) -> tuple[int | None, bool]:
    if not word:
        return (published.year if published else None), True
    word = word.replace(" ", "")
    if word[0].isdigit():
        return int(word[:4]), False
    if published is None:
        return None, True
    offset = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}[word]
    return published.year + offset, True


def _zh_period(m: re.Match[str], published: date | None) -> str | None:
    y_word, part, month = m.group("y"), m.group("part"), m.group("m")
    if not (y_word or part or month):
        return None
    year, relative = _year(y_word, published)
    if year is None:
        return None
    if month:
        mo = int(month)
        if not 1 <= mo <= 12:
            return None
        if m.group("d"):
            return f"{year:04d}-{mo:02d}-{int(m.group('d')):02d}"
        if m.group("end"):
            return f"{year:04d}-{mo:02d}-{calendar.monthrange(year, mo)[1]:02d}"
        return f"{year:04d}-{mo:02d}"
    if not part or part in ("全年", "年度"):
        return f"FY{year}" if y_word else None
    if part == "上半年":
        return f"{year}H1"
    if part == "下半年":
        return f"{year}H2"
    if part.startswith("前三季") or part in ("前9个月", "前九个月"):
        return f"{year}Q1-Q3"
    if part in ("前6个月", "前六个月"):
        return f"{year}H1"
    q = part[-3] if part.endswith("季度") else part[1]
    return f"{year}Q{QUARTERS.get(q, q)}"


#: A count of months that is part of a period's name ("the first 11 months of
#: 2024", 前11个月), not a figure of its own.
MONTHS_INTO = re.compile(r"\bfirst \d{1,2} months of (?:fiscal )?20\d\d|前\d{1,2}个月")


def in_period_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the count of months inside a period's name.

    >>> t = "In the first 11 months of 2024, sales were 4.3 trillion yuan"
    >>> in_period_name(t, t.index("11"), t.index("11") + 9), in_period_name(t, t.index("4.3"), 47)
    (True, False)
    """
    return any(m.start() <= start and end <= m.end() for m in MONTHS_INTO.finditer(text))


def _overlap(a: Period, b: Period) -> bool:
    return a.start < b.end and b.start < a.end


def find_periods(text: str, published: date | None) -> list[Period]:
    """Every period expression in ``text``, in order, resolved to the facts' form."""
    out: list[Period] = []
    for m in PERIOD.finditer(text):
        if m.end() == m.start():
            continue
        value = _zh_period(m, published)
        if value:
            relative = not (m.group("y") or "")[:1].isdigit()
            out.append(Period(m.start(), m.end(), value, relative))
    for m in EN_PERIOD.finditer(text):
        if m.group("q"):
            value = f"{m.group('qy')}{m.group('q')}"
        elif m.group("qw"):
            value = f"{m.group('qwy')}Q{_QUARTER_WORDS[m.group('qw')]}"
        elif m.group("qa"):
            if published is None:
                continue
            q = _QUARTER_WORDS[m.group("qa")]
            year = published.year
            if date(year, 3 * q, calendar.monthrange(year, 3 * q)[1]) > published:
                year -= 1
            out.append(Period(m.start(), m.end(), f"{year}Q{q}", True))
            continue
        elif m.group("rel"):
            if published is None:
                continue
            rel = m.group("rel").lower()
            shift = _EN_YEAR_OFFSETS.get(rel, _EN_YEAR_OFFSETS.get(rel.split()[0], 0))
            if rel.startswith("the") and shift and published.month <= 3:
                shift = 0  # "the year ahead" in a January results story: the year just begun
            out.append(Period(m.start(), m.end(), f"FY{published.year + shift}", True))
            continue
        elif m.group("nm"):
            n = m.group("nm")
            months = int(n) if n.isdigit() else {**EN_NUMBERS, "eleven": 11}.get(n, 0)
            if not 2 <= months <= 11:
                continue
            value = f"{m.group('nmy')}M1-M{months}"
        elif m.group("h"):
            value = f"{m.group('hy')}{'H1' if m.group('h').startswith('first') else 'H2'}"
        else:
            value = f"FY{m.group('fy')}"
        out.append(Period(m.start(), m.end(), value, False))
    # "Q3 2024" is also a yearless "Q3" to the Chinese pattern, read as this
    # year's: the written year wins over a guess in the same words
    fixed = [p for p in out if not p.relative]
    out = [p for p in out if not (p.relative and any(_overlap(p, f) for f in fixed))]
    from .monthparts import month_parts  # it reads the patterns defined here

    runs = _day_runs(text, published) + _years_ahead(text, published) + month_parts(text, published)
    days = _en_days(text, published)
    # a day written as part of a run ("11月1日" of 11月1日至28日) is the run's
    out = [p for p in out + days if not any(p.start < r.end and r.start < p.end for r in runs)]
    out += runs
    out.sort(key=lambda p: p.start)
    from .periodnow import (  # they read the Periods found here
        last_quarter_periods,
        now_periods,
        same_day_periods,
    )

    same_day = same_day_periods(text, out)
    now = now_periods(text, published, out + same_day) if published else []
    last = last_quarter_periods(text, published, out) if published else []
    return sorted(out + same_day + now + last, key=lambda p: p.start)


def _month(word: str) -> int:
    low = word.rstrip(".").lower()
    return next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(low[:3]))


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _en_days(text: str, published: date | None) -> list[Period]:
    """One day ("November 28, 2025"); without a year, the publication's year."""
    out = []
    for m in EN_DAY.finditer(text):
        year = int(m.group("y")) if m.group("y") else (published.year if published else None)
        d = _day(year, _month(m.group("m")), int(m.group("d"))) if year else None
        if d is not None:
            out.append(Period(m.start(), m.end(), d.isoformat(), not m.group("y")))
    return out


def _day_runs(text: str, published: date | None) -> list[Period]:
    """Runs of days (2025-11-01/2025-11-28) written in English or Chinese; the
    month of the first day holds for the last when it names none."""
    out = []
    for m in EN_DAYS.finditer(text):
        y = m.group("y2") or m.group("y1")
        year = int(y) if y else (published.year if published else None)
        m1 = _month(m.group("m1"))
        m2 = _month(m.group("m2")) if m.group("m2") else m1
        out.append((m, year, m1, m2, not y))
    for m in ZH_DAYS.finditer(text):
        y = m.group("y")
        year = int(y) if y else (published.year if published else None)
        m1 = int(m.group("m1"))
        m2 = int(m.group("m2")) if m.group("m2") else m1
        out.append((m, year, m1, m2, not y))
    runs = []
    for m, year, m1, m2, relative in out:
        if year is None:
            continue
        first = _day(year if m1 <= m2 else year - 1, m1, int(m.group("d1")))
        last = _day(year, m2, int(m.group("d2")))
        if first is not None and last is not None and first < last:
            runs.append(Period(m.start(), m.end(), f"{first}/{last}", relative))
    return runs


#: "over the next five years", "within three years", 未来五年, 三年内: years
#: from the publication day, a plan's run (resolved against that day).
_COUNT_WORDS = {**EN_NUMBERS, **{c: v for c, v in CN_DIGITS.items() if 1 < v <= 10}}
_EN_COUNT = "|".join(w for w, v in EN_NUMBERS.items() if v > 1)
_ZH_COUNT = "".join(c for c, v in CN_DIGITS.items() if 1 < v <= 10)
YEARS_AHEAD = re.compile(
    rf"\b(?:over|within|in)\s(?:the\s)?(?:next\s|coming\s)?(?P<en>\d{{1,2}}|{_EN_COUNT})\syears\b"
    rf"|(?:未来|今后)(?P<zh>\d{{1,2}}|[{_ZH_COUNT}])\s?年(?:内|间|里)?"
    rf"|(?P<zh2>\d{{1,2}}|[{_ZH_COUNT}])\s?年内"
)


def _years_ahead(text: str, published: date | None) -> list[Period]:
    """A run of years from the publication day ("over five years" in an
    article of 26 September 2017: 2017-09-26/2022-09-25); none without that day."""
    if published is None:
        return []
    out = []
    for m in YEARS_AHEAD.finditer(text):
        word = m.group("en") or m.group("zh") or m.group("zh2")
        n = int(word) if word.isdigit() else _COUNT_WORDS[word]
        if not 1 <= n <= 30:
            continue
        day = min(published.day, calendar.monthrange(published.year + n, published.month)[1])
        last = date(published.year + n, published.month, day) - timedelta(days=1)
        out.append(Period(m.start(), m.end(), f"{published}/{last}", True))
    return out


def span_of_years(text: str) -> tuple[str, str] | None:
    """``2022年至2024年`` -> ("FY2022", "FY2024"): the span a CAGR is over."""
    m = re.search(r"(\d{4})\s?年?\s?(?:至|到|-|–|—)\s?(\d{4})\s?年", text)
    return (f"FY{m.group(1)}", f"FY{m.group(2)}") if m else None
