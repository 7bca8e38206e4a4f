"""A level's move read as demand by a reader (more shoppers on a platform
for a brand, more sellers or a higher per-order fee for a service provider)
fell through to "The change widens the room for this business; worth
preparing for": no seed had one, a probe of every metric found 34."""

from __future__ import annotations

import pytest
from ministory import READERS, mini_story, sections

from summarizer.model import Story


def _moved(metric: str, unit: str, kind: str) -> Story:
    """Alpha's ``metric`` moving from 10 to 12 (``base:`` the old level)."""
    entities = f"  a: {{kind: {kind}, name: {{zh-Hans: 甲, en: Alpha}}}}\n"
    facts = (
        f"  o: {{metric: {metric}, entity: a, period: '2025-01-01', value: 10, {unit}, "
        "source: {quote: 原文一}}\n"
        f"  n: {{metric: {metric}, entity: a, period: '2025-07-01', value: 12, {unit}, base: o, "
        "source: {quote: 原文二}}\n"
    )
    return mini_story(entities, facts, published="2025-07-05")


@pytest.mark.parametrize(
    ("metric", "unit", "reader", "en", "zh"),
    [
        ("mau", "unit: users", "brand",
         "Alpha's MAU has risen from 10 to 12, which means more shoppers for you to reach",
         "可触达的消费者更多了"),
        ("sellers", "unit: sellers", "service_provider",
         "which means more clients for set-up, ads and logistics there", "开店、广告和物流的客户更多了"),
        ("order_fee", "currency: USD", "service_provider",
         "has risen from US$10 to US$12, which means clients who pay it will want their costs",
         "付这笔费用的客户会需要重算成本"),
    ],
)
def test_a_demand_move_says_what_it_is_demand_for(
    metric: str, unit: str, reader: str, en: str, zh: str
) -> None:
    story = _moved(metric, unit, "platform")
    s = sections(story, "en")
    assert en in s[reader]
    assert not any("room for this business" in s[r] for r in READERS)
    assert zh in sections(story, "zh-Hans")[reader]


def test_a_charge_stepped_up_is_costings_to_redo_for_a_provider() -> None:
    entities = "  a: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
    facts = (
        "  n: {metric: order_fee, entity: a, measure: change, period: '2025-07-01', value: 2, "
        "currency: USD, source: {quote: 原文二}}\n"
    )
    story = mini_story(entities, facts, published="2026-02-05")
    s = sections(story, "en")
    assert ("Ever since July 1, 2025, Alpha's fixed order fee is US$2 higher: clients who pay it will "
            "want their costs and prices reworked") in s["service_provider"]
    assert not any("worth tracking" in s[r] for r in READERS)
    assert "付这笔费用的客户会需要重算成本" in sections(story, "zh-Hans")["service_provider"]


@pytest.mark.parametrize(
    ("metric", "unit", "en", "zh"),
    [
        ("parcel_rate", "currency: USD", "sellers pay more to ship each order",
         "每单运费更高，平台上的包邮和时效承诺维持起来更贵"),
        ("vat_rate", "unit: percent", "sellers keep less of each sale",
         "每笔销售留下的更少，预计会涨价"),
    ],
)
def test_a_rate_its_sellers_pay_is_a_platforms_own_exposure(
    metric: str, unit: str, en: str, zh: str
) -> None:
    story = _moved(metric, unit, "company")
    s = sections(story, "en")
    assert en in s["platform_operator"] and "assess the effect early" not in s["platform_operator"]
    assert zh in sections(story, "zh-Hans")["platform_operator"]


def test_a_carriers_parcels_growing_are_online_orders_for_a_seller() -> None:
    entities = "  a: {kind: company, carrier: true, name: {zh-Hans: 甲快递, en: Alpha Express}}\n"
    facts = (
        "  o: {metric: parcels, entity: a, period: FY2024, value: 8.6, scale: billion, "
        "unit: parcels, source: {quote: 原文一}}\n"
        "  n: {metric: parcels, entity: a, period: FY2025, value: 9.6, scale: billion, "
        "unit: parcels, source: {quote: 原文二}}\n"
    )
    story = mini_story(entities, facts, published="2026-02-05")
    assert "more parcels on the move means online orders are growing" in sections(story, "en")[
        "seller"]
    assert "在途包裹增多，说明线上订单仍在增长" in sections(story, "zh-Hans")["seller"]


def _carrier_rise(level: str, event: str = "") -> Story:
    """A courier's rate up RMB 0.4 a parcel in one province (a market
    segment), with ``level`` (the rate it reached) and ``event`` lines."""
    entities = (
        "  c: {kind: company, carrier: true, plural: true, name: {zh-Hans: 甲快递, en: the Alpha couriers}}\n"
        "  gd: {kind: market, name: {zh-Hans: 广东, en: Guangdong}}\n"
    )
    facts = (
        "  up: {metric: parcel_rate, entity: c, segment: gd, measure: change, period: '2025-08-04', "
        "value: 0.4, currency: CNY, per: parcel, source: {quote: 原文一}}\n" + level + event
    )
    return mini_story(entities, facts, published="2025-08-17")


def test_a_charge_stepped_up_names_the_level_it_reached_with_its_qualifier() -> None:
    level = (
        "  to: {metric: parcel_rate, entity: c, segment: gd, period: '2025-08-04', value: 1.4, "
        "currency: CNY, per: parcel, qualifier: over, source: {quote: 原文二}}\n"
    )
    story = _carrier_rise(level)
    assert ("The Alpha couriers' shipping rates in Guangdong rose by RMB 0.40 a parcel to more "
            "than RMB 1.40 on August 4, 2025.") in sections(story, "en")["general"]
    assert "甲快递在广东的快递运费自2025年8月4日起每件包裹上调0.40元至超1.40元" in (
        sections(story, "zh-Hans")["general"])
    # another day's level is not where this move went
    later = _carrier_rise(level.replace("2025-08-04", "2025-09-01"))
    assert "rose by RMB 0.40 a parcel on August 4" in sections(later, "en")["general"]


def test_a_carriers_price_change_is_its_rates_not_goods_to_reprice() -> None:
    event = (
        "  hike: {event: price_change, entity: c, date: '2025-08-05', direction: up, "
        "text: {zh-Hans: 甲快递在广东上调收件价格, en: the Alpha couriers raised their prices in "
        "Guangdong}, source: {quote: 原文三}}\n"
    )
    s = sections(_carrier_rise("", event), "en")
    assert "Reprice" not in s["seller"] and "listing, price tag" not in s["service_provider"]
    assert "charging shoppers more" not in s["factory"]
    assert "costs RMB 0.40 a parcel more" in s["seller"]
