"""Lint a large set of files in several processes, reporting in order.

The groups of files that the engine lints together (a zh/en pair, all JSON
briefs) are handed to a pool of forked workers in small chunks with
``imap``, which gives the results back in the order of the groups whatever
worker finishes first: the report is the one a single process writes, and
the parent writes each group's findings as soon as it and every group
before it are done (memory stays flat). The workers are forked after the
glossary and its automata are built, so they share them instead of
rebuilding. File texts are not sent back (``--fix`` runs in one process).
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from ..vocabulary.glossary import Glossary
from .config import LintConfig
from .engine import Batch, lint_group
from .terms import full_matcher, variant_matcher

log = logging.getLogger(__name__)

#: Below this many bytes a second process costs more than it saves.
MIN_BYTES = 4_000_000
#: Groups per task sent to a worker: fewer round trips, while keeping the
#: results that wait for a slower earlier group few.
MAX_CHUNK = 32
_STATE: dict[str, object] = {}


def worth_it(files: list[Path], jobs: int) -> bool:
    if jobs == 1 or len(files) < 4:
        return False
    try:
        size = sum(f.stat().st_size for f in files)
    except OSError:
        return False
    import multiprocessing  # here: a run in one process never needs it

    return size >= MIN_BYTES and "fork" in multiprocessing.get_all_start_methods()


def _work(unit: list[Path]) -> Batch:
    glossary, cfg, prints = _STATE["glossary"], _STATE["cfg"], _STATE["fingerprints"]
    return lint_group(unit, glossary, cfg, False, prints)  # type: ignore[arg-type]


def lint_parallel(
    units: list[list[Path]],
    glossary: Glossary,
    cfg: LintConfig,
    jobs: int,
    fingerprints: bool = False,
) -> Iterator[Batch]:
    """Each group's batch, in the order of ``units``, linted in ``jobs`` processes."""
    n = jobs if jobs > 0 else min(os.cpu_count() or 1, 8)
    n = min(n, len(units))
    if n < 2:
        for unit in units:
            yield lint_group(unit, glossary, cfg, False, fingerprints)
        return
    variant_matcher(glossary), full_matcher(glossary)  # build once, before forking
    _STATE.update(glossary=glossary, cfg=cfg, fingerprints=fingerprints)
    gc.freeze()  # keep the collector from touching (and so copying) the parent's pages
    log.info("linting %d groups of files in %d processes", len(units), n)
    import multiprocessing

    chunk = max(1, min(MAX_CHUNK, len(units) // (n * 8)))
    try:
        with multiprocessing.get_context("fork").Pool(n) as pool:
            yield from pool.imap(_work, units, chunksize=chunk)
    finally:
        _STATE.clear()
        gc.unfreeze()
