"""``summarizer build``: the whole static site, atomically and incrementally.

The build is one function calling its stages in order:

1. read: list the seed files, hash them, load the previous manifest and
   decide which stories must be (re)rendered;
2. derive: each such story is loaded, briefed in every language and its
   pages rendered into the staging dir, in parallel (``--jobs``); the
   results come back as small records merged in a fixed order;
3. plan the listings (digests, indexes, feeds, glossary, sitemap) from all
   records, and render those whose inputs changed (``listings``);
4. hand over (``handover``): complete the staging tree (an incremental
   build hard-links the unchanged files of the live site) and switch it
   in as a whole; then the build cache, which lives beside the output and
   is never published (``cache``).

Nothing touches the output directory before step 4, step 4 is one atomic
switch, and nothing in the output depends on the clock or on the order
workers finish in. Leftovers of a killed build are reclaimed first.

``shard=(k, n)`` stops after step 2 for the seed files of shard k of n, and
``shards.merge_shards`` does steps 3 and 4 for all the shards at once
(docs/sharding.md). What the merge shares with a build -- the output
directory, the fingerprint, opening the stage and step 4's ``finish`` --
is in ``stage.py``; this module decides what to render and renders it.
"""

from __future__ import annotations

import gc
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import TEMPLATES_DIR
from . import cache as sitecache
from . import handover, listings, publish, shards, spare, urls
from . import jobs as sitejobs
from .assets import copy_assets
from .engine import Engine, PipelineEngine
from .lock import locked
from .records import merge_outcomes, stale_files
from .seeds import changed_names, read_seeds
from .stage import finish, open_stage, real_out, site_fingerprint
from .story import preload
from .written import WrittenPaths

log = logging.getLogger(__name__)
SITE_TEMPLATES = TEMPLATES_DIR / "site"


@dataclass(slots=True)
class BuildReport:
    """What a build did (the tests count renders with it)."""

    stories: int = 0
    rendered: list[str] = field(default_factory=list)
    """Ids of the stories rendered by this build."""
    pages_written: WrittenPaths = field(default_factory=WrittenPaths)
    """Every file written (story pages, listings, feeds, assets), held
    compressed (``written``): a list of strings grew with the archive."""
    full: bool = True


def build_site(
    seeds_dir: Path,
    out_dir: Path,
    jobs: int | None = None,
    *,
    engine: Engine | None = None,
    template_dir: Path = SITE_TEMPLATES,
    base_url: str = "",
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    langs: tuple[str, ...] = urls.SITE_LANGS,
    shard: tuple[int, int] | None = None,
    changed: Sequence[str | os.PathLike[str]] | None = None,
) -> BuildReport:
    """Build the site for the seeds in ``seeds_dir`` into ``out_dir`` (in ``langs``).

    ``shard=(k, n)``: only the story pages of shard ``k`` of ``n`` and no
    listings, for ``shards.merge_shards`` to combine (docs/sharding.md).
    ``changed``: the seed files that changed since the last build (edited,
    added or removed), when the caller knows; the others are not looked at
    (``seeds.changed_names``). Ignored when the build is a full one.

    What outlives the build's phases is left frozen for the collector
    (``gc.freeze``); a process that goes on building, as ``serve`` does,
    calls ``settle()`` between builds."""
    engine = engine or PipelineEngine()
    jobs = jobs or os.cpu_count() or 1
    urls.check_base_url(base_url)
    if shard is not None:
        shards.check_shard(*shard)
    out_dir = real_out(out_dir)
    try:
        with locked(out_dir):
            handover.reclaim(out_dir)
            report = _build(
                Path(seeds_dir),
                out_dir,
                jobs,
                engine,
                template_dir,
                base_url,
                force,
                progress,
                langs,
                shard,
                changed,
            )
    except OSError as exc:
        raise handover.io_error(exc, out_dir) from None
    if shard is None:  # a shard is not published
        publish.warn_without_base_url(base_url)  # after the build: a failed one says one thing
    return report


def settle() -> None:
    """Give back to the collector what builds froze, and collect: for a
    process that goes on after a build (``serve``, while it waits for the
    next change). A build freezes what outlives its phases (``gc.freeze``:
    the modules at its start, the state's records, the listing order, what
    the workers inherit) and leaves it frozen, so a ``summarizer build``
    exits without the collector traversing it once more (given back at the
    end of each build, that was 0.04 s of a one-story rebuild, paired); a
    process that builds again and again without this would keep every
    cycle that died while frozen (1.25 MB a rebuild, 40 rebuilds measured)."""
    gc.unfreeze()
    gc.collect()


