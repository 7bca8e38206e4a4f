"""Run the enabled checks over every file named on the command line.

Read everything first (files, then zh/en pairs), then check: per document
the glossary variants, typography and templates; per pair the term and
number parity. Findings are filtered by suppression comments and sorted.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

from ..errors import ConfigError
from ..model import SourceSpan
from ..userfiles import InputError, check_regular
from ..vocabulary.glossary import Glossary
from . import suppress
from .config import LintConfig
from .documents import Document, iter_files, pairs, read_documents
from .findings import LintFinding
from .terms import check_pair, check_variants

log = logging.getLogger(__name__)


@dataclass
class LintResult:
    """What a run found, and what it read."""

    findings: list[LintFinding]
    texts: dict[str, str] = field(default_factory=dict)
    """Each file's text, by path (for --fix)."""
    files: int = 0
    pairs: int = 0

    def count(self, level: str) -> int:
        return sum(1 for f in self.findings if f.level == level)


def _same(a: Path, b: Path) -> bool:
    if a.name != b.name:
        return False
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def expand(paths: list[str], cfg: LintConfig) -> list[Path]:
    """Every file to lint under ``paths``; a missing path is a usage error."""
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise ConfigError.at(None, f"no such file or directory: {', '.join(missing)}")
    for p in paths:  # a FIFO would hang the run, /dev/zero would never end
        if not os.path.isdir(p):
            try:
                check_regular(p)
            except (InputError, OSError) as exc:
                raise ConfigError.at(SourceSpan(p, 1, 1), f"cannot lint this: {exc}") from None
    # the glossary lists the rejected forms on purpose
    return [f for f in iter_files(paths, cfg.exclude) if not _same(f, cfg.glossary)]


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
    log.info("read %d files, %d documents", len(texts), len(docs))
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


def lint_paths(paths: list[str], glossary: Glossary, cfg: LintConfig, jobs: int = 1) -> LintResult:
    """Lint every file under ``paths`` (directories recursively), in ``jobs``
    processes when there is enough to do (0 = one per CPU)."""
    from .parallel import lint_parallel, worth_it

    files = expand(paths, cfg)
    if worth_it(files, jobs):
        findings, texts, n_files, n_pairs = lint_parallel(files, glossary, cfg, jobs)
    else:
        findings, texts, n_files, n_pairs = lint_files(files, glossary, cfg)
    enabled = set(cfg.enabled)
    findings = [f for f in findings if f.check in enabled]
    findings.sort(key=attrgetter("path", "line", "col", "check", "message"))
    return LintResult(findings, texts, n_files, n_pairs)
