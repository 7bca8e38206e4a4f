"""Drafting a minimum wage rise (CBBC Focus on Shanghai, 2025-07-20; seed
shanghai-minimum-wage-2025): every amount came twice, in yuan and as its
conversion in pounds in brackets ("RMB 2,690 (£288)"), all drafted as
funding or revenue with nothing said. "minimum wage" now names the metric,
and a bracketed conversion of the amount before it asks the editor to delete
it unless the source gives it as a figure of its own (a customs office gives
trade in yuan and in dollars, so it is not dropped)."""

from __future__ import annotations

from summarizer.draft import draft_article, draft_figures
from summarizer.draft.conversions import CONVERSION

TEXT = (
    "Shanghai raises minimum wage\n\nFocus, 20 July 2025\n\n"
    "From 1 July 2025, Shanghai raised its monthly minimum wage from RMB 2,690 (£288) to "
    "RMB 2,740 (£294). The city's hourly minimum wage also climbed from RMB 24 (£2.57) to "
    "RMB 25 (£2.68).\n"
)


def test_wages_are_wages_and_conversions_are_asked_about() -> None:
    _, figures = draft_figures(TEXT, "wage.txt")
    assert [(f.value, f.currency, CONVERSION in f.review) for f in figures] == [
        ("2690", "CNY", False), ("288", "GBP", True), ("2740", "CNY", False),
        ("294", "GBP", True), ("24", "CNY", False), ("2.57", "GBP", True),
        ("25", "CNY", False), ("2.68", "GBP", True),
    ]
    assert {f.metric for f in figures} == {"minimum_wage"}
    assert f"# REVIEW: {CONVERSION}" in draft_article(TEXT, "wage.txt")


def test_an_amount_in_brackets_in_the_same_currency_is_no_conversion() -> None:
    """"US$2 billion (US$1.5 billion)" is a part, not a conversion."""
    _, figures = draft_figures("Deal\n\nAlpha paid US$2 billion (US$1.5 billion).\n", "d.txt")
    assert [(f.value, CONVERSION in f.review) for f in figures] == [("2", False), ("1.5", False)]


def test_pay_said_by_the_month_or_the_hour_is_drafted_per_month_or_hour() -> None:
    _, figures = draft_figures(TEXT, "wage.txt")
    assert [(f.value, f.per) for f in figures if f.currency == "CNY"] == [
        ("2690", "month"), ("2740", "month"), ("24", "hour"), ("25", "hour")
    ]
    zh = "上海上调最低工资\n\n2025年7月20日\n\n上海月最低工资标准由2690元提高至2740元，小时最低工资标准由24元提高至每小时25元。\n"
    _, figures = draft_figures(zh, "wage-zh.txt")
    assert [(f.value, f.per) for f in figures] == [
        ("2690", "month"), ("2740", "month"), ("24", "hour"), ("25", "hour")
    ]
    _, figures = draft_figures("Alpha\n\nIts monthly revenue reached RMB 5 million.\n", "r.txt")
    assert [f.per for f in figures] == [""]  # a month's total, not a rate per month
