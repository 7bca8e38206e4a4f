"""``summarizer glossary check | export | import``: validate and exchange the glossary."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from ..errors import GlossaryError
from ..facts.yamlload import load_yaml_text
from ..model import SourceSpan
from ..paths import GLOSSARY_PATH
from ..userfiles import InputError, load_user_yaml, read_bounded, write_output
from ..vocabulary.glossary import parse_glossary

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("glossary", help="check, export or import the terminology glossary")
    p.add_argument(
        "--glossary",
        type=Path,
        help="glossary file (default: the package's; check in a site: the site's over it)",
    )
    # --glossary after the action too (pre-commit appends its args there); SUPPRESS
    # keeps an action without it from resetting one given before the action
    after = argparse.ArgumentParser(add_help=False)
    after.add_argument("--glossary", type=Path, default=argparse.SUPPRESS, help="glossary file")
    sub = p.add_subparsers(dest="glossary_command", metavar="ACTION", required=True)
    c = sub.add_parser(
        "check",
        parents=[after],
        help="validate the glossary; every problem with file:line:col",
        description="Validate glossary files: the ones named, else --glossary "
        "(default: the package's).",
    )
    c.add_argument(
        "files", nargs="*", type=Path, metavar="FILE", help="glossary files (as pre-commit passes)"
    )
    c.set_defaults(func=run_check)
    e = sub.add_parser("export", parents=[after], help="write the glossary as TBX, CSV or prh YAML")
    e.add_argument("--format", choices=("tbx", "csv", "prh"), required=True)
    e.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
    e.set_defaults(func=run_export)
    i = sub.add_parser("import", help="read a CSV export back into glossary YAML")
    i.add_argument("input", type=Path, help="the CSV file")
    i.add_argument("--format", choices=("csv",), default="csv")
    i.add_argument(
        "--merge-into",
        type=Path,
        metavar="GLOSSARY",
        help="merge the CSV's terms into this glossary.yaml by id, keeping its comments "
        "(written in place unless -o is given)",
    )
    i.add_argument("-o", "--output", type=Path, help="output YAML (default: stdout)")
    i.set_defaults(func=run_import)


def _write(text: str, output: Path | None) -> None:
    if output:
        write_output(output, text)
    else:
        sys.stdout.write(text)


def run_check(args: argparse.Namespace) -> int:
    """Check every file named (or --glossary); all files' problems, then exit 2 if any."""
    if not args.files and args.glossary is None:
        from ..config.project import site_config

        cfg = site_config()
        if cfg.glossary is not None:  # in a site: its terms layered over the package's
            from ..config.load import site_glossary

            n = len(site_glossary(cfg).terms)
            sys.stdout.write(f"{cfg.glossary} over {GLOSSARY_PATH}: {n} terms, no problems\n")
            return 0
    problems = []
    for path in args.files or [args.glossary or GLOSSARY_PATH]:
        try:
            glossary = parse_glossary(load_user_yaml(path, GlossaryError))
        except GlossaryError as exc:
            problems += exc.problems
            continue
        sys.stdout.write(f"{path}: {len(glossary.terms)} terms, no problems\n")
    if problems:
        raise GlossaryError(problems)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from ..vocabulary.glossary_io import (  # csv, XML: only for these commands
        export_csv,
        export_prh,
        export_tbx,
    )

    loc = load_user_yaml(args.glossary or GLOSSARY_PATH, GlossaryError)
    glossary = parse_glossary(loc)
    text = {
        "csv": lambda: export_csv(loc),
        "tbx": lambda: export_tbx(glossary),
        "prh": lambda: export_prh(glossary),
    }[args.format]()
    _write(text, args.output)
    return 0


def _read_text(path: Path) -> str:
    where = SourceSpan(str(path), 1, 1)
    try:
        return read_bounded(path).decode("utf-8-sig")
    except OSError as exc:
        raise GlossaryError.at(where, f"cannot read: {exc.strerror or exc}") from None
    except InputError as exc:
        raise GlossaryError.at(where, str(exc)) from None
    except UnicodeDecodeError as exc:
        raise GlossaryError.at(where, f"not UTF-8 (byte {exc.start})") from None


def run_import(args: argparse.Namespace) -> int:
    from ..vocabulary.glossary_io import check_imported, read_csv  # csv: only here

    got = read_csv(_read_text(args.input), str(args.input))
    text = check_imported(got)  # problems at the CSV's row and column
    if args.merge_into is None:
        _write(text, args.output)
        return 0
    from ..vocabulary.glossary_merge import merge_terms

    target = args.merge_into
    merged = merge_terms(_read_text(target), got.data["terms"], str(target))
    out = args.output or target
    # the result must load and validate as it will be read, before it replaces anything
    try:
        parse_glossary(load_yaml_text(merged.text, str(out), GlossaryError))
    except GlossaryError as exc:
        note = f"{args.input} merged into {target} would be invalid (lines of the merged text)"
        raise GlossaryError([*exc.problems, (None, f"{note}; nothing was written")]) from None
    _write(merged.text, out)
    sys.stderr.write(
        f"{out}: {len(merged.updated)} terms updated, {len(merged.added)} added, "
        f"{merged.unchanged} unchanged\n"
    )
    return 0
