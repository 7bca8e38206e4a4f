"""A tariff raised on parcels, with the article's worked example (Mexico,
15 August 2025: 19% -> 33.5%; a US$500 order pays US$167.50 instead of
US$95).

Recorded as an item price beside the two rates, the example is computed
(500 x 19% and 500 x 33.5%) and said per reader. It was worded as the
platform fee the per-item sentence was written for: 每件支付的佣金, and
"the tariff rate goes from US$95.00". Recorded as two amounts of duty, it
was a milestone ("…duty passed US$100"): a charge on one order passes no
round mark."""

from __future__ import annotations

from pathlib import Path

from ministory import mini_story

from summarizer.facts.load import load_story
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive
from summarizer.writers.markdown import brief_markdown

SEED = Path(__file__).resolve().parents[2] / "seeds" / "mexico-courier-tariff-2025.yaml"


def test_the_worked_example_is_the_duty_per_order() -> None:
    zh = brief_markdown(make_brief(load_project(), load_story(SEED), "zh-Hans"))
    en = brief_markdown(make_brief(load_project(), load_story(SEED), "en"))
    assert "每件支付的关税从95.00美元升至167.50美元" in zh and "佣金" not in zh
    assert "the duty goes from US$95.00 to US$167.50" in en


def test_a_charge_on_one_order_passes_no_mark() -> None:
    ents = "  gov: {kind: government, name: {zh-Hans: 甲国政府, en: Country A}}\n"
    facts = (
        "  d1: {metric: duty, entity: gov, period: '2025-08-14', value: 95, currency: USD, "
        "source: {quote: 原文}}\n"
        "  d2: {metric: duty, entity: gov, period: '2025-08-15', value: 167.5, currency: USD, "
        "source: {quote: 原文}}\n"
    )
    rules = {t.rule for t in derive(mini_story(ents, facts)).takeaways}
    assert "milestone" not in rules
