"""Parallel work of a build: story pages and listing pages on all cores.

Stories go to a ``ProcessPoolExecutor`` whose workers load the project and
templates once (``sitestory.init_worker``) and return small records, merged
by the caller in a fixed order. Listing pages are planned in the parent as
closures over its data; a forked pool inherits them, so nothing but index
ranges crosses the process boundary. The output never depends on which
worker finishes first.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from . import sitecache
from .siteengine import Engine
from .sitepages import PagePlan
from .sitestory import StoryOutcome, init_worker, render_chunk
from .siteui import SiteConfig

#: Below this many pages a pool costs more than it saves.
PARALLEL_PAGES = 400
_PENDING: tuple[Sequence[PagePlan], Path] | None = None


def story_chunks(items: Sequence[tuple[str, str]], jobs: int) -> Iterator[list[tuple[str, str]]]:
    size = max(1, min(64, len(items) // (jobs * 4) or 1))
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def render_stories(
    config: SiteConfig,
    engine: Engine,
    todo: list[tuple[str, str]],
    jobs: int,
    progress: Callable[[int, int], None] | None,
) -> list[StoryOutcome]:
    outcomes: list[StoryOutcome] = []
    chunks = list(story_chunks(todo, jobs))
    if jobs <= 1 or len(chunks) <= 1:
        init_worker(config, engine)
        for chunk in chunks:
            outcomes += render_chunk(chunk)
            if progress:
                progress(len(outcomes), len(todo))
        return outcomes
    fork = multiprocessing.get_context("fork")  # workers inherit sitestory.preload()
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=fork, initializer=init_worker, initargs=(config, engine)
    ) as pool:
        futures = [pool.submit(render_chunk, chunk) for chunk in chunks]
        for future in as_completed(futures):
            outcomes += future.result()
            if progress:
                progress(len(outcomes), len(todo))
    return outcomes


def write_pages(plans: Sequence[PagePlan], staging: Path, jobs: int) -> None:
    """Render and write ``plans`` into ``staging``, forked across ``jobs`` processes."""
    global _PENDING
    if jobs <= 1 or len(plans) < PARALLEL_PAGES:
        for plan in plans:
            sitecache.write_file(staging, plan.rel, plan.render())
        return
    _PENDING = (plans, staging)
    try:
        step = -(-len(plans) // (jobs * 4))
        ranges = [(i, min(i + step, len(plans))) for i in range(0, len(plans), step)]
        fork = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=fork) as pool:
            list(pool.map(_write_range, ranges))
    finally:
        _PENDING = None


def _write_range(bounds: tuple[int, int]) -> None:
    assert _PENDING is not None
    plans, staging = _PENDING
    for plan in plans[bounds[0] : bounds[1]]:
        sitecache.write_file(staging, plan.rel, plan.render())


def tty_progress() -> Callable[[int, int], None] | None:
    """A one-line progress counter on stderr, only when it is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\rrendering stories: {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show
