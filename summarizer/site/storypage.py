"""The story page and its readers' pages, rendered from one template.

``story.html`` is rendered once per language (with or without a facts
table, as the story's page or as one reader's page) with slot markers, then
filled per story (``slots.SlotTemplate``). A story's page holds every
reader's section; a reader's page (``stories/ID/seller.html``) holds the
Quick Summary and that reader's section: it is the persona link without
JavaScript and the address whose share card shows that reader's version
(a crawler runs no JS, so ``?persona=seller`` would show the story's card).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from .. import languages
from ..model import Brief, Credit, FactRow, Section, Story
from . import topics, urls
from .fragments import CONTEXT_SPAN, byline_html, facts_rows_html, sections_html, tabs_html
from .html import (
    anchor_id,
    fact_refs,
    first_point_text,
    long_date,
    ref_labels,
    sentence_html,
)
from .publish import plain_text
from .slots import SlotTemplate, slot
from .ui import alternates

if TYPE_CHECKING:
    from .story import _Worker

_CJK = re.compile(r"[\u3400-\u9fff]")


def _quote_lang(text: str, lang: str) -> str:
    """The ``lang`` of a quote from the article: the page's if both are Chinese."""
    if not _CJK.search(text):
        return "en"
    return languages.language(lang).html_lang if languages.is_chinese(lang) else "zh-Hans"


def _comma(lang: str) -> str:
    return "，" if languages.is_chinese(lang) else ", "


def citation_order(brief: Brief, rows: list[FactRow]) -> list[FactRow]:
    """The facts the page cites, in the order it first cites them, so the
    numbers a reader meets run [1], [2], [3]... Facts no sentence uses stay
    out of the table (and out of the page's weight)."""
    first: dict[str, int] = {}
    sentences = [brief.lede]
    for section in brief.sections:
        sentences.append(section.framing)
        sentences += [s for p in section.points for s in p.alone]
    for sentence in sentences:
        for fid in sentence.facts:
            first.setdefault(fid, len(first))
    return sorted((r for r in rows if r.id in first), key=lambda r: first[r.id])


def _rows(rows: list[FactRow], story: Story, brief: Brief, lang: str) -> list[dict[str, Any]]:
    refs = fact_refs([r.id for r in rows])
    credits = {c.article: c for c in brief.sources}
    out = []
    for r in rows:
        article = r.article or story.source
        label = _credit_label(credits[article], lang) if article in credits else article
        out.append(
            {
                "number": refs[r.id].number,
                "anchor": refs[r.id].anchor,
                "subject": r.subject,
                "label": r.label,
                "value": r.value,
                "period": r.period,
                "quote": r.quote,
                "quote_lang": _quote_lang(r.quote, lang),
                "article_label": label,
            }
        )
    return out


def _credit_label(c: Credit, lang: str) -> str:
    """Where a quote comes from, as the facts table says it: the outlet and
    the article's date ('亿邦动力，2026年1月17日'), else its file name."""
    parts = [p for p in (c.outlet, long_date(c.published, lang) if c.published else "") if p]
    return _comma(lang).join(parts) if parts else c.article


STORY_SLOTS: tuple[str, ...] = (
    *("title", "share_title", "description", "published"),
    *("byline", "lede", "tabs", "sections", "related", "id"),
)
#: A reader's page of a story has the reader's id in its path too.
PERSONA_SLOTS = STORY_SLOTS + ("persona",)


def story_template(state: _Worker, lang: str, has_facts: bool, persona: bool) -> SlotTemplate:
    """story.html rendered once per language, with or without facts table, as
    the story's page or as one reader's page (``stories/ID/PERSONA.html``)."""
    key = (lang, has_facts, persona)
    if key not in state.pages:
        config = state.config
        sid, pid = str(slot("id")), str(slot("persona"))

        def href(lg: str) -> str:
            return urls.story_persona(lg, sid, pid) if persona else urls.story(lg, sid)

        rel = href(lang)
        context = {
            "lang": lang,
            "ui": state.ui[lang],
            "root": urls.root_prefix(rel),
            "base_url": config.base_url,
            "assets": config.assets,
            "alternates": alternates(config.langs, lang, href),
            "page_rel": rel,
            "canonical_rel": urls.story(lang, sid),
            "persona_page": persona,
            "has_facts": has_facts,
        }
        slots = (PERSONA_SLOTS if persona else STORY_SLOTS) + (("rows",) if has_facts else ())
        # a site's own story.html from before related stories still builds (without them)
        state.pages[key] = SlotTemplate(state.env, "story.html", context, slots, ("related",))
    return state.pages[key]


