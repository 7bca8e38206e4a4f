"""ad_spend_move: big advertisers cutting or raising their ad spending (Temu
and Shein in April 2025, 31% and 19% less a day on US social media). A rate
of change with no level was no reader's point."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  t: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
    "  s: {kind: platform, name: {zh-Hans: 乙, en: Beta}}\n"
    "  b: {kind: brand, name: {zh-Hans: 丙, en: Gamma}}\n"
)


def _ads(entity: str, value: int, fid: str) -> str:
    return (
        f"  {fid}: {{metric: ad_spend, entity: {entity}, measure: change, "
        f"period: 2025-03-31/2025-04-13, value: {value}, unit: percent, source: {{quote: {fid}原文}}}}\n"
    )


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2025-04-18")


def test_two_platforms_cutting_ads_are_one_point_largest_first() -> None:
    story = _story(_ads("s", -19, "b1") + _ads("t", -31, "a1"))
    s = sections(story, "en")
    assert ("Alpha's ad spending fell 31% between March 31 and April 13, 2025, and Beta's "
            "19%.") in s["general"]
    assert "bid for the slots they left" in s["seller"]
    assert "reach the same shoppers for less" in s["brand"]
    assert "expect smaller reorders" in s["factory"]
    assert "Rivals buying less traffic (Alpha and Beta) leave their shoppers open" in s[
        "platform_operator"]
    assert "how much of their demand the ads were buying" in s["researcher"]
    zh = sections(story, "zh-Hans")
    assert "2025年3月31日至4月13日，甲的广告投放下降31%，乙下降19%。" in zh["general"]
    assert "甲和乙靠广告买来的消费者少了（投放分别下降31%和19%）" in zh["factory"]


def test_a_brand_raising_its_ads_is_dearer_auctions_and_no_factory_point() -> None:
    s = sections(_story(_ads("b", 40, "g1")), "en")
    assert "Gamma's ad spending rose 40% between March 31 and April 13, 2025." in s["general"]
    assert "the auctions you bid in get dearer" in s["seller"]
    assert "1. " not in s["factory"]


def test_a_level_of_ad_spending_alone_is_not_this_rule() -> None:
    level = (
        "  l: {metric: ad_spend, entity: t, period: 2025Q1, value: 2, scale: billion, "
        "currency: USD, source: {quote: 原文}}\n"
    )
    assert not [t for t in derive(_story(level)).takeaways if t.rule == "ad_spend_move"]
