"""Render one story's pages (one per language) and its digest entries.

This runs in worker processes: ``init_worker`` loads the project and the
templates once per process, then ``render_chunk`` derives and renders a few
stories at a time. A story's pages depend only on the story and the shared
inputs, so workers need no other story; what the digests, feeds and sitemap
need comes back as small ``StoryOutcome`` records.
"""

from __future__ import annotations

import gc
import logging
import re
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from .. import languages
from ..errors import SummarizerError
from ..model import Brief, FactRow, Section, SourceSpan, Story
from ..vocabulary.glossary import Glossary
from . import cache as sitecache
from . import handover, topics, urls
from .embed import write_embed
from .engine import Engine
from .fragments import byline_html, facts_rows_html, sections_html, tabs_html
from .html import (
    anchor_id,
    fact_refs,
    first_point_text,
    long_date,
    make_env,
    ref_labels,
    sentence_html,
)
from .publish import plain_text
from .slots import SlotTemplate, slot
from .ui import SiteConfig, alternates, load_ui

log = logging.getLogger(__name__)
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(slots=True)
class StoryOutcome:
    """What the rest of the build needs to know about one rendered story."""

    key: str
    """The seed file's name (the cache key)."""
    id: str = ""
    published: str = ""
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    """lang -> {title, outlet, date, teasers: {persona: text}, lede,
    points: {persona: [[label, text], ...]}}."""
    names: dict[str, dict[str, str]] = field(default_factory=dict)
    """lang -> persona id -> display name, as the briefs say them."""
    pages: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    """Companies and topics (``topics.story_tags``)."""
    card: str = ""
    error: list[tuple[SourceSpan | None, str]] | None = None
    """Problems as (where, message), as SummarizerError carries them."""


@dataclass(slots=True)
class _Worker:
    config: SiteConfig
    engine: Engine
    project: Any
    env: Environment
    ui: dict[str, dict[str, str]]
    pages: dict[tuple[str, bool, bool], SlotTemplate] = field(default_factory=dict)


_STATE: _Worker | None = None
_PRELOADED: tuple[Any, Environment, dict[str, dict[str, str]]] | None = None


def preload(project: Any, env: Environment, ui: dict[str, dict[str, str]]) -> None:
    """Hand the parent's project and templates to workers forked after this."""
    global _PRELOADED
    env.get_template("story.html")  # compiled once, inherited by every worker
    for lang in ui:
        long_date(date(2000, 1, 1), lang)  # Babel's locale data, loaded once
    _PRELOADED = (project, env, ui)
    # Objects alive now are never freed in the workers: keep the collector off
    # them, so it does not write to (and un-share) the pages they live on.
    gc.freeze()


def init_worker(config: SiteConfig, engine: Engine) -> None:
    """Load the project and templates once per process (or take the preloaded ones)."""
    global _STATE
    if _PRELOADED is not None:
        project, env, ui = _PRELOADED
    else:
        ui = load_ui(config.template_dir)
        project, env = engine.load_project(), make_env(config.template_dir, ui)
    _STATE = _Worker(config, engine, project, env, ui)


def render_chunk(items: list[tuple[str, str]]) -> list[StoryOutcome]:
    """Render the stories at (key, path) pairs; errors come back as data."""
    assert _STATE is not None, "init_worker was not called"
    return [_render_one(_STATE, key, Path(path)) for key, path in items]


def _render_one(state: _Worker, key: str, path: Path) -> StoryOutcome:
    handover.pause_point("render")
    try:
        story = state.engine.load_story(path)
        return render_story(state, key, story)
    except SummarizerError as exc:
        return StoryOutcome(key, error=list(exc.problems))
    except OSError:
        raise  # the output's problem (a full disk), reported once by build_site
    except Exception as exc:  # a bug: one line with the file it happened on; -v has the trace
        log.debug("%s: internal error\n%s", path, traceback.format_exc())
        message = f"internal error (a bug, please report it): {type(exc).__name__}: {exc}"
        return StoryOutcome(key, error=[(SourceSpan(str(path), 1, 1), message[:300])])


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
        sentences += [s for p in section.points for s in p.sentences]
    for sentence in sentences:
        for fid in sentence.facts:
            first.setdefault(fid, len(first))
    return sorted((r for r in rows if r.id in first), key=lambda r: first[r.id])


