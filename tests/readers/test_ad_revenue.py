"""A platform's advertising revenue is what its sellers and brands pay to be
seen there (Amazon's, up 19% in a quarter): a cost worded for each of them,
a yardstick for rival platforms, never a platform reader's own income."""

from __future__ import annotations

from ministory import mini_story, sections


def test_a_platforms_ad_revenue_is_its_sellers_cost_and_a_rivals_yardstick() -> None:
    story = mini_story(
        "  a: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n",
        "  ads: {metric: ad_revenue, entity: a, period: 2024Q3, value: 14.3, scale: billion, "
        "currency: USD, source: {quote: 原文}}\n"
        "  yoy: {metric: ad_revenue, entity: a, measure: yoy, period: 2024Q3, value: 19, "
        "unit: percent, stated: true, source: {quote: 原文}}\n",
        published="2024-10-31",
    )
    en = sections(story, "en")
    assert "sellers there are paying more to be seen: check what ads now cost you" in en["seller"]
    assert "brands there are paying more to be seen: budget for ads" in en["brand"]
    assert "if your own advertising revenue grew less over the same period, this rival is gaining" in en[
        "platform_operator"
    ]
    assert "Your income" not in en["platform_operator"]
    zh = sections(story, "zh-Hans")
    assert "平台上的卖家为曝光付出的更多了" in zh["seller"]
