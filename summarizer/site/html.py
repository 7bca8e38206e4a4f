"""Brief -> HTML fragments, and the one Jinja2 environment the site uses.

A Brief is already structured (sections, points, sentences with fact ids),
so the page structure is built by templates, never by parsing Markdown.
Markdown is used only where it can mean something: *inline* in a sentence's
text, through markdown-it-py with raw HTML, images, links and autolinks
disabled: fact text is the editor's (or an attacker's) and renders as text
with emphasis, never as a request to another host (issue 12 saw
``![x](https://…)`` become a tracking pixel on story, digest and index
pages). The only links to other hosts are the declared source URLs, checked
by ``urls.web_url``. Most sentences contain
no Markdown syntax at all, and for those markdown-it would only escape
``& < > "``; ``inline_html`` takes that shortcut itself (the equivalence is
property-tested against markdown-it), which is where the benchmark's 85% of
time in Markdown went.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from .. import languages
from ..model import Brief, FactRow, Sentence
from ..realise.bytecode import bytecode_cache
from . import urls
from .urls import web_url

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

#: Characters that can start inline Markdown syntax (or an entity, or a hard
#: break). Text without any of them renders as escaped text.
_MD_SYNTAX = re.compile(r"[\\`*_\[\]!<>&\n\r\x00]")
#: The same but ``&``: an ``&`` that starts no character reference
#: (``_ENTITY``: "R&D", "P&G") is text, and markdown-it only escapes it.
_MD_SYNTAX_BUT_AMP = re.compile(r"[\\`*_\[\]!<>\n\r\x00]")
#: What could start an entity or a numeric character reference (wider than
#: markdown-it's rule: ``&#`` of any kind, a named one whether it exists or not).
_ENTITY = re.compile(r"&(?:#|[A-Za-z0-9]+;)")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def inline_str(text: str) -> str:
    """``inline_html`` as a plain str, for the fragment builders' hot loops."""
    if _MD_SYNTAX.search(text) is None:
        return text.replace('"', "&quot;") if '"' in text else text
    if _MD_SYNTAX_BUT_AMP.search(text) is None and _ENTITY.search(text) is None:  # "R&D"
        return text.replace("&", "&amp;").replace('"', "&quot;")
    return str(_markdown().renderInline(text))


#: Inline rules that would make fact text fetch or link to something.
FOREIGN_RULES = ("image", "link", "autolink", "html_inline")


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    """markdown-it with raw HTML, images and links off, built on first use
    (most text never needs it)."""
    import markdown_it

    return markdown_it.MarkdownIt("commonmark", {"html": False}).disable(list(FOREIGN_RULES))


def inline_html(text: str) -> Markup:
    """Render one sentence's inline Markdown as safe HTML.

    >>> inline_html("市值 <b>5</b> 亿")
    Markup('市值 &lt;b&gt;5&lt;/b&gt; 亿')
    """
    return Markup(inline_str(text))


def anchor_id(prefix: str, raw: str) -> str:
    """A safe HTML id: ``anchor_id("fact", "zp rev<1>")`` -> ``"fact-zp_rev_1_"``."""
    return f"{prefix}-{_ID_UNSAFE.sub('_', raw)}"


@lru_cache(maxsize=4096)
def long_date(day: date, lang: str) -> str:
    """A reader's date: 2026年6月25日 / June 25, 2026 (the language's own Babel
    locale, explicit: never the process locale)."""
    return format_date(day, format="long", locale=languages.language(lang).babel)


@dataclass(frozen=True, slots=True)
class FactRef:
    """A fact as cited in one page: its number in the facts table and anchor."""

    number: int
    anchor: str
    label: str = ""
    """What a screen reader says for the mark: "source 2: 招股书显示…" (else "[2]")."""


def sentence_str(sentence: Sentence, refs: Mapping[str, FactRef]) -> str:
    """A sentence followed by superscript links to the facts behind it (safe HTML).

    A span's trailing space goes after its links, so a citation sits against
    the words it backs: "5% of its shares;[17] after the lock-up …".
    """
    words = sentence.text.rstrip()
    trail = sentence.text[len(words) :]
    cited = sorted({refs[f].number: refs[f] for f in sentence.facts if f in refs}.items())
    if not cited:
        return inline_str(sentence.text)
    links = "".join(
        f'<a href="#{r.anchor}" class="ref" aria-label="{escape(r.label or f"[{n}]")}">{n}</a>'
        for n, r in cited
    )
    return f"{inline_str(words)}<sup>{links}</sup>{trail}"


def sentence_html(sentence: Sentence, refs: Mapping[str, FactRef]) -> Markup:
    """``sentence_str`` marked safe, for templates."""
    return Markup(sentence_str(sentence, refs))


def fact_refs(fact_ids: list[str], labels: Mapping[str, str] | None = None) -> dict[str, FactRef]:
    """Number the facts of a page in facts-table order; ``labels``: fact id ->
    the passage its mark is read out with ("source 2: <label>")."""
    return {
        fid: FactRef(i, anchor_id("fact", fid), (labels or {}).get(fid, ""))
        for i, fid in enumerate(fact_ids, 1)
    }


def ref_labels(rows: Sequence[FactRow], word: str, lang: str, limit: int = 40) -> dict[str, str]:
    """The accessible name of each fact's mark: "来源 2：<start of its quote>…"."""
    sep = "：" if languages.is_chinese(lang) else ": "
    out = {}
    for i, r in enumerate(rows, 1):
        quote = " ".join(r.quote.split())
        short = quote if len(quote) <= limit else quote[: limit - 1] + "…"
        out[r.id] = f"{word} {i}{sep}{short}" if short else f"{word} {i}"
    return out


def first_point_text(brief: Brief, persona: str) -> str:
    """Plain-text teaser of a persona's section: its first point's label and
    the first sentence it says to this reader (``Point.own``), else its
    framing sentence (for digests, feeds and a reader page's share card)."""
    for section in brief.sections:
        if section.persona != persona:
            continue
        for point in section.points:
            if point.alone:
                first = point.own[0].text.rstrip(" ")
                return f"{point.label}{_label_sep(brief.lang)}{first}"
        return section.framing.text
    return brief.lede.text


def _label_sep(lang: str) -> str:
    return "：" if languages.is_chinese(lang) else ": "


def _x_default(alts: Any) -> Any:
    """The alternate hreflang's ``x-default`` names (see ``urls.x_default``)."""
    lang = urls.x_default([a.lang for a in alts])
    return next(a for a in alts if a.lang == lang)


def make_env(template_dir: Path, ui: Mapping[str, Mapping[str, str]]) -> Environment:
    """The site's Jinja2 environment: autoescape on, undefined names fail."""
    env = Environment(
        loader=FileSystemLoader(str(template_dir)),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=bytecode_cache(),
    )
    filters: dict[str, Callable[..., Any]] = {
        "md_inline": inline_html,
        "long_date": long_date,
        "sentence": sentence_html,
        "anchor": lambda raw, prefix: anchor_id(prefix, raw),
        "web_url": web_url,
        "html_lang": lambda code: languages.language(code).html_lang,
        "x_default": _x_default,
    }
    from .fragments import entries_html  # fragments builds on this module
    from .publish import og_locale

    filters["og_locale"] = og_locale

    filters["entries_html"] = entries_html
    env.filters.update(filters)
    env.globals["ui_strings"] = ui
    env.globals["escape"] = escape
    return env