def _rows(rows: list[FactRow], story: Story, brief: Brief, lang: str) -> list[dict[str, Any]]:
    refs = fact_refs([r.id for r in rows])
    out = []
    for r in rows:
        article = r.article or story.source
        when = long_date(brief.published, lang)
        outlet = f"{brief.outlet}{_comma(lang)}" if brief.outlet else ""
        label = f"{outlet}{when}" if article == story.source else article
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


def render_story(state: _Worker, key: str, story: Story) -> StoryOutcome:
    """Derive the briefs of one story and write its page in each language."""
    config = state.config
    sid = urls.check_story_id(story.id, key)
    outcome = StoryOutcome(key, sid, story.published.isoformat())
    persona_ids = [p.id for p in state.engine.personas(state.project)]
    glossary = getattr(state.project, "glossary", None)
    glossary = glossary if isinstance(glossary, Glossary) else None
    for lang in config.langs:
        brief = state.engine.brief(state.project, story, lang)
        rows = list(state.engine.fact_rows(state.project, story, lang))
        rel = urls.story(lang, sid)
        if not outcome.tags:  # facets are the same in every language
            outcome.tags = topics.story_tags(story, brief, state.ui[lang])
        names = topics.tag_names(story, outcome.tags, lang, state.ui[lang], glossary)
        chips = topics.chips_html(names, lang, urls.root_prefix(rel), state.ui[lang])
        for page_rel, html in render_story_pages(state, brief, rows, story, chips):
            target = urls.inside(config.staging, page_rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
            outcome.pages.append(page_rel)
        page = story_values(state.ui[lang], brief, rows, story)
        outcome.pages.append(write_embed(state.env, state.ui[lang], config, brief, page))
        outcome.names[lang] = {s.persona: s.name for s in brief.sections}
        teasers = {pid: first_point_text(brief, pid) for pid in persona_ids[1:]}
        if persona_ids:
            teasers[persona_ids[0]] = brief.lede.text
        outcome.entries[lang] = {
            "title": brief.title,
            "outlet": brief.outlet,
            "teasers": teasers,
            # each reader's points, for the feeds' full content
            "lede": brief.lede.text,
            "points": {
                sec.persona: [[p.label, "".join(x.text for x in p.sentences)] for p in sec.points]
                for sec in brief.sections
            },
            "tags": names,
        }
    outcome.card = topics.card_key(outcome.entries)
    # what the digests show of it, for later incremental builds (written here, in parallel)
    outcome.pages.append(sitecache.write_entries(config.staging, sid, outcome.entries))
    return outcome


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
        "sections": sections_html(
            brief.sections, refs, sep, _share(ui, general, lambda p: f"{sid}/{p}.html")
        ),
        "rows": facts_rows_html(table, ui, sep),
        "refs": refs,
        "sep": sep,
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
        ),
    }


def render_story_pages(
    state: _Worker,
    brief: Brief,
    rows: list[FactRow],
    story: Story,
    related: Markup = topics.EMPTY_RELATED,
) -> list[tuple[str, str]]:
    """(path, html) of a story's page in one language and of each reader's page;
    ``related``: the story page's tag chips (``topics.chips_html``), whose
    related-stories block is spliced in once every story is rendered."""
    ui = state.ui[brief.lang]
    values = story_values(ui, brief, rows, story)
    story_page = {**values, "related": related}
    has_facts = bool(values["rows"])
    out = [
        (
            urls.story(brief.lang, brief.story),
            story_template(state, brief.lang, has_facts, False).fill(story_page),
        )
    ]
    page = story_template(state, brief.lang, has_facts, True)
    for section in brief.sections[1:]:
        rel = urls.story_persona(brief.lang, brief.story, section.persona)
        out.append((rel, page.fill(persona_values(ui, brief, values, section))))
    return out


def render_story_page(
    state: _Worker,
    brief: Brief,
    rows: list[FactRow],
    story: Story,
    related: Markup = topics.EMPTY_RELATED,
) -> str:
    """One story page in one language (the page is all of its sections)."""
    return render_story_pages(state, brief, rows, story, related)[0][1]
