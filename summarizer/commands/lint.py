"""``summarizer lint [PATH ...]``: check texts against the glossary and style.

Exit status: 0 clean (or warnings only), 1 when a finding is at level
``error`` (or any finding with ``--strict``), 2 for usage or configuration
errors (raised as ``ConfigError``/``GlossaryError`` and printed by the CLI).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from dataclasses import replace
from pathlib import Path

from ..errors import ConfigError
from ..facts.yamlload import paused_gc
from ..lint.config import SPACING, load_config, merge_levels, select
from ..lint.engine import Totals, lint_stream
from ..lint.findings import CHECKS
from ..lint.fix import apply_fixes
from ..lint.report import FORMATS, summary
from ..userfiles import output_file
from ..vocabulary.glossary import load_glossary

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "lint",
        help="check Markdown, HTML, templates and JSON briefs against the glossary",
        description="Check texts against glossary.yaml: rejected terms, zh/en term and number "
        "parity, Chinese typography, hard-coded template terms. Checks: " + ", ".join(CHECKS),
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or directories (read recursively)"
    )
    p.add_argument(
        "--glossary", type=Path, help="glossary file (default: the project's glossary.yaml)"
    )
    p.add_argument(
        "--config", type=Path, help="config file (default: ./.summarizer-lint.yaml if present)"
    )
    p.add_argument("--format", choices=sorted(FORMATS), default="human", help="output format")
    p.add_argument(
        "--enable",
        action="append",
        default=[],
        metavar="CHECK",
        help="run only these checks (ids or prefixes; repeatable)",
    )
    p.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="CHECK",
        help="skip these checks (ids or prefixes; repeatable)",
    )
    p.add_argument("--spacing", choices=SPACING, help="CJK-Latin spacing policy")
    p.add_argument(
        "--level",
        action="append",
        default=[],
        metavar="CHECK=LEVEL",
        help="override a check's level (error, warning, suggestion)",
    )
    p.add_argument("--strict", action="store_true", help="fail on warnings too")
    p.add_argument("--fix", action="store_true", help="apply suggested replacements in place")
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="processes for large inputs (default 0: one per CPU; 1: no fork)",
    )
    p.add_argument("-o", "--output", type=Path, help="write the report here instead of stdout")
    p.set_defaults(func=run)


def _split(values: list[str]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def run(args: argparse.Namespace) -> int:
    # A run makes a few objects per finding and no cycles: garbage collections
    # would only rescan the glossary and the documents (3-5% of a run).
    with paused_gc():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    cfg = load_config(args.config)
    if args.glossary:
        cfg = replace(cfg, glossary=args.glossary)
    if args.enable:
        on = select(_split(args.enable), "--enable")
        cfg = replace(cfg, enabled=tuple(c for c in cfg.enabled if c in on))
    if args.disable:
        off = select(_split(args.disable), "--disable")
        cfg = replace(cfg, enabled=tuple(c for c in cfg.enabled if c not in off))
    if args.spacing:
        cfg = replace(cfg, spacing=args.spacing)
    if args.level:
        pairs = {}
        for item in args.level:
            name, sep, level = item.partition("=")
            if not sep:
                raise ConfigError.at(None, f"--level: expected CHECK=LEVEL but received: '{item}'")
            pairs[name] = level
        cfg = replace(cfg, levels=merge_levels(cfg.levels, pairs, "--level"))
    glossary = load_glossary(cfg.glossary)
    jobs = 1 if args.fix else args.jobs
    if jobs < 0:
        raise ConfigError.at(None, f"--jobs: expected 0 or more but received: {jobs}")
    fixer = apply_fixes if args.fix else None
    sarif = args.format == "sarif"  # the only format with fingerprints
    batches = lint_stream(list(args.paths), glossary, cfg, jobs, fixer, fingerprints=sarif)
    totals = Totals()
    levels = {c: cfg.level(c) for c in CHECKS}
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(output_file(args.output)) if args.output else sys.stdout
        report = FORMATS[args.format](out, levels)
        report.begin()
        for batch in batches:  # written as each group of files is done (issue 13)
            totals.add(batch)
            report.add(batch.findings)
        report.end(summary(totals))
    if args.fix:
        sys.stderr.write(f"applied {totals.fixed} fixes\n")
    failing = totals.count("error") + (totals.count("warning") if args.strict else 0)
    return 1 if failing else 0
