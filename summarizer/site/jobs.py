"""Parallel work of a build: story pages and listing pages on all cores.

Stories go to forked workers (and to this process) that take the project
and templates the parent preloaded (``sitestory.preload``/``init_worker``)
and return small records, merged by the caller in a fixed order. Listing
pages are planned in the parent as closures over its data; forked workers
inherit them, so nothing but index ranges crosses the process boundary.
The output never depends on which worker finishes first.

Workers die with their parent (``PR_SET_PDEATHSIG``) and close the build
lock they inherited, first thing: after a ``kill -9`` of a build, an orphaned
worker once kept the lock and every later build hung (issue 12).
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from . import cache as sitecache
from .engine import Engine
from .lock import close_in_child
from .pageplan import PagePlan
from .story import StoryOutcome, init_worker, render_chunk
from .storyrecord import compact_tags
from .ui import SiteConfig
from .written import WrittenPaths

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")
#: Below this many pages a pool costs more than it saves.
PARALLEL_PAGES = 400
_PENDING: tuple[Sequence[PagePlan], Path] | None = None


def story_chunks(items: Sequence[tuple[str, str]], jobs: int) -> Iterator[list[tuple[str, str]]]:
    size = max(1, min(64, len(items) // (jobs * 4) or 1))
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def shared_work(
    items: Sequence[T],
    work: Callable[[T], R],
    jobs: int,
    done: Callable[[R], None],
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> None:
    """Run ``work`` over ``items`` on ``jobs`` processes: ``jobs - 1`` forked
    workers plus this process, which would otherwise only wait (one process
    fewer to start and to hold in memory). ``done`` gets each result, in
    completion order; callers restore a fixed order themselves."""
    queue = deque(items)
    if initializer is not None:
        initializer(*initargs)
    if jobs <= 1 or len(queue) <= 1:
        while queue:
            done(work(queue.popleft()))
        return
    # imported here: a one-story rebuild runs no pool (~10 ms of its start)
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    fork = multiprocessing.get_context("fork")  # workers inherit sitestory.preload()
    with ProcessPoolExecutor(
        max_workers=jobs - 1,
        mp_context=fork,
        initializer=_start_worker,
        initargs=(os.getpid(), initializer, initargs),
    ) as pool:
        running: set[Future[R]] = set()
        while queue or running:
            while queue and len(running) < 2 * (jobs - 1):
                running.add(pool.submit(work, queue.popleft()))
            if queue:
                done(work(queue.popleft()))
                finished = {f for f in running if f.done()}
            else:
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                done(future.result())
            running -= finished


_PR_SET_PDEATHSIG = 1


def _start_worker(
    parent: int, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]
) -> None:
    """In each forked worker: die with the parent, drop the lock, then initialise."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the pool's own checks remain
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    close_in_child()
    if initializer is not None:
        initializer(*initargs)


def render_stories(
    config: SiteConfig,
    engine: Engine,
    todo: list[tuple[str, str]],
    jobs: int,
    progress: Callable[[int, int], None] | None,
    written: WrittenPaths,
) -> list[StoryOutcome]:
    """Derive and render every story in ``todo`` into the staging directory;
    the paths written go into ``written`` as the stories come back (in the
    order they come back)."""
    outcomes: list[StoryOutcome] = []
    names: list[dict[str, dict[str, str]]] = []

    def collect(batch: list[StoryOutcome]) -> None:
        for o in batch:
            # Kept until the stories' records are made, so kept small: the
            # digest entries are in the entry file the worker wrote (read back
            # by EntryCache), and persona names are the same in almost every
            # story (one shared dict); the ~26 paths it wrote go into the
            # build's list, compressed a thousand at a time (one story's list
            # compressed alone was ~0.5 KB); tags and dates are shared by many
            # stories, so held once (interned: a list of fresh strings per
            # story was ~1.3 KB of ~2.3).
            o.entries = {}
            written.extend(o.pages)
            o.pages = []
            o.tags, o.published = compact_tags(o.tags), sys.intern(o.published)
            if names and o.names == names[-1]:
                o.names = names[-1]
            elif o.names:
                names.append(o.names)
        outcomes.extend(batch)
        if progress:
            progress(len(outcomes), len(todo))

    chunks = list(story_chunks(todo, jobs))
    shared_work(chunks, render_chunk, jobs, collect, init_worker, (config, engine))
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
        shared_work(ranges, _write_range, jobs, lambda _: None)
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
