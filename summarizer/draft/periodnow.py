"""The periods an article's words for "now", "that day" and "last quarter" stand for.

累计, 当前, 当下, 目前 and 持股 are as of the day the article's "now" is, and so
are English "now" and "currently" within their clause (``figureperiod``), but
not before a forecast's verb ("now expects growth of 4.8%" is a guidance);
当日, 同一天 and 次日 name the last full date written before them; 上季 and
"last quarter" the last calendar quarter ended before the article's date.
All are read after ``periods.find_periods`` has found the written periods,
which they resolve against (split from ``periods``, which finds those).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .periods import Period

SENTENCE_STOP = re.compile(r"[。！？!?\n]")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
_SAME_DAY = re.compile(r"当日|当天|同日|同一天|次日")
#: English words for the article's "now": they date only their own clause (figureperiod).
EN_NOW = re.compile(r"now|currently", re.IGNORECASE)
_NOW = re.compile(
    rf"累计|当前|当下|目前|持股|\b(?:{EN_NOW.pattern})\b"
    r"(?!\s+(?:expects?|forecasts?|sees|projects?|anticipates?|estimates?|plans?)\b)"
)
_ASOF_DAY = re.compile(r"[（(]\s?(?:截至|截止)")
#: "Last quarter" as a results report says it (上季, 上季度, 上一季度, 上个季度),
#: not the last quarter of a year written after it ("the last quarter of 2024").
_LAST_QUARTER = re.compile(
    r"上(?:一)?(?:个|個)?季(?:度)?(?![末初])|\blast quarter\b(?! of)", re.IGNORECASE
)
#: How long before publication an as-of day may be and still be the article's "now".
AS_OF_DAYS = 14


def now_periods(text: str, published: date, found: list[Period]) -> list[Period]:
    """累计 (so far), 当前/当下/目前 (now) and 持股 (a stake, held now): the date
    the article's "now" is.

    Editors date such a figure by, in order: an "(截至6月22日收盘)" later in the
    same sentence; for 当前/当下/目前, the last full date earlier in the same
    paragraph ("9月30日的现金结余为…。如此算来，其当前的现金状况"); the
    article's own as-of day (a 截至 day at most AS_OF_DAYS before publication);
    else the publication month. 累计 right after a written date in the same
    clause ("到2025年9月累计花费") adds nothing: that date stands.
    """
    days = [p for p in found if _DAY.match(p.value)]
    as_of = [
        p
        for p in days
        if text[p.start : p.start + 2] in ("截至", "截止")
        and 0 <= (published - date.fromisoformat(p.value)).days <= AS_OF_DAYS
    ]
    fallback = as_of[-1].value if as_of else f"{published:%Y-%m}"
    out: list[Period] = []
    for m in _NOW.finditer(text):
        clause = re.search(r"[，,；;。！？\n]", text[: m.start()][::-1])
        clause_start = m.start() - clause.start() if clause else 0
        if m.group() == "累计" and any(clause_start <= p.end <= m.start() for p in found):
            continue
        sentence_end = SENTENCE_STOP.search(text, m.end())
        stop = sentence_end.start() if sentence_end else len(text)
        trailing = [
            p
            for p in days
            if m.end() <= p.start < stop and _ASOF_DAY.search(text, max(0, p.start - 2), p.end)
        ]
        paragraph = text.rfind("\n", 0, m.start()) + 1
        earlier = [p for p in days if paragraph <= p.start and p.end <= m.start()]
        if trailing:
            value = trailing[0].value
        elif earlier and m.group() != "累计":
            value = earlier[-1].value
        else:
            value = fallback
        out.append(Period(m.start(), m.end(), value, True))
    return out


def same_day_periods(text: str, found: list[Period]) -> list[Period]:
    """当日/同一天 (and 次日) name the last full date written before them:
    "6月22日，……。当日，智谱盘中一度涨超42%" is as of 22 June."""
    out: list[Period] = []
    for m in _SAME_DAY.finditer(text):
        days = [p for p in found if _DAY.match(p.value) and p.end <= m.start() < p.end + 400]
        if not days:
            continue
        day = date.fromisoformat(days[-1].value)
        if m.group() == "次日":
            day += timedelta(days=1)
        out.append(Period(m.start(), m.end(), day.isoformat(), days[-1].relative))
    return out


def last_quarter_periods(text: str, published: date, found: list[Period]) -> list[Period]:
    """上季 / "last quarter": the last calendar quarter ended before the
    article's date (a report of November 26, 2025 speaks of 2025Q3), marked
    relative: a company whose year ends in another month numbers it its own
    way, which the editor corrects. Not where a written period covers it."""
    q = (published.month - 1) // 3  # quarters ended this year before the article's
    year, q = (published.year, q) if q else (published.year - 1, 4)
    return [
        Period(m.start(), m.end(), f"{year}Q{q}", True)
        for m in _LAST_QUARTER.finditer(text)
        if not any(p.start < m.end() and m.start() < p.end for p in found)
    ]

