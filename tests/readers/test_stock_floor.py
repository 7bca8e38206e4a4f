"""A stock floor below which a platform charges a fee (Amazon's FBA
low-inventory-level fee from April 1, 2024: under 28 days of supply, a fee
on every unit sold; seed amazon-low-inventory-level-fee-2024).

As a bare ``policy_change`` in the fulfilment area it told sellers to check
"dispatch times, carriers and tracking", which is not what the fee asks.
``stock_floor`` says the floor in days of each product's own sales and what
it is to each reader: stock to hold and reorder earlier, orders for a
factory, forecasting and restocking to sell, a rival's stock rules."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.rules import derive

ENTITIES = (
    "  a: {kind: platform, name: {zh-Hans: 甲平台, en: ShopCo}}\n"
    "  g: {kind: product, name: {zh-Hans: 仓配商品, en: warehoused products}}\n"
)
EVENT = (
    "  e: {event: policy_change, entity: a, date: '2024-04-01', area: fulfilment,"
    " text: {zh-Hans: 甲平台开始收取低库存费, en: ShopCo began charging a low-inventory fee},"
    " source: {quote: 原文零}}\n"
)


def _story(days: str = "28", base: str = "", published: str = "2024-03-01"):  # type: ignore[no-untyped-def]
    facts = EVENT + (
        "  f1: {metric: stock_cover_floor, entity: a, segment: g, period: '2024-04-01',"
        f" value: {days}, unit: days{base}, source: {{quote: 原文一}}}}\n"
    )
    if base:
        facts += ("  f0: {metric: stock_cover_floor, entity: a, segment: g, period: '2024-01-01',"
                  " value: 21, unit: days, source: {quote: 原文二}}\n")
    return mini_story(ENTITIES, facts, published=published)


def test_the_floor_is_one_point_that_carries_the_days_event() -> None:
    takeaways = derive(_story()).takeaways
    [t] = [t for t in takeaways if t.rule == "stock_floor"]
    assert t.values["up"] is True and t.values["base"] is None
    assert set(t.facts) == {"f1", "e"}


def test_each_reader_reads_stock_to_hold_not_shipping_rules() -> None:
    en = sections(_story(), "en")
    text = " ".join(en.values())
    assert "dispatch times, carriers and tracking" not in text
    assert ("From April 1, 2024, ShopCo will charge a fee on each unit sold of warehoused products"
            " with less than 28 days of their own sales in stock.") in text
    assert "reorder earlier, starting with your best-selling products" in en["seller"]
    assert "expect bigger, earlier orders while they build it up" in en["factory"]
    assert "As of April 1, 2024, sellers on ShopCo must keep more than 28 days" in en[
        "service_provider"]
    past = sections(_story(published="2024-04-02"), "en")
    assert "Starting April 1, 2024, sellers on ShopCo have had to hold" in past["factory"]
    zh = sections(_story(), "zh-Hans")
    assert "仓配商品的库存若不足28天的自身销量，甲平台将对每售出一件收取一笔费用" in " ".join(zh.values())


def test_a_lower_floor_frees_stock_and_tells_no_factory() -> None:
    en = sections(_story(days="14", base=", base: f0"), "en")
    assert "down from 21 days before" in " ".join(en.values())
    assert "can come down" in en["seller"]
    assert "ShopCo" not in en.get("factory", "")
