"""Drafting a consumer survey (The Fiscal Times, 2025-05-16: "the University of Michigan's
consumer sentiment index dropped to a preliminary reading of 50.8, down 3% from the final
reading of 52.2 in April … Consumers now expect to see inflation hit 7.3% in the next year,
up from the 6.5% rate projected last month"): every figure was drafted as revenue."""

from __future__ import annotations

from summarizer.draft import draft_figures

SURVEY = (
    "Consumer Sentiment Falls\n\nThe Fiscal Times, 16 May 2025\n\n"
    "Americans' views of the economy continued to sour in May, as the University of Michigan's "
    "consumer sentiment index dropped to a preliminary reading of 50.8, down 3% from the final "
    "reading of 52.2 in April.\n\nConsumers now expect to see inflation hit 7.3% in the next "
    "year, up from the 6.5% rate projected last month. Long-term inflation expectations rose "
    "from 4.4% to 4.6%.\n"
)


def test_a_sentiment_index_and_expected_inflation_are_what_they_are() -> None:
    _, figures = draft_figures(SURVEY, "s.txt")
    got = [(f.value, f.metric) for f in figures]
    assert ("3", "consumer_sentiment") in got or ("-3", "consumer_sentiment") in got
    assert [m for v, m in got if v in ("7.3", "6.5", "4.4", "4.6")] == \
        ["inflation_expectations"] * 4
    assert "revenue" not in {m for _, m in got}
