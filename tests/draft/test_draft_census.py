"""Drafting a statistics office's release (the US Census Bureau's quarterly
e-commerce estimate, 2015-11-17; seed us-ecommerce-q3-2015).

"adjusted for seasonal variation, but not for price changes, was $87.5
billion" was drafted as a price; every "(±0.9%)" margin of error as a
figure of its own; "an increase of 15.1 percent from the third quarter of
2014" as a change dated 2014Q3, and "4.2 percent from the second quarter" as
one dated 2015Q2: a rate's base was read as its own period."""

from __future__ import annotations

from summarizer.draft import draft_figures

TEXT = (
    "TITLE: Quarterly Retail E-Commerce Sales\nDATE: 2015-11-17\n\n"
    "The estimate of U.S. retail e-commerce sales for the third quarter of 2015, adjusted for "
    "seasonal variation, but not for price changes, was $87.5 billion, an increase of 4.2 percent "
    "(±0.9%) from the second quarter of 2015. The third quarter of 2015 e-commerce estimate "
    "increased 15.1 percent (±1.2%) from the third quarter of 2014.\n"
)


def _figures() -> list[tuple[str, str, str, str]]:
    _, figures = draft_figures(TEXT, "t.txt")
    return [(f.metric, f.measure, f.period, f.value) for f in figures]


def test_no_margin_of_error_is_a_figure_and_no_price_change_a_price() -> None:
    got = _figures()
    assert [v for *_, v in got] == ["87.5", "4.2", "15.1"]
    assert all(metric == "retail_sales" for metric, *_ in got)


def test_a_rate_from_a_year_earlier_is_yearly_and_from_a_quarter_before_is_asked() -> None:
    _, figures = draft_figures(TEXT, "t.txt")
    level, quarterly, yearly = figures
    assert (level.measure, level.period) == ("", "2015Q3")
    assert (yearly.measure, yearly.period) == ("yoy", "2015Q3")
    assert (quarterly.measure, quarterly.period) == ("change", "2015Q3")
    assert any("a change from 2015Q2, not a year earlier" in r for r in quarterly.review)


def test_a_fee_rising_from_a_day_takes_effect_that_day() -> None:
    text = ("TITLE: t\nDATE: 2025-05-01\n\nThe platform's commission rose 2 percent from "
            "June 1, 2025.\n")
    _, (fig,) = draft_figures(text, "t.txt")
    assert fig.period == "2025-06-01"
