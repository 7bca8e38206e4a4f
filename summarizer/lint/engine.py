"""Run the enabled checks over the files named on the command line, one
group of files at a time.

A *group* is what has to be read together: one file, the files of a zh/en
pair (same folder, same name but for the language), or every JSON brief (the
engine's briefs pair by the story inside them, so any two may pair). Groups
are linted and handed on in the order of their first file, each group's
findings sorted by path, line, column, check and message, so the report is
the same in one process or several (``-j``). Only one group's texts are held
at a time and findings are reported as each group ends: memory stays flat in
the size of the input instead of holding the corpus and every finding
(issue 13: 2.1 GB for 100 MB of Markdown before).

Per document: glossary variants, typography, templates and regional
vocabulary; per pair: term and number parity. Findings are filtered by
suppression comments, then given end positions and fingerprints
(:func:`.locate.locate`).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

from ..vocabulary.glossary import Glossary
from . import suppress
from .config import LintConfig
from .documents import Document, pairs, read_documents
from .findings import LintFinding
from .grouping import expand, groups
from .locate import locate
from .terms import check_pair, check_variants

log = logging.getLogger(__name__)

#: ``--fix`` and friends: given one group's findings and texts, rewrite its
#: files and return how many fixes were applied.
Fixer = Callable[[list[LintFinding], dict[str, str]], int]

_LEVEL = attrgetter("level")


@dataclass
class Batch:
    """What one group of files gave."""

    paths: list[Path]
    findings: list[LintFinding]
    texts: dict[str, str] = field(default_factory=dict)
    """Each file's text, by path; only kept when asked (for ``--fix``)."""
    files: int = 0
    pairs: int = 0
    fixed: int = 0


@dataclass
class Totals:
    """Counts over a whole streamed run (the findings themselves are gone)."""

    files: int = 0
    pairs: int = 0
    fixed: int = 0
    levels: Counter[str] = field(default_factory=Counter)

    def add(self, batch: Batch) -> None:
        self.files += batch.files
        self.pairs += batch.pairs
        self.fixed += batch.fixed
        self.levels.update(map(_LEVEL, batch.findings))

    def count(self, level: str) -> int:
        return self.levels[level]


@dataclass
class LintResult:
    """Every finding of a run, held in memory: for scripts and tests; the
    command streams with :func:`lint_stream` instead."""

    findings: list[LintFinding]
    texts: dict[str, str] = field(default_factory=dict)
    """Each file's text, by path (for --fix)."""
    files: int = 0
    pairs: int = 0

    def count(self, level: str) -> int:
        return sum(1 for f in self.findings if f.level == level)


def read_files(
    files: list[Path], cfg: LintConfig
) -> tuple[list[Document], list[LintFinding], dict[str, str]]:
    """Documents of ``files``; unreadable files become ``lint.read`` findings."""
    docs: list[Document] = []
    problems: list[LintFinding] = []
    texts: dict[str, str] = {}
    for path in files:
        try:
            got = read_documents(path)
        except (OSError, ValueError) as exc:
            what = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            line, col = getattr(exc, "line", 1), getattr(exc, "col", 1)
            problems.append(
                LintFinding(
                    str(path),
                    line,
                    col,
                    "lint.read",
                    cfg.level("lint.read"),
                    f"cannot lint this file: {what}",
                )
            )
            continue
        docs += got
        if got:
            texts[got[0].path] = got[0].text
    return docs, problems, texts


def lint_documents(
    docs: list[Document], glossary: Glossary, cfg: LintConfig
) -> tuple[list[LintFinding], int]:
    """Findings of every enabled check over already-read documents (the
    modules of checks that are off are not even imported: their regular
    expressions take a noticeable part of a small run's start-up)."""
    out: list[LintFinding] = []
    partner: dict[int, Document] = {}
    pair_list = pairs(docs)
    for zh, en in pair_list:
        partner[id(zh)], partner[id(en)] = en, zh
    variants = cfg.on("glossary.variant")
    typography = any(c.startswith("typography.") for c in cfg.enabled)
    templates = cfg.on("templates.hardcoded")
    if typography:
        from .typography import check_typography
    if templates:
        from .templates import check_template
    region = cfg.on("region.vocabulary") or cfg.on("region.script")
    if region:
        from .region import check_region
        from .region import variants as regional
    for doc in docs:
        if variants:
            out += check_variants(doc, glossary, cfg, partner.get(id(doc)))
        if typography:
            out += check_typography(doc, cfg)
        if doc.kind == "jinja" and templates:
            out += check_template(doc, glossary, cfg)
        if region and (doc.lang in regional() or doc.kind == "html"):
            out += check_region(doc, glossary, cfg)
    numbers = cfg.on("numbers.parity") or cfg.on("numbers.missing")
    if numbers:
        from .numbers import check_numbers
    for zh, en in pair_list:
        if cfg.on("glossary.pair"):
            out += check_pair(zh, en, glossary, cfg)
        if numbers:
            out += [f for f in check_numbers(zh, en, cfg) if cfg.on(f.check)]
    return out, len(pair_list)


