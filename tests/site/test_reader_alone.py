"""A reader's section read on its own says what its points answer.

Across a story page no sentence appears twice: when another section shows a
claim, an editor's implication of it for this reader is shown without it.
Read alone -- the reader's own page, the widget's tab, the reader's digest
and feed, ``render --persona`` -- the implication would start from nothing
("This is a management target…"), so the claim comes first there, unless
the same page already shows it (the Quick Summary may: 此外，美国政府…).
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.digest.build import build_digest
from summarizer.digest.edition import week_of
from summarizer.facts.load import load_story
from summarizer.pipeline import load_project, make_brief
from summarizer.writers.markdown import brief_markdown

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
POP = SEEDS / "pop-mart-2024-results.yaml"
CLAIM = "Wang Ning says that despite an ever larger base"
ANSWER = "This is a management target rather than a firm commitment"
DM_CLAIM = "美国政府高级官员称取消小额豁免是永久性改变"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("alone") / "site"
    assert main(["build", str(SEEDS), "-o", str(out), "--jobs", "1"]) == 0
    return out


_CONTEXT = re.compile(r'<span class="context">.*?</span>', re.S)


def _section(page: str, persona: str) -> str:
    """The text of one reader's section (tags dropped, entities decoded)."""
    m = re.search(rf'<section class="persona" id="persona-{persona}".*?</section>', page, re.S)
    assert m, persona
    return html.unescape(re.sub(r"<[^>]+>", "", m.group(0)))


def _sections(page: str) -> str:
    """The text of every reader's section on a page (not the facts table,
    which quotes each claim as a fact)."""
    found = re.findall(r'<section class="persona" id="persona-(\w+)"', page)
    return "\n".join(_section(page, p) for p in found)


def test_the_story_page_says_the_claim_once_and_the_readers_page_with_its_answer(
    site: Path,
) -> None:
    story = (site / "en/stories/pop-mart-2024-results.html").read_text("utf-8")
    # without JS every section is in view: the claim's second telling is the
    # span CSS shows only in the picker's tab panel (tests/browser)
    text = _sections(_CONTEXT.sub("", story))
    assert text.count(CLAIM) == 1  # in the factory's section, where it leads
    researcher = _section(story, "researcher")
    assert researcher.index(CLAIM) < researcher.index(ANSWER)
    assert CLAIM not in _section(_CONTEXT.sub("", story), "researcher")
    mine = (site / "en/stories/pop-mart-2024-results/researcher.html").read_text("utf-8")
    section = _section(mine, "researcher")
    assert section.index(CLAIM) < section.index(ANSWER)
    # the share card's description is the first point as read alone
    desc = re.search(r'<meta name="description" content="([^"]*)"', mine)
    assert desc and CLAIM in html.unescape(desc.group(1))


def test_a_readers_page_does_not_repeat_what_its_quick_summary_says(site: Path) -> None:
    page = (site / "zh-Hans/stories/us-de-minimis-global-end/platform_operator.html").read_text(
        "utf-8"
    )
    text = _sections(page)
    assert f"此外，{DM_CLAIM}" in _section(page, "general")
    assert text.count(DM_CLAIM) == 1
    assert "依赖小包直邮的平台需长期调整履约模式" in _section(page, "platform_operator")
    # the seller's point answers the same claim: said once there too
    seller = (site / "zh-Hans/stories/us-de-minimis-global-end/seller.html").read_text("utf-8")
    assert _sections(seller).count(DM_CLAIM) == 1


def test_the_widgets_tab_reads_alone(site: Path) -> None:
    embed = (site / "en/embed/pop-mart-2024-results.html").read_text("utf-8")
    section = _section(embed, "researcher")
    assert section.index(CLAIM) < section.index(ANSWER)


def test_the_readers_digest_and_feed_say_the_claim(tmp_path: Path) -> None:
    project = load_project()
    story = load_story(POP)
    digest = build_digest(project, [story], "researcher", "en", week_of(story.published))
    (entry,) = [e for g in digest.groups for e in g.entries]
    trend = next(i.text for i in entry.items if ANSWER in i.text)
    assert trend.index(CLAIM) < trend.index(ANSWER)
    # a site of this story alone: the whole archive's feed keeps only its newest stories
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(POP, seeds)
    assert main(["build", str(seeds), "-o", str(tmp_path / "site"), "--jobs", "1"]) == 0
    feed = (tmp_path / "site/en/feeds/researcher.xml").read_text("utf-8")
    assert POP.stem in feed and CLAIM in html.unescape(feed)


def test_render_of_one_reader_says_the_claim_and_of_all_says_it_once() -> None:
    project = load_project()
    story = load_story(POP)
    alone = brief_markdown(make_brief(project, story, "en", ("researcher",)))
    assert alone.index(CLAIM) < alone.index(ANSWER)
    whole = brief_markdown(make_brief(project, story, "en"))
    assert whole.count(CLAIM) == 1 and ANSWER in whole


def test_back_links_go_to_marks_in_view_without_js(site: Path) -> None:
    """A fact's first mark on the story page may sit in a hidden claim (the
    brand's context): its row's back link (↩) goes to the first one in view."""
    story = (site / "en/stories/pop-mart-2024-results.html").read_text("utf-8")
    spans = _CONTEXT.findall(story)
    assert spans and not any('id="cite-' in s for s in spans)
    marked = set(re.findall(r'id="cite-(fact-[\w-]+)"', _CONTEXT.sub("", story)))
    assert set(re.findall(r'href="#cite-(fact-[\w-]+)"', story)) <= marked
    assert "fact-c-plush" in marked  # cited first inside the brand's hidden claim


