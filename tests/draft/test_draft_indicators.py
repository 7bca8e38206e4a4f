"""Drafting two leading indicators: a purchasing managers' index (Commoplast on China's NBS
survey, April 2025: "The official manufacturing Purchasing Managers' Index (PMI) … dropped to
49.0 in April from 50.5 in March"), whose bare readings were no figures at all and "in April"
no period; and a port's containers (Marine Log, June 2025: "716,619 TEU in May, 5% less than
last year"), whose rate was a change dated the year before; and warehouse rents per square
foot."""

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


def test_a_sentiment_index_reading_outside_a_pmi_sentence() -> None:
    """"a preliminary reading of 50.8" (The Fiscal Times, May 2025) was dropped: its sentence
    names a consumer sentiment index, not a PMI."""
    text = ("Sentiment\n\nThe Fiscal Times, May 16, 2025\n\nViews continued to sour in May, as "
            "the University of Michigan's consumer sentiment index dropped to a preliminary reading of 50.8, down 3% from the final "
            "reading of 52.2 in April. Revenue rose 50.8 million dollars.\n")
    _, figures = draft_figures(text, "s.txt")
    got = [(f.value, f.unit, f.metric, f.period) for f in figures]
    assert got[0] == ("50.8", "index", "consumer_sentiment", "2025-05")
    assert got[2] == ("52.2", "index", "consumer_sentiment", "2025-04")
    assert all(f.unit != "index" for f in figures[3:])  # 50.8 million is an amount


def test_a_rate_against_last_year_is_a_rate_on_a_year_of_the_figures_own_month() -> None:
    """"5% less than last year" was a change dated last year (FY2024)."""
    text = ("Port\n\nMarine Log, 16 June 2025\n\nThe Port of Los Angeles processed 716,619 TEU "
            "in May, 5% less than last year.\n")
    _, figures = draft_figures(text, "p.txt")
    got = [(f.value, f.unit, f.metric, f.measure) for f in figures]
    assert got == [("716619", "teu", "port_volume", ""),
                   ("-5", "percent", "port_volume", "yoy")]
    assert figures[1].period == figures[0].period == "2025-05"


def test_an_asking_rent_per_square_foot_is_a_warehouse_rent() -> None:
    """Cushman & Wakefield via Bisnow: "Asking rents, at $10.10 per SF" was drafted as a
    price with no per; 空置率 and vacancy are the vacancy rate."""
    text = ("Rents\n\nBisnow, 8 October 2025\n\nAsking rents, at $10.10 per SF, were flat "
            "quarter-over-quarter. The 7.1% national vacancy rate is still high.\n")
    _, figures = draft_figures(text, "r.txt")
    got = [(f.value, f.metric, f.per, f.currency) for f in figures]
    assert got == [("10.10", "warehouse_rent", "square_foot", "USD"),
                   ("7.1", "vacancy_rate", "", "")]


def test_after_five_months_in_a_year_is_the_year_so_far() -> None:
    text = ("Port\n\nMarine Log, 16 June 2025\n\nAfter five months in 2025, the Port of Los "
            "Angeles has handled 4,063,472 TEUs.\n")
    _, figures = draft_figures(text, "p.txt")
    assert [(f.value, f.metric, f.period) for f in figures] == [
        ("4063472", "port_volume", "2025M1-M5")]