def _build(
    seeds_dir: Path,
    out_dir: Path,
    jobs: int,
    engine: Engine,
    template_dir: Path,
    base_url: str,
    force: bool,
    progress: Callable[[int, int], None] | None,
    langs: tuple[str, ...],
    shard: tuple[int, int] | None,
    hint: Sequence[str | os.PathLike[str]] | None,
) -> BuildReport:
    started = time.perf_counter()
    # the modules and whatever the caller holds outlive the build: the
    # collector need not traverse them again (``story.preload`` freezes what
    # is alive then for the workers; see also ``paused_gc(keep=True)``)
    gc.freeze()
    # 1. read ----------------------------------------------------------------
    fingerprint = site_fingerprint(engine, template_dir, base_url, langs)
    if shard is not None:
        fingerprint = shards.shard_fingerprint(fingerprint, shard)
    old = None if force else sitecache.load_manifest(out_dir)
    full = old is None or old.fingerprint != fingerprint
    reuse = {} if full or old is None else old.stories
    look = None
    if hint is not None and reuse and shard is None:
        names, look = changed_names(seeds_dir, hint, reuse, engine.is_story_name)
    else:
        names = engine.story_names(Path(seeds_dir))
    if shard is not None:
        names = [n for n in names if shards.shard_of(n, shard[1]) == shard[0]]
    seeds = read_seeds(seeds_dir, names, reuse, look)
    todo = seeds.todo(reuse)
    log.info(
        "seed files read: %d, %d changed, %d to render: %.2f s",
        len(names),
        len(seeds.changed),
        len(todo),
        time.perf_counter() - started,
    )
    report = BuildReport(stories=len(names), full=full)
    # an incremental build starts from the spare tree (the live site, re-linked
    # where the last build changed it) if there is one: see spare.py
    spared = None
    if shard is None and old is not None and not full:
        spared = spare.take(out_dir, old.token)
    elif shard is None:  # (a shard's output is handed to a merge: no spare beside it)
        spare.discard(out_dir)
    staging = spared or handover.make_staging(out_dir)
    try:
        assets = copy_assets(template_dir, staging) if full else (old.assets if old else {})
        options = (base_url, langs, fingerprint, jobs)
        stage = open_stage(engine, template_dir, staging, out_dir, assets, options)
        log.info("project and templates loaded: %.2f s", time.perf_counter() - started)
        # 2. derive ------------------------------------------------------------
        preload(stage.project, stage.env, stage.ui)  # forked workers inherit these
        outcomes = sitejobs.render_stories(
            stage.config, engine, todo, jobs, progress, report.pages_written
        )
        log.info("stories rendered: %.2f s", time.perf_counter() - started)
        records = merge_outcomes(outcomes, seeds, reuse, report.rendered)
        # 3. plan and render the listings (a shard's are the merge's) -----------
        previous = old.personas if old else []
        personas = listings.persona_names(engine, stage.project, outcomes, previous)
        # from here on the records are the stories: what was held per seed file
        # to render them (paths, hashes, outcomes) goes (~1 KB a story)
        del names, seeds, todo, outcomes
        pages: dict[str, str] = {}
        search: dict[str, int] = {}
        gone: list[str] | None = None
        if shard is None:
            # entries come back from the files the workers wrote, a page's worth at a time
            entry_dirs = [staging / sitecache.STAGED / sitecache.ENTRIES_DIR]
            if not full:
                entry_dirs.append(sitecache.live_entries(out_dir))
            listed = listings.write_listings(
                stage, records, personas, entry_dirs, None if full else old
            )
            pages, search, gone = listed.pages, listed.sizes, listed.gone
            report.pages_written += listed.written
            log.info("listings written: %.2f s", time.perf_counter() - started)
        else:
            shards.write_shard_mark(staging, shard, fingerprint)
        manifest = sitecache.Manifest(
            fingerprint, records, pages, assets, personas, search=search
        )
        manifest.gone = gone
        stale = None if full else stale_files(old, manifest) if old else None
        changed = report.pages_written if shard is None else None
        base = old if stale is not None else None
        finish(staging, out_dir, manifest, stale, changed, spared is not None, base)
    finally:
        handover.remove(staging)
    log.info(
        "built %d stories (%d rendered), %d files written, %s build",
        report.stories,
        len(report.rendered),
        len(report.pages_written),
        "full" if full else "incremental",
    )
    return report
