"""A marketplace's sales against its active buyers (Coupang's Product Commerce, third quarter of
2025: revenue up 15.8% on 9.8% more active buyers; Etsy's: GMV down 2.4% on 5% fewer buyers).
Before the rule readers got "active buyers up 9.8%" and "revenue up 15.8%" as two rates of
demand; now each reads what each buyer spent and which side carried the change."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive
from summarizer.rules.perbuyer import driver

ENTITIES = ("  c: {kind: platform, name: {zh-Hans: Coupang, en: Coupang}}\n"
            "  pc: {kind: channel, name: {zh-Hans: 产品电商业务, en: Product Commerce}}\n")


def _level(fid: str, metric: str, period: str, value: str, unit: str) -> str:
    return (f"  {fid}: {{metric: {metric}, entity: c, segment: pc, period: {period}, value: {value}, "
            f"{unit}, source: {{quote: {fid}原文}}}}\n")


def _rate(fid: str, metric: str, value: str) -> str:
    return (f"  {fid}: {{metric: {metric}, measure: yoy, entity: c, period: 2025Q3, value: {value}, "
            f"unit: percent, source: {{quote: {fid}原文}}}}\n")


MONEY = "scale: million, currency: USD"
BUYERS = "scale: million, unit: buyers"
FACTS = (_level("rev", "revenue", "2025Q3", "7980", MONEY) + _level("rev0", "revenue", "2024Q3", "6891", MONEY)
         + _level("b", "active_buyers", "2025Q3", "24.7", BUYERS)
         + _level("b0", "active_buyers", "2024Q3", "22.5", BUYERS))


def _story(facts: str = FACTS) -> Story:
    return mini_story(ENTITIES, facts, published="2025-11-04")


def test_sales_over_buyers_give_spend_per_buyer_and_tell_both_rates_in_full() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("In the third quarter of 2025, Coupang's revenue in Product Commerce rose 15.8% while its "
            "active buyers rose 9.8%: each active buyer spent about 5% more than a year earlier.") in en["general"]
    assert "2025年三季度，Coupang产品电商业务的收入同比增长15.8%，活跃买家增长9.8%：每位活跃买家的花费比上年多约5%。" in zh["general"]
    text = "".join(en.values())
    assert "grew from 22.5 million" not in text and "active buyers in Product Commerce up 9.8%" not in text


def test_each_reader_reads_a_different_side() -> None:
    en = sections(_story(), "en")
    assert "spent about 5% more than a year earlier, on top of 9.8% more buyers: bigger baskets" in en["seller"]
    assert "Most of Coupang's growth in Product Commerce came from more buyers (9.8%)" in en["brand"]
    assert "size fulfilment and customer service to the sales, not to the buyer count" in en["service_provider"]
    assert "a rival is winning more of each shopper's spending" in en["platform_operator"]
    assert "About 64% of Coupang's 15.8% growth in Product Commerce came from more buyers" in en["researcher"]
    assert "Coupang's sellers restock for sales, not for buyer counts: with its revenue in Product Commerce up 15.8%" in en["factory"]
    firsts = [next(line for line in en[r].splitlines() if "**" in line and ("buyer" in line)).split(": ", 1)[-1][:30]
              for r in READERS]
    assert len(set(firsts)) == len(firsts), firsts


def test_fewer_buyers_each_spending_more_read_as_buyers_leaving() -> None:
    story = _story(_rate("g", "gmv", "-2.4") + _rate("b", "active_buyers", "-5"))
    en = sections(story, "en")
    assert "(GMV) fell 2.4% while its active buyers fell 5%: each active buyer spent about 3% more" in en["general"]
    assert "though 5% fewer bought: the buyers who stay are worth keeping" in en["seller"]
    assert "Most of the fall in Coupang's GMV came from buyers leaving (5% fewer)" in en["brand"]
    assert "the buyers it loses are yours to win" in en["platform_operator"]
    assert "plan the orders from them conservatively" in en["factory"]
    assert "About" not in en["researcher"].split("**: ", 1)[-1][:6]  # no split of a fall


def test_buyers_growing_faster_than_sales_is_growth_in_sign_ups() -> None:
    en = sections(_story(_rate("g", "gmv", "4") + _rate("b", "active_buyers", "12")), "en")
    assert "each active buyer spent about 7% less" in en["general"]
    assert "growth there is in first orders" in en["seller"]
    assert "its growth is in sign-ups" in en["platform_operator"]


def test_buyers_alone_or_another_kind_of_entity_tell_no_spend_per_buyer() -> None:
    alone = derive(_story(_rate("b", "active_buyers", "12"))).takeaways
    assert not [t for t in alone if t.rule == "spend_per_buyer"]
    brand = mini_story("  c: {kind: brand, name: {zh-Hans: 某品牌, en: Brandco}}\n",
                       _rate("g", "gmv", "4") + _rate("b", "active_buyers", "12"), published="2025-11-04")
    assert not [t for t in derive(brand).takeaways if t.rule == "spend_per_buyer"]


def test_the_side_that_moved_sales_most() -> None:
    assert driver(9.8, 5.5) == "buyers" and driver(2.0, 8.0) == "spend" and driver(5.0, 4.0) == "both"
