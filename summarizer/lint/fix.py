"""``--fix``: apply the fixable suggestions to the files in place.

Only findings whose flagged text is exactly where the finding says are
applied, right to left per file so earlier offsets stay valid; overlapping
fixes keep the first.
"""

from __future__ import annotations

import logging
from pathlib import Path

from .findings import LintFinding

log = logging.getLogger(__name__)


def apply_fixes(findings: list[LintFinding], texts: dict[str, str]) -> int:
    """Rewrite files; returns how many fixes were applied."""
    by_path: dict[str, list[LintFinding]] = {}
    for f in findings:
        if f.fixable and f.suggestion and f.offset >= 0 and f.path in texts:
            by_path.setdefault(f.path, []).append(f)
    applied = 0
    for path, items in by_path.items():
        text = texts[path]
        end = len(text) + 1
        for f in sorted(items, key=lambda x: (x.offset, x.length), reverse=True):
            if f.offset + f.length > end:
                continue  # overlaps a fix already applied
            text = text[: f.offset] + f.suggestion + text[f.offset + f.length :]
            end = f.offset
            applied += 1
        Path(path).write_text(text, encoding="utf-8")
        log.info("fixed %s", path)
    return applied
