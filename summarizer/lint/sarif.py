"""SARIF 2.1.0 output that GitHub code scanning ingests, written as it goes.

One run; its rules are the check ids, each with short and full
descriptions, help in text and Markdown and its configured level. Results
carry end positions (``columnKind`` is ``unicodeCodePoints``: columns count
characters, so a character outside the BMP such as 𠮷 is one column, not
two UTF-16 units), a ``partialFingerprints`` entry that does not move with
line numbers, and ``fixes`` for fixable findings. Paths under the working
directory are percent-encoded URIs relative to ``%SRCROOT%`` (run it from
the repository root for GitHub); others are absolute ``file:`` URIs.

Results are written one per line as findings arrive; the tool's rule table
comes after them (JSON objects are unordered), so nothing is held back.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from .. import __version__
from .findings import CHECKS, LintFinding

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SRCROOT = "%SRCROOT%"
FINGERPRINT = "summarizerFinding/v1"
LEVELS = {"error": "error", "warning": "warning", "suggestion": "note"}
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # one encoder, not one per result

#: check id -> (name, short description, full description, help in Markdown).
RULES: dict[str, tuple[str, str, str, str]] = {
    "glossary.variant": (
        "GlossaryVariant",
        "A form the glossary rejects.",
        "The text uses a rejected variant of a glossary term (a misspelling, an "
        "old or regional name); the glossary names the canonical form.",
        "Replace the flagged words with the suggested canonical form (`--fix` does, "
        "keeping case and plural). If the form is right in this context, add it to the "
        "term's `exceptions` in glossary.yaml or suppress the line with "
        "`<!-- summarizer-lint: disable-line=glossary.variant -->`.",
    ),
    "glossary.pair": (
        "GlossaryPair",
        "A term on one side of a zh/en pair without its counterpart.",
        "A glossary term appears in one language of a zh-Hans/en pair of texts but "
        "its counterpart is missing from the other, so the two versions may not say "
        "the same thing.",
        "Use the counterpart the message names in the other language's text, or "
        "reword both sides alike.",
    ),
    "templates.hardcoded": (
        "TemplateHardcodedTerm",
        "A template hard-codes a glossary term.",
        "A Jinja template writes a glossary term literally instead of taking it from "
        "the glossary, so a change to the glossary would not reach it.",
        "Print the term through the glossary (`term('id')` in the templates).",
    ),
    "numbers.parity": (
        "NumberParity",
        "A figure differs between the zh and en texts.",
        "A number in one language of a zh-Hans/en pair reads differently from the "
        "matching number in the other (after units such as 亿 and billion are "
        "converted).",
        "Check both figures against the facts and correct the wrong one.",
    ),
    "numbers.missing": (
        "NumberMissing",
        "A figure with no counterpart in the paired text.",
        "A number in one language of a zh-Hans/en pair has no matching number in the other.",
        "Add the figure to the other language's text or remove it from this one.",
    ),
    "typography.punctuation": (
        "ChinesePunctuation",
        "Half-width punctuation in Chinese text.",
        "Chinese text uses a half-width comma, colon, semicolon, question or "
        "exclamation mark, or a full stop; the style guide asks for full-width "
        "punctuation.",
        "Use the full-width mark the message suggests (`--fix` does).",
    ),
    "typography.fullwidth": (
        "FullwidthAlphanumeric",
        "Full-width letters or digits.",
        "Letters or digits are written in their full-width forms (ＡＢＣ１２３), which "
        "search and number parsing do not match.",
        "Use the ordinary half-width letters and digits (`--fix` does).",
    ),
    "typography.spacing": (
        "CjkLatinSpacing",
        "Spacing between Chinese and Latin text against the policy.",
        "The space between Chinese characters and Latin letters or digits does not "
        "follow the configured spacing policy (require or forbid).",
        "Add or remove the space as the message says (`--fix` does), or change "
        "`spacing` in .summarizer-lint.yaml.",
    ),
    "region.vocabulary": (
        "RegionalVocabulary",
        "Mainland or other-region vocabulary in a regional text.",
        "A zh-Hant or zh-Hant-HK text uses a word from another region's vocabulary "
        "(a mainland term in Taiwan or Hong Kong text).",
        "Use the regional word the message suggests (`--fix` does).",
    ),
    "region.script": (
        "SimplifiedInTraditional",
        "A Simplified character in Traditional Chinese text.",
        "A zh-Hant or zh-Hant-HK text contains a character that exists only in Simplified Chinese.",
        "Use the Traditional character the message suggests (`--fix` does when there is only one).",
    ),
    "lint.read": (
        "UnreadableFile",
        "A file that could not be linted.",
        "The file could not be read or parsed: not UTF-8, over a size or nesting "
        "limit, invalid JSON, or not a regular file.",
        "Fix the file (the message says what is wrong) or exclude it from linting.",
    ),
}


def _text(message: str) -> str:
    """A message as SARIF advises: ending with a full stop."""
    return message if message.endswith((".", "!", "?", "。", "！", "？")) else message + "."


class Sarif:
    """A streamed SARIF log: :meth:`add` writes results, :meth:`end` the rest."""

    def __init__(self, out: TextIO, levels: dict[str, str], root: Path | None = None) -> None:
        self.out = out
        self.levels = levels
        self.root = Path(root or os.getcwd()).absolute()
        self.first = True
        self._uris: dict[str, dict[str, str]] = {}

    def begin(self) -> None:
        self.out.write(f'{{"$schema": {json.dumps(SCHEMA)}, "version": "2.1.0", "runs": [{{\n')
        self.out.write(' "results": [')

    def location(self, path: str) -> dict[str, str]:
        """A percent-encoded URI relative to %SRCROOT%, or an absolute file URI."""
        hit = self._uris.get(path)
        if hit is None:
            full = Path(os.path.abspath(path))
            try:
                rel = full.relative_to(self.root)
            except ValueError:
                hit = {"uri": full.as_uri()}
            else:
                hit = {"uri": quote(rel.as_posix(), safe="/"), "uriBaseId": SRCROOT}
            self._uris[path] = hit
        return hit

    def result(self, f: LintFinding) -> dict[str, Any]:
        end_line, end_col = f.end()
        region = {
            "startLine": f.line,
            "startColumn": f.col,
            "endLine": end_line,
            "endColumn": end_col,
        }
        where = self.location(f.path)
        out: dict[str, Any] = {
            "ruleId": f.check,
            "ruleIndex": CHECKS.index(f.check),
            "level": LEVELS.get(f.level, "warning"),
            "message": {"text": _text(f.message)},
            "locations": [{"physicalLocation": {"artifactLocation": where, "region": region}}],
        }
        if f.fingerprint:
            out["partialFingerprints"] = {FINGERPRINT: f.fingerprint}
        if f.fixable and f.suggestion and f.offset >= 0:
            out["fixes"] = [
                {
                    "description": {"text": f"Replace with '{f.suggestion}'."},
                    "artifactChanges": [
                        {
                            "artifactLocation": where,
                            "replacements": [
                                {"deletedRegion": region, "insertedContent": {"text": f.suggestion}}
                            ],
                        }
                    ],
                }
            ]
        props = {}
        if f.rule and f.rule != f.check:
            props["term"] = f.rule
        if f.suggestion:
            props["suggestion"] = f.suggestion
        if props:
            out["properties"] = props
        return out

    def add(self, findings: list[LintFinding]) -> None:
        if findings:
            rows = ",\n  ".join(_ENCODE(self.result(f)) for f in findings)
            self.out.write(("\n  " if self.first else ",\n  ") + rows)
            self.first = False

    def rules(self) -> list[dict[str, Any]]:
        out = []
        for check in CHECKS:
            name, short, full, help_md = RULES[check]
            out.append(
                {
                    "id": check,
                    "name": name,
                    "shortDescription": {"text": short},
                    "fullDescription": {"text": full},
                    "help": {"text": help_md.replace("`", ""), "markdown": help_md},
                    "defaultConfiguration": {
                        "level": LEVELS.get(self.levels.get(check, "warning"), "warning")
                    },
                    "properties": {"tags": [check.split(".")[0]]},
                }
            )
        return out

    def end(self, summary: str) -> None:
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "summarizer-lint",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "rules": self.rules(),
                }
            },
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {SRCROOT: {"uri": self.root.as_uri().rstrip("/") + "/"}},
            "invocations": [
                {
                    "executionSuccessful": True,
                    "toolExecutionNotifications": [
                        {"level": "note", "message": {"text": _text(summary)}}
                    ],
                }
            ],
        }
        tail = json.dumps(run, ensure_ascii=False, indent=1)[1:]  # the run's keys, after results
        self.out.write(("\n ],\n" if not self.first else "],\n") + tail + "]}\n")
