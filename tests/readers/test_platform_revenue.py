"""A platform's whole revenue, read by those who sell there: part of it is
their own bill (a seller sets the rise against what it paid), and for a brand
the budget the platform has for the brands it courts; a rival platform's
yardstick when the story has nothing closer. Before, it was told to a
researcher alone; a story that gives the bill itself (ad or commission
revenue, a take rate, GMV) or a part of the business keeps those readings."""

from __future__ import annotations

from ministory import mini_story, sections

PLATFORM = "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n"


def _revenue(first: int, second: int, extra: str = "") -> str:
    return (
        f"  a: {{metric: revenue, entity: p, period: 2024Q3, value: {first}, scale: 亿, "
        "currency: CNY, source: {quote: 原文}}\n"
        f"  b: {{metric: revenue, entity: p, period: 2025Q3, value: {second}, scale: 亿, "
        "currency: CNY, source: {quote: 原文}}\n" + extra
    )


def test_a_platform_earning_more_is_a_sellers_bill_and_a_brands_promotion_budget() -> None:
    en = sections(mini_story(PLATFORM, _revenue(100, 118), "2025-11-10"), "en")
    assert ("**Your costs**: With Platform A's revenue up 18%, part of that revenue is what "
            "sellers pay Platform A in commissions, fees and ads: set the rise against your own "
            "bill there") in en["seller"]
    assert ("**Marketing**: Now that Platform A's revenue is up 18%, a platform earning more has "
            "more to spend on traffic and on the brands it courts: ask Platform A for promotion "
            "slots") in en["brand"]
    assert "if your own revenue grew less over the same period" in en["platform_operator"]
    assert "Platform A is gaining ground" in en["researcher"]
    assert "little bearing" in en["factory"]  # a platform's revenue orders nothing from a factory
    zh = sections(mini_story(PLATFORM, _revenue(100, 118), "2025-11-10"), "zh-Hans")
    assert "其中一部分来自卖家向甲平台缴纳的佣金、服务费和广告费" in zh["seller"]
    assert "**营销层面**：" in zh["brand"] and "向甲平台争取推广资源位和联合营销" in zh["brand"]


def test_a_platform_earning_less_presses_sellers_and_courts_brands() -> None:
    en = sections(mini_story(PLATFORM, _revenue(100, 80), "2025-11-10"), "en")
    assert "Platform A is earning less, and may push its sellers harder on ads" in en["seller"]
    assert "will court brands with better terms to win shoppers back" in en["brand"]


def test_a_bill_the_story_gives_is_the_sellers_point_not_the_whole_revenue() -> None:
    ads = (
        "  c: {metric: ad_revenue, entity: p, period: 2024Q3, value: 10, scale: 亿, "
        "currency: CNY, source: {quote: 原文}}\n"
        "  d: {metric: ad_revenue, entity: p, period: 2025Q3, value: 13, scale: 亿, "
        "currency: CNY, source: {quote: 原文}}\n"
    )
    en = sections(mini_story(PLATFORM, _revenue(100, 118, ads), "2025-11-10"), "en")
    assert "part of that revenue" not in en["seller"] and "paying more to be seen" in en["seller"]
    assert "a platform earning more" not in en["brand"]
    # a rival's ad revenue reads closer than its whole revenue
    assert "if your own revenue grew less" not in en["platform_operator"]


def test_a_part_of_the_business_is_no_sellers_bill() -> None:
    parts = (
        "  c: {metric: revenue, entity: p, segment: cloud, period: 2024Q3, value: 10, scale: 亿, "
        "currency: CNY, source: {quote: 原文}}\n"
        "  d: {metric: revenue, entity: p, segment: cloud, period: 2025Q3, value: 15, scale: 亿, "
        "currency: CNY, source: {quote: 原文}}\n"
    )
    entities = PLATFORM + "  cloud: {kind: product, name: {zh-Hans: 云业务, en: cloud}}\n"
    en = sections(mini_story(entities, parts, "2025-11-10"), "en")
    assert "part of that revenue" not in en["seller"]
    assert "a platform earning more" not in en["brand"]
