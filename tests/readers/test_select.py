"""The reader layer: each reader gets points of its own, worded for it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.facts.load import load_story, story_paths
from summarizer.model import Brief
from summarizer.pipeline import load_project, make_brief
from summarizer.readers.select import ACTING_ROLES, plan
from summarizer.readers.stakes import stance_of
from summarizer.rules import derive

ROOT = Path(__file__).resolve().parents[2]
SEEDS = story_paths(ROOT / "seeds")
AMAZON = ROOT / "seeds" / "amazon-apparel-referral-fee-cut.yaml"
TIKTOK_FEES = ROOT / "seeds" / "tiktok-shop-us-referral-fee-2024.yaml"


#: Where one rendered text holds several sentences (a meaning template's
#: lead-in and its advice): after 。, or after ". " before a capital letter.
_SENTENCE_END = re.compile(r"(?<=。)|(?<=\.)\s+(?=[A-Z])")


def sentences_by_section(brief: Brief) -> dict[str, list[str]]:
    """Each section's sentences as a reader sees them: a point's texts split
    into sentences, since one text may hold several ("Alpha recalled its power
    banks. Stop selling them now." was said in six sections with a new ending)."""
    return {
        sec.persona: [
            part.strip()
            for p in sec.points
            for s in p.sentences
            for part in _SENTENCE_END.split(s.text)
            if part.strip()
        ]
        for sec in brief.sections
    }


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["zh-Hans", "en", "zh-Hant"])
def test_no_sentence_appears_in_two_sections(seed: Path, lang: str) -> None:
    brief = make_brief(load_project(), load_story(seed), lang)
    where: dict[str, str] = {}
    for persona, texts in sentences_by_section(brief).items():
        for text in texts:
            assert where.setdefault(text, persona) == persona, (
                f"{text!r} in both {where[text]} and {persona}"
            )


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_full_sections_say_what_the_story_means_for_their_reader(seed: Path) -> None:
    brief = make_brief(load_project(), load_story(seed), "en")
    for sec in brief.sections:
        if sec.persona != "general" and len(sec.points) == 3:
            worded = [p for p in sec.points if p.angle]
            assert len(worded) >= 2, f"{seed.stem}/{sec.persona}: {len(worded)} of 3"
            assert all(p.angle == sec.persona for p in worded)


def test_the_vocabulary_says_what_a_fee_rise_means_for_each_reader() -> None:
    project = load_project()
    story = load_story(TIKTOK_FEES)
    fee = next(t for t in derive(story).takeaways if t.rule == "base_change")
    assert stance_of(story, fee, project.vocab, "seller") == "cost"
    assert stance_of(story, fee, project.vocab, "platform_operator") == "income"
    # a factory's buyers sell there, and some factories sell there themselves
    assert stance_of(story, fee, project.vocab, "factory") == "cost"
    factory = next(s for s in make_brief(project, story, "en").sections if s.persona == "factory")
    said = " ".join(x.text for p in factory.points for x in p.sentences)
    assert "they will press your quotes" in said and "under your own name" in said
    assert "sellers in the US store hand the platform" in said  # from its buyers' side


def test_a_fee_cut_is_worked_out_per_item_for_the_seller_and_the_platform() -> None:
    brief = make_brief(load_project(), load_story(AMAZON), "en")
    text = {
        sec.persona: " ".join(s.text for p in sec.points for s in p.sentences)
        for sec in brief.sections
    }
    seller_and_brand = text["seller"] + text["brand"]
    # 17% -> 5% of US$15 and 17% -> 10% of US$20, one point
    assert "you pay US$1.80 and US$1.40 less per item" in seller_and_brand
    assert "the platform collects US$1.80 and US$1.40 less per item" in text["platform_operator"]
    labels = {p.label for sec in brief.sections for p in sec.points if p.rule == "base_change"}
    # summary: no labels; a platform reading Amazon's fee reads its pricing, not "Your income"
    assert labels - {""} <= {"Your costs", "Pricing", "For research"}
    platform = next(s for s in brief.sections if s.persona == "platform_operator")
    assert "Your income" not in {p.label for p in platform.points}


def test_a_reader_with_nothing_at_stake_says_so_instead_of_borrowing_points() -> None:
    project = load_project()
    story = load_story(ROOT / "seeds" / "zhipu-minimax-hk-valuation-space.yaml")
    picks = plan(story, project.personas, derive(story).takeaways, project.vocab, project.angled())
    brief = make_brief(project, story, "zh-Hans")
    for sec in brief.sections:
        if not picks[sec.persona]:
            assert sec.points == () and sec.framing.text.startswith("本文")


def test_an_implication_is_shown_alone_where_the_claim_was_shown_before() -> None:
    brief = make_brief(load_project(), load_story(AMAZON), "zh-Hans")
    claim = "亚马逊罕见地下调佣金"
    shown_in = [
        sec.persona
        for sec in brief.sections
        for p in sec.points
        if p.sentences[0].text.startswith(claim)
    ]
    assert shown_in == ["seller"]  # the lede tells the cut: the summary does not repeat it
    factory = next(sec for sec in brief.sections if sec.persona == "factory")
    assert factory.points[0].angle == "factory"
    assert factory.points[0].sentences[0].text.startswith("平台主动扶持低价服装")


