"""Reporting periods as written in the facts files, parsed into date ranges.

Facts say *when* a figure holds with a short period code (``FY2024``,
``2025H1``, ``2025Q1-Q3``, ``2026-03``, ``2025-09-30``, ``FY2022/FY2024``).
Rules must order those codes, find the comparable period a year earlier (for
growth) and count the years a span covers (for CAGR) without any string
handling of their own, so the parsing lives here, once, as a pure function
with no locale or Babel dependency. ``summarizer.realise.locale`` words the parsed
periods for each language.

Fiscal years are calendar years (``FY2024`` = 1 January to 31 December 2024):
every company in the seeds reports on a calendar year, and a different
year-end would need its own code rather than a silent offset.
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
        if self.kind in ("span", "days"):
            a, b = (p.shifted(years) for p in self.parts)
            return parse_period(f"{a.text}/{b.text}")
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
        return parse_period(code)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _range(text: str, kind: PeriodKind, year: int, m0: int, m1: int, a: int, b: int) -> Period:
    return Period(_month_end(year, m1), date(year, m0, 1), text, kind, year, a, b)


def parse_period(period: str) -> Period:
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
    """
    return _parse(period)


@lru_cache(maxsize=1024)  # bounded; a Period is immutable, and stories reuse a few codes
def _parse(period: str) -> Period:
    text = period.strip()
    if "/" in text:
        left, _, right = text.partition("/")
        a, b = parse_period(left), parse_period(right)
        if a.kind == "span" or b.kind == "span" or a.kind != b.kind:
            raise ValueError(f"a span joins two periods of the same kind: {period!r}")
        if not a.start < b.start:
            raise ValueError(f"a span must go forward in time: {period!r}")
        if a.kind == "instant":  # days: an amount over those days, not a CAGR span
            return Period(b.end, a.start, f"{a.text}/{b.text}", "days", b.year, parts=(a, b))
        return Period(b.end, a.start, f"{a.text}/{b.text}", "span", b.year, parts=(a, b))
    if m := _YEAR.fullmatch(text):
        return _range(text, "year", int(m[1]), 1, 12, 0, 0)
    if m := _HALF.fullmatch(text):
        h = int(m[2])
        return _range(text, "half", int(m[1]), 6 * h - 5, 6 * h, h, h)
    if m := _QUARTERS.fullmatch(text):
        q0 = int(m[2])
        q1 = int(m[3]) if m[3] else q0
        if q1 < q0 or (m[3] and q1 == q0):
            raise ValueError(f"quarter range must go forward: {period!r}")
        kind: PeriodKind = "quarters" if m[3] else "quarter"
        return _range(text, kind, int(m[1]), 3 * q0 - 2, 3 * q1, q0, q1)
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
    if _INSTANT.fullmatch(text):
        try:
            d = date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"not a calendar date: {period!r}") from None
        return Period(d, d, text, "instant", d.year)
    raise ValueError(
        f"unknown period {period!r}: expected FY2024, 2025H1, 2026Q1, 2025Q1-Q3, "
        "2025M1-M9, 2026-03, 2025-09-30, 2025-11-01/2025-11-28 or A/B"
    )
