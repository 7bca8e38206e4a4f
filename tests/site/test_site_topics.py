"""Company and topic pages, related stories: tags, ranking, ids, pages and
incremental rebuilds (fake seeds whose facts carry facets; real seeds for companies)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sitefake import FakeEngine, fake, spy_listings

from summarizer.site import related as rel
from summarizer.site import topics, urls
from summarizer.site.build import build_site
from summarizer.site.storyrecord import StoryRecord
from summarizer.site.tagindex import TagIndex

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
def record(sid: str, day: int, *tags: str) -> StoryRecord:
    return StoryRecord(sid, "h" + sid, sid, f"2026-01-{day:02d}", 0, 0, tags, "c" + sid)


def build(seeds: Path, out: Path) -> object:
    return build_site(seeds, out, 1, engine=FakeEngine())


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


# -- ids and tags ---------------------------------------------------------------


@pytest.mark.parametrize("bad", ["../x", "a/b", "A", "", ".", "x" * 81, "a b", "-a"])
def test_unsafe_ids_get_no_tag(bad: str) -> None:
    assert urls.tag_id(bad) == ""


def test_tag_pages_live_in_their_own_directories() -> None:
    assert urls.company("en", "zhipu") == "en/companies/zhipu/index.html"
    assert urls.topic("zh-Hans", "cost", 2) == "zh-Hans/topics/cost/2.html"
    assert topics.tag_page("en", "company/index") == "en/companies/index/index.html"


def test_companies_are_what_the_facts_are_about() -> None:
    from summarizer.facts.load import load_stories

    (story,) = load_stories([SEEDS_DIR / "amazon-apparel-referral-fee-cut.yaml"])
    # Shein and Temu are named in passing (no fact about them): no chip, no page
    assert topics.companies(story) == [
        ("amazon", "amazon"),
        ("momentum-commerce", "momentum-commerce"),
    ]
    (story,) = load_stories([SEEDS_DIR / "zhipu-minimax-hearing.yaml"])
    assert [k for k, _ in topics.companies(story)] == ["zhipu", "minimax"]  # most facts first
    # a round-up, one fact each: ties keep the editor's order, not the alphabet's
    (story,) = load_stories([SEEDS_DIR / "us-holiday-spending-2024-chinese-platforms.yaml"])
    assert [k for k, _ in topics.companies(story)] == [
        "amazon", "tiktok-shop", "temu", "shein", "target", "walmart"
    ]
    # the other side of a deal is what it is about too (Nike in Amazon's wholesale deal,
    # named only as its party and as the object of the resale limit), after those with
    # facts; a list of investors or compute partners is not (more than one party)
    (story,) = load_stories([SEEDS_DIR / "amazon-nike-direct-2025.yaml"])
    assert [k for k, _ in topics.companies(story)] == ["amazon", "nike"]
    (story,) = load_stories([SEEDS_DIR / "jd-ceconomy-bid-2025.yaml"])
    assert [k for k, _ in topics.companies(story)] == ["jd", "ceconomy"]


# -- ranking ------------------------------------------------------------------------


def test_related_needs_enough_in_common_and_breaks_ties_by_closeness() -> None:
    a = record("a", 10, "company/x", "topic/cost", "event/fee_change")
    co = record("co", 1, "company/x", "topic/cost")  # 3, 9 days away
    co2 = record("co2", 19, "company/x", "topic/cost")  # 3, 9 days away, newer
    near = record("near", 11, "topic/cost", "metric/fee", "event/fee_change")  # 2 for a
    weak = record("weak", 10, "company/y", "metric/fee")  # 0 for a, 1 for near
    recs = [a, co, co2, near, weak]
    found = rel.related(recs)
    assert [r.id for r in found["a"]] == ["co2", "co"]
    assert [r.id for r in found["co"]] == ["a", "co2"]  # 3 with each: a is closer
    assert "near" not in found and "weak" not in found  # nothing with 3 in common
    assert rel.related(list(reversed(recs))) == found


def test_related_prefers_higher_score_and_caps_the_list() -> None:
    me = record("me", 15, "company/x", "company/y", "topic/t")
    best = record("best", 1, "company/x", "company/y", "topic/t")  # 5
    others = [record(f"o{n}", 15 + n, "company/x", "topic/t") for n in range(1, 7)]  # 3 each
    found = rel.related([me, best, *others])["me"]
    assert [r.id for r in found] == ["best", "o1", "o2", "o3"]
    assert len(found) == rel.MAX_RELATED


def test_splice_replaces_only_the_block() -> None:
    page = f"<p>a</p>{topics.RELATED_START}old{topics.RELATED_END}<p>b</p>"
    assert (
        rel.splice(page, "new") == f"<p>a</p>{topics.RELATED_START}new{topics.RELATED_END}<p>b</p>"
    )
    assert rel.splice("<p>no slot</p>", "new") == "<p>no slot</p>"


# -- pages -------------------------------------------------------------------------------


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    d = tmp_path / "seeds"
    d.mkdir()
    fake(d, "fees-a", 3, ["cost", "pricing", "policy"])
    fake(d, "fees-b", 5, ["cost", "pricing", "policy"])
    fake(d, "other", 4, ["capital", "capital"])
    return d


def test_topic_pages_index_chips_and_related(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(seeds, out)
    for lang in urls.SITE_LANGS:
        page = (out / urls.topic(lang, "cost")).read_text("utf-8")
        titles = re.findall(r'<h3><a href="[^"]*stories/([a-z-]+)\.html', page)
        assert titles == ["fees-b", "fees-a"]  # newest first
        assert (out / urls.tags_index(lang)).is_file()
    assert "成本與費用" in (out / "zh-Hant/topics/cost/index.html").read_text("utf-8")
    index = (out / "en/topics.html").read_text("utf-8")
    assert 'Costs and fees</a> <span class="count">2 stories' in index
    assert 'Capital markets</a> <span class="count">1 story' in index
    story = (out / "en/stories/fees-a.html").read_text("utf-8")
    chips = re.findall(r'<a class="chip chip-topic" href="([^"]+)"', story)
    assert chips and all((out / "en/stories" / h).resolve().is_file() for h in chips)
    block = story[story.index(topics.RELATED_START) : story.index(topics.RELATED_END)]
    assert re.findall(r"stories/([a-z-]+)\.html", block) == ["fees-b"]
    other = (out / "en/stories/other.html").read_text("utf-8")
    assert f"{topics.RELATED_START}{topics.RELATED_END}" in other  # nothing in common
    # "f" (the fake's default facet) is not named in ui.yaml: not a topic
    assert not (out / "en/topics/f").exists()


def test_adding_a_story_rewrites_only_the_pages_it_joins(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(seeds, out)
    fake(seeds, "fees-c", 7, ["cost", "pricing", "policy"])
    report = build(seeds, out)
    written = set(report.pages_written)  # type: ignore[attr-defined]
    assert urls.story("en", "fees-a") in written  # it gains a related story
    assert urls.story("en", "other") not in written
    assert "fees-c" in (out / "en/stories/fees-a.html").read_text("utf-8")
    # a change to fees-c's facts (not its title) touches no other story page
    fake(seeds, "fees-c", 7, ["cost", "pricing", "policy"], quote="新的引文")
    report = build(seeds, out)
    stories = {w for w in report.pages_written if "/stories/" in w}  # type: ignore[attr-defined]
    # its own page and its readers' pages (stories/fees-c/seller.html), nothing else
    assert {urls.story(lang, "fees-c") for lang in urls.SITE_LANGS} <= stories
    assert {w.split("/stories/")[1].split("/")[0].removesuffix(".html") for w in stories} == {
        "fees-c"
    }
    build(seeds, tmp_path / "full")
    assert tree(out) == tree(tmp_path / "full")
    # removing it takes it out of the others' related block
    (seeds / "fees-c.yaml").unlink()
    build(seeds, out)
    assert "fees-c" not in (out / "en/stories/fees-a.html").read_text("utf-8")
    assert "fees-c" not in (out / "en/topics/cost/index.html").read_text("utf-8")


def test_a_site_story_template_without_the_related_slot_still_builds(
    seeds: Path, tmp_path: Path
) -> None:
    import shutil

    from summarizer.site.build import SITE_TEMPLATES

    theme = tmp_path / "theme"
    shutil.copytree(SITE_TEMPLATES, theme)
    story_html = theme / "story.html"
    story_html.write_text(story_html.read_text("utf-8").replace("{{ related }}\n", ""), "utf-8")
    out = tmp_path / "site"
    build_site(seeds, out, 1, engine=FakeEngine(), template_dir=theme)
    page = (out / "en/stories/fees-a.html").read_text("utf-8")
    assert "Title fees-a" in page and topics.RELATED_START not in page
    assert (out / "en/topics/cost/index.html").is_file()


def test_an_edited_title_reranks_only_its_neighbours_and_matches_a_full_build(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(6):
        fake(seeds, f"far-{n}", 10 + n, ["capital", "policy"])
    out = tmp_path / "site"
    build(seeds, out)
    ranked: list[set[str]] = []
    real = rel.related

    def spy(rs: list[StoryRecord], index: TagIndex | None = None) -> object:
        rs = list(rs)
        ranked.append({r.id for r in rs})
        return real(rs, index)

    monkeypatch.setattr(rel, "related", spy)
    path = seeds / "fees-a.yaml"
    path.write_text(path.read_text("utf-8").replace("Title fees-a", "Renamed fees-a"), "utf-8")
    build(seeds, out)
    (targets,) = ranked
    assert "fees-a" in targets and "fees-b" in targets
    assert len(targets) < 9  # not every story: only those sharing a tag window
    page = (out / urls.story("en", "fees-b")).read_text("utf-8")
    assert "Renamed fees-a" in page  # fees-b shows fees-a as related, with the new title
    build(seeds, tmp_path / "edited")
    assert tree(out) == tree(tmp_path / "edited")
    ranked.clear()
    fake(seeds, "fees-c", 6, ["cost", "pricing", "policy"])  # a new story, not the newest
    build(seeds, out)
    (targets,) = ranked  # it and the stories in its tags' windows, whose windows it moved
    assert "fees-c" in targets and "far-0" in targets
    assert targets < {p.stem for p in seeds.glob("*.yaml")}
    full = tmp_path / "full"
    build(seeds, full)
    assert tree(out) == tree(full)


def test_an_edited_title_rewrites_only_the_tag_page_listing_it(tmp_path: Path) -> None:
    seeds = tmp_path / "many"
    seeds.mkdir()
    for n in range(2 * urls.PAGE_SIZE + 5):
        fake(seeds, f"s{n:02d}", 1 + n % 28, ["cost", "cost"])
    out = tmp_path / "site"
    build(seeds, out)
    assert (out / urls.topic("en", "cost", 1)).exists()  # the oldest 20
    assert not (out / urls.topic("en", "cost", 2)).exists()  # the newest 25 are on the front
    newest = seeds / "s27.yaml"  # day 28, the last id of it: first on the front page
    newest.write_text(newest.read_text("utf-8").replace("Title s", "Renamed s"), "utf-8")
    written = set(build(seeds, out).pages_written)  # type: ignore[attr-defined]
    assert urls.topic("en", "cost") in written
    assert urls.topic("en", "cost", 1) not in written
    build(seeds, tmp_path / "full")
    assert tree(out) == tree(tmp_path / "full")


def test_an_edit_plans_only_the_tag_pages_listing_the_edited_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tag of many pages: editing its oldest story plans the page of the
    oldest stories (page 1) in each language, not its other pages (hashed for nothing at
    50,000 stories), and the site is still the bytes of a full build."""

    seeds = tmp_path / "many"
    seeds.mkdir()
    for n in range(2 * urls.PAGE_SIZE + 5):
        fake(seeds, f"s{n:03d}", 1 + n % 28, ["cost", "cost"])
    out = tmp_path / "site"
    build(seeds, out)
    seen = spy_listings(monkeypatch)
    oldest = seeds / "s000.yaml"  # day 1, the first id of it: on page 1 of the tag
    oldest.write_text(oldest.read_text("utf-8").replace("Title s", "Renamed s"), "utf-8")
    build(seeds, out)
    (listed,) = seen
    assert listed.gone is not None  # an edit
    tag_pages = {rel for rel in listed.pages if "/topics/cost/" in rel}
    assert tag_pages == {urls.topic(lang, "cost", 1) for lang in urls.SITE_LANGS}
    assert set(listed.written) >= tag_pages
    monkeypatch.undo()
    build(seeds, tmp_path / "full")
    assert tree(out) == tree(tmp_path / "full")


def test_signals_every_results_story_has_relate_nothing() -> None:
    """Nike's quarter and an AI start-up's listing shared revenue, a gross
    margin and a topic: three points, and the listing showed under Nike."""
    nike = record("nike", 10, "company/nike", "topic/pricing", "metric/revenue", "metric/gross_margin")
    ipo = record("ipo", 12, "company/zhipu", "topic/pricing", "metric/revenue", "metric/gross_margin")
    assert rel.related([nike, ipo]) == {}
    fee = record("fee", 11, "company/x", "topic/pricing", "metric/referral_fee", "event/fee_change")
    fee2 = record("fee2", 13, "company/y", "topic/pricing", "metric/referral_fee", "event/fee_change")
    assert [r.id for r in rel.related([fee, fee2])["fee"]] == ["fee2"]  # rarer signals still count
