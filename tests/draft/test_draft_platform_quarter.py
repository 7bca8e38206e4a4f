"""Drafting a platform's quarter as a results note writes it (uSMART on PDD
Holdings' second quarter, 2025-08-26; seed pdd-q2-2025).

"cost of revenue rose 36%" was drafted as revenue up 36%, a false figure on
the article's own subject; "sales & marketing spend" as revenue (its word
"sales"); "adjusted earnings per ADS of RMB 22.07" as revenue of a part
named "ADS"; "on a non-GAAP basis, net income was" as net income; and
"transaction services revenue" as revenue."""

from __future__ import annotations

from summarizer.draft import draft_article, draft_figures

TEXT = (
    "PDD Holdings Inc. reported Q2 2025 results: revenue of RMB 103.98 billion (+7% y/y) and "
    "adjusted earnings per ADS of RMB 22.07, both well above consensus.\n\n"
    "At the same time, reported net income was RMB 30.75 billion (-4% y/y); on a non-GAAP "
    "basis, net income was RMB 32.71 billion (-5% y/y).\n\n"
    "By segment, online marketing services and others delivered RMB 55.70 billion (+13% y/y); "
    "transaction services revenue was RMB 48.28 billion, roughly flat year-on-year.\n\n"
    "Costs and opex explain the profit pressure: cost of revenue rose 36% y/y to RMB 45.86 "
    "billion; together with sales & marketing spend (non-GAAP) of about RMB 26.7 billion "
    "(+5% y/y), this diluted operating margin.\n"
)


def test_each_line_of_the_results_gets_its_own_metric() -> None:
    _, figures = draft_figures(TEXT, "p.txt")
    got = [(f.metric, f.value) for f in figures]
    assert got == [
        ("revenue", "103.98"),
        ("revenue", "7"),
        ("eps", "22.07"),
        ("net_income", "30.75"),
        ("net_income", "-4"),
        ("adjusted_net_income", "32.71"),
        ("adjusted_net_income", "-5"),
        ("ad_revenue", "55.70"),
        ("ad_revenue", "13"),
        ("transaction_revenue", "48.28"),
        ("cost_of_revenue", "36"),
        ("cost_of_revenue", "45.86"),
        ("marketing_expense", "26.7"),
        ("marketing_expense", "5"),
    ]
    assert not any(f.segment for f in figures)  # "per ADS" names no part of the business


def test_hong_kong_papers_single_character_changes_are_signed() -> None:
    """am730 on Alibaba (Traditional Chinese): 大升5%, 減6%, 增3%, 跌2.1% are
    changes with a direction, and 經調整EBITA is adjusted EBITA."""
    text = (
        "阿里季績\n\n2025-11-26\n\n"
        "阿里巴巴收入則錄2,477.95億元，大升5%。阿里純利641.06億元，減6%；收入4,954.47億元，增3%。"
        "阿里昨收報157.8港元，跌2.1%。阿里雲智能經調整EBITA錄36.04億元，多35%。\n"
    )
    _, figures = draft_figures(text, "hk.txt")
    got = {(f.metric, f.measure, f.value) for f in figures if f.unit == "percent"}
    assert {
        ("revenue", "change", "5"),
        ("net_income", "change", "-6"),
        ("revenue", "change", "3"),
        ("share_price", "change", "-2.1"),
    } <= got
    assert ("adjusted_ebita", "", "36.04") in {(f.metric, f.measure, f.value) for f in figures}


def test_last_quarter_is_the_quarter_before_the_article() -> None:
    """上季 and "last quarter" (a results report) are the last calendar quarter
    ended before the article's date; "the last quarter of 2024" is not."""
    from datetime import date

    from summarizer.draft.periods import find_periods

    text = "阿里巴巴上季收入2,477.95億元。Shopify said revenue grew 32% last quarter. 上季末"
    got = [p.value for p in find_periods(text, date(2025, 11, 26))]
    assert got == ["2025Q3", "2025Q3"]
    assert [p.value for p in find_periods("上季度收入", date(2026, 2, 10))] == ["2025Q4"]
    # not the quarter before the article (the drafter reads no period here)
    assert "2025Q1" not in [p.value for p in find_periods("the last quarter of 2024", date(2025, 6, 1))]


def test_a_way_to_sell_is_drafted_as_a_channel_and_a_business_line_as_a_product() -> None:
    """Quick commerce is where sellers sell (a channel: its growth is demand
    for them); cloud is a line of business they do not sell in."""
    text = (
        "Alibaba said that Quick Commerce revenue grew 60% to $3.2 billion in the quarter, "
        "while Cloud Intelligence revenue rose 34% to $5.6 billion.\n"
    )
    drafted = draft_article(text, "a.txt")
    assert "quick-commerce: {kind: channel," in drafted
    assert "cloud-intelligence: {kind: product," in drafted


def test_a_year_before_to_is_no_lower_bound() -> None:
    """'from $4.83 in 2022 to $4.81' gave a range of 2022 to 4.81."""
    _, figures = draft_figures("ROAS went from $4.83 in 2022 to $4.81 last year.\n", "e.txt")
    assert [(f.low, f.value) for f in figures] == [("", "4.83"), ("", "4.81")]