def story_values(
    ui: dict[str, str], brief: Brief, rows: list[FactRow], story: Story
) -> dict[str, Any]:
    """The per-story slot values of a story page."""
    lang = brief.lang
    rows = citation_order(brief, rows)
    table = _rows(rows, story, brief, lang)
    refs = fact_refs([r.id for r in rows], ref_labels(rows, ui["source"], lang))
    sep = "：" if languages.is_chinese(lang) else ": "
    sid = brief.story
    general = brief.sections[0].persona if brief.sections else ""
    share = _share(ui, general, lambda p: f"{sid}/{p}.html")
    memo: dict[int, str] = {}  # each sentence's HTML, made once for all seven pages
    sections = sections_html(brief.sections, refs, sep, share, "picker", memo)
    return {
        "id": sid,
        "title": brief.title,
        "share_title": brief.title,
        "description": plain_text(brief.lede.text),
        "published": brief.published.isoformat(),
        "byline": byline_html(brief, ui),
        "lede": sentence_html(brief.lede, refs),
        "tabs": tabs_html(
            brief.sections,
            lambda p: f"#{anchor_id('persona', p)}" if p == general else f"{sid}/{p}.html",
        ),
        "sections": sections,
        # the widget shows one section at a time, not even the Quick Summary
        "widget_sections": (
            sections_html(brief.sections, refs, sep, share, "widget", memo)
            if any(p.context for s in brief.sections for p in s.points)
            else sections
        ),
        "rows": facts_rows_html(table, ui, sep),
        "refs": refs,
        "sep": sep,
        "memo": memo,
        "related": topics.EMPTY_RELATED,
    }


def _share(
    ui: dict[str, str], general: str, href: Callable[[str], str]
) -> Callable[[Section], tuple[str, str] | None]:
    """The share link under a reader's section: that reader's page (whose card
    shows their version), worded "分享卖家版" / "Share the version for Sellers"."""

    def link(section: Section) -> tuple[str, str] | None:
        if section.persona == general:
            return None  # the story page itself
        return href(section.persona), ui["share_persona"].replace("{persona}", section.name)

    return link


def persona_values(
    ui: dict[str, str], brief: Brief, values: dict[str, Any], section: Section
) -> dict[str, Any]:
    """One reader's page: the Quick Summary and this reader's section, the
    picker leading to the other readers' pages, a share card with this
    reader's first point."""
    sid, general = brief.story, brief.sections[0]
    version = ui["persona_version"].replace("{persona}", section.name)
    return {
        **values,
        "persona": section.persona,
        "share_title": f"{brief.title} · {version}",
        "description": plain_text(first_point_text(brief, section.persona)),
        "tabs": tabs_html(
            brief.sections,
            lambda p: f"../{sid}.html" if p == general.persona else f"{p}.html",
            section.persona,
        ),
        "sections": sections_html(
            [general, section],
            values["refs"],
            values["sep"],
            _share(ui, general.persona, lambda p: f"{p}.html"),
            memo=values["memo"],
        ),
    }


def render_story_pages(
    state: _Worker,
    brief: Brief,
    rows: list[FactRow],
    story: Story,
    related: Markup = topics.EMPTY_RELATED,
    values: dict[str, Any] | None = None,
) -> list[tuple[str, str]]:
    """(path, html) of a story's page in one language and of each reader's page;
    ``related``: the story page's tag chips (``topics.chips_html``), whose
    related-stories block is spliced in once every story is rendered;
    ``values``: its ``story_values`` if the caller made them (the embed uses them too)."""
    ui = state.ui[brief.lang]
    if values is None:
        values = story_values(ui, brief, rows, story)
    has_facts = bool(values["rows"])
    # the marks are all in the filled values (the lede, the sections): only
    # those are searched, not the whole page (two regex passes over every
    # finished page were ~2% of a 1,000-story build under pyinstrument)
    out = [
        (
            urls.story(brief.lang, brief.story),
            story_template(state, brief.lang, has_facts, False).fill(
                {**values, "related": related}, cite_first()
            ),
        )
    ]
    page = story_template(state, brief.lang, has_facts, True)
    for section in brief.sections[1:]:
        rel = urls.story_persona(brief.lang, brief.story, section.persona)
        out.append((rel, page.fill(persona_values(ui, brief, values, section), cite_first())))
    return out


_MARK = re.compile(r'<a href="#(fact-[\w-]+)" class="ref"')
_REF = 'class="ref"'


def cite_first() -> Callable[[str], str]:
    """Give each fact's first mark on a page the id ``cite-fact-…`` that its
    row's back link (↩) points to: without JS, a reader who followed a mark
    to the facts table gets back to the sentence (issue 11.2). Marks in a
    ``context`` span are passed over: without JS the span is hidden, and its
    sentence is in view in the section that says it. The page is given piece
    by piece, in order (the values ``SlotTemplate.fill`` prints); the pieces
    of one page share what was seen."""
    seen: set[str] = set()

    def mark(m: re.Match[str]) -> str:
        if m.group(1) in seen:
            return m.group(0)
        seen.add(m.group(1))
        return f'<a href="#{m.group(1)}" class="ref" id="cite-{m.group(1)}"'

    def piece(html: str) -> str:
        if _REF not in html:
            return html
        parts = CONTEXT_SPAN.split(html)  # odd parts are the spans
        return "".join(p if i % 2 else _MARK.sub(mark, p) for i, p in enumerate(parts))

    return piece


def render_story_page(
    state: _Worker,
    brief: Brief,
    rows: list[FactRow],
    story: Story,
    related: Markup = topics.EMPTY_RELATED,
) -> str:
    """One story page in one language (the page is all of its sections)."""
    return render_story_pages(state, brief, rows, story, related)[0][1]
