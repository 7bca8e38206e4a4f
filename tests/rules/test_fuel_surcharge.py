"""A percent charge moved by points: carriers' fuel surcharge tables (ShipRx, May 2024: UPS up 50
basis points on April 29, FedEx 100 on May 6; OnTrac 50 from May 27). Before, no rule read a
percent charge's move in points, and every reader was told the article had no bearing on them."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  ups: {kind: company, carrier: true, name: {zh-Hans: UPS, en: UPS}}\n"
    "  fedex: {kind: company, carrier: true, name: {zh-Hans: 联邦快递, en: FedEx}}\n"
    "  ontrac: {kind: company, carrier: true, name: {zh-Hans: OnTrac, en: OnTrac}}\n"
)


def _step(fid: str, entity: str, day: str, points: str) -> str:
    return (f"  {fid}: {{metric: fuel_surcharge, measure: change, entity: {entity}, "
            f"period: '{day}', value: {points}, unit: pp, source: {{quote: {fid}原文}}}}\n")


FACTS = (_step("f", "fedex", "2024-05-06", "1") + _step("u", "ups", "2024-04-29", "0.5")
         + _step("o", "ontrac", "2024-05-27", "0.5"))


def _story() -> Story:
    return mini_story(ENTITIES, FACTS, published="2024-05-01")


def test_a_surcharge_table_raised_by_points_is_each_shippers_surcharge_with_its_rivals_together() -> None:
    [t] = [t for t in derive(_story()).takeaways if t.rule == "charge_step"]
    assert t.values["cur"].id == "f" and [p.id for p in t.values["peers"]] == ["u", "o"]
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("FedEx's fuel surcharge rises by 1 percentage point on May 6, 2024, against UPS's and "
            "OnTrac's 0.5 percentage points.") in en["general"]
    assert "联邦快递的燃油附加费自2024年5月6日起上调1个百分点；UPS和OnTrac均上调0.5个百分点。" in zh["general"]
    assert ("every shipment you send with FedEx carries a fuel surcharge 1 percentage point higher: "
            "work it into delivery charges and free-shipping thresholds; at UPS and OnTrac it is "
            "0.5 percentage points, so compare quotes before you renew") in en["seller"]
    assert "UPS和OnTrac均上调0.5个百分点，续约前先比较报价" in zh["seller"]
    assert "shippers using FedEx pay a fuel surcharge 1 percentage point higher" in en["service_provider"]
    assert "against UPS's 0.5 percentage points and OnTrac's 0.5 percentage points" in en["researcher"]
    assert "1 percentage point more" not in "".join(en.values())  # a surcharge is no cost "1 point more"
    assert "运费上涨1个百分点" not in "".join(zh.values())

