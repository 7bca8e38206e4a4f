"""Write findings as they are found: human text, JSON, JSON Lines, GitHub
Actions workflow commands or SARIF 2.1.0 (:mod:`.sarif`).

Every format is a small writer with ``begin()``, ``add(findings)`` for each
group of files the engine finishes, and ``end(summary)``, so a run never
holds its findings to print them at the end (issue 13).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import encode_basestring
from typing import Protocol, TextIO

from .engine import Totals
from .findings import LintFinding
from .sarif import Sarif

#: GitHub shows at most this many annotations of each type (error, warning,
#: notice) per step and drops the rest without a word.
GITHUB_LIMIT = 10
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "suggestion": "notice"}


class Report(Protocol):
    def begin(self) -> None: ...
    def add(self, findings: list[LintFinding]) -> None: ...
    def end(self, summary: str) -> None: ...


def summary(totals: Totals) -> str:
    return (
        f"{totals.count('error')} errors, {totals.count('warning')} warnings, "
        f"{totals.count('suggestion')} suggestions in {totals.files} files "
        f"({totals.pairs} zh/en pairs)"
    )


class Human:
    """``path:line:col  level  message  Glossary.term-id`` (Vale's layout), then a summary."""

    def __init__(self, out: TextIO, levels: dict[str, str]) -> None:
        self.out = out

    def begin(self) -> None:
        pass

    def add(self, findings: list[LintFinding]) -> None:
        # ``f.rule or f.check`` is ``f.name`` without a property call per finding
        self.out.write(
            "".join(
                [
                    f"{f.path}:{f.line}:{f.col}  {f.level}  {f.message}  {f.rule or f.check}\n"
                    for f in findings
                ]
            )
        )

    def end(self, summary: str) -> None:
        self.out.write(summary + "\n")


_STR = encode_basestring  # JSON string literal, non-ASCII kept (C)


def _row(f: LintFinding) -> str:
    """One finding as a JSON object, formatted directly: a run can have
    hundreds of thousands, and ``json.dumps`` per row took a third of it."""
    end_line, end_col = f.end()
    extra = f', "fingerprint": "{f.fingerprint}"' if f.fingerprint else ""
    return (
        f'{{"path": {_STR(f.path)}, "line": {f.line}, "column": {f.col}, '
        f'"end_line": {end_line}, "end_column": {end_col}, "check": {_STR(f.check)}, '
        f'"level": {_STR(f.level)}, "message": {_STR(f.message)}, '
        f'"suggestion": {_STR(f.suggestion)}, "rule": {_STR(f.name)}{extra}}}'
    )


class Json:
    """One JSON object, ``{"findings": [...], "summary": "..."}``, written row by row."""

    def __init__(self, out: TextIO, levels: dict[str, str]) -> None:
        self.out = out
        self.first = True

    def begin(self) -> None:
        self.out.write('{"findings": [')

    def add(self, findings: list[LintFinding]) -> None:
        if findings:
            self.out.write("\n" if self.first else ",\n")
            self.out.write(",\n".join(map(_row, findings)))
            self.first = False

    def end(self, summary: str) -> None:
        self.out.write(f'{"" if self.first else chr(10)}], "summary": {json.dumps(summary)}}}\n')


class JsonLines(Human):
    """One JSON object per finding per line, then ``{"summary": "..."}``: for
    tools that read a stream (``jq -c``, log shippers)."""

    def add(self, findings: list[LintFinding]) -> None:
        self.out.write("".join(_row(f) + "\n" for f in findings))

    def end(self, summary: str) -> None:
        self.out.write(json.dumps({"summary": summary}, ensure_ascii=False) + "\n")


def _escape(text: str, prop: bool = False) -> str:
    """GitHub's workflow-command escaping: ``%``, CR and LF everywhere, and
    ``:`` and ``,`` in properties (they delimit them)."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


class GitHub(Human):
    """GitHub Actions workflow commands, ``::error file=…,line=…,endLine=…,col=…,
    endColumn=…,title=…::message``, and a ``::notice`` when GitHub would cut some."""

    def __init__(self, out: TextIO, levels: dict[str, str]) -> None:
        super().__init__(out, levels)
        self.counts: dict[str, int] = {}

    def line(self, f: LintFinding) -> str:
        kind = _GITHUB_LEVEL.get(f.level, "warning")
        self.counts[kind] = self.counts.get(kind, 0) + 1
        end_line, end_col = f.end()
        where = f"file={_escape(f.path, True)},line={f.line},endLine={end_line}"
        # GitHub takes columns on one line only; its endColumn is the last character
        if end_line == f.line:
            where += f",col={f.col},endColumn={max(f.col, end_col - 1)}"
        return f"::{kind} {where},title={_escape(f.name, True)}::{_escape(f.message)}\n"

    def add(self, findings: list[LintFinding]) -> None:
        self.out.write("".join(map(self.line, findings)))

    def end(self, summary: str) -> None:
        cut = {k: n for k, n in self.counts.items() if n > GITHUB_LIMIT}
        if cut:
            counts = ", ".join(f"{n} {k}s" for k, n in cut.items())
            self.out.write(
                f"::notice title=summarizer lint::{_escape(counts)}: GitHub shows only the "
                f"first {GITHUB_LIMIT} annotations of each type in a step; every finding is "
                "in this log (or upload --format sarif to code scanning)\n"
            )
        self.out.write(summary + "\n")


FORMATS: dict[str, Callable[[TextIO, dict[str, str]], Report]] = {
    "human": Human,
    "json": Json,
    "jsonl": JsonLines,
    "github": GitHub,
    "sarif": Sarif,
}
