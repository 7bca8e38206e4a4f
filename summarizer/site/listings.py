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

import gc
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment

from ..errors import BuildError
from ..vocabulary.glossary import Glossary
from . import cache as sitecache
from . import digest_page, embed, feeds, handover, pagekeys, publish, related, urls
from . import jobs as sitejobs
from .delta import Delta
from .edit import find_edit, tag_index
from .engine import Engine
from .entrycache import EntryCache
from .feedcache import FEEDS, FeedMemo
from .pageplan import PagePlan
from .pages import ListingPlanner
from .search import search_plans
from .story import StoryOutcome
from .storyrecord import StoryRecord, newest_first
from .tagpages import TagPlanner
from .ui import SiteConfig, to_hant
from .written import WrittenPaths

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


@dataclass(slots=True)
class Listed:
    """What the listing phase planned and wrote."""

    pages: dict[str, str]
    """rel -> key of every plan."""
    written: WrittenPaths
    """The pages written, held compressed (``written``)."""
    sizes: dict[str, int]
    """lang -> size of its search index."""
    gone: list[str] | None = None
    """For an edit (``Edit``): ``pages`` holds only what was planned, every
    other page of the previous build keeps its key except these, removed."""


def write_listings(
    stage: Stage,
    records: dict[str, StoryRecord],
    personas: Personas,
    entry_dirs: list[Path],
    old: sitecache.Manifest | None,
) -> Listed:
    """Plan the listings from ``records``, write those whose key is not the
    one in ``old`` (the previous build's manifest, None for a full build).

    An edit (``edit.find_edit``: the same stories with the same dates and tags, only
    their content changed) plans only the pages that can show a changed
    story: its digest pages, its tags' pages, its neighbours' related
    blocks, the search index it is in, and the few pages planned whatever
    changed (home pages, feeds, the embed demo); every other page keeps its
    key without being planned, so an edit does not grow with the archive."""
    env, ui, config, fingerprint = stage.env, stage.ui, stage.config, stage.fingerprint
    base_url = config.base_url
    ordered = newest_first(list(records.values()))
    edit = find_edit(records, ordered, old, personas, stage.live)
    old_pages: Mapping[str, str] = {}
    if old is not None:
        old_pages = old.pages if edit is not None else _all_pages(old.pages)
    store = EntryCache(entry_dirs)
    planner = ListingPlanner(env, ui, config, personas, fingerprint, store)
    tagger = TagPlanner(env, ui, config, personas, fingerprint, store)
    # grouped once, for the tag pages and related stories; an edit reads the groups back
    index, groups = tag_index(ordered, edit, stage.live)
    if groups is not None:  # for the state, from a file: not held through the phase
        sitecache.stage_tag_groups(config.staging, groups)
        del groups
    # the order and the groups (a list per tag, ~800,000 references at 50,000
    # stories) live to the end of the phase and hold no cycles: frozen, the
    # collector does not traverse them in each generation (~0.03 s of a
    # one-story rebuild, issue 13); they are freed by their counts as before
    gc.freeze()
    if edit is None:
        plans = planner.digests(ordered) + tagger.tags(index) + tagger.tags_index(index)
    else:
        delta = Delta(edit, ordered, tagger.names)
        plans = planner.digests(ordered, delta.digest_pages())
        plans += tagger.tags(index, delta.tags(), delta.tag_pages)
        if edit.added:  # the tags' story counts changed
            plans += tagger.tags_index(index)
    plans += planner.indexes(ordered) + planner.glossary(
        stage.engine.glossary_path(), _loaded_glossary(stage.project)
    )
    newest = ordered[0] if ordered else None
    plans += embed.demo_plans(env, ui, config, newest, fingerprint, stage.live)
    live_feeds = sitecache.cache_dir(stage.live) / FEEDS
    # a full build's cache replaces the live one: its entries go with it
    save_to = live_feeds if old is not None else config.staging / sitecache.STAGED / FEEDS
    memo = FeedMemo(live_feeds, save_to, fingerprint, base_url)
    feed_plans = feeds.feed_plans(
        config.langs, personas, ui, ordered, base_url, fingerprint, store, memo
    )
    plans += feed_plans
    if base_url and (edit is None or edit.added):  # an edit moves no story: the same sitemap
        listed = [p.rel for p in plans]
        if edit is not None:  # the pages not planned are as the live build listed them
            listed += _listed_before(old_pages, listed)
        plans += feeds.sitemap_plans(_sitemap_entries(listed, ordered, config.langs), base_url)
    plans += [
        publish.robots_plan(base_url),
        publish.not_found_plan(env, ui, config.langs, base_url, config.assets, fingerprint),
    ]
    # The pages are written in three groups, each group's plans (a render
    # function and the stories it lists, a few per story) let go before the
    # next is planned: these listings, the related blocks, the search index.
    # Held together they were most of the peak at 50,000 stories (issue 13:
    # the listings' plans ~44 MB and the related blocks' ~52 MB, sampled).
    pages: dict[str, str] = {}
    written = WrittenPaths()
    _write(plans, old_pages, stage, pages, written)
    memo.save([plan.rel for plan in feed_plans])
    del plans, feed_plans
    digest_page.forget()  # the digest pages are written: their text caches go
    # story pages get their related stories now (listed in the sitemap as stories)
    changed = None if edit is None else [r for _, _, r in edit.changed]
    added = () if edit is None else edit.added
    blocks = related.related_plans(
        ui, config, index, ordered, fingerprint, store, stage.live, changed, added
    )
    del index  # the groups are not held while the search index is built
    _write(blocks, old_pages, stage, pages, written)
    del blocks
    # search pages are noindex: not in the sitemap; a whole index is built in
    # files beside the output (reclaimed like a staging tree if the build dies)
    spill = handover.make_staging(stage.live)
    try:
        found, sizes, replaced = search_plans(planner, ordered, spill, edit)
        _write(found, old_pages, stage, pages, written)
    finally:
        handover.remove(spill)
    store.close()  # no reader left on the live state when the build updates it
    gone = None
    if edit is not None:
        edit.old_entries.close()
        gone = replaced  # what an edit can remove: the index files its patch replaced
    return Listed(pages, written, sizes, gone)


