"""Print findings as human text, JSON, GitHub Actions annotations or SARIF 2.1.0."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from .. import __version__
from .findings import CHECKS, LintFinding

log = logging.getLogger(__name__)

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "suggestion": "notice"}


def human(findings: list[LintFinding], summary: str) -> str:
    """``path:line:col  level  message  Glossary.term-id`` (Vale's layout), then a summary."""
    lines = [f"{f.path}:{f.line}:{f.col}  {f.level}  {f.message}  {f.name}" for f in findings]
    lines.append(summary)
    return "\n".join(lines) + "\n"


def as_json(findings: list[LintFinding], summary: str) -> str:
    rows = [
        {
            "path": f.path,
            "line": f.line,
            "column": f.col,
            "check": f.check,
            "level": f.level,
            "message": f.message,
            "suggestion": f.suggestion,
            "rule": f.name,
        }
        for f in findings
    ]
    return json.dumps({"findings": rows, "summary": summary}, ensure_ascii=False) + "\n"


def _escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def github(findings: list[LintFinding], summary: str) -> str:
    """GitHub Actions workflow commands: ``::error file=...,line=...,col=...::msg``."""
    lines = [
        f"::{_GITHUB_LEVEL.get(f.level, 'warning')} file={_escape(f.path, True)},line={f.line},"
        f"col={f.col},title={_escape(f.name, True)}::{_escape(f.message)}"
        for f in findings
    ]
    lines.append(summary)
    return "\n".join(lines) + "\n"


def sarif(findings: list[LintFinding], summary: str) -> str:
    """A SARIF 2.1.0 log with one run; rules are the check ids."""
    results: list[dict[str, Any]] = []
    for f in findings:
        result: dict[str, Any] = {
            "ruleId": f.check,
            "level": _SARIF_LEVEL.get(f.level, "warning"),
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.path},
                        "region": {"startLine": f.line, "startColumn": f.col},
                    }
                }
            ],
        }
        if f.rule and f.rule != f.check:
            result["properties"] = {"term": f.rule}
        if f.suggestion:
            result.setdefault("properties", {})["suggestion"] = f.suggestion
        results.append(result)
    log_ = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "summarizer-lint",
                        "version": __version__,
                        "informationUri": "https://example.invalid/summarizer",
                        "rules": [{"id": c, "shortDescription": {"text": c}} for c in CHECKS],
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log_, ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[list[LintFinding], str], str]] = {
    "human": human,
    "json": as_json,
    "github": github,
    "sarif": sarif,
}
