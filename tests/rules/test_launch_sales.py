"""launch_sales: a brand's new product and its launch day (Reuters on Luckin
Coffee's latte with Kweichow Moutai, September 2023). A brand's launch was
background, so the story gave every reader nothing; its day's sales are now
read against the brand's best launch before and the prices it sold at."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  b: {kind: brand, name: {zh-Hans: 甲, en: Alpha}}\n"
    "  p: {kind: brand, name: {zh-Hans: 乙, en: Beta}}\n"
    "  n: {kind: product, name: {zh-Hans: 新品, en: the new latte}}\n"
    "  o: {kind: product, name: {zh-Hans: 旧品, en: the old latte}}\n"
)
LAUNCH = (
    "  l: {event: product_launch, entity: b, object: n, parties: [p], date: '2023-09-04', "
    "text: {zh-Hans: 甲推出新品, en: Alpha launched a latte}, source: {quote: 原文一}}\n"
    "  u: {metric: units_sold, entity: b, segment: n, period: '2023-09-04', value: 5.42, "
    "scale: million, unit: cups, qualifier: over, source: {quote: 原文二}}\n"
)
MORE = (
    "  s: {metric: revenue, entity: b, segment: n, period: '2023-09-04', value: 100, "
    "scale: million, currency: CNY, qualifier: over, source: {quote: 原文三}}\n"
    "  o1: {metric: units_sold, entity: b, segment: o, value: 1.31, scale: million, unit: cups, "
    "source: {quote: 原文四}}\n"
    "  lp: {metric: item_price, entity: b, segment: n, value: 38, currency: CNY, per: item, "
    "source: {quote: 原文五}}\n"
    "  dp: {metric: item_price, entity: b, segment: n, period: '2023-09-04', value: 19, "
    "currency: CNY, per: item, source: {quote: 原文六}}\n"
)


def _story(facts: str, entities: str = ENTITIES) -> Story:
    return mini_story(entities, facts, published="2023-09-05")


def test_a_launch_day_is_read_against_the_best_launch_before_and_its_prices() -> None:
    s = sections(_story(LAUNCH + MORE), "en")
    assert ("Alpha sold more than 5.42 million cups of the new latte, made with Beta, on its "
            "launch day, September 4, 2023, more than RMB 100 million of sales: 4.1 times the "
            "1.31 million cups of the old latte, its best launch before.") in s["general"]
    assert ("That is about RMB 18.5 a cup, no more than the RMB 19 launch price, 50% off the "
            "RMB 38 list price") in s["general"]
    assert "Alpha's tie-up with Beta sold 4.1 times its best launch before" in s["brand"]
    assert "agree surge capacity and the reorder plan" in s["factory"]
    assert "co-branded launches are marketing" in s["service_provider"]
    assert "at the full RMB 38" in s["researcher"] and "lifts Beta's own sales" in s["researcher"]
    assert "1. " not in s["seller"] and "1. " not in s["platform_operator"]
    zh = sections(_story(LAUNCH + MORE), "zh-Hans")
    assert "平均每杯约18.5元，不高于首日19元的优惠价（比原价38元低50%）" in zh["general"]
    assert "甲与乙的联名首日卖出此前最好新品的4.1倍" in zh["brand"]


def test_a_launch_day_alone_is_told_without_a_record_or_prices() -> None:
    s = sections(_story(LAUNCH), "en")
    assert ("Alpha sold more than 5.42 million cups of the new latte, made with Beta, on its "
            "launch day, September 4, 2023.") in s["general"]
    assert "times" not in s["general"] and "a cup" not in s["general"]
    assert "Alpha's tie-up with Beta sold more than 5.42 million cups on day one" in s["brand"]


def test_sales_near_the_list_price_are_read_as_sold_at_full_price() -> None:
    full = MORE.replace("value: 100,", "value: 200,")  # RMB 36.9 a cup
    s = sections(_story(LAUNCH + full), "en")
    assert "close to the RMB 38 list price, above the RMB 19 launch price" in s["general"]
    assert "the launch discount" not in s["brand"]


def test_a_platforms_launch_or_units_on_another_day_are_not_this_rule() -> None:
    platform = ENTITIES.replace("b: {kind: brand", "b: {kind: platform")
    assert not [t for t in derive(_story(LAUNCH, platform)).takeaways if t.rule == "launch_sales"]
    later = LAUNCH.replace("period: '2023-09-04'", "period: '2023-09-05'")
    assert not [t for t in derive(_story(later)).takeaways if t.rule == "launch_sales"]
