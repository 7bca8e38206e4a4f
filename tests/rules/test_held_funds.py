"""held_funds: sellers' money a platform keeps back (Temu's merchants, July
2024: about RMB 138 million across 407 of them). frozen_funds was told only
with an account ban, so the money itself was no reader's point."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story

ENTITIES = (
    "  p: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
    "  m: {kind: group, reader: seller, plural: true, name: {zh-Hans: 甲商家, en: Alpha's "
    "merchants}}\n"
)
HELD = (
    "  h: {metric: withheld_funds, entity: m, period: '2024-07-29', value: 1.38, scale: 亿, "
    "currency: CNY, qualifier: about, source: {quote: 原文一}}\n"
)
COUNT = (
    "  n: {metric: sellers, entity: m, period: '2024-07-29', value: 407, unit: merchants, "
    "source: {quote: 原文二}}\n"
)


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2024-07-31")


def test_money_held_back_is_told_with_the_average_each_seller() -> None:
    s = sections(_story(HELD + COUNT), "en")
    assert ("Alpha's merchants had about RMB 138 million withheld as of July 29, 2024, across "
            "407 sellers: about RMB 339,000 each on average.") in s["general"]
    assert "keep a cash buffer sized to what Alpha can withhold" in s["seller"]
    assert "may be slow to pay their suppliers" in s["factory"]
    assert "working-capital loans" in s["service_provider"]
    assert "clear penalty rules with a way to appeal" in s["platform_operator"]
    assert "how many of its sellers leave" in s["researcher"]
    assert "1. " not in s["brand"]
    zh = sections(_story(HELD + COUNT), "zh-Hans")
    assert "截至2024年7月29日，甲商家被扣留的资金约1.38亿元，涉及407家卖家，平均每家约33.9万元。" in zh[
        "general"]


def test_without_a_count_the_money_is_told_alone() -> None:
    s = sections(_story(HELD), "en")
    assert ("Alpha's merchants had about RMB 138 million withheld as of July 29, 2024.") in s[
        "general"]
    assert "each on average" not in s["general"]


def test_a_count_of_no_sellers_is_no_count() -> None:
    s = sections(_story(HELD + COUNT.replace("value: 407", "value: 0")), "en")
    assert "across" not in s["general"] and "withheld as of July 29, 2024." in s["general"]
