"""The embeddable quick read as files: one self-contained fragment per story
and language, links into the site, the demo page hosting it byte for byte."""

from __future__ import annotations

import re
from pathlib import Path

from sitefake import FakeEngine

from summarizer.site import urls
from summarizer.site.build import build_site

SEED = """\
id: story-{n}
published: 2026-01-1{n}
title: {{zh: 标题 {n}, en: "Title {n}"}}
lede: {{zh: 导语。, en: Lede.}}
facts:
  - {{id: f1, value: "5亿元", quote: "<script>alert(1)</script>"}}
"""


def build(tmp_path: Path, base_url: str = "") -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    for n in (1, 2):
        (seeds / f"s{n}.yaml").write_text(SEED.format(n=n), "utf-8")
    out = tmp_path / "site"
    build_site(seeds, out, 1, engine=FakeEngine(), base_url=base_url)
    return out


def test_a_fragment_per_story_and_language(tmp_path: Path) -> None:
    out = build(tmp_path)
    for lang in urls.SITE_LANGS:
        html = (out / urls.embed(lang, "story-1")).read_text("utf-8")
        assert html.count("<quick-read") == 1 and '<template shadowrootmode="open">' in html
        assert "<style>" in html and "<script>" in html  # inline: nothing else to fetch
        assert not re.search(r'(src|href)="(https?:)?//', html)
        assert not re.search(r"<link|@import|url\(", html)
        assert "<script>alert" not in html
        # every section is in the markup (readable without JS); headings under the embed's h2
        assert html.count('<section class="persona"') == 4 and "<h2 " in html and "<h3 " in html
        # fact marks lead to the full page's facts table
        assert 'href="../../' + urls.story(lang, "story-1") + '#fact-f1"' in html


def test_fragment_links_are_absolute_with_a_base_url(tmp_path: Path) -> None:
    out = build(tmp_path, base_url="https://news.example/")
    html = (out / urls.embed("en", "story-2")).read_text("utf-8")
    assert 'href="https://news.example/en/stories/story-2.html"' in html
    assert 'href="https://news.example/en/stories/story-2.html#fact-f1"' in html


def test_demo_hosts_the_newest_fragment_byte_for_byte(tmp_path: Path) -> None:
    out = build(tmp_path, "https://news.example.com/")  # a sitemap needs a base URL
    demo = (out / urls.embed_demo("zh-Hans")).read_text("utf-8")
    assert (out / urls.embed("zh-Hans", "story-2")).read_text("utf-8") in demo
    assert '<meta name="robots" content="noindex">' in demo
    sitemaps = "".join(p.read_text("utf-8") for p in out.rglob("sitemap*.xml"))
    sitemaps += "".join(p.read_text("utf-8") for p in out.glob("sitemaps/*.xml"))
    assert "stories/story-2.html" in sitemaps and "embed-demo" not in sitemaps


def test_removed_story_loses_its_fragment(tmp_path: Path) -> None:
    out = build(tmp_path)
    (tmp_path / "seeds/s2.yaml").unlink()
    build_site(tmp_path / "seeds", out, 1, engine=FakeEngine())
    assert not (out / urls.embed("en", "story-2")).exists()
    demo = (out / urls.embed_demo("en")).read_text("utf-8")
    assert 'data-story="story-1"' in demo
