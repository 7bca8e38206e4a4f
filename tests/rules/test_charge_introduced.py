"""charge_introduced: a flat duty per parcel where there was none -- the EU's
€3 on each parcel under €150 from July 2026 -- is at least 2% of a parcel's
value at the ceiling, and about €13.8 billion a year at 2024's 4.6 billion
parcels. A base of 0 gives base_change no percentage to tell, so before this
rule the story told its readers nothing."""

from __future__ import annotations

from pathlib import Path

from ministory import READERS, mini_story, sections

from summarizer.facts.load import load_story
from summarizer.model import Story, Takeaway
from summarizer.rules import derive

SEED = Path(__file__).resolve().parents[2] / "seeds" / "eu-parcel-duty-2026.yaml"

ENTITIES = (
    "  g: {kind: government, name: {zh-Hans: 甲国政府, en: the government of A}}\n"
    "  p: {kind: product, name: {zh-Hans: 小额包裹, en: small parcels}}\n"
)


def _new(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule == "charge_introduced"]


def _charge(old: str, new: str, metric: str = "duty") -> str:
    return (
        f"  o: {{metric: {metric}, entity: g, segment: p, period: '2025-03-31', value: {old}, "
        "currency: USD, per: parcel, source: {quote: 原文}}\n"
        f"  n: {{metric: {metric}, entity: g, segment: p, period: '2025-04-01', value: {new}, "
        "currency: USD, per: parcel, base: o, source: {quote: 原文}}\n"
    )


def test_a_new_duty_per_parcel_is_a_share_at_the_ceiling_and_a_years_bill() -> None:
    story = load_story(SEED)
    [t] = _new(story)
    assert t.values["share"].value == 2 and t.values["bill"].value == 13_800_000_000
    assert not t.values["past"]
    assert not [x for x in derive(story).takeaways if x.rule == "base_change"]
    en = sections(story, "en")
    assert ("The Council of the EU will charge a duty of €3 a parcel on parcels under €150 from "
            "July 1, 2026, where none is charged now: at least 2% of a parcel's value at the €150 "
            "ceiling, and a larger share of any cheaper one. At 2024's 4.6 billion parcels, that "
            "would add up to about €13.8 billion a year.") in en["general"]
    assert "combine orders into fewer parcels, raise your minimum order value" in en["seller"]
    assert "lose €3 of their price edge each" in en["brand"]
    assert "which this duty does not touch" in en["factory"]
    assert "4.6 billion parcels a year will each need €3 collected" in en["service_provider"]
    assert "decide who pays it at checkout" in en["platform_operator"]
    assert "only if the volume holds" in en["researcher"]
    for reader in READERS:
        assert "little bearing" not in en[reader]
    lines = [x for s in en.values() for x in s.splitlines() if x[:1].isdigit()]
    assert len(lines) == len(set(lines))
    zh = sections(story, "zh-Hans")
    assert "每件包裹3欧元，此前不征收：按150欧元的上限计，至少相当于包裹货值的2%" in zh["general"]
    assert "按2024年46亿件包裹计，一年合计约138亿欧元。" in zh["general"]
    assert "大批量" in sections(story, "zh-Hant")["seller"]


def test_without_a_ceiling_or_a_volume_the_charge_is_told_alone_and_in_force() -> None:
    story = mini_story(ENTITIES, _charge("0", "5"), published="2025-06-01")
    [t] = _new(story)
    assert t.values["share"] is None and t.values["bill"] is None and t.values["past"]
    en = sections(story, "en")
    assert ("The government of A has charged a duty of US$5 a parcel on small parcels since "
            "April 1, 2025, where none was charged before.") in en["general"]
    assert "Track the number of parcels after April 1, 2025" in en["researcher"]


def test_a_charge_that_moved_or_a_platform_fee_is_not_new_here() -> None:
    assert not _new(mini_story(ENTITIES, _charge("2", "5")))
    # a platform's new fee per unit reads otherwise (no customs work): not this rule's
    assert not _new(mini_story(ENTITIES, _charge("0", "5", metric="fulfilment_fee")))


def test_a_charge_per_order_is_counted_in_orders_measure_word() -> None:
    """件包裹 and 笔订单 split into measure word and noun (units.measure_split): a duty per
    order reads 每笔订单 and 每笔都, never 每个笔订单 (the old template's 个)."""
    story = mini_story(ENTITIES, _charge("0", "5").replace("per: parcel", "per: order"),
                       published="2025-06-01")
    zh = sections(story, "zh-Hans")
    assert "对小额包裹征收关税，每笔订单5美元，此前不征收" in zh["general"]
    assert "每笔订单都要代收并申报5美元" in zh["service_provider"]
    assert "每个笔" not in "".join(zh.values())
