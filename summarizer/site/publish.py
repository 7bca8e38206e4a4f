"""What a web host and the sites that link to us need besides the pages:
share-card wording, ``robots.txt``, ``404.html``, and the warning when a
build cannot say where it will be published.

Canonical links, ``og:url``, sitemaps and the ``Sitemap:`` line of
robots.txt are absolute URLs by definition (sitemaps.org and the Open Graph
protocol refuse relative ones), so they exist only with a base URL. Without
one the site is still complete for a preview or a ``file://`` read, and
nothing in it claims an address it does not know.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from functools import lru_cache

from babel import Locale
from babel.core import get_global
from jinja2 import Environment

from .. import languages
from . import urls
from .html import inline_str
from .pageplan import PagePlan, input_hash
from .ui import alternates

log = logging.getLogger(__name__)
_TAG = re.compile(r"<[^>]*>")
_warned = False


@lru_cache(maxsize=16)
def og_locale(code: str) -> str:
    """Open Graph's ``language_TERRITORY`` for a site language: zh_CN, zh_TW,
    en_US (a language without a territory takes CLDR's likely one)."""
    loc = Locale.parse(languages.language(code).babel)
    territory = loc.territory
    if not territory:
        likely = str(get_global("likely_subtags").get(loc.language, ""))
        territory = likely.rsplit("_", 1)[-1] if "_" in likely else ""
    return f"{loc.language}_{territory}" if territory else loc.language


def plain_text(text: str) -> str:
    """A sentence's inline Markdown as plain text, for meta descriptions:
    ``**5%**`` becomes ``5%`` (the value is escaped once, by the template)."""
    return html.unescape(_TAG.sub("", inline_str(text)))


def warn_without_base_url(base_url: str) -> None:
    """Say once per process that the site is not publishable as built (``serve``
    rebuilds on every change and would repeat it)."""
    global _warned
    if base_url or _warned:
        return
    _warned = True
    log.warning(
        "no --base-url: building without canonical URLs, share-card URLs, sitemap or "
        "robots.txt Sitemap line (fine for a preview; give --base-url https://…/ to publish)"
    )


def robots_plan(base_url: str) -> PagePlan:
    """robots.txt: everything may be crawled; the sitemap's address when known."""
    text = "User-agent: *\nAllow: /\n"
    if base_url:
        text += f"\nSitemap: {base_url}sitemap.xml\n"
    return PagePlan("robots.txt", input_hash("robots.txt", text), lambda: text)


def not_found_plan(
    env: Environment,
    ui: dict[str, dict[str, str]],
    langs: Sequence[str],
    base_url: str,
    assets: dict[str, str],
    fingerprint: str,
) -> PagePlan:
    """404.html at the root, in every site language. A web server sends it for
    any missing path, at any depth, so its links start at the site's root:
    the base URL, else ``/`` (the only prefix that works from every depth)."""
    root = base_url or "/"
    texts = [
        {
            "lang": lang,
            "ui": ui[lang],
            "home": urls.index(lang),
            "glossary": urls.glossary(lang),
        }
        for lang in langs
    ]
    first = urls.x_default(langs)
    texts.sort(key=lambda t: t["lang"] != first)

    def render() -> str:
        return env.get_template("404.html").render(
            texts=texts,
            root=root,
            assets=assets,
            lang=first,
            alternates=alternates(langs, "", urls.index),
        )

    return PagePlan("404.html", input_hash(fingerprint, "404.html", root), render)
