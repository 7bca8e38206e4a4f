"""A segment said where English needs no 'in' (online, overseas, at home)
and Chinese no 的 (线上销售): a country's online sales up 6.3% is 'your own
sales online', not 'in online'; a plural metric name keeps its verb when its
abbreviation follows it ('monthly active users (MAU) were')."""

from __future__ import annotations

import pytest
from ministory import mini_story, sections

ONLINE = (
    "  a: {metric: gmv, entity: cn, segment: online, period: 2025M1-M10, value: 12.7, "
    "scale: trillion, currency: CNY, source: {quote: 原文}}\n"
    "  b: {metric: gmv, entity: cn, segment: online, measure: yoy, period: 2025M1-M10, "
    "value: 6.3, unit: percent, stated: true, source: {quote: 原文}}\n"
)
MARKET = "  cn: {kind: market, name: {zh-Hans: 中国, en: China}}\n"


def test_a_markets_online_sales_are_online_not_in_online() -> None:
    en = sections(mini_story(MARKET, ONLINE, published="2025-11-14"), "en")
    text = "\n".join(en.values())
    assert "in online" not in text
    assert "the bar for your own sales online:" in en["brand"]
    assert "set your own sales growth online over the same period" in en["seller"]
    assert "more sales online mean more parcels" in en["service_provider"]
    zh = sections(mini_story(MARKET, ONLINE, published="2025-11-14"), "zh-Hans")
    assert "这一增速是自身线上销售的及格线" in zh["brand"]
    assert "线上交易增多" in zh["service_provider"]
    assert "线上的销售" not in "\n".join(zh.values())


@pytest.mark.parametrize(
    ("segment", "said"), [("overseas", "overseas"), ("domestic", "at home"), ("us", "in the US")]
)
def test_each_segment_says_in_its_own_way(segment: str, said: str) -> None:
    facts = ONLINE.replace("segment: online", f"segment: {segment}")
    us = "  us: {kind: market, name: {zh-Hans: 美国, en: the US}}\n"
    en = sections(mini_story(MARKET + us, facts, published="2025-11-14"), "en")
    assert f"your own sales {said}:" in en["brand"]


def test_a_plural_metric_with_its_abbreviation_takes_were() -> None:
    story = mini_story(
        "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n",
        "  a: {metric: mau, entity: p, period: 2025Q3, value: 150, scale: million, unit: users, "
        "source: {quote: 原文}}\n"
        "  b: {metric: mau, entity: p, measure: yoy, period: 2025Q3, value: 20, unit: percent, "
        "stated: true, source: {quote: 原文}}\n", published="2025-11-14")
    assert "monthly active users (MAU) were 150 million" in sections(story, "en")["general"]
