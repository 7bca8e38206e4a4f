"""The static site, built from fake seeds (see sitefake.py): layout, escaping,
path safety, atomicity, determinism and incremental rebuilds."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from sitefake import FakeEngine

from summarizer.errors import BuildError
from summarizer.site.build import build_site, urls
from summarizer.site.cache import MANIFEST, cache_dir
from summarizer.site.feedcache import FEEDS

SEED = """\
id: {id}
published: {date}
title: {{zh: 智谱市值突破万亿 {n}, en: "Zhipu tops a trillion {n}"}}
lede: {{zh: 本文分析了两家大模型企业。, en: The article compares two model makers.}}
facts:
  - {{id: f1, value: "5.34亿元", quote: "{quote}"}}
  - {{id: f2, value: "130%", quote: "年复合增长率高达130%"}}
"""


def write_seed(
    seeds: Path,
    n: int,
    *,
    sid: str | None = None,
    quote: str = "收入5.34亿元",
    day: int | None = None,
) -> Path:
    path = seeds / f"s{n:03d}.yaml"
    date = f"2026-01-{(day or (n % 28) + 1):02d}"
    path.write_text(SEED.format(id=sid or f"story-{n}", date=date, n=n, quote=quote), "utf-8")
    return path


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    d = tmp_path / "seeds"
    d.mkdir()
    for n in range(1, 4):
        write_seed(d, n)
    return d


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def build(seeds: Path, out: Path, jobs: int = 1, **kw: object) -> object:
    return build_site(seeds, out, jobs, engine=FakeEngine(), **kw)  # type: ignore[arg-type]


def test_story_pages_in_every_language(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(seeds, out)
    for lang in ("zh-Hans", "zh-Hant", "en"):
        html = (out / urls.story(lang, "story-1")).read_text("utf-8")
        assert f'<html lang="{lang}">' in html
        for other in ("zh-Hans", "zh-Hant", "en"):
            assert f'hreflang="{other}" href="../../{other}/stories/story-1.html"' in html
        assert 'aria-current="page"' in html
        assert 'id="persona-seller"' in html and 'href="story-1/seller.html"' in html
        assert 'id="fact-f1"' in html and 'href="#fact-f1"' in html
    assert "<title>Zhipu tops a trillion 1 · Quick Read</title>" in (
        out / "en/stories/story-1.html"
    ).read_text("utf-8")
    assert "2026年1月2日" in (out / "zh-Hans/stories/story-1.html").read_text("utf-8")
    assert "January 2, 2026" in (out / "en/stories/story-1.html").read_text("utf-8")
    assert "賣家" in (out / "zh-Hant/stories/story-1.html").read_text("utf-8")
    for rel in (
        "index.html",
        "404.html",
        "robots.txt",
        "en/stories/story-1/seller.html",
        "en/index.html",
        "zh-Hant/digest/seller/index.html",
        "en/feeds/general.xml",
    ):
        assert (out / rel).is_file(), rel


def test_persona_names_match_in_picker_and_body(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(seeds, out)
    html = (out / "zh-Hant/stories/story-1.html").read_text("utf-8")
    tabs = re.findall(r'data-persona="(\w+)" id="tab-\w+"[^>]*>([^<]+)</a>', html)
    heads = re.findall(r'<h2 id="h-(\w+)">([^<]+)</h2>', html)
    assert tabs and tabs == [(p, n) for p, n in heads if p != "facts"]


def test_fact_text_is_escaped(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_seed(seeds, 1, quote="<script>alert(1)</script> & <b>")
    out = tmp_path / "site"
    build(seeds, out)
    html = (out / "en/stories/story-1.html").read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;" in html
    for page in out.rglob("*.html"):
        assert "<script>alert" not in page.read_text("utf-8")


@pytest.mark.parametrize("bad", ["../evil", "/etc/passwd", "a/b", "..", "Evil", "x" * 101, ""])
def test_story_ids_cannot_escape_the_output(tmp_path: Path, bad: str) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_seed(seeds, 1, sid=repr(bad))
    out = tmp_path / "deep" / "site"
    with pytest.raises(BuildError, match="not a valid slug"):
        build(seeds, out)
    assert not out.exists()
    assert sorted(p.name for p in (tmp_path / "deep").iterdir()) == [".site-lock-site"]


def test_inside_refuses_paths_outside(tmp_path: Path) -> None:
    with pytest.raises(BuildError):
        urls.inside(tmp_path, "../x.html")
    with pytest.raises(BuildError):
        urls.inside(tmp_path, "/etc/x.html")
    assert urls.inside(tmp_path, "en/x.html") == (tmp_path / "en/x.html").resolve()


def test_failed_build_leaves_previous_site_intact(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(seeds, out)
    before = tree(out)
    write_seed(seeds, 2, quote="changed")  # a change that would be written...
    (seeds / "zz.yaml").write_text("explode: true\n", "utf-8")  # ...but this story fails
    with pytest.raises(BuildError, match="zz.yaml.*internal error"):
        build(seeds, out)
    assert tree(out) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site-tmp")] == []
    with pytest.raises(BuildError):
        build(seeds, out, force=True)  # a full build fails the same way
    assert tree(out) == before


def test_refuses_to_replace_a_directory_it_did_not_build(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "precious"
    out.mkdir()
    (out / "thesis.txt").write_text("do not delete", "utf-8")
    with pytest.raises(BuildError, match="refusing to replace"):
        build(seeds, out)
    assert (out / "thesis.txt").read_text("utf-8") == "do not delete"


def test_rebuild_is_byte_identical_serial_and_parallel(seeds: Path, tmp_path: Path) -> None:
    for n in range(4, 30):
        write_seed(seeds, n)
    build(seeds, tmp_path / "a", jobs=1)
    build(seeds, tmp_path / "b", jobs=2)
    build(seeds, tmp_path / "a", jobs=2, force=True)
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_incremental_rebuild_renders_only_what_changed(seeds: Path, tmp_path: Path) -> None:
    for n in range(4, 46):
        write_seed(seeds, n, day=1 + n % 20)
    out = tmp_path / "site"
    first = build(seeds, out)
    assert first.full and len(first.rendered) == 45  # type: ignore[attr-defined]
    again = build(seeds, out)
    assert not again.full and again.rendered == [] and again.pages_written == []  # type: ignore[attr-defined]
    write_seed(seeds, 7, quote="新的引文", day=1 + 7 % 20)
    third = build(seeds, out)
    assert third.rendered == ["story-7"]  # type: ignore[attr-defined]
    written = set(third.pages_written)  # type: ignore[attr-defined]
    assert {urls.story(lang, "story-7") for lang in urls.SITE_LANGS} <= written
    assert not any("/stories/" in w and "story-7" not in w for w in written)
    # only the digest page that lists story 7 (one per persona per language)
    digests = {w for w in written if "/digest/" in w}
    assert len(digests) == 4 * 3
    assert "新的引文" in (out / "zh-Hans/stories/story-7.html").read_text("utf-8")
    # and the result is exactly what a full build makes
    build(seeds, tmp_path / "full")
    assert tree(out) == tree(tmp_path / "full")


def test_template_change_rebuilds_everything(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_site(seeds, out, 1, engine=FakeEngine(version="1"))
    report = build_site(seeds, out, 1, engine=FakeEngine(version="2"))
    assert report.full and len(report.rendered) == 3


def test_removed_story_disappears(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(seeds, out)
    (seeds / "s002.yaml").unlink()
    build(seeds, out)
    assert not (out / "en/stories/story-2.html").exists()
    assert "story-2" not in (out / "en/digest/general/index.html").read_text("utf-8")


def test_digests_paginate_newest_first_and_feeds_are_capped(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(1, 56):
        write_seed(seeds, n, day=1 + n % 28)
    out = tmp_path / "site"
    build(seeds, out, jobs=2)
    # pages are counted from the oldest (paging): 55 = the oldest 20 on page 1,
    # the newest 35 on the front page, which is never nearly empty
    assert (out / "en/digest/seller/1.html").is_file()
    assert not (out / "en/digest/seller/2.html").exists()
    front = (out / "en/digest/seller/index.html").read_text("utf-8")
    dates = re.findall(r'<time datetime="([\d-]+)">', front)
    assert len(dates) == 35 and dates == sorted(dates, reverse=True)
    assert 'rel="next" href="../../../en/digest/seller/1.html"' in front
    assert 'rel="prev"' not in front
    older = (out / "en/digest/seller/1.html").read_text("utf-8")
    old_dates = re.findall(r'<time datetime="([\d-]+)">', older)
    assert len(old_dates) == 20 and max(old_dates) <= min(dates)
    assert 'rel="prev" href="../../../en/digest/seller/index.html"' in older
    assert 'rel="next"' not in older
    # labelled by the dates it spans, oldest to newest
    assert "<span>January 1–" in older and "<title>" in older
    feed = (out / "en/feeds/seller.xml").read_text("utf-8")
    assert feed.count("<entry>") == urls.FEED_SIZE
    assert f"<updated>{dates[0]}T00:00:00Z</updated>" in feed


def test_no_page_loads_anything_from_another_host(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(seeds, out)
    for page in out.rglob("*.html"):
        html = page.read_text("utf-8")
        assert not re.search(r'(src|href)="(https?:)?//', html.replace('rel="noopener"', "")), page
    css = next(out.glob("static/*.css")).read_text("utf-8")
    assert "url(" not in css and "@import" not in css


def test_glossary_page(seeds: Path, tmp_path: Path) -> None:
    gl = tmp_path / "glossary.yaml"
    gl.write_text(
        "terms:\n"
        "  - {id: market_cap, category: finance, zh-Hans: 市值, en: market capitalisation}\n"
        "  - {id: seller, category: persona, zh-Hans: 卖家, en: seller}\n",
        "utf-8",
    )
    out = tmp_path / "site"
    build_site(seeds, out, 1, engine=FakeEngine(glossary=gl))
    html = (out / "zh-Hant/glossary.html").read_text("utf-8")
    assert "市值" in html and "market capitalisation" in html and "賣家" in html


def test_build_cache_is_beside_the_output_not_in_it(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(seeds, out)
    assert (cache_dir(out) / MANIFEST).is_file()
    assert sorted(p.name for p in cache_dir(out).iterdir()) == sorted([MANIFEST, FEEDS])
    conn = sqlite3.connect(cache_dir(out) / MANIFEST)
    ids = [row[0] for row in conn.execute("SELECT id FROM entries ORDER BY id")]
    conn.close()
    assert ids == ["story-1", "story-2", "story-3"]
    hidden = sorted(str(p.relative_to(out)) for p in out.rglob(".*"))
    assert hidden == [".summarizer-site"]  # the ownership marker only: no cache
    assert not list(out.rglob("*.json"))


def test_a_cache_that_is_not_the_live_sites_is_ignored(seeds: Path, tmp_path: Path) -> None:
    """A site restored by hand (or a build killed between the site's switch and
    the cache's) pairs with no manifest: the next build is a full one."""
    out = tmp_path / "site"
    build(seeds, out)
    assert build(seeds, out).full is False  # type: ignore[attr-defined]
    marker = out / ".summarizer-site"
    marker.write_text("built by summarizer 0000\n", "utf-8")
    write_seed(seeds, 2, quote="收入6亿元")
    report = build(seeds, out)
    assert report.full is True  # type: ignore[attr-defined]
    assert (out / "zh-Hans/digest/general/index.html").is_file()
    assert build(seeds, out).full is False  # type: ignore[attr-defined]


def test_progress_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from summarizer.site.jobs import tty_progress

    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert tty_progress() is None


def test_no_staging_or_lock_left_in_the_output(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(seeds, out)
    build(seeds, out)
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site-"))
    # the lock is kept, and empty; the incremental build kept its old tree as the spare
    assert leftovers == [".site-cache-site", ".site-lock-site", ".site-spare-site"]
    assert list((tmp_path / ".site-lock-site").iterdir()) == []
    build(seeds, out, force=True)  # a full build links a spare of its own site
    assert (tmp_path / ".site-spare-site").is_dir()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site-tmp-")]


def test_concurrent_builds_wait_for_each_other(seeds: Path, tmp_path: Path) -> None:
    import threading

    out = tmp_path / "site"
    errors: list[BaseException] = []

    def run() -> None:
        try:
            build(seeds, out)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    build(seeds, tmp_path / "alone")
    assert tree(out) == tree(tmp_path / "alone")


def test_feeds_and_sitemaps_are_well_formed_xml(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_seed(seeds, 1, quote="it's <b> & co")
    out = tmp_path / "site"
    build(seeds, out, base_url="https://example.org/q/")
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(out / "en/feeds/seller.xml").getroot()
    assert feed.find(f"{atom}updated").text == "2026-01-02T00:00:00Z"  # type: ignore[union-attr]
    link = feed.find(f"{atom}entry/{atom}link")
    assert link is not None
    assert link.get("href") == "https://example.org/q/en/stories/story-1.html?persona=seller"
    entry = feed.find(f"{atom}entry")
    assert entry is not None
    assert entry.findtext(f"{atom}published") == entry.findtext(f"{atom}updated")
    content = entry.findtext(f"{atom}content") or ""
    assert content.startswith("<p>") and content.count("<li>") >= 1
    index = ET.parse(out / "sitemap.xml").getroot()
    assert len(index) == 1
    urlset = ET.parse(out / "sitemaps/1.xml").getroot()
    locs = [u[0].text for u in urlset]
    assert "https://example.org/q/zh-Hant/stories/story-1.html" in locs


def test_a_build_that_dies_between_site_and_cache_is_repaired(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.site import cache

    out = tmp_path / "site"
    build(seeds, out)
    write_seed(seeds, 1, quote="收入9亿元")

    def die(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cache, "commit", die)
    with pytest.raises(KeyboardInterrupt):
        build(seeds, out)
    monkeypatch.undo()
    assert "收入9亿元" in (out / "zh-Hans/stories/story-1.html").read_text("utf-8")
    assert cache.load_manifest(out) is None  # the live site's cache never arrived
    assert build(seeds, out).full is True  # type: ignore[attr-defined]
    build(seeds, tmp_path / "fresh")
    assert tree(out) == tree(tmp_path / "fresh")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site-tmp")) == []


def test_removing_a_story_removes_its_readers_pages(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(seeds, out)
    assert (out / urls.story_persona("en", "story-3", "seller")).is_file()
    (seeds / "s003.yaml").unlink()
    report = build(seeds, out)
    assert report.full is False  # type: ignore[attr-defined]
    for lang in urls.SITE_LANGS:
        assert not (out / urls.story(lang, "story-3")).exists()
        assert not (out / f"{lang}/stories/story-3").exists()
        assert (out / urls.story_persona(lang, "story-2", "factory")).is_file()
