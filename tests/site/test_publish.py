"""A publishable site (issue 8.3) and the persona link's pages (issue 11.1):
canonical URLs, hreflang, share cards per story and per reader, sitemaps
valid against the sitemaps.org XSDs, robots.txt, 404.html, and what a build
without a base URL leaves out."""

from __future__ import annotations

import logging
import re
import socket
from html.parser import HTMLParser
from pathlib import Path

import pytest
import xmlschema
from sitefake import FakeEngine

from summarizer.site import publish
from summarizer.site.build import build_site, urls

DATA = Path(__file__).resolve().parent.parent / "data"
BASE = "https://news.example.org/quick/"
SEED = """\
id: story-{n}
published: 2026-01-0{n}
title: {{zh: 智谱市值突破万亿 {n}, en: "Zhipu tops a trillion {n}"}}
lede: {{zh: 本文分析了两家大模型企业。, en: "The article compares **two** model makers."}}
facts:
  - {{id: f1, value: "5.34亿元", quote: "收入5.34亿元"}}
  - {{id: f2, value: "130%", quote: "年复合增长率高达130%"}}
"""
PERSONAS = ("brand", "seller", "factory")
NAMES = ("品牌商", "卖家", "工厂")


class Head(HTMLParser):
    """The <link> and <meta> tags of a page, as (rel or property or name) -> values."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "link":
            key = a.get("rel", "") + (f":{a['hreflang']}" if "hreflang" in a else "")
            self.tags.setdefault(key, []).append(a.get("href", ""))
        elif tag == "meta" and ("property" in a or "name" in a):
            key = a.get("property") or a.get("name", "")
            self.tags.setdefault(key, []).append(a.get("content", ""))


def head(path: Path) -> dict[str, list[str]]:
    parser = Head()
    parser.feed(path.read_text("utf-8"))
    return parser.tags


def make_site(tmp_path: Path, base_url: str, name: str = "site") -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    for n in (1, 2):
        (seeds / f"s{n}.yaml").write_text(SEED.format(n=n), "utf-8")
    out = tmp_path / name
    build_site(seeds, out, 1, engine=FakeEngine(), base_url=base_url)
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_site(tmp_path_factory.mktemp("pub"), BASE)


@pytest.fixture(scope="module")
def bare(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_site(tmp_path_factory.mktemp("bare"), "")


def pages(out: Path) -> list[Path]:
    """Every page a search engine should index: not the 404 page, not the embed
    fragments (no <head>: they live inside a newsroom's page) nor their noindex demo."""
    return sorted(
        p
        for p in out.rglob("*.html")
        if p.name != "404.html" and not {"embed", "embed-demo"} & set(p.relative_to(out).parts)
    )


def test_every_page_has_an_absolute_canonical_url(site: Path) -> None:
    for page in pages(site):
        rel = page.relative_to(site).as_posix()
        canonical = head(page)["canonical"]
        if rel == "index.html":
            assert canonical == [BASE]
        elif re.fullmatch(r"[\w-]+/stories/[\w-]+/\w+\.html", rel):  # a reader's page
            assert canonical == [BASE + rel.rsplit("/", 1)[0] + ".html"]
        else:
            assert canonical == [BASE + rel], rel


def test_hreflang_alternates_with_x_default(site: Path) -> None:
    tags = head(site / "zh-Hans/stories/story-1.html")
    for lang in urls.SITE_LANGS:
        assert tags[f"alternate:{lang}"] == [BASE + urls.story(lang, "story-1")]
    assert tags["alternate:x-default"] == [BASE + "en/stories/story-1.html"]
    assert head(site / "index.html")["alternate:x-default"] == [BASE]
    assert head(site / "en/digest/seller/index.html")["alternate:zh-Hant"] == [
        BASE + "zh-Hant/digest/seller/index.html"
    ]


def test_story_share_card(site: Path) -> None:
    tags = head(site / "en/stories/story-1.html")
    assert tags["og:type"] == ["article"]
    assert tags["og:title"] == tags["twitter:title"] == ["Zhipu tops a trillion 1"]
    # the lede, as plain text (its Markdown emphasis does not show as asterisks)
    assert tags["og:description"] == ["The article compares two model makers."]
    assert tags["twitter:description"] == tags["og:description"] == tags["description"]
    assert tags["og:url"] == [BASE + "en/stories/story-1.html"]
    assert tags["og:site_name"] == ["Quick Read"]
    assert tags["og:locale"] == ["en_US"]
    assert sorted(tags["og:locale:alternate"]) == ["zh_CN", "zh_TW"]
    assert tags["twitter:card"] == ["summary"]  # no image: the small card
    assert "og:image" not in tags and "twitter:image" not in tags
    assert tags["article:published_time"] == ["2026-01-01"]
    assert head(site / "zh-Hant/stories/story-1.html")["og:locale"] == ["zh_TW"]


@pytest.mark.parametrize("lang", ["zh-Hans", "en"])
@pytest.mark.parametrize("pid", PERSONAS)
def test_each_reader_has_a_page_with_its_own_share_card(site: Path, lang: str, pid: str) -> None:
    rel = urls.story_persona(lang, "story-2", pid)
    page = site / rel
    html = page.read_text("utf-8")
    # the Quick Summary and this reader's section, no one else's
    shown = re.findall(r'<section class="persona" id="persona-(\w+)"', html)
    assert shown == ["general", pid]
    first = re.search(rf'id="persona-{pid}".*?<li>(.*?)</li>', html, re.S)
    assert first is not None
    point = re.sub(r"<sup>.*?</sup>|<[^>]+>", "", first.group(1))
    tags = head(page)
    assert tags["og:description"] == [point] == tags["twitter:description"]
    assert tags["og:url"] == [BASE + rel]
    assert tags["og:title"][0].startswith(("智谱市值突破万亿 2 · ", "Zhipu tops a trillion 2 · "))
    name = re.search(rf'id="h-{pid}">([^<]+)<', html)
    assert name is not None and name.group(1) in tags["og:title"][0]
    # the picker: links to the other readers' pages, this one current
    assert re.search(rf'href="{pid}.html" data-persona="{pid}"[^>]*aria-current="page"', html)
    assert 'href="../story-2.html" data-persona="general"' in html
    assert "data-picker" not in html  # plain links: no tabs on a reader's page
    assert f'data-persona-page="{pid}"' in html


def test_story_page_picker_links_lead_to_the_readers_pages(site: Path) -> None:
    html = (site / "zh-Hans/stories/story-1.html").read_text("utf-8")
    for pid in PERSONAS:
        assert f'href="story-1/{pid}.html" data-persona="{pid}"' in html
        assert (site / "zh-Hans/stories/story-1" / f"{pid}.html").is_file()
    assert 'class="reread" href="#title"' in html and '<h1 id="title"' in html
    # a share link under each reader's section, to the page its share card describes
    shares = re.findall(r'<a href="([^"]+)" data-share>([^<]+)</a>', html)
    assert shares == [
        (f"story-1/{p}.html", f"分享{n}版") for p, n in zip(PERSONAS, NAMES, strict=True)
    ]
    own = (site / "en/stories/story-1/seller.html").read_text("utf-8")
    assert re.findall(r'<a href="([^"]+)" data-share>([^<]+)</a>', own) == [
        ("seller.html", "Share the version for Seller")
    ]


def test_sitemaps_are_valid_against_the_sitemaps_org_schemas(site: Path) -> None:
    index = xmlschema.XMLSchema(DATA / "siteindex.xsd")
    urlset = xmlschema.XMLSchema(DATA / "sitemap.xsd")
    index.validate(site / "sitemap.xml")
    locs = index.to_dict(site / "sitemap.xml")["sitemap"]  # type: ignore[index]
    listed: list[str] = []
    for entry in locs:
        assert entry["loc"].startswith(BASE)
        part = site / entry["loc"][len(BASE) :]
        urlset.validate(part)
        listed += [u["loc"] for u in urlset.to_dict(part)["url"]]  # type: ignore[index]
    assert BASE + "en/stories/story-1.html" in listed
    assert all(u.startswith(BASE) for u in listed)
    assert not [u for u in listed if "/stories/story-1/" in u]  # readers: canonical elsewhere
    assert BASE + "404.html" not in listed
    assert BASE in listed and BASE + "index.html" not in listed  # as its canonical link says


def test_the_schemas_refuse_what_we_used_to_write() -> None:
    bad = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>/en/index.html</loc><lastmod></lastmod></url></urlset>"
    )
    assert not xmlschema.XMLSchema(DATA / "sitemap.xsd").is_valid(bad)


