"""Parts of a month, weeks and days an article names without dates of their own.

App trackers and weekly panels write "in early March" and "as of last week":
no day, no month's total. A weekly paper writes "as of Tuesday" and "a year
ago": the Tuesday of the week it came out in (or the day itself), and the
same month a year before it. "early March" (3月上旬) is the facts' month tenth
``2025-03-early`` (days 1-10; mid- and late: 11-20, 21 to the end), and "last
week" (上周) the Monday-to-Sunday week before the one the article was
published in. Read after ``periods.find_periods`` has found the written
periods; a month's tenth replaces the bare month it is written with.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .periods import _MON, Period, _month

#: "early March", "mid-April 2025", "late May": a month's tenth in English.
EN_TENTH = re.compile(rf"\b(?P<w>early|mid|late)[- ](?P<m>{_MON})\b(?:,?\s(?P<y>20\d\d))?",
                      re.IGNORECASE)
#: 3月上旬, 2025年4月中旬, 5月下旬: a month's tenth in Chinese.
ZH_TENTH = re.compile(r"(?:(?P<y>\d{4})\s?年)?(?P<m>\d{1,2})\s?月(?P<w>上旬|中旬|下旬)")
#: (3月底 stays the month's end, as of which a balance is given: ``periods.PERIOD``.)
_WORDS = {"early": "early", "mid": "mid", "late": "late", "上旬": "early", "中旬": "mid",
          "下旬": "late"}
#: "in April", "for March 2025": a whole month (not "April 9", a day, nor "early April").
EN_MONTH = re.compile(rf"\b(?:in|for|during|of|from|since|by|until)\s(?P<m>{_MON})"
                      rf"(?:,?\s(?P<y>20\d\d))?\b(?!\.?[\s-]?\d{{1,2}}(?:st|nd|rd|th)?\b)")
#: "last week", 上周 / 上週: the full week before the publication's.
LAST_WEEK = re.compile(r"\blast week\b|上周|上週", re.IGNORECASE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: "as of Tuesday", "on Monday": the latest such day up to the publication's.
WEEKDAY = re.compile(rf"\b(?:on|as of|since|by|until)\s+(?P<d>{'|'.join(_WEEKDAYS)})\b",
                     re.IGNORECASE)
#: "a year ago", 一年前: the publication's month a year earlier.
YEAR_AGO = re.compile(r"\ba year ago\b|一年前", re.IGNORECASE)


def month_parts(text: str, published: date | None) -> list[Period]:
    """Every month's tenth and "last week" in ``text``, resolved to the facts' form.

    >>> [p.value for p in month_parts("about 650K a week in early March; 176K last week",
    ...                                date(2025, 5, 2))]
    ['2025-03-early', '2025-04-21/2025-04-27']
    >>> [p.value for p in month_parts("2024年11月下旬", None)]
    ['2024-11-late']
    >>> [p.value for p in month_parts("49.0 in April from 50.5 in March 2024; as of Nov. 10",
    ...                                date(2025, 4, 30))]
    ['2025-04', '2024-03']
    >>> [p.value for p in month_parts("A year ago, 80 cents. As of Tuesday, $2.01",
    ...                                date(2011, 4, 8))]
    ['2010-04', '2011-04-05']
    """
    out = []
    for m in EN_MONTH.finditer(text):
        y = m.group("y")
        year = int(y) if y else (published.year if published else None)
        if year is None:
            continue
        month = _month(m.group("m"))
        if not y and published and date(year, month, 1) > published:
            year -= 1  # "in December" in a January story: the December before
        out.append(Period(m.start("m"), m.end(), f"{year}-{month:02d}", not y))
    for m in (*EN_TENTH.finditer(text), *ZH_TENTH.finditer(text)):
        y = m.group("y")
        year = int(y) if y else (published.year if published else None)
        if year is None:
            continue
        month = _month(m.group("m")) if not m.group("m").isdigit() else int(m.group("m"))
        if not 1 <= month <= 12:
            continue
        if not y and published and date(year, month, 1) > published:
            year -= 1  # "early December" in a January story: the December before
        word = _WORDS[m.group("w").lower()]
        out.append(Period(m.start(), m.end(), f"{year}-{month:02d}-{word}", not y))
    if published is not None:
        monday = published - timedelta(days=published.weekday() + 7)
        week = f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
        out += [Period(m.start(), m.end(), week, True) for m in LAST_WEEK.finditer(text)]
        for m in WEEKDAY.finditer(text):
            back = (published.weekday() - _WEEKDAYS.index(m.group("d").lower())) % 7
            out.append(Period(m.start(), m.end(), (published - timedelta(days=back)).isoformat(),
                              True))
        ago = f"{published.year - 1}-{published.month:02d}"
        out += [Period(m.start(), m.end(), ago, True) for m in YEAR_AGO.finditer(text)]
    return sorted(out, key=lambda p: p.start)
