"""Drafting where a platform's sellers are based (Modern Retail on Marketplace Pulse, February 2025):
"fewer than 25,000" is under a round number, not a cap, and "28% of all active sellers" is a share of
the platform's sellers, not revenue (as it was drafted before)."""

from __future__ import annotations

from summarizer.draft import draft_figures


def test_fewer_than_a_count_is_drafted_as_under_a_round_number() -> None:
    """"fewer than 25,000 sellers": a ceiling the quick read says as 不到 / under, not a cap
    (至多 / up to), which "fewer" (said only of things counted) never is."""
    _, figures = draft_figures(
        "Walmart\n\n2025-02-26\n\nWalmart had fewer than 25,000 sellers from China in 2023 and "
        "50,000 sellers in 2024.\n", "x.txt")
    assert [(f.value, f.qualifier, f.unit) for f in figures] == [
        ("25000", "under", "sellers"), ("50000", "", "sellers")]


def test_a_share_of_a_platforms_sellers_is_drafted_as_where_they_are_based() -> None:
    _, figures = draft_figures(
        "Walmart\n\n2025-02-26\n\nAccording to Marketplace Pulse, Chinese sellers represented 28% of all "
        "active sellers on Walmart in 2024, up from 20% at the end of 2023.\n", "x.txt")
    assert [(f.value, f.metric) for f in figures] == [("28", "origin_share"), ("20", "origin_share")]
