"""Job cuts announced after earlier ones (UPS, 28 January 2026: up to 30,000
jobs in 2026, after 48,000 in 2025).

The largest change led, so every reader was told "UPS is cutting 48,000
jobs" -- last year's, done -- and this year's 30,000, the news, was not
said at all. The latest change leads now; one that ended before it began
is said after it ("after 48,000 in 2025" / 此前2025年已裁减4.8万名)."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.draft import draft_figures

UPS = "  ups: {kind: company, name: {zh-Hans: UPS, en: UPS}}\n"
FACTS = (
    "  cut-2026: {metric: employees, measure: change, entity: ups, period: FY2026, "
    "value: -30000, unit: employees, qualifier: up_to, source: {quote: 原文}}\n"
    "  cut-2025: {metric: employees, measure: change, entity: ups, period: FY2025, "
    "value: -48000, unit: employees, source: {quote: 原文}}\n"
)


def test_this_years_cut_leads_and_last_years_follows() -> None:
    story = mini_story(UPS, FACTS, published="2026-01-28")
    en, zh = sections(story, "en"), sections(story, "zh-Hans")
    assert "UPS will cut up to 30,000 jobs in 2026, after 48,000 in 2025." in en["general"]
    assert "此前2025年已裁减4.8万名" in zh["general"]
    assert "48,000" not in en["brand"] and "up to 30,000" in en["brand"]


def test_the_drafter_dates_this_year_and_a_capitalised_year() -> None:
    text = (
        "DATE: 2026-01-28\n\nUPS will cut up to 30,000 jobs this year. In 2025 alone, UPS cut "
        "48,000 jobs. It projects revenue of $89.7 billion for the year ahead.\n"
    )
    _, figures = draft_figures(text, "u.txt")
    assert [(f.value, f.period) for f in figures] == [
        ("-30000", "FY2026"), ("-48000", "FY2025"), ("89.7", "FY2026")
    ]
