"""A shop's sales (a retailer's or an e-commerce company's GMV, orders,
units or buyers; ``sales: true`` in the vocabulary) growing or falling:
shoppers' spending moving to it or away from it, read by each reader from
its side -- a seller selling the same goods, a brand it may stock, a factory
it buys from, a provider it may hire, a platform it competes with as a
channel -- where before a seller read 'demand is still growing; build on it
at a measured pace' and three readers nothing (their one sentence was the
seller's or the brand's)."""

from __future__ import annotations

import pytest
from ministory import first_points, mini_story, sections, two_years


def test_a_shops_sales_growing_reach_every_reader_each_in_its_own_words() -> None:
    en = first_points(two_years("gmv", "company", 10, 12))
    assert all(en.values()) and len(set(en.values())) == 6
    assert "demand is still growing" not in " ".join(en.values())
    assert en["seller"].startswith("1. **Demand**: With Alpha's GMV up 20%, it is winning more of")
    assert "check your prices and delivery against its" in en["seller"]
    assert en["brand"].startswith("1. **Demand**:") and "if it stocks your range" in en["brand"]
    assert "a buyer selling more will reorder more" in en["factory"]
    assert "more orders to fulfil, deliver and market" in en["service_provider"]
    assert "a rival channel is winning shoppers" in en["platform_operator"]
    assert "to see whether Alpha is gaining ground" in en["researcher"]
    zh = first_points(two_years("gmv", "company", 10, 12, lang="zh-Hans"))
    assert len(set(zh.values())) == 6
    assert "甲的GMV增长20%，它正在赢得更多消费者的支出" in zh["seller"]
    assert "对手渠道正在赢得消费者" in zh["platform_operator"]


def test_a_shops_sales_falling_are_customers_to_win_and_a_buyer_to_watch() -> None:
    en = first_points(two_years("gmv", "group", 12, 10))
    assert "shoppers are spending less with it: a chance to win its customers" in en["seller"]
    assert "its buying from suppliers may shrink" in en["factory"]
    assert "win on cost" in en["service_provider"]
    assert "to tell a market-wide slowdown from its own" in en["platform_operator"]


def test_a_level_with_its_stated_growth_reads_the_same_way() -> None:
    story = mini_story(
        "  r: {kind: company, name: {zh-Hans: 乙零售, en: Beta Retail}}\n",
        "  a: {metric: gmv, entity: r, segment: online, period: FY2025, value: 5, scale: billion, "
        "currency: USD, source: {quote: 原文}}\n"
        "  b: {metric: gmv, entity: r, segment: online, measure: yoy, period: FY2025, value: 15, "
        "unit: percent, stated: true, source: {quote: 原文}}\n", published="2026-02-10")
    en = first_points(sections(story, "en"))
    assert "it is winning more of shoppers' spending online" in en["seller"]
    assert "a rival channel is winning shoppers online" in en["platform_operator"]
    assert len(set(en.values())) == 6


@pytest.mark.parametrize("kind", ["platform", "brand"])
def test_a_platforms_or_a_brands_sales_keep_their_own_wording(kind: str) -> None:
    text = " ".join(first_points(two_years("gmv", kind, 10, 12)).values())
    assert "winning more of shoppers' spending" not in text
