"""Inline suppression comments.

In Markdown/HTML ``<!-- summarizer-lint: disable=glossary.variant -->``, in
Jinja ``{# summarizer-lint: ... #}``, in YAML or text ``# summarizer-lint: ...``:

- ``disable[=ids]`` ... ``enable[=ids]``: a block (to the end of the file if
  never enabled again);
- ``disable-next-line[=ids]``: the next line only;
- ``disable-line[=ids]``: the comment's own line.

Ids are check ids or prefixes (``typography``); none means every check.
"""

from __future__ import annotations

import logging
import re

from .findings import LintFinding

log = logging.getLogger(__name__)

_DIRECTIVE = re.compile(
    r"summarizer-lint:\s*(disable-next-line|disable-line|disable|enable)"
    r"(?:\s*=\s*([\w.\-]+(?:\s*,\s*[\w.\-]+)*))?"
)
ALL = "*"


def _matches(check: str, names: set[str]) -> bool:
    return ALL in names or any(check == n or check.startswith(n + ".") for n in names)


class Suppressions:
    """Which checks are off on which lines of one file."""

    def __init__(self, text: str) -> None:
        self.lines: dict[int, set[str]] = {}
        self.blocks: list[tuple[int, int, set[str]]] = []
        if "summarizer-lint:" not in text:
            return
        open_: dict[str, int] = {}
        line, at = 1, 0  # count newlines from the last directive: linear, not quadratic
        for m in _DIRECTIVE.finditer(text):
            line += text.count("\n", at, m.start())
            at = m.start()
            names = {n.strip() for n in m.group(2).split(",")} if m.group(2) else {ALL}
            what = m.group(1)
            if what == "disable-next-line":
                self.lines.setdefault(line + 1, set()).update(names)
            elif what == "disable-line":
                self.lines.setdefault(line, set()).update(names)
            elif what == "disable":
                for n in names:
                    open_.setdefault(n, line)
            else:
                for n in list(open_) if ALL in names else names:
                    if n in open_:
                        self.blocks.append((open_.pop(n), line, {n}))
        for n, start in open_.items():
            self.blocks.append((start, 1 << 30, {n}))

    def __bool__(self) -> bool:
        return bool(self.lines or self.blocks)

    def allows(self, f: LintFinding) -> bool:
        names = self.lines.get(f.line)
        if names and (_matches(f.check, names) or f.rule in names):
            return False
        return not any(
            a <= f.line <= b and (_matches(f.check, n) or f.rule in n) for a, b, n in self.blocks
        )


def apply(findings: list[LintFinding], texts: dict[str, str]) -> list[LintFinding]:
    """Drop the findings that a comment in their file suppresses."""
    active = {
        p: sup for p, t in texts.items() if "summarizer-lint:" in t if (sup := Suppressions(t))
    }
    if not active:
        return findings
    return [f for f in findings if f.path not in active or active[f.path].allows(f)]
