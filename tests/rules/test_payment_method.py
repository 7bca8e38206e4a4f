"""Spending through one way of paying (Adobe's 2024 holiday season: US$18.2 billion through buy now,
pay later, up 9.6%, of about US$241.4 billion spent online). Read as a channel's GMV, the generic rules
told a seller to "set your own sales growth in buy now, pay later against that rate"; now each reader
is told what a checkout should offer."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = "  us: {kind: market, name: {zh-Hans: 美国线上零售, en: US online retail}}\n"
SPAN = "2024-11-01/2024-12-31"


def _fact(fid: str, metric: str, value: str, extra: str) -> str:
    return (f"  {fid}: {{metric: {metric}, entity: us, period: {SPAN}, value: {value}, {extra}"
            f"source: {{quote: {fid}原文}}}}\n")


SPEND = _fact("b", "payment_spend", "18.2", "segment: bnpl, scale: billion, currency: USD, ")
RATE = _fact("by", "payment_spend", "9.6", "segment: bnpl, measure: yoy, stated: true, unit: percent, ")
TOTAL = _fact("t", "gmv", "241.4", "scale: billion, currency: USD, qualifier: about, ")


def _story(facts: str = SPEND + RATE + TOTAL) -> Story:
    return mini_story(ENTITIES, facts, published="2025-01-07")


def test_the_amount_its_rate_and_its_share_of_all_online_spending() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("Shoppers spent US$18.2 billion through buy now, pay later between November 1 and December "
            "31, 2024, up 9.6% on a year earlier, about 7.5% of the US$241.4 billion spent in US online "
            "retail.") in en["general"]
    assert "消费者通过先买后付消费182亿美元，同比增长9.6%，约占消费总额2414亿美元的7.5%。" in zh["general"]


def test_a_way_of_paying_is_not_a_place_to_sell() -> None:
    en = sections(_story(), "en")
    text = "".join(en.values())
    assert "your own sales growth in buy now, pay later" not in text
    assert "offer it at checkout on your dearer items" in en["seller"]
    assert "show the instalment price beside the full price" in en["brand"]
    assert "lenders' payouts reconciled with their orders" in en["service_provider"]
    assert "offer it across your checkout so sellers need not add it one by one" in en["platform_operator"]
    assert "short-term credit" in en["researcher"]
    assert "buy now" not in en["factory"]
    firsts = [en[r].split(": ", 1)[-1][:40] for r in READERS if r != "factory"]
    assert len(set(firsts)) == len(firsts), firsts


def test_without_the_total_the_amount_leads_and_an_amount_alone_makes_no_point() -> None:
    en = sections(_story(SPEND + RATE), "en")
    assert "With US$18.2 billion paid through buy now, pay later" in en["seller"]
    assert not [t for t in derive(_story(SPEND)).takeaways if t.rule == "payment_method"]