def _write(
    plans: list[PagePlan],
    old_pages: Mapping[str, str],
    stage: Stage,
    pages: dict[str, str],
    written: WrittenPaths,
) -> None:
    """Write the ``plans`` whose key is not the one in ``old_pages``; note
    every plan's key in ``pages`` and the paths written in ``written``."""
    pagekeys.fetch_keys(old_pages, (plan.rel for plan in plans))
    pending = [plan for plan in plans if old_pages.get(plan.rel) != plan.key]
    sitejobs.write_pages(sorted(pending, key=_page_number), stage.config.staging, stage.jobs)
    pages.update((plan.rel, plan.key) for plan in plans)
    written += (plan.rel for plan in pending)


def _all_pages(pages: Mapping[str, str]) -> Mapping[str, str]:
    """Every page key at once (a build that plans every page compares them all)."""
    return pages.all() if isinstance(pages, pagekeys.PageKeys) else pages


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


def _listed_before(old_pages: Mapping[str, str], planned: Sequence[str]) -> list[str]:
    """The listing pages of the live build that ``planned`` leaves out (an
    incremental build plans only the pages it may change): its HTML pages
    but the story pages and the search pages, which a full build's sitemap
    does not take from the listings either."""
    seen = set(planned)
    return [rel for rel in pagekeys.listing_html(old_pages) if rel not in seen]


def _sitemap_entries(
    listed: Sequence[str], ordered: list[StoryRecord], langs: Sequence[str]
) -> list[tuple[str, str]]:
    newest = ordered[0].published if ordered else ""
    demos = {urls.embed_demo(lang) for lang in langs}  # noindex: a demo, not content
    # the root is listed as the base URL itself, as its canonical link says
    rels = [
        ("" if rel == "index.html" else rel, newest)
        for rel in listed
        if rel.endswith(".html") and rel != "404.html" and rel not in demos
    ]
    rels += [(urls.story(lang, r.id), r.published) for r in ordered for lang in langs]
    return rels
