"""Period codes: parsing, ordering, the year-earlier period and spans."""

from __future__ import annotations

import doctest
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer.facts import periods
from summarizer.facts.periods import parse_period


@pytest.mark.parametrize(
    ("code", "kind", "start", "end", "year", "first", "last"),
    [
        ("FY2024", "year", date(2024, 1, 1), date(2024, 12, 31), 2024, 0, 0),
        ("2025H1", "half", date(2025, 1, 1), date(2025, 6, 30), 2025, 1, 1),
        ("2025H2", "half", date(2025, 7, 1), date(2025, 12, 31), 2025, 2, 2),
        ("2026Q1", "quarter", date(2026, 1, 1), date(2026, 3, 31), 2026, 1, 1),
        ("2025Q4", "quarter", date(2025, 10, 1), date(2025, 12, 31), 2025, 4, 4),
        ("2025Q1-Q3", "quarters", date(2025, 1, 1), date(2025, 9, 30), 2025, 1, 3),
        ("2025M1-M9", "months", date(2025, 1, 1), date(2025, 9, 30), 2025, 1, 9),
        ("2024M2", "month", date(2024, 2, 1), date(2024, 2, 29), 2024, 2, 2),
        ("2026-03", "month", date(2026, 3, 1), date(2026, 3, 31), 2026, 3, 3),
        ("2025-09-30", "instant", date(2025, 9, 30), date(2025, 9, 30), 2025, 0, 0),
        ("FY2022/FY2024", "span", date(2022, 1, 1), date(2024, 12, 31), 2024, 0, 0),
        ("2025-11-01/2025-11-28", "days", date(2025, 11, 1), date(2025, 11, 28), 2025, 0, 0),
        ("2025-12-28/2026-01-02", "days", date(2025, 12, 28), date(2026, 1, 2), 2026, 0, 0),
        (" FY2024 ", "year", date(2024, 1, 1), date(2024, 12, 31), 2024, 0, 0),
    ],
)
def test_parse(
    code: str, kind: str, start: date, end: date, year: int, first: int, last: int
) -> None:
    p = parse_period(code)
    assert (p.kind, p.start, p.end, p.year, p.first, p.last) == (
        kind,
        start,
        end,
        year,
        first,
        last,
    )
    canonical = {"2024M2": "2024-02"}  # a single month is always written YYYY-MM
    assert p.text == canonical.get(code.strip(), code.strip())


@pytest.mark.parametrize(
    ("code", "previous"),
    [
        ("FY2024", "FY2023"),
        ("2025H1", "2024H1"),
        ("2025Q1-Q3", "2024Q1-Q3"),
        ("2026Q1", "2025Q1"),
        ("2025M1-M9", "2024M1-M9"),
        ("2026-03", "2025-03"),
        ("2025-09-30", "2024-09-30"),
        ("2024-02-29", "2023-02-28"),
        ("FY2022/FY2024", "FY2021/FY2023"),
        ("2025-11-01/2025-11-28", "2024-11-01/2024-11-28"),
        ("2024-02-01/2024-02-29", "2023-02-01/2023-02-28"),
    ],
)
def test_previous(code: str, previous: str) -> None:
    assert parse_period(code).previous().text == previous


@pytest.mark.parametrize(
    ("code", "years"),
    [("FY2022/FY2024", 2), ("FY2021/FY2025", 4), ("2024H1/2025H1", 1), ("FY2024", 0)],
)
def test_span_years(code: str, years: int) -> None:
    assert parse_period(code).years == years


def test_span_parts() -> None:
    p = parse_period("FY2022/FY2024")
    assert [part.text for part in p.parts] == ["FY2022", "FY2024"]
    assert not p.is_instant and parse_period("2025-09-30").is_instant


def test_ordering() -> None:
    codes = ["FY2025", "2025Q1-Q3", "FY2024", "2025H1", "2026Q1", "2025-09-30", "2026-03"]
    ordered = [p.text for p in sorted(parse_period(c) for c in codes)]
    assert ordered == ["FY2024", "2025H1", "2025Q1-Q3", "2025-09-30", "FY2025", "2026Q1", "2026-03"]
    assert parse_period("FY2024") == parse_period("2024M1-M12")  # same dates, same period


@pytest.mark.parametrize(
    "bad",
    ["", "2024", "FY24", "2025H3", "2025Q5", "2025Q3-Q1", "2025Q2-Q2", "2025M0-M3",
     "2025M9-M3", "2026-13", "2025-02-30", "FY2024/FY2022", "FY2024/2025H1",
     "FY2022/FY2023/FY2024", "2025q1", "2025-11-28/2025-11-01", "2025-11-28/2025-11-28",
     "2025-11-01/FY2025", "2025-11-01/2025-11-31"],
)  # fmt: skip
def test_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_period(bad)


CODES = ["FY{y}", "{y}H1", "{y}H2", "{y}Q3", "{y}Q1-Q3", "{y}M2-M11", "{y}-07", "{y}-02-28"]


@given(st.integers(1901, 2199), st.sampled_from(CODES))
def test_previous_is_a_year_earlier_and_same_length(year: int, template: str) -> None:
    p = parse_period(template.format(y=year))
    prev = p.previous()
    assert prev.kind == p.kind and prev.year == p.year - 1 and prev < p
    assert (prev.first, prev.last) == (p.first, p.last)
    assert prev.shifted(1) == p


def test_doctests() -> None:
    assert doctest.testmod(periods).failed == 0


def test_days_are_an_amount_over_days_not_a_cagr_span() -> None:
    """A run of days (a shopping festival) is a period an amount is summed
    over: a year earlier is the same days, and it counts no years of growth."""
    p = parse_period("2025-11-01/2025-11-28")
    assert p.kind == "days" and p.years == 0 and not p.is_instant
    assert [part.text for part in p.parts] == ["2025-11-01", "2025-11-28"]
    assert parse_period("2025-11-27") < p < parse_period("2025-12")  # sorts by its last day
