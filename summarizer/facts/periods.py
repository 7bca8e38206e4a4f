"""Reporting periods as written in the facts files, parsed into date ranges.

Facts say *when* a figure holds with a short period code (``FY2024``,
``2025H1``, ``2025Q1-Q3``, ``2026-03``, ``2025-09-30``, ``FY2022/FY2024``).
Rules must order those codes, find the comparable period a year earlier (for
growth) and count the years a span covers (for CAGR) without any string
handling of their own, so the parsing lives here, once, as a pure function
with no locale or Babel dependency. ``summarizer.realise.locale`` words the parsed
periods for each language.

Fiscal years are calendar years (``FY2024`` = 1 January to 31 December 2024)
unless the entity says otherwise: ``parse_period(code, year_end=3)`` reads
``FY2026`` as Alibaba's (April 2025 to March 2026, named by the year it ends
in) and ``2026Q2`` as its second fiscal quarter (July to September 2025).
Months, days and runs of days are calendar dates whatever the year end.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Literal

PeriodKind = Literal[
    "year", "half", "quarter", "quarters", "month", "months", "instant", "days", "span"
]

_YEAR = re.compile(r"FY(\d{4})")
_HALF = re.compile(r"(\d{4})H([12])")
_QUARTERS = re.compile(r"(\d{4})Q([1-4])(?:-Q([1-4]))?")
_MONTHS = re.compile(r"(\d{4})M(1[0-2]|[1-9])(?:-M(1[0-2]|[1-9]))?")
_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
_INSTANT = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
#: A month's tenth (上旬, 中旬, 下旬): days 1-10, 11-20, 21 to the end, as app
#: trackers and weekly panels report "early March" with no days of their own.
_TENTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])-(early|mid|late)")
_TENTH_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


@dataclass(frozen=True, order=True)
class Period:
    """A parsed period code.

    Periods sort by end date, then start date, so "later" means "ends later"
    and a year sorts after its own first half. ``first``/``last`` are the
    ordinal sub-periods for halves, quarters and months (``2025Q1-Q3`` ->
    1, 3); for years and instants they are 0.

    >>> p = parse_period("2025Q1-Q3")
    >>> (p.kind, p.start, p.end, p.first, p.last)
    ('quarters', datetime.date(2025, 1, 1), datetime.date(2025, 9, 30), 1, 3)
    """

    end: date
    start: date
    text: str = field(compare=False)
    """The code as written (after stripping whitespace)."""
    kind: PeriodKind = field(compare=False)
    year: int = field(compare=False)
    """The calendar year the period ends in."""
    first: int = field(default=0, compare=False)
    last: int = field(default=0, compare=False)
    parts: tuple[Period, ...] = field(default=(), compare=False)
    """For spans: the first and the last period (``FY2022``, ``FY2024``)."""
    year_end: int = field(default=12, compare=False)
    """The month a fiscal year ends in (3 for Alibaba); 12 = calendar years."""

    @property
    def fiscal(self) -> bool:
        """A year, half or quarter of a fiscal year that is not the calendar's."""
        return self.year_end != 12 and self.kind in _FISCAL_KINDS

    @property
    def is_instant(self) -> bool:
        """True for a balance-sheet date (``2025-09-30``): values are "as of"."""
        return self.kind == "instant"

    @property
    def years(self) -> int:
        """Years of growth a span covers (``FY2022/FY2024`` -> 2); 0 otherwise.

        >>> parse_period("FY2022/FY2024").years
        2
        """
        if self.kind != "span":
            return 0
        return self.parts[1].year - self.parts[0].year

    def previous(self) -> Period:
        """The same period one year earlier, the base of a year-on-year change.

        >>> parse_period("2025Q1-Q3").previous().text
        '2024Q1-Q3'
        >>> parse_period("FY2024").previous().text
        'FY2023'
        """
        return self.shifted(-1)

    def shifted(self, years: int) -> Period:
        """The same period ``years`` years later (earlier when negative).

        >>> parse_period("2024-02-29").shifted(1).text
        '2025-02-28'
        """
        if m := _TENTH.fullmatch(self.text):
            return parse_period(f"{int(m[1]) + years}-{m[2]}-{m[3]}")
        if self.kind in ("span", "days"):
            a, b = (p.shifted(years) for p in self.parts)
            return parse_period(f"{a.text}/{b.text}", self.year_end)
        y = self.year + years
        code = {
            "year": f"FY{y}",
            "half": f"{y}H{self.first}",
            "quarter": f"{y}Q{self.first}",
            "quarters": f"{y}Q{self.first}-Q{self.last}",
            "month": f"{y}-{self.first:02d}",
            "months": f"{y}M{self.first}-M{self.last}",
        }.get(self.kind)
        if code is None:  # instant: clamp 29 February to the month's last day
            day = min(self.end.day, calendar.monthrange(y, self.end.month)[1])
            code = date(y, self.end.month, day).isoformat()
        return parse_period(code, self.year_end)


def tenth(p: Period) -> str:
    """'early', 'mid' or 'late' for a month's tenth written so (``2025-03-early``),
    '' for any other period, a run of days written as days included.

    >>> tenth(parse_period("2025-03-early")), tenth(parse_period("2025-03-01/2025-03-10"))
    ('early', '')
    >>> p = parse_period("2025-02-late")
    >>> (p.kind, p.start, p.end, p.previous().text)
    ('days', datetime.date(2025, 2, 21), datetime.date(2025, 2, 28), '2024-02-late')
    """
    m = _TENTH.fullmatch(p.text)
    return m[3] if m else ""


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


