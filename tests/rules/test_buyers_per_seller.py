"""A marketplace's buyers against its sellers over a year (Etsy's third quarter of 2025: active buyers
down 5%, active sellers down 10.9%). Each rate alone was a shrinking channel to one reader and fewer
rivals to another; together, each shop that stayed has about 7% more buyers than a year earlier,
which is what the readers who sell or serve there are told."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITY = "  etsy: {kind: platform, name: {zh-Hans: Etsy, en: Etsy}}\n"


def _rate(fid: str, metric: str, value: str, kind: str = "") -> str:
    return (f"  {fid}: {{metric: {metric}, measure: yoy, entity: etsy, period: 2025Q3, value: {value}, "
            f"unit: percent, source: {{quote: {fid}原文}}}}\n")


def _story(facts: str, entity: str = ENTITY) -> Story:
    return mini_story(entity, facts, published="2025-10-30")


RATES = _rate("b", "active_buyers", "-5") + _rate("s", "sellers", "-10.9")


def test_sellers_leaving_faster_than_buyers_leave_each_shop_more_buyers() -> None:
    [t] = [t for t in derive(_story(RATES)).takeaways if t.rule == "buyers_per_seller"]
    assert t.values["roomier"] and str(round(t.values["change"].value, 1)) == "6.6"
    en, zh = sections(_story(RATES), "en"), sections(_story(RATES), "zh-Hans")
    assert ("Etsy's active buyers fell 5% and its sellers fell 10.9% year on year in the third quarter of "
            "2025: about 7% more buyers for each shop than a year earlier.") in en["general"]
    assert "2025年三季度，Etsy活跃买家同比下降5%，卖家数同比下降10.9%：平均每个卖家对应的买家比一年前多约7%。" in zh["general"]
    assert "the shops that stay share buyers with fewer rivals" in en["seller"]
    assert "fewer shops carry your range there" in en["brand"]
    assert "you have fewer clients there, but each has more buyers" in en["service_provider"]
    assert "the shops it loses are yours to win, if your buyers are there" in en["platform_operator"]
    assert "Buyers per shop on Etsy rose about 7% in a year" in en["researcher"]
    assert "buyers" not in en["factory"]


def test_sellers_growing_faster_than_buyers_crowd_each_shop() -> None:
    facts = _rate("b", "active_buyers", "3") + _rate("s", "sellers", "12")
    en, zh = sections(_story(facts), "en"), sections(_story(facts), "zh-Hans")
    assert "about 8% fewer buyers for each shop than a year earlier" in en["general"]
    assert "more shops chase each buyer: expect ad bids to rise" in en["seller"]
    assert "you have more clients there, but each sells to fewer buyers" in en["service_provider"]
    assert "the shops that feel crowded there are yours to court" in en["platform_operator"]
    assert "争抢同一个买家的店铺更多了" in zh["seller"]


def test_levels_a_year_apart_give_the_rates() -> None:
    facts = "".join(
        f"  {fid}: {{metric: {m}, entity: etsy, period: {p}, value: {v}, scale: million, unit: {u}, "
        f"source: {{quote: {fid}原文}}}}\n"
        for fid, m, p, v, u in (("b1", "active_buyers", "2024Q3", "95.1", "buyers"),
                                ("b2", "active_buyers", "2025Q3", "90.3", "buyers"),
                                ("s1", "sellers", "2024Q3", "8.0", "sellers"),
                                ("s2", "sellers", "2025Q3", "7.1", "sellers")))
    [t] = [t for t in derive(_story(facts)).takeaways if t.rule == "buyers_per_seller"]
    assert t.values["roomier"] and set(t.facts) == {"b1", "b2", "s1", "s2"}


def test_a_balance_that_barely_moved_or_is_not_a_marketplaces_is_no_point() -> None:
    even = _rate("b", "active_buyers", "-5") + _rate("s", "sellers", "-5.5")
    assert not [t for t in derive(_story(even)).takeaways if t.rule == "buyers_per_seller"]
    brand = "  etsy: {kind: brand, name: {zh-Hans: Etsy, en: Etsy}}\n"
    assert not [t for t in derive(_story(RATES, brand)).takeaways if t.rule == "buyers_per_seller"]
