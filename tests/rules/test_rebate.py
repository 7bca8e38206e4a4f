"""rebate_move: an export tax rebate cut or raised on one date is one point
-- China's 13% to 9% on solar and battery goods, with aluminium and copper's
rebate ended -- read from each side: the refund lost on each shipment, supplier
quotes, the price edge of goods made there, shipments timed around the date,
category prices, and how much of the rebate went into export prices. A rebate
is not a fee: base_change does not tell it."""

from __future__ import annotations

from pathlib import Path

from ministory import mini_story
from ministory import sections as _sections

from summarizer.facts.load import load_story
from summarizer.model import Story, Takeaway
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive
from summarizer.writers.markdown import brief_markdown

SEED = Path(__file__).resolve().parents[2] / "seeds" / "china-export-rebate-cut-2024.yaml"


def _moves(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule in ("rebate_move", "base_change")]


def test_a_cut_and_an_end_on_one_date_are_one_point_read_from_each_side() -> None:
    story = load_story(SEED)
    [t] = _moves(story)
    assert t.rule == "rebate_move" and t.values["delta"].value == -4
    assert [o["cur"].id for o in t.values["also"]] == ["metals-ended"]
    assert t.facts == ("rebate-old", "rebate-new", "metals-ended")
    en = _sections(story, "en")
    assert ("From December 2024, China's export tax rebate rate for some refined oil, solar, "
            "battery and non-metallic mineral products falls from 13% to 9%, down 4 percentage "
            "points, and the export tax rebate for aluminium and copper ends.") in en["brand"]
    assert "lose part of their price edge abroad" in en["brand"]
    assert "expect higher quotes on these lines before you restock" in en["seller"]
    assert ("get 4 percentage points less of their export value back, and aluminium and copper "
            "none at all") in en["factory"]
    assert "a reason to ship before December 2024, while the old rate applies" in en[
        "service_provider"]
    assert "expect prices to rise in those categories" in en["platform_operator"]
    assert "Set the cut from 13% to 9% against export volumes" in en["researcher"]
    said = [line for s in en.values() for line in s.splitlines() if line.startswith("1. **")]
    assert len(said) == len(set(said))  # each reader its own sentence
    zh = _sections(story, "zh-Hans")
    assert ("2024年12月起，中国对部分成品油、光伏、电池和非金属矿产品的出口退税率从13%下调至9%，"
            "降低4个百分点；铝和铜的出口退税取消。") in zh["brand"]
    assert "出口按货值计少退4个百分点的税款，铝和铜出口则不再退税" in zh["factory"]
    assert "太陽光電" in brief_markdown(make_brief(load_project(), story, "zh-Hant"))


ENTITIES = """\
  cn: {kind: government, name: {zh-Hans: 中国, en: China}}
  g: {kind: product, name: {zh-Hans: 机电产品, en: machinery}}
  m: {kind: product, name: {zh-Hans: 钢材, en: steel}}
"""


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts)


def test_a_raise_reads_as_room_to_price_and_a_lull_before_the_date() -> None:
    story = _story(
        "  a: {metric: export_rebate, entity: cn, segment: g, period: '2025-12', value: 9, "
        "unit: percent, source: {quote: 原文}}\n"
        "  b: {metric: export_rebate, entity: cn, segment: g, period: '2026-01', value: 13, "
        "unit: percent, base: a, source: {quote: 原文}}\n")
    [t] = _moves(story)
    assert t.rule == "rebate_move" and t.values["up"] and t.values["delta"].value == 4
    en = _sections(story, "en")
    assert ("From January 2026, China's export tax rebate rate for machinery rises from 9% to "
            "13%, up 4 percentage points.") in en["general"]
    assert ("exports of machinery made in China get 4 percentage points more of their export "
            "value back and gain a price edge abroad") in en["brand"]
    assert "**Opportunity**: Sellers of machinery get more back" in en["platform_operator"]
    assert "room to sharpen quotes abroad" in en["factory"]
    assert "hold shipments until January 2026" in en["service_provider"]


def test_an_end_alone_is_told_without_a_figure_it_does_not_have() -> None:
    story = _story(
        "  e: {metric: export_rebate, entity: cn, segment: m, period: '2026-01', value: 0, "
        "unit: percent, source: {quote: 'will cancel export tax rebates for steel'}}\n")
    [t] = _moves(story)
    assert "delta" not in t.values and t.values["ended"]
    en = _sections(story, "en")
    assert "From January 2026, China ends the export tax rebate for steel." in en["general"]
    assert "exports of steel get no export tax rebate at all" in en["factory"]
    assert "set the end of the rebate against export volumes and prices of steel" in en["researcher"].lower()
    text = "\n".join(en.values())
    assert "percentage points" not in text and "None" not in text
    zh = _sections(story, "zh-Hans")
    assert "2026年1月起，中国取消钢材的出口退税。" in zh["general"]


def test_a_rate_with_no_base_and_no_end_is_no_move() -> None:
    assert _moves(_story(
        "  a: {metric: export_rebate, entity: cn, segment: g, period: '2025-12', value: 9, "
        "unit: percent, source: {quote: 原文}}\n")) == []
