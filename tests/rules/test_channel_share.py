"""channel_share: how much of a market's sales goes through one kind of seller
(China's livestream e-commerce, January-November 2024: 4.3 trillion yuan,
nearly 52% of it in store-led livestreams). A share stated without an amount
for its part was only checked, so no reader heard it."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story

ENTITIES = "  m: {kind: market, name: {zh-Hans: 甲市场, en: the Alpha market}}\n"
TOTAL = (
    "  t: {metric: gmv, entity: m, period: 2024M1-M11, value: 4.3, scale: trillion, "
    "currency: CNY, source: {quote: 原文一}}\n"
)
OWN = (
    "  s: {metric: gmv, measure: share, entity: m, segment: own-livestreams, "
    "period: 2024M1-M11, value: 52, unit: percent, qualifier: nearly, source: {quote: 原文二}}\n"
)


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2025-03-12")


def test_a_share_of_own_livestreams_is_told_with_its_amount_as_precise_as_its_inputs() -> None:
    s = sections(_story(TOTAL + OWN), "en")
    assert ("The Alpha market sold RMB 4.3 trillion in the first eleven months of 2024, nearly "
            "52% of it in store-led livestreams, about RMB 2.2 trillion: more than influencers "
            "and celebrities sold.") in s["general"]
    assert "without paying an influencer's commission" in s["brand"]
    assert "hosted by your own staff" in s["seller"]
    assert "quote for weekly replenishment" in s["factory"]
    assert "trained hosts" in s["service_provider"]
    assert "depends less on a few stars" in s["platform_operator"]
    assert "holds against influencers'" in s["researcher"]
    zh = sections(_story(TOTAL + OWN), "zh-Hans")
    assert "2024年前11个月，甲市场销售额4.3万亿元，其中店播占近52%，约2.2万亿元，超过达人和明星直播的总和。" in zh[
        "general"]


def test_without_a_total_the_share_is_told_alone() -> None:
    s = sections(_story(OWN), "en")
    assert ("Store-led livestreams made nearly 52% of the Alpha market's sales in the first eleven "
            "months of 2024: more than influencers and celebrities sold.") in s["general"]


def test_an_influencers_share_under_half_is_read_as_theirs() -> None:
    creators = OWN.replace("own-livestreams", "creator-livestreams").replace(
        "value: 52, unit: percent, qualifier: nearly", "value: 48, unit: percent")
    s = sections(_story(TOTAL + creators), "en")
    assert "48% of it in influencer livestreams, about RMB 2.1 trillion." in s["general"]
    assert "more than" not in s["general"]
    assert "count their commission and the discount they ask for against your margin" in s["seller"]


def test_a_share_of_an_ordinary_segment_is_no_channel() -> None:
    online = OWN.replace("own-livestreams", "online")
    assert "2.2 trillion" not in sections(_story(TOTAL + online), "en")["general"]


def test_the_facts_table_names_the_channel_by_its_glossary_term() -> None:
    from summarizer.facttable import fact_rows
    from summarizer.pipeline import load_project

    story = _story(TOTAL + OWN)
    [zh] = [r for r in fact_rows(load_project(), story, "zh-Hans") if r.id == "s"]
    [en] = [r for r in fact_rows(load_project(), story, "en") if r.id == "s"]
    assert "（店播）" in zh.label and "(store-led livestreams)" in en.label