def lint_files(
    files: list[Path], glossary: Glossary, cfg: LintConfig
) -> tuple[list[LintFinding], dict[str, str], int, int]:
    """Read, check and filter by suppression comments: findings, texts, files, pairs."""
    docs, problems, texts = read_files(files, cfg)
    found, n_pairs = lint_documents(docs, glossary, cfg)
    findings = suppress.apply([*problems, *found], texts)
    return findings, texts, len(texts) + len(problems), n_pairs


_ORDER = attrgetter("path", "line", "col", "check", "message")


def lint_group(
    paths: list[Path],
    glossary: Glossary,
    cfg: LintConfig,
    keep_texts: bool = False,
    fingerprints: bool = False,
) -> Batch:
    """Lint one group: its findings (enabled checks only, sorted and located)."""
    found, texts, n_files, n_pairs = lint_files(paths, glossary, cfg)
    enabled = set(cfg.enabled)
    found = [f for f in found if f.check in enabled]
    found.sort(key=_ORDER)
    found = locate(found, texts, fingerprints)
    return Batch(paths, found, texts if keep_texts else {}, n_files, n_pairs)


def lint_stream(
    paths: list[str],
    glossary: Glossary,
    cfg: LintConfig,
    jobs: int = 1,
    fixer: Fixer | None = None,
    keep_texts: bool = False,
    fingerprints: bool = False,
) -> Iterator[Batch]:
    """Lint every file under ``paths`` (directories recursively), yielding
    each group's findings as soon as it is done, in a stable order.

    The paths are checked now (a missing one raises before anything is
    reported); the linting happens as the iterator is read. With ``fixer``,
    each group is fixed and linted again before it is yielded (in this
    process: fixing needs the texts). Otherwise ``jobs`` processes are used
    when there is enough to do (0 = one per CPU), and texts are only kept
    with ``keep_texts`` in one process; ``fingerprints`` as :func:`locate`."""
    files = expand(paths, cfg)
    return stream_files(files, glossary, cfg, jobs, fixer, keep_texts, fingerprints)


def stream_files(
    files: list[Path],
    glossary: Glossary,
    cfg: LintConfig,
    jobs: int = 1,
    fixer: Fixer | None = None,
    keep_texts: bool = False,
    fingerprints: bool = False,
) -> Iterator[Batch]:
    """:func:`lint_stream` of files already found and checked (by
    :func:`expand`, or by the command's discovery: expanding its list again
    cost four system calls a file)."""
    from .parallel import lint_parallel, worth_it

    units = groups(files)
    if fixer is None and worth_it(files, jobs):
        return lint_parallel(units, glossary, cfg, jobs, fingerprints)
    return _sequential(units, glossary, cfg, fixer, keep_texts, fingerprints)


def _sequential(
    units: list[list[Path]],
    glossary: Glossary,
    cfg: LintConfig,
    fixer: Fixer | None,
    keep_texts: bool,
    fingerprints: bool,
) -> Iterator[Batch]:
    for unit in units:
        batch = lint_group(unit, glossary, cfg, keep_texts or fixer is not None, fingerprints)
        if fixer is not None:
            fixed = fixer(batch.findings, batch.texts)
            if fixed:
                batch = lint_group(unit, glossary, cfg, keep_texts, fingerprints)
            batch.fixed = fixed
            if not keep_texts:
                batch.texts = {}
        yield batch


def lint_paths(paths: list[str], glossary: Glossary, cfg: LintConfig, jobs: int = 1) -> LintResult:
    """Every finding under ``paths`` in one list, with the texts when linted
    in one process (for scripts and tests; the command streams)."""
    result = LintResult([])
    for batch in lint_stream(paths, glossary, cfg, jobs, keep_texts=True):
        result.findings += batch.findings
        result.texts.update(batch.texts)
        result.files += batch.files
        result.pairs += batch.pairs
    return result
