"""`summarizer build` on the real seeds/ through the real pipeline."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.digest.build import build_digest
from summarizer.digest.edition import week_of
from summarizer.digest.words import words
from summarizer.facts.load import load_stories, story_paths
from summarizer.pipeline import load_project
from summarizer.site.build import urls

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not any(SEEDS_DIR.glob("*.yaml")):
        pytest.skip("no seeds in seeds/ yet")
    out = tmp_path_factory.mktemp("real") / "site"
    assert main(["build", str(SEEDS_DIR), "-o", str(out), "--jobs", "2"]) == 0
    return out


def test_every_seed_has_a_page_per_language(real_site: Path) -> None:
    ids = [p.stem for p in SEEDS_DIR.glob("*.yaml")]
    for lang in urls.SITE_LANGS:
        for sid in ids:
            html = (real_site / urls.story(lang, sid)).read_text("utf-8")
            assert f'<html lang="{lang}">' in html


def test_story_pages_show_every_persona_and_their_sources(real_site: Path) -> None:
    for page in real_site.glob("*/stories/*.html"):
        html = page.read_text("utf-8")
        personas = re.findall(r'<section class="persona" id="persona-(\w+)"', html)
        assert personas[0] == "general" and len(personas) == 7, page
        refs = set(re.findall(r'href="#(fact-[\w-]+)"', html))
        rows = set(re.findall(r'<tr id="(fact-[\w-]+)"', html))
        assert refs and refs == rows, page  # every citation has its row, every row is cited


def test_digests_feeds_and_glossary_exist(real_site: Path) -> None:
    for lang in urls.SITE_LANGS:
        assert (real_site / urls.glossary(lang)).is_file()
        for pid in ("general", "seller", "researcher"):
            assert (real_site / urls.digest(lang, pid)).is_file()
            assert (real_site / urls.feed(lang, pid)).is_file()
    assert (real_site / "robots.txt").is_file() and (real_site / "404.html").is_file()
    assert not (real_site / "sitemap.xml").exists()  # no base URL: no sitemap


def test_feed_entries_carry_the_readers_whole_section_and_their_date(real_site: Path) -> None:
    import xml.etree.ElementTree as ET

    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(real_site / urls.feed("zh-Hans", "factory")).getroot()
    entries = {e.findtext(f"{atom}title"): e for e in feed.iter(f"{atom}entry")}
    de_minimis = entries["美国800美元以下小额包裹关税豁免8月29日起永久取消"]
    assert de_minimis.findtext(f"{atom}published") == "2025-08-29T00:00:00Z"
    content = de_minimis.findtext(f"{atom}content") or ""
    from summarizer.facts.load import load_story
    from summarizer.pipeline import make_brief

    brief = make_brief(
        load_project(), load_story(SEEDS_DIR / "us-de-minimis-global-end.yaml"), "zh-Hans"
    )
    points = next(s.points for s in brief.sections if s.persona == "factory")
    assert len(points) >= 2 and content.count("<li>") == len(points)  # every point, not the first
    assert "2025年5月2日美国已先取消" in content and "今年" not in content
    link = de_minimis.find(f"{atom}link")
    assert link is not None and (link.get("href") or "").endswith(".html?persona=factory")


def test_digest_pages_are_weekly_editions_of_the_readers_points(real_site: Path) -> None:
    html = (real_site / urls.digest("zh-Hans", "seller")).read_text("utf-8")
    weeks = re.findall(r"<h2>([^<]+)</h2>", html)
    # the newest week, then TikTok Shop Malaysia's fee (2026-02-05) the week before the rest
    assert weeks[:2] == ["2026年第26周（6月22日至28日）", "2026年第6周（2月2日至8日）"]
    assert 'href="../../../zh-Hans/stories/live-commerce-measures.html?persona=seller"' in html
    assert "新规2026年2月起施行" in html and "下月" not in html
    assert html.count('<ul class="points">') == html.count('<li class="entry">')
    items = re.findall(r"<li><strong>[^<]+</strong>：([^<]+)</li>", html)
    assert items and len(items) == len(set(items))  # no point twice on a page
    hant = (real_site / urls.digest("zh-Hant", "seller")).read_text("utf-8")
    assert "<h2>2026年第26週（6月22日至28日）</h2>" in hant


def test_a_story_with_nothing_for_the_reader_is_its_title_only(real_site: Path) -> None:
    """UPS's rate rise has no point for a factory: its digest page lists it
    by title and byline, as the e-mail does, without a lead to skim past."""
    page = _digest_pages(real_site, "en", "factory")
    entry = page.split("ups-2024-rate-increase.html", 1)[1].split("</li>", 1)[0]
    assert 'class="meta"' in entry and 'class="lead"' not in entry
    general = _digest_pages(real_site, "en", "general")
    assert 'class="lead"' in general.split("ups-2024-rate-increase.html", 1)[1].split("</li>", 1)[0]


def _digest_pages(site: Path, lang: str, persona: str) -> str:
    """A reader's digest pages, newest first: the front page, then the pages
    numbered from the oldest, highest first (with more seeds than a front
    page holds, the oldest stories move to 1.html)."""
    front = site / urls.digest(lang, persona)
    numbered = sorted(front.parent.glob("[0-9]*.html"), key=lambda p: -int(p.stem))
    return "".join(p.read_text("utf-8") for p in [front, *numbered])


def _site_groups(page: str) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """(week heading, [(group heading, story ids)]) as a digest page shows them."""
    weeks = []
    section = re.compile(r'<section class="group">\n<h3>(.*?)</h3>(.*?)</section>', re.S)
    for part in page.split("<h2>")[1:]:
        heading, body = part.split("</h2>", 1)
        body = body.split('<nav class="pager"', 1)[0]
        groups: list[tuple[str, list[str]]] = []
        at = 0
        for m in section.finditer(body):
            # stories listed under no heading (round-ups) between the groups
            if loose := re.findall(r"stories/([a-z0-9-]+)\.html", body[at : m.start()]):
                groups.append(("", loose))
            name = html.unescape(re.sub(r"<[^>]+>", "", m.group(1)))
            groups.append((name, re.findall(r"stories/([a-z0-9-]+)\.html", m.group(2))))
            at = m.end()
        if loose := re.findall(r"stories/([a-z0-9-]+)\.html", body[at:]):
            groups.append(("", loose))
        weeks.append((heading, groups))
    return weeks


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "en"])
def test_digest_pages_group_each_week_as_the_digest_command_does(
    real_site: Path, lang: str
) -> None:
    """Within a week, stories on the same company or topic sit under one heading:
    the same groups, names, counts and order as `summarizer digest` for that week.
    Pages hold a fixed count of stories (``paging``), so a week can run on from
    one page to the next: each page groups the week's stories it shows, as the
    digest of those stories does."""
    project = load_project()
    stories = list(load_stories(story_paths(SEEDS_DIR)))
    shown = _site_groups(_digest_pages(real_site, lang, "seller"))
    assert sum(len(ids) for _, groups in shown for _, ids in groups) == len(stories)
    for heading, groups in shown:
        on_page = [s for s in stories if any(s.id in ids for _, ids in groups)]
        digest = build_digest(project, on_page, "seller", lang, week_of(on_page[0].published))
        assert heading == digest.edition
        # the digest heads round-ups "Other stories"; the site lists them under no heading
        other = words(lang, project.glossary)["unnamed"]
        expected = [
            ("" if g.name == other else f"{g.name} · {g.count}" if g.count else g.name,
             [e.story for e in g.entries])
            for g in digest.groups
        ]
        # a story with nothing for the reader is listed by title where its week has it
        # (the e-mail lists it last, under "Also in this edition"): set aside, the rest
        # group as the digest does
        titles_only = {e.story for e in digest.also}
        kept = [(name, ids) for name, ids in groups if set(ids) - titles_only]
        assert titles_only <= {i for _, ids in groups for i in ids}
        assert kept == expected
    # the Christmas week's three Zhipu/MiniMax stories are one group, not three
    sizes = sorted(len(ids) for _, groups in shown for _, ids in groups)
    assert sizes[-1] == 3 and len(sizes) < len(stories)
