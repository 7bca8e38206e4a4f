"""What a claim restates (``about``), what the lede tells (``lede_about``),
a fee's later steps, and an implication's own facet: one piece of news is
told once per section, and a label fits its point."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.facts.load import load_story, story_paths
from summarizer.pipeline import load_project, make_brief
from summarizer.readers.news import main_facts, restates
from summarizer.readers.select import plan
from summarizer.rules import derive

ROOT = Path(__file__).resolve().parents[2]
SEEDS = story_paths(ROOT / "seeds")
DE_MINIMIS = ROOT / "seeds" / "us-de-minimis-global-end.yaml"
TIKTOK_FEES = ROOT / "seeds" / "tiktok-shop-us-referral-fee-2024.yaml"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_no_section_tells_a_claim_and_the_fact_it_restates(seed: Path) -> None:
    project = load_project()
    story = load_story(seed)
    picks = plan(story, project.personas, derive(story).takeaways, project.vocab, project.angled())
    for persona, section in picks.items():
        for q in section:
            about = restates(q.takeaway)
            for other in section:
                if other is not q:
                    main = main_facts(other.takeaway)
                    assert not about & main, (persona, q.takeaway.facts, other.takeaway.facts)


def test_the_factory_gets_the_may_ban_once() -> None:
    # c-all-countries restates the May 2 ban for China and Hong Kong: before,
    # the factory read it in the claim and then again as the dated event
    brief = make_brief(load_project(), load_story(DE_MINIMIS), "en")
    factory = next(sec for sec in brief.sections if sec.persona == "factory")
    text = " ".join(s.text for p in factory.points for s in p.alone)  # its section alone
    assert text.count("May 2") == 1


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_the_summary_does_not_repeat_the_lede(seed: Path) -> None:
    story = load_story(seed)
    brief = make_brief(load_project(), story, "en")
    summary = next(sec for sec in brief.sections if sec.persona == "general")
    lede = set(story.lede_about)
    project = load_project()
    picks = plan(story, project.personas, derive(story).takeaways, project.vocab, project.angled())
    assert len(picks["general"]) == len(summary.points)
    for q in picks["general"]:
        main = main_facts(q.takeaway)
        assert not (main and main <= lede) and not restates(q.takeaway) & lede


def test_a_figure_computed_from_what_the_lede_says_is_still_news() -> None:
    # Pop Mart's lede gives its revenue; the margin from it and the profit is not in it
    brief = make_brief(load_project(), load_story(ROOT / "seeds" / "pop-mart-2024-results.yaml"), "en")
    summary = next(sec for sec in brief.sections if sec.persona == "general")
    assert "ratio" in [p.rule for p in summary.points]


def test_the_de_minimis_summary_leaves_the_august_rule_to_the_lede() -> None:
    brief = make_brief(load_project(), load_story(DE_MINIMIS), "zh-Hans")
    summary = next(sec for sec in brief.sections if sec.persona == "general")
    text = "".join(s.text for p in summary.points for s in p.sentences)
    assert "8月29日" not in text and len(summary.points) == 3


def test_an_implication_with_its_own_facet_takes_that_label() -> None:
    # the claim is a market fact; for platforms the editor wrote a competition point
    brief = make_brief(load_project(), load_story(DE_MINIMIS), "zh-Hans")
    platform = next(sec for sec in brief.sections if sec.persona == "platform_operator")
    [point] = [p for p in platform.points if "首当其冲" in "".join(s.text for s in p.sentences)]
    assert point.label == "竞争格局"


def test_a_claim_for_the_general_reader_can_lead_the_summary() -> None:
    # c-discounts-end is addressed to [seller, brand, general]
    brief = make_brief(load_project(), load_story(TIKTOK_FEES), "en")
    summary = next(sec for sec in brief.sections if sec.persona == "general")
    text = " ".join(s.text for p in summary.points for s in p.sentences)
    assert "too good to be true" in text


def test_a_fees_two_steps_are_one_point_per_reader() -> None:
    brief = make_brief(load_project(), load_story(TIKTOK_FEES), "en")
    texts = {
        sec.persona: " ".join(s.text for p in sec.points for s in p.sentences)
        for sec in brief.sections
    }
    assert "2 percentage points more from July 1," in texts["seller"]  # the year is named before
    assert "4 percentage points more of every sale" in texts["seller"]
    platform = next(sec for sec in brief.sections if sec.persona == "platform_operator")
    assert sum(p.rule == "base_change" for p in platform.points) == 1
    assert "keeps 4 percentage points more" in texts["platform_operator"]
    assert "and 2 percentage points more from July 1:" in texts["platform_operator"]
    assert "and then to 8%" in texts["researcher"]
    # the editor's dated events say the same with fewer figures: no reader gets them
    assert not any(p.rule == "dated_event" for sec in brief.sections for p in sec.points)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_a_researcher_is_never_told_your_duties_costs_or_income(seed: Path) -> None:
    brief = make_brief(load_project(), load_story(seed), "en")
    research = next(sec for sec in brief.sections if sec.persona == "researcher")
    assert not {p.label for p in research.points} & {"Your duties", "Your costs", "Your income"}


def test_duties_of_others_addressed_to_a_researcher_are_policy() -> None:
    # Guo Tao on the four parties' duties: addressed to the researcher, not its duties
    brief = make_brief(load_project(), load_story(ROOT / "seeds" / "live-commerce-measures.yaml"), "en")
    research = next(sec for sec in brief.sections if sec.persona == "researcher")
    [point] = [p for p in research.points if "Guo Tao sees" in p.sentences[0].text]
    assert point.label == "Policy"


TARIFFS = """\
story:
  id: tariff-steps
  source: a.txt
  title: {zh-Hans: 美国对华关税三度上调, en: US tariffs on Chinese goods rise three times}
  published: '2025-04-12'
  lede: {zh-Hans: 美国对中国商品的附加关税三度上调。, en: US extra tariffs on Chinese goods rose three times.}
