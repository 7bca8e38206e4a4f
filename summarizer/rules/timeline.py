"""When facts happen, for rules: the order of periods and of readings within
a day, whether a dated change is in force, and the period a figure is
compared with (a year earlier, the month before, the year so far).

Kept apart from ``facts`` (the index and the interval arithmetic) because
these answer questions about the calendar, not about values.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..facts.periods import parse_period
from ..model import Fact


def period_end(period: str) -> tuple[int, int, int]:
    """Sort key: the last day the period covers ('' sorts first)."""
    if not period:
        return (0, 0, 0)
    end = parse_period(period).end
    return (end.year, end.month, end.day)


def in_force(period: str, published: date) -> bool:
    """Whether a change dated ``period`` had taken effect when the article
    appeared (worded 'rose', 'since …'), rather than coming ('will rise');
    an undated change is coming.

    >>> in_force("2025-11-10", date(2025, 11, 10)), in_force("2026-01-15", date(2025, 10, 28))
    (True, False)
    """
    return bool(period) and period_end(period) <= (published.year, published.month, published.day)


def previous_period(period: str) -> str | None:
    """The same period a year earlier: FY2024 -> FY2023, 2025H1 -> 2024H1,
    2025-05 -> 2024-05, 2025-11-01/2025-11-28 -> 2024-11-01/2024-11-28."""
    if len(period) == 21 and period[10] == "/" and period[4] == "-":  # days: Nov 1-28
        return parse_period(period).previous().text
    if period.startswith("FY") and "/" not in period:
        return f"FY{int(period[2:6]) - 1}"
    if len(period) == 7 and period[:4].isdigit() and period[4] == "-":  # a month
        return f"{int(period[:4]) - 1}{period[4:]}"
    if len(period) >= 6 and period[:4].isdigit() and period[4] in "HQM":
        return f"{int(period[:4]) - 1}{period[4:]}"
    return None


def previous_month(period: str) -> str:
    """The month before a month ('' for any other period).

    >>> previous_month("2025-04"), previous_month("2025-01"), previous_month("2025Q1")
    ('2025-03', '2024-12', '')
    """
    if len(period) != 7 or period[4] != "-":
        return ""
    year, month = int(period[:4]), int(period[5:])
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


def year_to_month(period: str) -> str:
    """The year so far to a month, as months ('' for any other period): a port's
    or a courier's running total beside its month.

    >>> year_to_month("2025-05"), year_to_month("2025Q2")
    ('2025M1-M5', '')
    """
    if len(period) != 7 or period[4] != "-":
        return ""
    return f"{period[:4]}M1-M{int(period[5:])}"


#: Order of readings within one day (``at``); unknown sorts with intraday.
AT_ORDER = {"open": 0, "": 1, "intraday": 1, "high": 1, "low": 1, "close": 2}


def at_order(at: str) -> float:
    """Where a reading falls in its day: open 0, a time (10:30) between, close 2;
    high, low, intraday and unknown in the middle (their order is unknown)."""
    if len(at) == 5 and at[2] == ":":
        return 0.1 + (int(at[:2]) * 60 + int(at[3:])) / 1800
    return AT_ORDER.get(at, 1)


def latest(facts: Iterable[Fact]) -> Fact | None:
    """The fact with the latest period; within a day, the close after the
    open (stable: first written wins ties)."""
    best: Fact | None = None
    for f in facts:
        key = (period_end(f.period), at_order(f.at))
        if best is None or key > (period_end(best.period), at_order(best.at)):
            best = f
    return best


def first_and_latest(facts: Iterable[Fact]) -> tuple[Fact | None, Fact | None]:
    """The latest reading and the earliest before it ((None, None) for no
    reading; the earliest is None when nothing precedes the latest): a count
    or a share read from its first reading to its last (rules.origins,
    rules.seizures)."""
    ordered = sorted(facts, key=lambda f: period_end(f.period))
    if not ordered:
        return None, None
    cur, first = ordered[-1], ordered[0]
    return cur, (first if period_end(first.period) < period_end(cur.period) else None)
