"""Command line: one sub-command per module in ``summarizer.commands``.

Each command module exposes ``register(subparsers)`` which adds its parser and
sets ``func`` to a handler returning the exit status. Errors from the stages
(``SummarizerError``) are printed compiler style and exit 2; nothing else is
caught here, so a bug shows its traceback instead of hiding behind exit 0.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from . import __version__
from .errors import SummarizerError

#: Sub-command modules, in the order ``--help`` lists them.
COMMANDS = (
    "render",
    "digest",
    "check",
    "lint",
    "glossary",
    "build",
    "serve",
)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarizer",
        description="Bilingual news quick reads from structured facts, by rules and templates.",
    )
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f"summarizer.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        status: int = args.func(args)
    except SummarizerError as exc:
        sys.stderr.write(exc.render() + "\n")
        return 2
    except BrokenPipeError:  # e.g. `summarizer render … | head`
        return 0
    return status
