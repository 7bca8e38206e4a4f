"""Atom feeds (one per persona per language) and the sitemap.

Both are plain XML built from escaped strings: no template machinery is
needed for a fixed shape, and nothing in them comes from the clock, so a
rebuild is byte-identical (a feed's <updated> is its newest story's date).
An entry carries the reader's whole section as its content (the lead and
every point) and the story's date as <published>.
Feeds are capped at FEED_SIZE entries and sitemaps are split into files of
SITEMAP_SIZE URLs under a sitemap index.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from html import escape as _escape
from typing import Any

from .. import languages
from ..digest.relative import resolve
from ..writers.xmltext import xml_clean
from . import urls
from .feedcache import FeedMemo
from .html import inline_html
from .pageplan import PagePlan, input_hash, quick_hash
from .storyrecord import StoryRecord


def escape(text: str) -> str:
    """XML-escape text or an attribute value (& < > " ' all become references),
    dropping characters XML cannot carry."""
    return _escape(xml_clean(text), quote=True)


def quoteattr(text: str) -> str:
    """A double-quoted XML attribute value."""
    return f'"{escape(text)}"'


def _abs(base_url: str, rel: str) -> str:
    return (base_url or "/") + rel


def _id(base_url: str, rel: str) -> str:
    """An Atom id: the absolute URL, or a URN when no base URL is configured."""
    return base_url + rel if base_url else "urn:quickread:" + rel


def _stamp(day: str) -> str:
    return f"{day}T00:00:00Z"


def content_html(e: dict[str, Any], persona: str, lang: str, published: str) -> str:
    """An entry's full content: the story's lead and the reader's points, with
    relative dates made absolute (a feed reader shows stories of many dates)."""
    day = date.fromisoformat(published)
    sep = "：" if languages.is_chinese(lang) else ": "

    def text(s: str) -> str:
        return str(inline_html(resolve(s, lang, day)))

    parts = [f"<p>{text(e['lede'])}</p>"] if e.get("lede") else []
    items = [
        f"<li><strong>{text(label)}</strong>{sep}{text(body)}</li>"
        if label
        else f"<li>{text(body)}</li>"
        for label, body in e.get("points", {}).get(persona, [])
    ]
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    return "".join(parts)


def atom(
    lang: str,
    persona: str,
    name: str,
    site_name: str,
    records: Sequence[StoryRecord],
    base_url: str,
    general: str,
    entries: Callable[[StoryRecord], dict[str, dict[str, Any]]],
    memo: FeedMemo | None = None,
) -> str:
    """One persona's feed in one language, newest FEED_SIZE stories.

    With a ``memo``, entries made by an earlier build are taken from the
    build cache (``feedcache``) instead of made again."""
    feed_rel = urls.feed(lang, persona)
    home = _abs(base_url, urls.digest(lang, persona))
    updated = _stamp(records[0].published) if records else "1970-01-01T00:00:00Z"
    xml_lang = languages.language(lang).html_lang
    out = [
        '<?xml version="1.0" encoding="utf-8"?>\n',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{xml_lang}">\n',
        f"<title>{escape(name)} · {escape(site_name)}</title>\n",
        f"<id>{escape(_id(base_url, feed_rel))}</id>\n",
        f'<link rel="self" href={quoteattr(_abs(base_url, feed_rel))}/>\n',
        f'<link rel="alternate" type="text/html" href={quoteattr(home)}/>\n',
        f"<updated>{updated}</updated>\n",
    ]
    shown = records[: urls.FEED_SIZE]

    def make(i: int) -> str:
        r = shown[i]
        return _entry(r, entries(r)[lang], lang, persona, site_name, base_url, general)

    if memo is None:
        out += [make(i) for i in range(len(shown))]
    else:
        # site_name, the base URL and the languages are in the memo's site key
        keys = [f"{r.id}\t{r.hash}\t{r.published}\t{persona == general}" for r in shown]
        out += memo.entries(feed_rel, keys, make)
    out.append("</feed>\n")
    return "".join(out)


def _entry(
    r: StoryRecord,
    e: dict[str, Any],
    lang: str,
    persona: str,
    site_name: str,
    base_url: str,
    general: str,
) -> str:
    """One story's <entry> in a persona's feed."""
    href = urls.story(lang, r.id) + ("" if persona == general else f"?persona={persona}")
    teaser = str(inline_html(e["teasers"].get(persona, "")))
    full = content_html(e, persona, lang, r.published)
    return "".join(
        [
            "<entry>\n",
            f"<title>{escape(e['title'])}</title>\n",
            f"<id>{escape(_id(base_url, urls.story(lang, r.id)))}#{persona}</id>\n",
            f"<link href={quoteattr(_abs(base_url, href))}/>\n",
            f"<published>{_stamp(r.published)}</published>\n",
            f"<updated>{_stamp(r.published)}</updated>\n",
            f"<author><name>{escape(e['outlet'] or site_name)}</name></author>\n",
            f'<summary type="html">{escape(teaser)}</summary>\n',
            f'<content type="html">{escape(full)}</content>\n',
            "</entry>\n",
        ]
    )


def feed_plans(
    langs: Sequence[str],
    personas: Sequence[tuple[str, dict[str, str]]],
    ui: dict[str, dict[str, str]],
    ordered: Sequence[StoryRecord],
    base_url: str,
    fingerprint: str,
    entries: Callable[[StoryRecord], dict[str, dict[str, Any]]],
    memo: FeedMemo | None = None,
) -> list[PagePlan]:
    """A plan per persona per language; only the newest stories count.
    ``memo``: entries kept by earlier builds (``feedcache``)."""
    latest = list(ordered[: urls.FEED_SIZE])
    general = personas[0][0]
    plans = []
    for lang in langs:
        for pid, names in personas:
            rel = urls.feed(lang, pid)
            key = input_hash(fingerprint, rel, [(r.id, r.hash) for r in latest], names)

            def render(lang: str = lang, pid: str = pid, name: str = names[lang]) -> str:
                site_name = ui[lang]["site_name"]
                return atom(lang, pid, name, site_name, latest, base_url, general, entries, memo)

            plans.append(PagePlan(rel, key, render))
    return plans


def sitemap_plans(rels: Sequence[tuple[str, str]], base_url: str) -> list[PagePlan]:
    """sitemap.xml (an index) and sitemaps/N.xml; ``rels`` are (path, lastmod)."""
    ordered = sorted(rels)
    plans = []
    names = []
    for n, start in enumerate(range(0, max(len(ordered), 1), urls.SITEMAP_SIZE), 1):
        chunk = ordered[start : start + urls.SITEMAP_SIZE]
        rel = f"sitemaps/{n}.xml"
        key = quick_hash(base_url + "\n".join(f"{r}\t{m}" for r, m in chunk))
        plans.append(PagePlan(rel, key, partial(_urlset, chunk, base_url)))
        names.append(rel)
    index = [
        '<?xml version="1.0" encoding="utf-8"?>\n',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
    ]
    index += [f"<sitemap><loc>{escape(_abs(base_url, rel))}</loc></sitemap>\n" for rel in names]
    index.append("</sitemapindex>\n")
    body = "".join(index)
    plans.append(PagePlan("sitemap.xml", quick_hash(body), lambda: body))
    return plans


def _urlset(chunk: Sequence[tuple[str, str]], base_url: str) -> str:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>\n',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
    ]
    for rel, lastmod in chunk:
        mod = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        lines.append(f"<url><loc>{escape(_abs(base_url, rel))}</loc>{mod}</url>\n")
    lines.append("</urlset>\n")
    return "".join(lines)
