"""Drafting a results summary written as a list of "X for Q3 2025 was $A,
a N% increase from $B in Q3 2024" (Reportify on Coupang's quarter,
2025-11-05).

Every prior-year amount was dated 2025Q3: "Q3 2024" after the figure was
also a yearless "Q3" to the Chinese period pattern, read as this year's.
Gross profit and adjusted EBITDA were drafted as revenue (no such metrics),
"net income margin" as net income, "active customers" matched no keyword,
and "Product Commerce net revenues" and "Product Commerce Active Customers"
gave no part or the wrong one ("Commerce Active Customers")."""

from __future__ import annotations

from summarizer.draft import draft_figures

TEXT = (
    "DATE: 2025-11-05\n\n"
    "- Total net revenues for Q3 2025 reached $9,267 million, an 18% increase from $7,866 "
    "million in Q3 2024\n"
    "- Gross profit for Q3 2025 was $2,720 million, reflecting a 20% growth compared to $2,269 "
    "million in Q3 2024\n"
    "- Adjusted EBITDA for Q3 2025 was $413 million, up 20% from $343 million in Q3 2024\n"
    "- Net income for Q3 2025 was $95 million, with a net income margin of 1.0%\n"
    "- Product Commerce net revenues increased to $7,980 million for Q3 2025\n"
    "- Product Commerce Active Customers increased to 24.7 million in Q3 2025\n"
)


def test_each_years_amount_has_its_own_quarter_and_metric() -> None:
    _, figures = draft_figures(TEXT, "c.txt")
    got = [(f.metric, f.value, f.period) for f in figures if f.currency]
    assert got == [
        ("revenue", "9267", "2025Q3"),
        ("revenue", "7866", "2024Q3"),
        ("gross_profit", "2720", "2025Q3"),
        ("gross_profit", "2269", "2024Q3"),
        ("adjusted_ebitda", "413", "2025Q3"),
        ("adjusted_ebitda", "343", "2024Q3"),
        ("net_income", "95", "2025Q3"),
        ("revenue", "7980", "2025Q3"),
    ]
    assert [f.metric for f in figures if f.value == "1.0"] == ["net_margin"]


def test_a_part_named_before_a_metric_in_words_is_the_part() -> None:
    _, figures = draft_figures(TEXT, "c.txt")
    parts = {f.value: (f.metric, f.segment, f.unit) for f in figures}
    assert parts["7980"] == ("revenue", "product-commerce", "")
    assert parts["24.7"] == ("active_buyers", "product-commerce", "buyers")


def test_percentage_points_are_a_move_with_its_direction() -> None:
    """'毛利率为16.9%，…同比下降0.4个百分点' drafted 0.4 points as a level."""
    text = "DATE: 2025-11-14\n\n公司整体毛利率为16.9%，同比下降0.4个百分点；净利率提高1.2个百分点。\n"
    _, figures = draft_figures(text, "j.txt")
    assert [(f.value, f.unit, f.measure) for f in figures] == [
        ("16.9", "percent", ""),
        ("-0.4", "pp", "change"),
        ("1.2", "pp", "change"),
    ]
