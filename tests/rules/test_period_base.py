"""Two figures of two periods that the editor links with ``base:`` -- a
day's online GMV against the same shopping day a year earlier, a day's
average order value -- are growth between the periods (``yoy_growth``), not
a charge moved to a new level (``base_change``): before, Black Friday's GMV
'rose from US$10.8 billion to US$11.8 billion on November 28, 2025' (自…起
上调至), a platform was told to set it 'against other platforms' fees' and a
brand 'The change widens the room for this business'."""

from __future__ import annotations

from ministory import first_points, mini_story, sections

from summarizer.rules import derive

US = "  us: {kind: market, name: {zh-Hans: 美国, en: the US}}\n"


def _days(metric: str, now: str, then: str, unit: str) -> str:
    return (
        f"  a: {{metric: {metric}, entity: us, segment: online, period: '2025-11-28', "
        f"value: {now}, {unit}, base: b, source: {{quote: 原文}}}}\n"
        f"  b: {{metric: {metric}, entity: us, segment: online, period: '2024-11-29', "
        f"value: {then}, {unit}, source: {{quote: 原文}}}}\n"
    )


def test_a_days_gmv_against_last_years_day_is_growth() -> None:
    story = mini_story(US, _days("gmv", "11.8", "10.8", "scale: billion, currency: USD"),
                       published="2025-11-30")
    rules = {t.rule for t in derive(story).takeaways}
    assert "yoy_growth" in rules and "base_change" not in rules
    en = sections(story, "en")
    assert ("The US's online gross merchandise value (GMV) grew from US$10.8 billion on November "
            "29, 2024 to US$11.8 billion on November 28, 2025, up 9.3%.") in en["general"]
    text = "\n".join(en.values())
    assert "other platforms' fees" not in text and "widens the room" not in text
    assert "set your own sales growth online over the same period" in en["seller"]
    zh = sections(story, "zh-Hans")["general"]
    assert "从2024年11月29日的108亿美元增至2025年11月28日的118亿美元，增长9.3%" in zh
    assert "上调" not in zh


def test_a_days_average_order_value_against_last_years_is_baskets() -> None:
    story = mini_story(US, _days("aov", "120", "110", "currency: USD"), published="2025-11-30")
    first = first_points(sections(story, "en"))
    assert "shoppers are spending more per order online" in first["seller"]


def test_a_fee_moved_from_its_base_is_still_a_move() -> None:
    """A fee's new level against the old one stays base_change's (a fee is
    no figure of a period)."""
    story = mini_story(
        "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n",
        "  a: {metric: referral_fee, entity: p, period: '2025-02-01', value: 8, unit: percent, "
        "base: b, source: {quote: 原文}}\n"
        "  b: {metric: referral_fee, entity: p, period: '2025-01-31', value: 10, unit: percent, "
        "source: {quote: 原文}}\n", published="2025-02-02")
    rules = {t.rule for t in derive(story).takeaways}
    assert "base_change" in rules and "yoy_growth" not in rules
