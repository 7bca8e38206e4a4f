"""Drafting consumer prices beside sales (Footwear News, 2022-06-15: "Consumer prices rose by
8.6% compared to a year ago"): read as an item's price change, when it is the year-on-year
rate of consumer prices that rule real_growth sets sales against."""

from __future__ import annotations

from summarizer.draft import draft_figures


def test_consumer_prices_are_a_yearly_rate_of_their_own() -> None:
    text = "Sales\n\nFN, 15 June 2022\n\nConsumer prices rose by 8.6% compared to a year ago.\n"
    _, figures = draft_figures(text, "p.txt")
    assert [(f.value, f.metric, f.measure) for f in figures] == [
        ("8.6", "consumer_prices", "yoy")]
