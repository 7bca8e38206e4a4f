"""``--fix``: apply the fixable suggestions to the files in place.

Only findings whose flagged text is exactly where the finding says are
applied, right to left per file so earlier offsets stay valid; overlapping
fixes keep the first. :func:`fixed_texts` computes the new texts without
writing, for ``--fix --dry-run`` (a diff) and for stdin (the fixed text on
stdout); files are replaced atomically.
"""

from __future__ import annotations

import difflib
import logging
from pathlib import Path

from ..userfiles import write_output
from .findings import LintFinding

log = logging.getLogger(__name__)


def fixed_texts(findings: list[LintFinding], texts: dict[str, str]) -> dict[str, tuple[str, int]]:
    """The fixed text of each file that has fixes, with how many were applied."""
    by_path: dict[str, list[LintFinding]] = {}
    for f in findings:
        if f.fixable and f.suggestion and f.offset >= 0 and f.path in texts:
            by_path.setdefault(f.path, []).append(f)
    out: dict[str, tuple[str, int]] = {}
    for path, items in by_path.items():
        text = texts[path]
        end = len(text) + 1
        applied = 0
        for f in sorted(items, key=lambda x: (x.offset, x.length), reverse=True):
            if f.offset + f.length > end:
                continue  # overlaps a fix already applied
            text = text[: f.offset] + f.suggestion + text[f.offset + f.length :]
            end = f.offset
            applied += 1
        out[path] = (text, applied)
    return out


def apply_fixes(findings: list[LintFinding], texts: dict[str, str]) -> int:
    """Rewrite files; returns how many fixes were applied."""
    applied = 0
    for path, (text, n) in fixed_texts(findings, texts).items():
        write_output(Path(path), text)
        log.info("fixed %s", path)
        applied += n
    return applied


def diff(findings: list[LintFinding], texts: dict[str, str]) -> tuple[str, int]:
    """A unified diff of what ``--fix`` would change, and how many fixes it holds."""
    parts: list[str] = []
    total = 0
    for path, (text, n) in sorted(fixed_texts(findings, texts).items()):
        lines = difflib.unified_diff(
            texts[path].splitlines(keepends=True),
            text.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{path}",
        )
        parts += (x if x.endswith("\n") else x + "\n\\ No newline at end of file\n" for x in lines)
        total += n
    return "".join(parts), total
