"""Lint text read from standard input (``summarizer lint -``).

Editors and pre-commit-style tools pipe a buffer in: ``--stdin-filename``
names it, which gives its kind (``.md``, ``.html`` …), the path in reports,
its language and zh/en pair key (``x.zh-Hans.md``) and where its
configuration is looked up. The text goes through the same checks and
suppression comments as a file's.
"""

from __future__ import annotations

from operator import attrgetter
from pathlib import Path
from typing import BinaryIO

from ..errors import ConfigError
from ..model import SourceSpan
from ..vocabulary.glossary import Glossary
from . import suppress
from .config import LintConfig
from .documents import MAX_TEXT_BYTES, kind_of, make_documents
from .engine import LintResult, lint_documents

#: The path of stdin in reports when ``--stdin-filename`` is not given (as ruff and ESLint).
STDIN = "-"


def read_stdin(stream: BinaryIO, name: str) -> str:
    """All of ``stream`` as UTF-8 text, refusing more than a file may hold."""
    data = stream.read(MAX_TEXT_BYTES + 1)
    where = SourceSpan(name, 1, 1)
    if len(data) > MAX_TEXT_BYTES:
        raise ConfigError.at(where, f"cannot lint this: over {MAX_TEXT_BYTES} bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError.at(where, f"cannot lint this: not UTF-8 (byte {exc.start})") from None


def lint_text(name: str, text: str, glossary: Glossary, cfg: LintConfig) -> LintResult:
    """Findings for ``text`` as if it were the file ``name``."""
    kind = kind_of(Path(name)) if name != STDIN else "text"
    try:
        docs = make_documents(name, text, kind)
    except ValueError as exc:  # a JSON brief that does not parse, a YAML file over a limit
        raise ConfigError.at(SourceSpan(name, 1, 1), f"cannot lint this: {exc}") from None
    found, n_pairs = lint_documents(docs, glossary, cfg)
    enabled = set(cfg.enabled)
    findings = [f for f in suppress.apply(found, {name: text}) if f.check in enabled]
    findings.sort(key=attrgetter("path", "line", "col", "check", "message"))
    return LintResult(findings, {name: text}, 1, n_pairs)