def test_robots_txt(site: Path, bare: Path) -> None:
    assert (site / "robots.txt").read_text("utf-8") == (
        f"User-agent: *\nAllow: /\n\nSitemap: {BASE}sitemap.xml\n"
    )
    assert (bare / "robots.txt").read_text("utf-8") == "User-agent: *\nAllow: /\n"


def test_404_page_in_every_language(site: Path, bare: Path) -> None:
    html = (site / "404.html").read_text("utf-8")
    assert '<meta name="robots" content="noindex">' in html
    for lang in urls.SITE_LANGS:
        assert f'<section lang="{lang}"' in html
        assert f'href="{BASE}{lang}/index.html"' in html
    assert "Page not found" in html and "找不到这个页面" in html and "找不到這個頁面" in html
    assert f'href="{BASE}static/site.' in html  # assets from the root, at any depth
    assert 'href="/en/index.html"' in (bare / "404.html").read_text("utf-8")
    assert "canonical" not in html


def test_without_a_base_url_nothing_claims_to_be_absolute(bare: Path) -> None:
    assert not (bare / "sitemap.xml").exists() and not (bare / "sitemaps").exists()
    for page in pages(bare):
        tags = head(page)
        assert "canonical" not in tags and "og:url" not in tags, page
        for values in tags.values():
            assert not [v for v in values if v.startswith(("http:", "https:"))], page


