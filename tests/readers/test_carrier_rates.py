"""A carrier's general rate increase, announced as a percentage (seeds/
ups-2024-rate-increase.yaml: UPS's 2024 rates up 5.9% from 2023-12-26,
matching FedEx's 5.9%, one point below its 6.9% for 2023): charge_step reads
a percent change of a charge as it reads an amount, tells the earlier rise
and the rival's with it (one point, not three), and each reader reads what
shipping costs it -- with a rival raising as much, switching saves nothing."""

from __future__ import annotations

from pathlib import Path

from ministory import mini_story

from summarizer.facts.load import load_story
from summarizer.model import Brief, Story
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive

SEED = Path(__file__).resolve().parents[2] / "seeds" / "ups-2024-rate-increase.yaml"


def _text(brief: Brief, persona: str) -> str:
    (section,) = [s for s in brief.sections if s.persona == persona]
    return " ".join(s.text for p in section.points for s in p.sentences)


def test_the_rise_is_told_with_the_last_one_and_the_rivals() -> None:
    story = load_story(SEED)
    (t,) = [t for t in derive(story).takeaways if t.rule == "charge_step"]
    assert t.facts == ("ups-2024", "ups-2023", "fedex-2024")
    assert t.values["than_before"].value == -1 and t.values["levied_on"] == "shipments"
    en, zh = (make_brief(load_project(), story, lang) for lang in ("en", "zh-Hans"))
    assert _text(en, "brand").startswith(
        "UPS's shipping rates rise by 5.9% on December 26, 2023, 1 percentage point less "
        "than its 6.9% rise in 2023, matching FedEx's 5.9%."
    )
    assert _text(zh, "brand").startswith(
        "UPS的快递运费自2023年12月26日起上调5.9%，比2023年6.9%的涨幅少1个百分点；联邦快递同样上调5.9%。"
    )
    assert "with FedEx raising as much, switching between them saves nothing" in _text(
        en, "seller")
    assert "shippers using UPS pay 5.9% more, and FedEx's customers as much" in _text(
        en, "service_provider")
    assert "free shipping costs them more" in _text(en, "platform_operator")
    assert "against its 6.9% rise in 2023 and FedEx's 5.9%" in _text(en, "researcher")
    assert not [s for s in en.sections if s.persona == "factory"][0].points


ENTITIES = """\
  a: {kind: company, name: {zh-Hans: 甲快递, en: Carrier A}}
  b: {kind: company, name: {zh-Hans: 乙快递, en: Carrier B}}
"""


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2025-09-10")


def test_a_cheaper_rival_is_a_reason_to_compare_and_a_run_of_days_is_not_a_step() -> None:
    story = _story(
        "  a1: {metric: parcel_rate, entity: a, measure: change, period: '2026-01-05', "
        "value: 6.9, unit: percent, source: {quote: 原文}}\n"
        "  b1: {metric: parcel_rate, entity: b, measure: change, period: '2026-01-12', "
        "value: 4.9, unit: percent, source: {quote: 原文}}\n")
    (t,) = [t for t in derive(story).takeaways if t.rule == "charge_step"]
    assert t.values["previous"] is None and [p.id for p in t.values["peers"]] == ["b1"]
    en = make_brief(load_project(), story, "en")
    assert "rise by 6.9% on January 5, 2026, against Carrier B's 4.9%." in _text(en, "general")
    assert "Carrier B's is 4.9%, so compare quotes before you renew" in _text(en, "seller")
    week = _story(
        "  a1: {metric: parcel_rate, entity: a, measure: change, period: 2025-09-01/2025-09-07, "
        "value: 2, unit: percent, source: {quote: 原文}}\n")
    assert [t for t in derive(week).takeaways if t.rule == "charge_step"] == []


def test_a_cut_after_a_rise_is_news_of_its_own() -> None:
    story = _story(
        "  a0: {metric: parcel_rate, entity: a, measure: change, period: FY2025, "
        "value: 5.9, unit: percent, source: {quote: 原文}}\n"
        "  a1: {metric: parcel_rate, entity: a, measure: change, period: '2026-01-05', "
        "value: -2, unit: percent, source: {quote: 原文}}\n")
    steps = [t for t in derive(story).takeaways if t.rule == "charge_step"]
    assert sorted(t.values["up"] for t in steps) == [False, True]
    assert all(t.values["previous"] is None for t in steps)
    en = make_brief(load_project(), story, "en")
    assert "room to lower delivery charges" in _text(en, "seller")


def test_the_facts_table_dates_a_change_by_the_day_it_applies() -> None:
    """A rate increase from December 26 is not a balance 'as of' that day."""
    from summarizer.pipeline import fact_rows

    story = load_story(SEED)
    en = {r.id: r.period for r in fact_rows(load_project(), story, "en")}
    zh = {r.id: r.period for r in fact_rows(load_project(), story, "zh-Hans")}
    assert en["ups-2024"] == "December 26, 2023" and zh["ups-2024"] == "2023年12月26日"
