"""Drafting two kinds of commerce figure that had no metric: a purchase subsidy paid to
buyers (Yicai on China's trade-in subsidy, 2025-01-21: "a discount of 15 percent on
products costing up to CNY6,000 … the subsidy for each item capped at CNY500", drafted
as a revenue change, a revenue and a platform subsidy budget) and app downloads
(Appfigures, 2025-05-02: "around 650K downloads/week", where K was no scale and the
later "176K" was given dollars)."""

from __future__ import annotations

from datetime import date

from summarizer.draft import draft_figures
from summarizer.draft.periods import find_periods

SUBSIDY = (
    "Subsidy\n\nYicai, 21 January 2025\n\n"
    "This means that buyers can get a discount of 15 percent on products costing up to "
    "CNY6,000. Each consumer can purchase one item per product category, with the subsidy "
    "for each item capped at CNY500.\n"
)
DOWNLOADS = (
    "Downloads\n\nAppfigures, 2 May 2025\n\n"
    "Temu averaged around 650K downloads/week in the US in early March. Our estimates show "
    "that as of last week, Temu's downloads in the US dropped to 176K.\n"
)


def test_a_purchase_subsidys_rate_ceiling_and_cap_are_drafted_as_such() -> None:
    _, figures = draft_figures(SUBSIDY, "s.txt")
    got = [(f.value, f.metric, f.measure, f.qualifier) for f in figures]
    assert got == [
        ("15", "buyer_subsidy_rate", "", ""),
        ("6000", "subsidy_price_cap", "", ""),  # a ceiling by definition: no "up to"
        ("500", "buyer_subsidy", "", ""),
    ]


def test_thousands_written_k_are_counts_of_downloads_not_money() -> None:
    _, figures = draft_figures(DOWNLOADS, "d.txt")
    got = [(f.value, f.scale, f.metric, f.currency) for f in figures]
    assert got == [("650", "thousand", "downloads", ""), ("176", "thousand", "downloads", "")]


def test_last_week_is_the_full_week_before_publication() -> None:
    _, figures = draft_figures(DOWNLOADS, "d.txt")
    assert figures[1].period == "2025-04-21/2025-04-27"  # published Friday May 2, 2025


def test_a_months_tenth_is_its_own_period_and_a_months_end_stays_one() -> None:
    found = [p.value for p in find_periods("3月上旬销量增长，截至3月底库存下降", date(2025, 5, 2))]
    assert "2025-03-early" in found and "2025-03-late" not in found
