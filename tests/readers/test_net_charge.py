"""What a new fee and a cut on the same unit add up to (Amazon, 2024: a new
inbound placement fee of about US$0.27 a unit for standard-size products
from March 1, and the FBA fulfilment fee cut by US$0.20 a unit from April
15; seed amazon-inbound-placement-fee-2024).

Each move was told on its own (a new charge; a cut), so no reader learned
that the cut does not cover the new fee. ``net_charge`` adds them up per
segment (about US$0.07 a unit more for standard-size products, US$0.97 for
large bulky ones) and tells the parts with it, in place of their own points."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.rules import derive

ENTITIES = (
    "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n"
    "  std: {kind: product, name: {zh-Hans: 标准尺寸商品, en: standard-size products}}\n"
    "  big: {kind: product, name: {zh-Hans: 大件商品, en: large bulky products}}\n"
)


def _facts(cut_std: str = "-0.20", cut_day: str = "2024-04-15") -> str:
    rows = []
    for seg, new, cut, n in (("std", "0.27", cut_std, 1), ("big", "1.58", "-0.61", 2)):
        rows.append(
            f"  i{n}0: {{metric: inbound_fee, entity: p, segment: {seg}, period: '2024-02-29',"
            f" value: 0, currency: USD, per: unit, source: {{quote: 原文{n}}}}}\n"
            f"  i{n}: {{metric: inbound_fee, entity: p, segment: {seg}, period: '2024-03-01',"
            f" value: {new}, currency: USD, per: unit, base: i{n}0, source: {{quote: 原文{n}}}}}\n"
            f"  f{n}: {{metric: fulfilment_fee, measure: change, entity: p, segment: {seg},"
            f" period: '{cut_day}', value: {cut}, currency: USD, per: unit,"
            f" source: {{quote: 原文{n}}}}}\n"
        )
    return "".join(rows)


def _rules(facts: str) -> list[str]:
    story = mini_story(ENTITIES, facts, published="2024-04-05")
    return [t.rule for t in derive(story).takeaways if t.facet == "cost" or t.rule == "net_charge"]


def test_a_new_fee_and_a_cut_on_one_unit_are_added_up_instead_of_told_apart() -> None:
    story = mini_story(ENTITIES, _facts(), published="2024-04-05")
    takeaways = derive(story).takeaways
    [t] = [t for t in takeaways if t.rule == "net_charge"]
    nets = [(r.segment, str(r.net.value)) for r in t.values["rows"]]  # type: ignore[attr-defined]
    assert nets == [("big", "0.97"), ("std", "0.07")]
    assert not [t for t in takeaways if t.rule in ("charge_introduced", "charge_step")]


def test_each_language_says_the_net_and_its_parts() -> None:
    story = mini_story(ENTITIES, _facts(), published="2024-04-05")
    en = sections(story, "en")
    assert "add about US$0.97 a unit for large bulky products" in en["general"]
    assert "its new inbound placement fee (US$1.58 a unit from March 1, 2024)" in en["general"]
    assert "for standard-size products, about US$0.07 more" in en["general"]
    assert "The cut does not cover the new charge" in en["seller"]
    zh = sections(story, "zh-Hans")
    assert "大件商品每件多付约0.97美元" in zh["general"]
    assert "降费抵不过新收的费用" in zh["seller"]


def test_moves_a_season_apart_or_one_way_are_told_on_their_own() -> None:
    assert "net_charge" not in _rules(_facts(cut_day="2024-09-30"))
    assert "net_charge" not in _rules(_facts(cut_std="0.20").replace("-0.61", "0.61"))
