"""When an event happened: the dates a sentence reporting one gives.

The periods reader (``periods.py``) reads what period a figure covers; an
event needs the day or month it happened, and news writes those in ways a
figure's period never is: "on Wednesday" (the last one before the article's
date), "next month", "on 25th April". And some dates in an event's sentence
are not when it happened: a dateline ("May 22 — Nike said …") is when it was
reported, "until January 15" when something ends, 目前 or 当日 "now".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .periods import Period, find_periods

DIGIT = re.compile(r"\d")
#: What follows a dateline's date: a dash or the agency's name in brackets,
#: or in Chinese 消息 or 电 ("出海网1月9日消息", "新华社北京1月9日电（记者…）").
DATELINE = re.compile(
    r"\s*(?:—|–|--|\((?:UPI|AP|AFP|Reuters|Xinhua)\))|消息|[电電讯訊](?=[\s（(，,：:])"
)
#: A date marked as when something starts applying, by the words before it
#: ("effective January 26", "starting March 1", 自1月26日) or after it (1月26日起).
START_BEFORE = re.compile(
    r"(?:\b(?:effective|starting|beginning|from|as of)\s+(?:on\s+)?|[自从從])$", re.IGNORECASE
)
START_AFTER = re.compile(r"\s*(?:起|开始|開始|生效)")
#: A month named relative to the article's date: +1 or 0 months.
NEXT_MONTH = re.compile(r"\bnext month\b|下个月|下個月|下月|\bthis month\b|本月", re.IGNORECASE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: "on Wednesday" in a report: the last such day up to the article's date.
WEEKDAY = re.compile(rf"\bon (?P<d>{'|'.join(_WEEKDAYS)})\b", re.IGNORECASE)
#: "starting Monday" in a report: the next such day from the article's date on.
NEXT_WEEKDAY = re.compile(
    rf"\b(?:starting|from|effective|beginning) (?:next |this )?(?P<d>{'|'.join(_WEEKDAYS)})\b",
    re.IGNORECASE,
)
#: A day written day first ("on 25th April", "effective 1 December").
DAY_MONTH = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)? (?P<m>January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b(?:,? (?P<y>20\d\d))?"
)
#: A day of the month alone (29日起, 28日宣布): the month is the article's, or
#: the one before or after it, whichever puts the day nearest the article's
#: date. Not 日元 (yen), and not a Chinese dateline ("华盛顿28日综合外电报导").
CN_DAY = re.compile(
    r"(?<![月\d])(?P<d>[12]\d|3[01]|0?[1-9])日(?!元|综合外电|电|讯|报导|报道|報導|電|訊)"
)
#: A date that ends something rather than says when it happened ("paused until
#: January 15"): the words just before it in its clause.
UNTIL = re.compile(r"(?:\buntil\b|\bthrough\b|截至|截止|直至|至今)[^,，;；]{0,30}$", re.IGNORECASE)
#: A period that names a day, a month or a year: an event's date.
DATE = re.compile(r"(?P<day>\d{4}-\d{2}(?:-\d{2})?)|FY(?P<year>\d{4})$")


def event_dates(text: str, body: int, published: date | None) -> list[Period]:
    """The dates in ``text[body:]`` that may say when an event happened, in order."""
    # a date written with digits: 目前 or 当日 resolve to a day, but say "now",
    # not when; a dateline ("May 22 — Nike said …") is when it was reported
    periods = [
        p
        for p in find_periods(text, published)
        if p.end > body  # (a period may take the blank before it)
        and date_of(p, True)
        and bool(DIGIT.search(text, p.start, p.end))
        and not DATELINE.match(text, p.end)
    ] + _spoken_days(text, body, published)
    periods = [p for p in periods if not UNTIL.search(text, max(0, p.start - 40), p.start)]
    return sorted(periods, key=lambda p: p.start)


def starts_at(text: str, p: Period) -> bool:
    """Whether the date ``text[p.start:p.end]`` is marked as a start.

    >>> from .periods import Period
    >>> t = "第二阶段(1月26日起)进一步收紧"
    >>> starts_at(t, Period(5, 10, "2026-01-26", True)), starts_at(t, Period(0, 4, "x", True))
    (True, False)
    """
    return bool(
        START_BEFORE.search(text, max(0, p.start - 14), p.start) or START_AFTER.match(text, p.end)
    )


def _spoken_days(text: str, body: int, published: date | None) -> list[Period]:
    """Dates the periods reader leaves to the article's date: "next month",
    下个月, "on Wednesday" (the last one up to the article's date), "starting
    Monday" (the next one from the article's date on), a day
    written day first ("on 25th April") and a day of the month alone (29日起),
    each resolved against ``published``."""
    if published is None:
        return []
    out = []
    for m in NEXT_MONTH.finditer(text, body):
        ahead = m.group().lower() in ("next month", "下个月", "下個月", "下月")
        month = published.month + ahead
        year, month = published.year + (month > 12), (month - 1) % 12 + 1
        out.append(Period(m.start(), m.end(), f"{year:04d}-{month:02d}", True))
    for m in WEEKDAY.finditer(text, body):
        back = (published.weekday() - _WEEKDAYS.index(m.group("d").lower())) % 7
        out.append(Period(m.start(), m.end(), (published - timedelta(back)).isoformat(), True))
    for m in NEXT_WEEKDAY.finditer(text, body):
        days = (_WEEKDAYS.index(m.group("d").lower()) - published.weekday()) % 7
        out.append(Period(m.start(), m.end(), (published + timedelta(days)).isoformat(), True))
    for m in CN_DAY.finditer(text, body):
        day = _nearest_day(published, int(m.group("d")))
        if day is not None:
            out.append(Period(m.start(), m.end(), day.isoformat(), True))
    for m in DAY_MONTH.finditer(text, body):
        year = int(m.group("y") or published.year)
        month = _MONTHS.index(m.group("m")) + 1
        try:
            out.append(
                Period(
                    m.start(),
                    m.end(),
                    date(year, month, int(m.group("d"))).isoformat(),
                    not m.group("y"),
                )
            )
        except ValueError:
            continue
    return out


def _nearest_day(published: date, day: int) -> date | None:
    """The date with this day of the month nearest ``published``: in its
    month, the month before or the month after."""
    found = []
    for shift in (-1, 0, 1):
        month = published.month + shift
        year, month = published.year + (month - 1) // 12, (month - 1) % 12 + 1
        try:
            found.append(date(year, month, day))
        except ValueError:  # 31日 in a month of 30 days
            continue
    return min(found, key=lambda d: (abs((d - published).days), d), default=None)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def date_of(p: Period, years: bool) -> str:
    """An event's date from a period: a day or a month (a year only where
    ``years``); the first day of a run."""
    m = DATE.fullmatch(p.value.split("/", 1)[0])
    if m is None:
        return ""
    return m.group("day") or (m.group("year") if years else "")
