"""sourcing_shift: a company moving production out of a country (Nike's
plan, June 2025, to cut China's share of the footwear it imports into the US
from about 16% to the high single digits). A share of production was no
growth, price or fee, so no rule read it."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  b: {kind: brand, name: {zh-Hans: 甲, en: Alpha}}\n"
    "  cn: {kind: market, name: {zh-Hans: 中国, en: China}}\n"
    "  fw: {kind: product, name: {zh-Hans: 甲进口美国的鞋类, en: the footwear Alpha imports into "
    "the US}}\n"
)
NOW = (
    "  now: {metric: sourcing_share, entity: b, segment: cn, of: fw, period: FY2025, value: 16, "
    "unit: percent, qualifier: about, source: {quote: 原文一}}\n"
)
PLAN = (
    "  plan: {metric: sourcing_share, entity: b, segment: cn, of: fw, period: FY2026, "
    "value: [7, 9], unit: percent, forecast: b, source: {quote: 原文二}}\n"
)


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2025-07-01")


def test_a_planned_cut_is_the_volume_that_moves_if_the_total_holds() -> None:
    s = sections(_story(NOW + PLAN), "en")
    assert ("In 2025, about 16% of the footwear Alpha imports into the US was made in "
            "China; Alpha plans to cut that to 7%–9% in 2026, moving 44%–56% of its "
            "China volume elsewhere if the total holds.") in s["general"]
    assert "if your plants are elsewhere, about 44%–56% of its China volume is to bid for" in s[
        "factory"]
    assert "a rival is moving production to get out of the tariffs" in s["brand"].lower()
    assert "new lead times" in s["seller"] and "supplier audits" in s["service_provider"]
    assert "against Alpha's plan" in s["researcher"]
    assert "1. " not in s["platform_operator"]
    # the plan is told here, not again as a forecast to budget on
    assert "forecast" not in s["brand"] + s["seller"] + s["factory"]
    zh = sections(_story(NOW + PLAN), "zh-Hans")
    assert ("2025年，甲进口美国的鞋类中约16%在中国生产；甲计划到2026年把这一比例降至7%至9%，"
            "按总量不变计，相当于把44%至56%的中国产量转到别处。") in zh["general"]


def test_an_earlier_reading_is_the_volume_that_moved() -> None:
    before = NOW.replace("now:", "old:").replace("FY2025", "FY2023").replace(
        "value: 16, unit: percent, qualifier: about", "value: 25, unit: percent")
    s = sections(_story(before + NOW), "en")
    assert ("China made about 16% of the footwear Alpha imports into the US in 2025, "
            "down from 25% in 2023: 36% of its China volume moved elsewhere if the total "
            "held.") in s["general"]


def test_one_reading_is_a_figure_not_a_shift() -> None:
    assert not [t for t in derive(_story(NOW)).takeaways if t.rule == "sourcing_shift"]


def test_an_of_naming_a_fact_is_no_scope_a_sentence_names() -> None:
    """'of' may name a fact (a share's base); the share is then of the company's
    production, not a crash on a name that is no entity."""
    facts = (
        "  rev: {metric: revenue, entity: b, period: FY2025, value: 10, scale: billion, "
        "currency: USD, source: {quote: 原文三}}\n"
        + (NOW + PLAN).replace("of: fw", "of: rev")
    )
    s = sections(_story(facts), "en")
    assert "In 2025, about 16% of Alpha's production was made in China" in s["general"]