def test_an_events_readers_each_get_their_own_teaser_and_the_event_once(site: Path) -> None:
    """M&S's outage: the story page tells the event once (the Quick Summary),
    each reader's section what it asks of that reader; a reader's share card
    and feed entry lead with that, not with the event, which every one of
    the six began with when the event was told in each section."""
    event = "M&S, hit by a cyber attack, suspended all online orders"
    story = (site / "en/stories/m-and-s-cyber-attack-2025.html").read_text("utf-8")
    assert _sections(_CONTEXT.sub("", story)).count(event) == 1  # the Quick Summary
    cards = {}
    for persona in ("brand", "seller", "factory", "service_provider", "platform_operator"):
        page = (site / f"en/stories/m-and-s-cyber-attack-2025/{persona}.html").read_text("utf-8")
        desc = re.search(r'<meta name="description" content="([^"]*)"', page)
        assert desc, persona
        cards[persona] = html.unescape(desc.group(1))
        assert event not in cards[persona], (persona, cards[persona])
    assert len(set(cards.values())) == len(cards)
    assert cards["seller"].startswith("Operations: M&S is back: confirm orders")


def test_an_events_reader_feed_entry_leads_with_its_teaser(tmp_path: Path) -> None:
    """The seller's feed entry for M&S's outage leads with the seller's point, not the event.
    Built from that story alone: in the whole archive's feed (the newest 50) it may have
    been pushed out by newer stories."""
    story = "m-and-s-cyber-attack-2025"
    root = SEEDS.parent
    (tmp_path / "seeds").mkdir()
    (tmp_path / "sources").mkdir()
    shutil.copy(SEEDS / f"{story}.yaml", tmp_path / "seeds")
    shutil.copy(root / "sources" / f"{story}.txt", tmp_path / "sources")
    out = tmp_path / "site"
    assert main(["build", str(tmp_path / "seeds"), "-o", str(out), "--jobs", "1"]) == 0
    feed = (out / "en/feeds/seller.xml").read_text("utf-8")  # HTML in XML: escaped twice
    assert '<summary type="html">Operations: M&amp;amp;S is back: confirm orders' in feed


TARIFF = SEEDS / "us-china-tariff-cut-2025.yaml"
_APART = re.compile(r'<span class="apart">.*?</span>', re.S)


@pytest.mark.parametrize(
    ("lang", "day", "then"),
    [("en", "November 10, 2026", "until then"), ("zh-Hans", "2026年11月10日", "在此之前")],
)
def test_an_events_meaning_after_the_event_does_not_name_its_day_again(
    site: Path, lang: str, day: str, then: str
) -> None:
    """The seller's point on the tariff pause does not lead: on the story page
    it follows the brand's, which tells the pause, so it names the day
    itself ("The duty holds at 10% until November 10, 2026"). Wherever it is
    read after the event (its page, the picker's tab, render --persona, the
    digest) the event has just said that day: "until then"."""
    project = load_project()
    story = load_story(TARIFF)
    alone = brief_markdown(make_brief(project, story, lang, ("seller",)))
    assert alone.count(day) == 1 and then in alone
    digest = build_digest(project, [story], "seller", lang, week_of(story.published))
    items = [i.text for g in digest.groups for e in g.entries for i in e.items]
    assert sum(t.count(day) for t in items) == 1 and any(then in t for t in items)
    mine = (site / f"{lang}/stories/us-china-tariff-cut-2025/seller.html").read_text("utf-8")
    assert _section(mine, "seller").count(day) == 1
    page = (site / f"{lang}/stories/us-china-tariff-cut-2025.html").read_text("utf-8")
    without_js = _section(_CONTEXT.sub("", page), "seller")  # the brand's section told it
    assert without_js.count(day) == 1 and then not in without_js
    in_its_tab = _section(_APART.sub("", page), "seller")  # CSS: .context shown, .apart not
    assert in_its_tab.count(day) == 1 and then in in_its_tab


_DAY = {
    "en": re.compile(r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December) \d{1,2}, \d{4}"),
    "zh-Hans": re.compile(r"\d{4}年\d{1,2}月\d{1,2}日"),
}


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_no_point_read_alone_names_a_day_twice(lang: str) -> None:
    """Every seed, every reader: a point as read on its own (its context
    first) names each day once; its meaning says 'then' / 此后 for a day the
    event has just given (de minimis's platform point said "… began charging
    normal duties on August 29, 2025. Sellers' landed costs … have changed
    since August 29, 2025")."""
    project = load_project()
    repeats = []
    for path in sorted(SEEDS.glob("*.yaml")):
        for sec in make_brief(project, load_story(path), lang).sections:
            for p in sec.points:
                days = _DAY[lang].findall("".join(s.text for s in p.alone))
                repeats += [(path.stem, sec.persona, d) for d in set(days) if days.count(d) > 1]
    assert repeats == []


_MARK = re.compile(r'<a href="#(fact-[\w-]+)" class="ref"( id="cite-(fact-[\w-]+)")?')


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_each_fact_s_first_mark_in_view_carries_its_id(site: Path, lang: str) -> None:
    """On every story page and reader page, a fact's first mark outside the
    hidden context spans has ``id="cite-…"`` and no other mark does."""
    pages = sorted((site / lang / "stories").rglob("*.html"))
    assert len(pages) > 39 * 6
    marked = 0
    for path in pages:
        page = path.read_text("utf-8")
        seen: set[str] = set()
        for m in _MARK.finditer(_CONTEXT.sub("", page)):
            fact, ident = m.group(1), m.group(3)
            assert (ident == fact) == (fact not in seen), (path, fact)
            seen.add(fact)
        assert not any('id="cite-' in s for s in _CONTEXT.findall(page)), path
        marked += len(seen)
    assert marked > len(pages)  # most pages cite several facts