def test_framings_name_what_each_section_is_about() -> None:
    brief = make_brief(load_project(), load_story(TIKTOK_FEES), "zh-Hans")
    framings = [sec.framing.text for sec in brief.sections if sec.points and sec.persona != "general"]
    assert len(set(framings)) == len(framings)
    assert all(f.startswith("对") and ("关乎" in f or "要点在" in f) for f in framings)
    assert not any("三点值得留意" in f for f in framings)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_no_section_reports_one_days_change_twice(seed: Path) -> None:
    """A fee change as figures and as the editor's dated event: one section
    shows one of the two."""
    from summarizer.readers.news import news

    project = load_project()
    story = load_story(seed)
    picks = plan(story, project.personas, derive(story).takeaways, project.vocab, project.angled())
    for persona, section in picks.items():
        events = [q.takeaway for q in section if q.takeaway.message == "dated_event"]
        for e in events:
            for q in section:
                if q.takeaway is not e:
                    assert not news(story, e) & news(story, q.takeaway), (persona, e.facts)


def test_the_amazon_summary_leaves_the_fee_cut_to_the_lede() -> None:
    """The lede says 17% to 5% or 10% on January 15 (``lede_about``): the
    summary's points are what the lede does not say, not the cut again as
    figures, as the dated event or as the editor's claim about it."""
    story = load_story(AMAZON)
    brief = make_brief(load_project(), story, "en")
    summary = next(sec for sec in brief.sections if sec.persona == "general")
    assert "from 17% to 5% or 10%" in story.lede.en
    cited = {f for p in summary.points for s in p.sentences for f in s.facts}
    assert summary.points and not cited & set(story.lede_about)
    text = " ".join(s.text for p in summary.points for s in p.sentences)
    assert "17%" not in text and "Momentum Commerce" in text


def test_a_governments_threshold_is_compared_with_other_markets_not_platform_fees() -> None:
    story = load_story(ROOT / "seeds" / "us-de-minimis-global-end.yaml")
    brief = make_brief(load_project(), story, "en")
    text = " ".join(s.text for sec in brief.sections for p in sec.points for s in p.sentences)
    assert "against other markets' rules" in text
    assert "other platforms' fees" not in text


#: Sentences that would fit any story: a reader is told nothing by them.
FILLER = (
    "This change is worth tracking", "The competitive field shifts", "That means new demand",
    "这一变化值得持续跟踪", "竞争格局随之变化", "这意味着新的需求", "一目了然",
)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_no_section_says_what_would_fit_any_story(seed: Path) -> None:
    for lang in ("zh-Hans", "en"):
        brief = make_brief(load_project(), load_story(seed), lang)
        for sec in brief.sections:
            text = "".join(s.text for p in sec.points for s in p.sentences)
            assert not [f for f in FILLER if f in text], (sec.persona, lang)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_a_figure_with_no_meaning_for_a_reader_is_not_its_point(seed: Path) -> None:
    """A computed figure reaches a seller, brand, factory, provider or
    platform only worded for it, or when the editor addressed it to them: a
    stance or a followed facet alone put "Zhipu AI's R&D expenses grew
    315.1%" under a factory's Operations, and Pop Mart's regional mix, bare,
    third under a platform operator's Demand."""
    project = load_project()
    story = load_story(seed)
    picks = plan(story, project.personas, derive(story).takeaways, project.vocab, project.angled())
    roles = {p.id: p.role for p in project.personas}
    for persona, section in picks.items():
        if roles[persona] not in ACTING_ROLES:
            continue  # the Quick Summary, a researcher: figures are theirs plain
        for pick in section:
            if not pick.angle and pick.takeaway.rule != "claims":
                assert pick.stake == "addressed", f"{persona}: {pick.takeaway.message}"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_a_claim_leads_where_the_editor_wrote_its_implication(seed: Path) -> None:
    """A claim with an implication for one reader is told, with it, in that
    reader's section; another reader does not take it as a bare fact first,
    leaving the implication ("… should likewise …") without the claim it
    follows (Mogu's reorganisation went bare to factories, and the agencies'
    point lost its lead)."""
    project = load_project()
    story = load_story(seed)
    picks = plan(story, project.personas, derive(story).takeaways, project.vocab, project.angled())
    for persona, section in picks.items():
        for pick in section:
            claim = pick.takeaway.values.get("claim")
            if persona == "general" or pick.angle or claim is None:
                continue
            others = [role for role, _ in claim.implications if role != persona]
            assert not others, f"{persona} has {claim.id} bare; {others} have its implication"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_a_point_leads_in_the_first_section_printed_that_has_it(seed: Path) -> None:
    """The claim, figure or event a point answers is said in the first reader's
    section that has the point, as the sections are printed; later ones give
    only what it means for them. The turn that picked it decided before, and
    the brand's section read "Sourcing there keeps today's duty cost until
    then" before the seller's said what 'there' and 'then' were."""
    story = load_story(seed)
    project = load_project()
    picks = plan(story, project.personas, derive(story).takeaways, project.vocab, project.angled())
    readers = [p.id for p in project.personas if p.id != "general"]
    plain = {id(q.takeaway) for r in readers for q in picks[r] if not q.angle}
    summary = {id(q.takeaway) for q in picks["general"]}
    seen: set[int] = set()
    for r in readers:
        for q in picks[r]:
            key = id(q.takeaway)
            if key in plain or key in summary:
                continue
            assert q.lead == (key not in seen), (r, q.takeaway.facts)
            seen.add(key)
