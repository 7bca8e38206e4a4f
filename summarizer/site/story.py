"""Render one story's pages (one per language and reader: ``storypage``) and its digest entries.

This runs in worker processes: ``init_worker`` loads the project and the
templates once per process, then ``render_chunk`` derives and renders a few
stories at a time. A story's pages depend only on the story and the shared
inputs, so workers need no other story; what the digests, feeds and sitemap
need comes back as small ``StoryOutcome`` records.
"""

from __future__ import annotations

import gc
import logging
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment

from ..digest.group import named_subjects
from ..errors import SummarizerError
from ..model import SourceSpan, Story
from ..vocabulary.glossary import Glossary
from . import cache as sitecache
from . import handover, topics, urls
from .embed import write_embed
from .engine import Engine
from .html import first_point_text, long_date, make_env
from .slots import SlotTemplate
from .storypage import render_story_pages, story_values
from .ui import SiteConfig, load_ui

log = logging.getLogger(__name__)


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
    """Files written, as the worker returns them (moved to the build's
    ``BuildReport.pages_written`` when collected)."""
    tags: Sequence[str] = ()
    """Companies and topics (``topics.story_tags``); an interned tuple once collected."""
    card: str = ""
    tag_names: str = ""
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
        page = story_values(state.ui[lang], brief, rows, story)  # the pages' and the embed's
        for page_rel, html in render_story_pages(state, brief, rows, story, chips, page):
            sitecache.write_file(config.staging, page_rel, html)  # a new file: see spare.py
            outcome.pages.append(page_rel)
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
                sec.persona: [[p.label, "".join(x.text for x in p.alone)] for p in sec.points]
                for sec in brief.sections
            },
            "tags": names,
            # what the digest pages group it by (``digest.group``), with names
            "subjects": named_subjects(story, lang),
        }
    outcome.card = topics.card_key(outcome.entries)
    outcome.tag_names = topics.tag_names_key(outcome.entries)
    # what the digests show of it, for later incremental builds (written here, in parallel)
    outcome.pages.append(sitecache.write_entries(config.staging, sid, outcome.entries))
    return outcome
