"""The listing phase of a build: every page that needs all the stories.

Digests, indexes, glossary, tag and topic pages, the embed demo, feeds,
sitemap, robots.txt, the 404 page, the related stories spliced into story
pages and the search index are planned here from the stories' records and
written where their inputs changed. A whole build (``build``) and the merge
of sharded builds (``shards``) both end with this phase, so a merged site is
the same bytes as one build.

Digest entries are not held for the whole archive: ``EntryCache`` reads them
back from the entry files a page's worth at a time, and pages are written
grouped by page number so a page's stories are read once for all personas.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment

from ..errors import BuildError
from ..vocabulary.glossary import Glossary
from . import cache as sitecache
from . import embed, feeds, publish, related, urls
from . import jobs as sitejobs
from .engine import Engine
from .pages import ListingPlanner, PagePlan, StoryRecord, newest_first
from .search import LiveIndex, search_plans
from .story import StoryOutcome
from .tagpages import TagPlanner
from .ui import SiteConfig, to_hant

Personas = list[tuple[str, dict[str, str]]]


@dataclass(slots=True)
class Stage:
    """What the listing phase works with (a build's or a merge's)."""

    engine: Engine
    project: object
    env: Environment
    ui: dict[str, dict[str, str]]
    config: SiteConfig
    fingerprint: str
    jobs: int
    live: Path
    """The live site: pages not in staging are read from there."""


def write_listings(
    stage: Stage,
    records: dict[str, StoryRecord],
    personas: Personas,
    entry_dirs: list[Path],
    old: sitecache.Manifest | None,
) -> tuple[dict[str, str], list[str], dict[str, int]]:
    """Plan every listing from ``records``, write those whose key is not the
    one in ``old`` (the previous build's manifest, None for a full build);
    returns (rel -> key of every plan, rels written, search index sizes)."""
    old_pages = old.pages if old is not None else {}
    env, ui, config, fingerprint = stage.env, stage.ui, stage.config, stage.fingerprint
    base_url = config.base_url
    ordered = newest_first(list(records.values()))
    store = sitecache.EntryCache(entry_dirs)
    planner = ListingPlanner(env, ui, config, personas, fingerprint, store)
    plans = (
        planner.digests(ordered)
        + planner.indexes(ordered)
        + planner.glossary(stage.engine.glossary_path(), _loaded_glossary(stage.project))
    )
    tagger = TagPlanner(env, ui, config, personas, fingerprint, store)
    plans += tagger.tags(ordered) + tagger.tags_index(ordered)
    newest = ordered[0] if ordered else None
    plans += embed.demo_plans(env, ui, config, newest, fingerprint, stage.live)
    plans += feeds.feed_plans(config.langs, personas, ui, ordered, base_url, fingerprint, store)
    if base_url:  # a sitemap lists absolute URLs: none without a base URL
        plans += feeds.sitemap_plans(_sitemap_entries(plans, ordered, config.langs), base_url)
    plans += [
        publish.robots_plan(base_url),
        publish.not_found_plan(env, ui, config.langs, base_url, config.assets, fingerprint),
    ]
    kept, live_index = _unmoved(records, ordered, old, stage.live)
    # story pages get their related stories now (listed in the sitemap as stories)
    plans += related.related_plans(ui, config, ordered, fingerprint, store, stage.live, kept)
    # search pages are noindex: not in the sitemap
    found, sizes = search_plans(planner, ordered, live_index)
    plans += found
    pending = [plan for plan in plans if old_pages.get(plan.rel) != plan.key]
    sitejobs.write_pages(sorted(pending, key=_page_number), config.staging, stage.jobs)
    store.close()  # no reader left on the live state when the build updates it
    if live_index is not None:
        live_index.old_entries.close()
    return {p.rel: p.key for p in plans}, [plan.rel for plan in pending], sizes


def _unmoved(
    records: dict[str, StoryRecord],
    ordered: list[StoryRecord],
    old: sitecache.Manifest | None,
    live: Path,
) -> tuple[tuple[set[str], dict[str, str]] | None, LiveIndex | None]:
    """When every story of the previous build is still there with its date and
    tags and none was added (an edit, the usual rebuild), the related stories
    and the search index need only the changed stories: the hints for
    ``related_plans`` and ``search_plans``. (None, None) otherwise."""
    if old is None or old.stories.keys() != records.keys():
        return None, None
    for key, r in records.items():
        o = old.stories[key]
        if (o.id, o.published, tuple(o.tags)) != (r.id, r.published, tuple(r.tags)):
            return None, None
    changed = [
        (n, old.stories[r.key], r)
        for n, r in enumerate(ordered)
        if (old.stories[r.key].hash, old.stories[r.key].card) != (r.hash, r.card)
    ]
    old_entries = sitecache.EntryCache([sitecache.live_entries(live)], size=64)
    live_index = LiveIndex(live, old.pages, old.search, changed, old_entries)
    return ({r.id for _, _, r in changed}, old.pages), live_index


def persona_names(
    engine: Engine,
    project: object,
    outcomes: list[StoryOutcome],
    previous: Personas,
) -> Personas:
    """(id, lang -> name) per persona, as the briefs name them (so digests and
    story pages agree), else as the last build did, else from the persona data."""
    said: dict[str, dict[str, str]] = {pid: dict(names) for pid, names in previous}
    for o in sorted(outcomes, key=lambda o: o.key, reverse=True):
        for lang, names in o.names.items():
            for pid, name in names.items():
                said.setdefault(pid, {})[lang] = name
    out = []
    for persona in engine.personas(project):
        urls.check_persona_id(persona.id)
        known = said.get(persona.id, {})
        names = {
            lang: known.get(lang) or to_hant(persona.name.get(lang), lang)
            for lang in urls.SITE_LANGS
        }
        out.append((persona.id, names))
    if not out:
        raise BuildError.at(None, "no personas defined")
    return out


_PAGE = re.compile(r"/(\d+)\.html$")


def _page_number(plan: PagePlan) -> int:
    """Page 2 of every digest after page 1 of every digest, and so on: the
    digests of one page number list the same stories, which EntryCache then
    reads once. Only the order of writing changes, never what is written."""
    found = _PAGE.search(plan.rel)
    return int(found.group(1)) if found else 1


def _loaded_glossary(project: object) -> Glossary | None:
    """The glossary the project already parsed, if it is one (the pipeline's is)."""
    glossary = getattr(project, "glossary", None)
    return glossary if isinstance(glossary, Glossary) else None


def _sitemap_entries(
    plans: list[PagePlan], ordered: list[StoryRecord], langs: Sequence[str]
) -> list[tuple[str, str]]:
    newest = ordered[0].published if ordered else ""
    demos = {urls.embed_demo(lang) for lang in langs}  # noindex: a demo, not content
    # the root is listed as the base URL itself, as its canonical link says
    rels = [
        ("" if p.rel == "index.html" else p.rel, newest)
        for p in plans
        if p.rel.endswith(".html") and p.rel != "404.html" and p.rel not in demos
    ]
    rels += [(urls.story(lang, r.id), r.published) for r in ordered for lang in langs]
    return rels