def test_without_a_base_url_the_build_warns_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(publish, "_warned", False)
    with caplog.at_level(logging.WARNING):
        make_site(tmp_path, BASE, "a")
        assert not caplog.records
        make_site(tmp_path, "", "b")
        make_site(tmp_path, "", "b")
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "--base-url" in warnings[0]


def test_og_locale() -> None:
    assert [publish.og_locale(c) for c in ("zh-Hans", "zh-Hant", "en")] == [
        "zh_CN",
        "zh_TW",
        "en_US",
    ]


def test_serve_on_a_busy_port_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarizer.cli import main

    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        status = main(["serve", str(tmp_path), "-o", str(tmp_path / "out"), "--port", str(port)])
    err = capsys.readouterr().err
    assert status == 2
    assert re.fullmatch(rf"error: port {port} is in use; try --port \d+\n", err), err
    suggested = int(err.rsplit(" ", 1)[1])
    assert suggested != port


def test_every_language_page_links_its_feed(site: Path) -> None:
    """Feed links on every page (issue 11.3): in <head> for readers' apps, in the footer."""
    for page in pages(site):
        rel = page.relative_to(site).as_posix()
        if "/" not in rel:  # the root page chooses a language; it has no feed of its own
            continue
        html = page.read_text("utf-8")
        head = html.split("</head>", 1)[0]
        atom = r'<link rel="alternate" type="application/atom\+xml"[^>]*feeds/'
        assert re.search(atom, head), rel
        footer = html.split('<footer class="site">', 1)[1]
        assert re.search(r'feeds/[\w-]+\.xml" type="application/atom\+xml"', footer), rel