#: Kinds a fiscal year end moves: the others are calendar months and days.
_FISCAL_KINDS = frozenset({"year", "half", "quarter", "quarters", "span"})


def _range(
    text: str, kind: PeriodKind, year: int, m0: int, m1: int, a: int, b: int, year_end: int = 12
) -> Period:
    """Months ``m0``..``m1`` of ``year``; of its fiscal year when ``year_end`` is
    not 12 (month 1 is the month after the year end, in the calendar year before)."""
    def calendar_month(m: int) -> tuple[int, int]:
        if year_end == 12:
            return year, m
        return (year - 1 if m + year_end <= 12 else year), (m - 1 + year_end) % 12 + 1

    (y0, c0), (y1, c1) = calendar_month(m0), calendar_month(m1)
    return Period(_month_end(y1, c1), date(y0, c0, 1), text, kind, year, a, b, (), year_end)


def parse_period(period: str, year_end: int = 12) -> Period:
    """Parse a period code from a facts file.

    Accepted codes: ``FY2024`` (year), ``2025H1`` / ``2025H2`` (half),
    ``2026Q1`` (quarter), ``2025Q1-Q3`` (quarters), ``2025M1-M9`` (months),
    ``2025M3`` or ``2026-03`` (month), ``2025-09-30`` (instant, "as of"),
    ``2025-11-01/2025-11-28`` (days: a sales event, a shopping festival), and
    ``A/B`` for a span from the start of A to the end of B
    (``FY2022/FY2024``). Raises ``ValueError`` for anything else.

    >>> parse_period("FY2024").start, parse_period("FY2024").end
    (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    >>> parse_period("2025H1") < parse_period("FY2025")
    True
    >>> d = parse_period("2025-11-01/2025-11-28")
    >>> (d.kind, d.start, d.end, d.previous().text)
    ('days', datetime.date(2025, 11, 1), datetime.date(2025, 11, 28), '2024-11-01/2024-11-28')
    >>> q = parse_period("2026Q2", year_end=3)  # Alibaba's second fiscal quarter
    >>> (q.start, q.end, q.fiscal)
    (datetime.date(2025, 7, 1), datetime.date(2025, 9, 30), True)
    """
    if not 1 <= year_end <= 12:
        raise ValueError(f"a fiscal year ends in a month 1-12, not {year_end}")
    return _parse(period, year_end)


@lru_cache(maxsize=1024)  # bounded; a Period is immutable, and stories reuse a few codes
def _parse(period: str, year_end: int = 12) -> Period:
    text = period.strip()
    if "/" in text:
        left, _, right = text.partition("/")
        a, b = parse_period(left, year_end), parse_period(right, year_end)
        if a.kind == "span" or b.kind == "span" or a.kind != b.kind:
            raise ValueError(f"a span joins two periods of the same kind: {period!r}")
        if not a.start < b.start:
            raise ValueError(f"a span must go forward in time: {period!r}")
        if a.kind == "instant":  # days: an amount over those days, not a CAGR span
            return Period(b.end, a.start, f"{a.text}/{b.text}", "days", b.year, parts=(a, b))
        return Period(
            b.end, a.start, f"{a.text}/{b.text}", "span", b.year, parts=(a, b), year_end=year_end
        )
    if m := _YEAR.fullmatch(text):
        return _range(text, "year", int(m[1]), 1, 12, 0, 0, year_end)
    if m := _HALF.fullmatch(text):
        h = int(m[2])
        return _range(text, "half", int(m[1]), 6 * h - 5, 6 * h, h, h, year_end)
    if m := _QUARTERS.fullmatch(text):
        q0 = int(m[2])
        q1 = int(m[3]) if m[3] else q0
        if q1 < q0 or (m[3] and q1 == q0):
            raise ValueError(f"quarter range must go forward: {period!r}")
        kind: PeriodKind = "quarters" if m[3] else "quarter"
        return _range(text, kind, int(m[1]), 3 * q0 - 2, 3 * q1, q0, q1, year_end)
    if m := _MONTHS.fullmatch(text):
        m0 = int(m[2])
        m1 = int(m[3]) if m[3] else m0
        if m1 < m0 or (m[3] and m1 == m0):
            raise ValueError(f"month range must go forward: {period!r}")
        if not m[3]:
            return parse_period(f"{m[1]}-{m0:02d}")
        return _range(text, "months", int(m[1]), m0, m1, m0, m1)
    if m := _MONTH.fullmatch(text):
        month = int(m[2])
        return _range(text, "month", int(m[1]), month, month, month, month)
    if m := _TENTH.fullmatch(text):
        y, month = int(m[1]), int(m[2])
        first, last = _TENTH_DAYS[m[3]]
        a = parse_period(date(y, month, first).isoformat())
        b = parse_period(min(date(y, month, first + 9), _month_end(y, month)).isoformat()
                         if last != 31 else _month_end(y, month).isoformat())
        return Period(b.end, a.start, text, "days", y, parts=(a, b))
    if _INSTANT.fullmatch(text):
        try:
            d = date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"not a calendar date: {period!r}") from None
        return Period(d, d, text, "instant", d.year)
    raise ValueError(
        f"unknown period {period!r}: expected FY2024, 2025H1, 2026Q1, 2025Q1-Q3, "
        "2025M1-M9, 2026-03, 2025-03-early (-mid, -late), 2025-09-30, 2025-11-01/2025-11-28 "
        "or A/B"
    )
