"""Drafting a purchasing managers' index (Commoplast on China's NBS survey, April 2025: "The
official manufacturing Purchasing Managers' Index (PMI) … dropped to 49.0 in April from 50.5
in March"): bare readings were no figures at all, and "in April" no period."""

from __future__ import annotations

from summarizer.draft import draft_figures

PMI = (
    "PMI\n\nCommoplast, 30 April 2025\n\n"
    "The official manufacturing Purchasing Managers' Index (PMI), published by the National "
    "Bureau of Statistics (NBS), dropped to 49.0 in April from 50.5 in March. The "
    "non-manufacturing PMI also slowed, falling to 50.4. Sales rose 49.0 percent.\n"
)


def test_an_index_reading_is_drafted_with_its_month_and_a_percentage_is_not_one() -> None:
    _, figures = draft_figures(PMI, "p.txt")
    got = [(f.value, f.unit, f.metric, f.period) for f in figures]
    assert got[:3] == [
        ("49.0", "index", "pmi", "2025-04"),
        ("50.5", "index", "pmi", "2025-03"),
        ("50.4", "index", "services_pmi", ""),
    ]
    assert got[3][1] == "percent"
