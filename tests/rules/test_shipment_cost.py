"""A freight tracker's shipments against what shippers spent on them (the Cass Freight Index,
August 2025: shipments down 9.3%, spending down 0.4%, so a shipment cost 9.8% more, and a
truckload lane's own price up 1.2%). Before the rule no reader was told anything; now each
reader gets a different figure: a seller the cost of a shipment, a brand the bill against the
volume, a factory the shipments, a provider shippers' takings, a researcher the cost against
the lane's price. A platform operator is not told (the index counts freight between businesses)."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = "  c: {kind: index, name: {zh-Hans: Cass货运指数, en: the Cass Freight Index}}\n"


def _rate(fid: str, metric: str, value: str) -> str:
    return (f"  {fid}: {{metric: {metric}, measure: yoy, stated: true, entity: c, period: 2025-08, "
            f"value: {value}, unit: percent, source: {{quote: {fid}原文}}}}\n")


FACTS = (_rate("ships", "freight_shipments", "-9.3") + _rate("spend", "freight_spend", "-0.4")
         + _rate("cost", "cost_per_shipment", "9.8") + _rate("lane", "linehaul_rate", "1.2"))


def _story(facts: str = FACTS) -> Story:
    return mini_story(ENTITIES, facts, published="2025-09-17")


def test_shipments_against_spending_give_the_cost_of_a_shipment() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("In August 2025, the Cass Freight Index counted 9.3% fewer freight shipments than a year "
            "earlier, while freight expenditures fell 0.4%: each shipment cost 9.8% more, and truckload "
            "linehaul rates, without fuel and extras, rose 1.2%.") in en["general"]
    assert ("2025年8月，Cass货运指数统计的货运单量同比下降9.3%，货运支出下降0.4%：单票货运成本上升9.8%，"
            "不含燃油和附加费的整车干线运价上升1.2%。") in zh["general"]


def test_the_stated_cost_is_checked_against_the_two_rates() -> None:
    checks = [c for c in derive(_story()).checks if c.rule == "shipment_cost"]
    assert [c.fact for c in checks] == ["cost"]
    assert checks[0].figure.low <= 9.8 <= checks[0].figure.high
    wrong = derive(_story(FACTS.replace("value: 9.8", "value: 12.8"))).checks
    figure = next(c.figure for c in wrong if c.rule == "shipment_cost")
    assert not figure.low <= 12.8 <= figure.high


def test_each_reader_reads_a_different_figure() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert "A shipment cost 9.8% more than a year earlier, though 9.3% fewer moved" in en["seller"]
    assert "Freight expenditures fell 0.4% while freight shipments fell 9.3%, so each load costs more" in en["brand"]
    assert "9.3% fewer freight shipments than a year earlier: fewer goods are moving" in en["factory"]
    assert "sell them freight audit and load planning" in en["service_provider"]
    assert "a lane's own price moved far less, so most of the change is the mix" in en["researcher"]
    assert "little bearing" in en["platform_operator"]
    assert "每票货的运费比上年高9.8%" in zh["seller"] and "合并成更少、更满的整车" in zh["brand"]
    assert "变化主要来自运输方式和距离的结构" in zh["researcher"]
    firsts = [next(line for line in en[r].splitlines() if "**" in line).split(": ", 1)[-1][:30]
              for r in READERS if r != "platform_operator"]
    assert len(set(firsts)) == len(firsts), firsts


def test_without_the_stated_cost_or_the_lane_price_the_figure_is_about_and_the_researcher_reads_the_mix() -> None:
    en = sections(_story(_rate("ships", "freight_shipments", "-9.3") + _rate("spend", "freight_spend", "-0.4")), "en")
    assert "each shipment cost about 10% more." in en["general"]
    assert "is freight expenditures over freight shipments: it moves with the mix" in en["researcher"]
    assert not [c for c in derive(_story(_rate("spend", "freight_spend", "-0.4"))).takeaways
                if c.rule == "shipment_cost"]  # spending alone: no cost of a shipment


def test_cheaper_shipments_and_more_of_them_read_the_other_way() -> None:
    en = sections(_story(_rate("ships", "freight_shipments", "4") + _rate("spend", "freight_spend", "1")), "en")
    assert "each shipment cost about 3% less" in en["general"]
    assert "ask your carriers for the lower rate" in en["seller"]
    assert "each load costs less: tender your lanes again" in en["brand"]
    assert "more goods are moving to warehouses and shelves" in en["factory"]
    assert "rates per load are falling" in en["service_provider"]
    tight = sections(_story(_rate("ships", "freight_shipments", "2") + _rate("spend", "freight_spend", "6")), "en")
    assert "with 2% more moving: book carrier capacity ahead of your peak" in tight["seller"]
    assert "capacity is tightening" in tight["service_provider"]
