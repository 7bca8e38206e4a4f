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
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from ..errors import ConfigError
from ..facts.yamlload import paused_gc
from ..lint import discover
from ..lint.colour import CHOICES, Colouring, wanted
from ..lint.config import SPACING, LintConfig, merge_levels, select
from ..lint.discover import CONFIG_ENV, CONFIG_NAME
from ..lint.engine import Batch, Totals
from ..lint.findings import CHECKS, LEVELS
from ..lint.fix import apply_fixes, diff, fixed_texts
from ..lint.inputs import Override, Settings, stream_inputs
from ..lint.report import FORMATS, summary
from ..lint.stdin import STDIN, lint_text, read_stdin
from ..userfiles import output_file

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "lint",
        help="check Markdown, HTML, templates and JSON briefs against the glossary",
        description="Check texts against glossary.yaml: rejected terms, zh/en term and number "
        "parity, Chinese typography, hard-coded template terms. Checks: " + ", ".join(CHECKS),
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files or directories (read recursively); '-' reads standard input",
    )
    p.add_argument(
        "--glossary", type=Path, help="glossary file (default: the package's glossary.yaml)"
    )
    p.add_argument(
        "--config",
        type=Path,
        help=f"config file (default: ${CONFIG_ENV}, else the nearest {CONFIG_NAME} "
        "above each file or the working directory)",
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
    p.add_argument(
        "--min-level",
        choices=LEVELS,
        default="suggestion",
        help="hide findings below this level (they do not fail the run either)",
    )
    p.add_argument("--strict", action="store_true", help="fail on warnings too")
    p.add_argument("--fix", action="store_true", help="apply suggested replacements in place")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="with --fix: print what would change as a unified diff and change nothing",
    )
    p.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="with '-': the name of the text read from stdin (its type, the name in "
        "reports, where its config is looked up)",
    )
    p.add_argument(
        "--no-ignore",
        action="store_true",
        help="lint files that .gitignore, .summarizer-lintignore or the config's exclude leave out",
    )
    p.add_argument(
        "--color",
        "--colour",
        choices=CHOICES,
        default="auto",
        help="colour the human report (auto: on a terminal, unless NO_COLOR; FORCE_COLOR forces)",
    )
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


def _override(args: argparse.Namespace) -> Override:
    """The command line's changes to a configuration (checked once, applied to each)."""
    on = select(_split(args.enable), "--enable") if args.enable else None
    off = select(_split(args.disable), "--disable") if args.disable else set()
    pairs = {}
    for item in args.level:
        name, sep, level = item.partition("=")
        if not sep:
            raise ConfigError.at(None, f"--level: expected CHECK=LEVEL but received: '{item}'")
        pairs[name] = level
    if pairs:
        merge_levels({}, pairs, "--level")

    def apply(cfg: LintConfig) -> LintConfig:
        if args.glossary:
            cfg = replace(cfg, glossary=args.glossary)
        if on is not None:
            cfg = replace(cfg, enabled=tuple(c for c in cfg.enabled if c in on))
        if off:
            cfg = replace(cfg, enabled=tuple(c for c in cfg.enabled if c not in off))
        if args.spacing:
            cfg = replace(cfg, spacing=args.spacing)
        if pairs:
            cfg = replace(cfg, levels=merge_levels(cfg.levels, pairs, "--level"))
        return cfg

    return apply


def _check_usage(args: argparse.Namespace) -> bool:
    """Whether the run reads stdin; usage errors exit 2."""
    stdin = "-" in args.paths
    if stdin and len(args.paths) > 1:
        raise ConfigError.at(None, "'-' (standard input) cannot be mixed with other paths")
    if args.stdin_filename is not None and not stdin:
        raise ConfigError.at(None, "--stdin-filename needs '-' as the path")
    if args.dry_run and not args.fix:
        raise ConfigError.at(None, "--dry-run goes with --fix")
    if args.jobs < 0:
        raise ConfigError.at(None, f"--jobs: expected 0 or more but received: {args.jobs}")
    return stdin


def _run(args: argparse.Namespace) -> int:
    stdin = _check_usage(args)
    discover.reset()  # a run in a long-lived process sees files as they are now
    settings = Settings(args.config, _override(args))
    shown = set(LEVELS[: LEVELS.index(args.min_level) + 1])
    sarif = args.format == "sarif"  # the only format with fingerprints
    fixed = ""  # the fixed text (stdin) or the diff (--dry-run), printed on stdout
    patches: list[str] = []  # --dry-run: each group's diff, as the group is linted
    batches: Iterable[Batch]
    if stdin:
        batches, fixed = _stdin_batches(args, settings)
    elif args.fix and args.dry_run:
        batches = _dry_run(args, settings, sarif, patches)
    else:
        fixer = apply_fixes if args.fix else None
        jobs = 1 if args.fix else args.jobs
        batches = stream_inputs(list(args.paths), settings, jobs, fixer, sarif, not args.no_ignore)
    # with stdin or --dry-run, --fix prints the fixed text or the diff on
    # stdout, so the report goes to stderr
    diverted = args.fix and (stdin or args.dry_run)
    levels = {c: settings.for_path(Path.cwd(), True).level(c) for c in CHECKS}
    totals = Totals()
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(output_file(args.output)) if args.output else None
        target = out or (sys.stderr if diverted else sys.stdout)
        # a file (-o) is never a terminal: coloured only with --color always
        paint = args.color == "always" if args.output else wanted(args.color, target)
        if args.format == "human" and paint:
            target = Colouring(target)
        report = FORMATS[args.format](target, levels)
        report.begin()
        for batch in batches:  # written as each group of files is done (issue 13)
            if len(shown) < len(LEVELS):  # --min-level hides some (a pass per finding)
                batch.findings = [f for f in batch.findings if f.level in shown]
            totals.add(batch)
            report.add(batch.findings)
        if diverted:
            sys.stdout.write(fixed + "".join(patches))
            sys.stdout.flush()
        report.end(summary(totals))
    if args.fix:
        verb = "would apply" if args.dry_run else "applied"
        sys.stderr.write(f"{verb} {totals.fixed} fixes\n")
    failing = totals.count("error") + (totals.count("warning") if args.strict else 0)
    return 1 if failing else 0


def _stdin_batches(args: argparse.Namespace, settings: Settings) -> tuple[list[Batch], str]:
    """The text read from stdin as one batch, and (with --fix) its fixed text or diff."""
    name = args.stdin_filename or STDIN
    text = read_stdin(sys.stdin.buffer, name)
    cfg = settings.for_path(Path(name))
    glossary = settings.glossary(cfg)
    result = lint_text(name, text, glossary, cfg)
    out, n = "", 0
    if args.fix:
        new, n = fixed_texts(result.findings, result.texts).get(name, (text, 0))
        if args.dry_run:
            out = diff(result.findings, result.texts)[0]
        else:
            out = new
            result = lint_text(name, new, glossary, cfg)
    batch = Batch([Path(name)], result.findings, files=1, pairs=result.pairs, fixed=n)
    return [batch], out


def _dry_run(
    args: argparse.Namespace, settings: Settings, sarif: bool, patches: list[str]
) -> Iterator[Batch]:
    """Each group's findings as they are; the diff --fix would make goes to ``patches``."""
    for batch in stream_inputs(
        list(args.paths), settings, 1, None, sarif, not args.no_ignore, keep_texts=True
    ):
        patch, n = diff(batch.findings, batch.texts)
        batch.fixed = n
        batch.texts = {}
        patches.append(patch)
        yield batch
