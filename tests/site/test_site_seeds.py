"""`summarizer build` on the real seeds/ through the real pipeline."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.cli import main
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
    assert content.count("<li>") == 3  # every point, not only the first
    assert "2025年5月2日美国已先取消" in content and "今年" not in content
    link = de_minimis.find(f"{atom}link")
    assert link is not None and (link.get("href") or "").endswith(".html?persona=factory")


def test_digest_pages_are_weekly_editions_of_the_readers_points(real_site: Path) -> None:
    html = (real_site / urls.digest("zh-Hans", "seller")).read_text("utf-8")
    weeks = re.findall(r"<h2>([^<]+)</h2>", html)
    assert weeks[:2] == ["2026年第26周（6月22日至28日）", "2026年第3周（1月12日至18日）"]
    assert 'href="../../../zh-Hans/stories/live-commerce-measures.html?persona=seller"' in html
    assert "新规2026年2月起施行" in html and "下月" not in html
    assert html.count('<ul class="points">') == html.count('<li class="entry">')
    items = re.findall(r"<li><strong>[^<]+</strong>：([^<]+)</li>", html)
    assert items and len(items) == len(set(items))  # no point twice on a page
    hant = (real_site / urls.digest("zh-Hant", "seller")).read_text("utf-8")
    assert "<h2>2026年第26週（6月22日至28日）</h2>" in hant
