"""Where a finding ends, and a fingerprint that outlives its line number.

The checks place a finding by its start and length; reports that CI systems
read want the end too (SARIF regions, GitHub's ``endLine``/``endColumn``),
and code scanning matches alerts across runs by ``partialFingerprints``.
Both need the file's text, so the engine calls :func:`locate` while it still
holds one group's texts.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from .findings import LintFinding


def locate(
    findings: list[LintFinding], texts: dict[str, str], fingerprints: bool = False
) -> list[LintFinding]:
    """End positions for findings whose flagged text spans lines (others end
    on their line, see :meth:`LintFinding.end`) and, if asked, fingerprints.

    A fingerprint hashes the rule, the check, the flagged text, its line's
    content (whitespace collapsed) and how many findings with the same come
    before it in the file: stable when lines are added above it, different
    for the same word flagged twice on one line. Only SARIF asks for them
    (hashing every finding costs a fifth of a run on Chinese text)."""
    seen: Counter[tuple[str, ...]] = Counter()
    starts: dict[str, list[int]] = {}
    out = findings
    # most findings flag one character: only longer ones can span lines
    todo = range(len(findings)) if fingerprints else [
        i for i, f in enumerate(findings) if f.length > 1
    ]  # fmt: skip
    for i in todo:
        f = findings[i]
        text = texts.get(f.path, "")
        at = f.offset
        if f.length > 1 and at >= 0 and text.find("\n", at, at + f.length) >= 0:
            flagged = text[at : at + f.length]
            end_col = len(flagged) - flagged.rfind("\n")
            f = out[i] = f._replace(end_line=f.line + flagged.count("\n"), end_col=end_col)
        if not fingerprints:
            continue
        if at < 0:  # a pair or number finding: placed by line and column only
            if f.path not in starts:
                starts[f.path] = [0, *(m.end() for m in re.finditer("\n", text))]
            lines = starts[f.path]
            at = lines[f.line - 1] + f.col - 1 if 0 < f.line <= len(lines) else -1
        if 0 <= at <= len(text):
            left = text.rfind("\n", 0, at) + 1
            right = text.find("\n", at)
            line_text = " ".join(text[left : right if right >= 0 else len(text)].split())
        else:
            line_text = ""
        flagged = text[at : at + f.length] if at >= 0 and f.length else f.message
        key = (f.name, f.check, flagged, line_text)
        seen[key] += 1
        digest = hashlib.sha256("\0".join((*key, str(seen[key]))).encode("utf-8"))
        out[i] = f._replace(fingerprint=digest.hexdigest())
    return out
