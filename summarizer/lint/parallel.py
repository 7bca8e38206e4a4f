"""Lint a large set of files in several processes.

Files are split into one chunk per process (the parent lints one itself),
keeping the two sides of every zh/en pair (same directory, same name but for
the language) in one chunk and all JSON briefs (paired by the story inside
them) in one chunk. The workers are forked after the glossary and its
automata are built, so they share them instead of rebuilding; each returns
its findings, already filtered by its files' suppression comments. File
texts are not sent back (``--fix`` runs in one process).
"""

from __future__ import annotations

import gc
import logging
import os
import re
from pathlib import Path

from .. import languages
from ..vocabulary.glossary import Glossary
from .config import LintConfig
from .findings import LintFinding
from .terms import full_matcher, variant_matcher

log = logging.getLogger(__name__)

#: Below this many bytes a second process costs more than it saves.
MIN_BYTES = 4_000_000
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


def chunks(files: list[Path], n: int) -> list[list[Path]]:
    """``n`` lists of files of similar total size; pairs and JSON files kept together."""
    groups: dict[str, list[Path]] = {}
    # a file name's language (x.zh-Hant.md): the files of one pair go to one worker
    in_name = re.compile(rf"\.({languages.code_pattern()})(?=\.[^.]+$)")
    for f in files:
        key = "<json>" if f.suffix.lower() == ".json" else str(f.parent / in_name.sub("", f.name))
        groups.setdefault(key, []).append(f)
    sizes = {k: sum(p.stat().st_size for p in v) for k, v in groups.items()}
    out: list[list[Path]] = [[] for _ in range(n)]
    load = [0] * n
    for key in sorted(groups, key=lambda k: -sizes[k]):
        i = load.index(min(load))
        out[i] += groups[key]
        load[i] += sizes[key]
    return [c for c in out if c]


def _work(chunk: list[Path]) -> tuple[list[LintFinding], int, int]:
    from .engine import lint_files

    glossary, cfg = _STATE["glossary"], _STATE["cfg"]
    findings, _, n_files, n_pairs = lint_files(chunk, glossary, cfg)  # type: ignore[arg-type]
    return findings, n_files, n_pairs


def lint_parallel(
    files: list[Path], glossary: Glossary, cfg: LintConfig, jobs: int
) -> tuple[list[LintFinding], dict[str, str], int, int]:
    n = jobs if jobs > 0 else min(os.cpu_count() or 1, 8)
    parts = chunks(files, n)
    if len(parts) < 2:
        from .engine import lint_files

        return lint_files(files, glossary, cfg)
    variant_matcher(glossary), full_matcher(glossary)  # build once, before forking
    _STATE.update(glossary=glossary, cfg=cfg)
    gc.freeze()  # keep the collector from touching (and so copying) the parent's pages
    log.info("linting %d files in %d processes", len(files), len(parts))
    import multiprocessing

    # the parent lints the first chunk itself rather than wait: one process
    # fewer to fork and one share of findings fewer to pickle and unpickle
    with multiprocessing.get_context("fork").Pool(len(parts) - 1) as pool:
        pending = pool.map_async(_work, parts[1:])
        results = [_work(parts[0]), *pending.get()]
    findings: list[LintFinding] = []
    n_files = n_pairs = 0
    for found, nf, np_ in results:
        findings += found
        n_files += nf
        n_pairs += np_
    _STATE.clear()
    gc.unfreeze()
    return findings, {}, n_files, n_pairs