entities:
  us: {kind: government, name: {zh-Hans: 美国, en: the US}}
  cn: {kind: market, name: {zh-Hans: 中国商品, en: Chinese goods}}
facts:
  t0: {metric: tariff_rate, entity: us, segment: cn, period: '2025-03-03', value: 10, unit: percent, source: {quote: 原文}}
  t1: {metric: tariff_rate, entity: us, segment: cn, period: '2025-03-04', value: 20, unit: percent, base: t0, source: {quote: 原文}}
  t2: {metric: tariff_rate, entity: us, segment: cn, period: '2025-04-09', value: 125, unit: percent, base: t1, source: {quote: 原文}}
  t3: {metric: tariff_rate, entity: us, segment: cn, period: '2025-04-10', value: 145, unit: percent, base: t2, source: {quote: 原文}}
"""


def test_three_tariff_steps_are_one_point_with_their_total_and_every_step_cited() -> None:
    from summarizer.facts.load import parse_story
    from summarizer.facts.yamlload import load_yaml_text

    story = parse_story(load_yaml_text(TARIFFS, "tariff-steps.yaml"))
    brief = make_brief(load_project(), story, "zh-Hans")
    seller = next(sec for sec in brief.sections if sec.persona == "seller")
    [point] = seller.points
    text = "".join(s.text for s in point.sentences)
    assert "4月9日起再多缴105个百分点，4月10日起再多缴20个百分点，累计多缴135个百分点" in text
    assert "2025年4月9日" not in text  # the year is named once
    assert {"t1", "t2", "t3"} <= {f for s in point.sentences for f in s.facts}
    summary = next(sec for sec in brief.sections if sec.persona == "general")
    assert "美国对中国商品征收的关税税率" in "".join(s.text for p in summary.points for s in p.sentences)
