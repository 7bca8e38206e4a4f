"""Command line: one sub-command per module in ``summarizer.commands``.

Each command module exposes ``register(subparsers)`` which adds its parser and
sets ``func`` to a handler returning the exit status. This is the one error
path (issue 12): errors from the stages (``SummarizerError``) are printed
compiler style and exit 2; an I/O error (full disk, permission) is one line
naming the file and exits 2; Ctrl-C is one line and exits 130. Anything else
is a bug: one line saying so, exit 2, and the traceback only with ``-v`` (a
user or an attacker never sees a traceback, a developer can).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import logging
import os
import signal
import sys
import traceback
from collections.abc import Sequence
from typing import NoReturn

from . import __version__
from .errors import SummarizerError
from .interrupts import interrupted

#: Sub-command modules, in the order ``--help`` lists them.
COMMANDS = (
    "render",
    "digest",
    "check",
    "lint",
    "glossary",
    "vocabulary",
    "build",
    "serve",
    "draft",
    "new",
    "completion",
)


class Parser(argparse.ArgumentParser):
    """argparse, with a usage error as one line (``prog: error: …``) and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def make_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser for every command, or only for ``only`` (see ``_command``)."""
    parser = Parser(
        prog="summarizer",
        description="Bilingual news quick reads from structured facts, by rules and templates.",
    )
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    parser.add_argument(
        "-C",
        dest="chdir",
        metavar="DIR",
        help="run as if started in DIR (its summarizer.toml applies; like git -C)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in (only,) if only else COMMANDS:
        module = importlib.import_module(f"summarizer.commands.{name}")
        module.register(sub)
    _verbose_everywhere(sub)
    return parser


def _verbose_everywhere(sub: argparse._SubParsersAction[Parser]) -> None:
    """``-v`` after any sub-command too (``summarizer lint -v``, as pre-commit's
    ``args:`` puts it); SUPPRESS keeps an absent one from resetting the main one."""
    for child in sub.choices.values():
        if not any("-v" in a.option_strings for a in child._actions):
            child.add_argument(
                "-v",
                "--verbose",
                action="store_true",
                default=argparse.SUPPRESS,
                help="log progress to stderr",
            )
        for action in child._actions:
            if isinstance(action, argparse._SubParsersAction):
                _verbose_everywhere(action)


def _command(argv: Sequence[str]) -> str | None:
    """The sub-command ``argv`` names, if it names one. Importing every
    command module for every run cost 40-80 ms of start-up (the linter, the
    server, the drafter); a run needs its own command's parser only. Help,
    no command or an unknown one get the full parser and its full message."""
    for arg in argv:
        if arg in ("-h", "--help", "--version"):
            return None
        if not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def run() -> NoReturn:
    """The ``summarizer`` command: ``main`` and exit with its status.

    After Ctrl-C the process leaves at once (``os._exit``): the interpreter's
    shutdown (threads of the server, pools) could be interrupted again and
    end the process by signal, so a shell would see a kill instead of 130.
    Builds are crash-safe, so nothing is left half-done.
    """
    code = main()
    if code == 130:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(130)
    sys.exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit status is 0, 1 (findings), 2 (error) or 130 (Ctrl-C)."""
    try:
        return _main(argv)
    except BaseException as exc:  # Ctrl-C, also while parsing options or importing a command
        if not interrupted(exc):
            raise
        # a second Ctrl-C while we shut down must not turn exit 130 into a
        # death by signal (the shell would see -2, not 130)
        with contextlib.suppress(ValueError, OSError):
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        with contextlib.suppress(OSError):
            sys.stderr.write("summarizer: interrupted\n")
            sys.stderr.flush()
        return 130


def options_after_command(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """``summarizer --glossary g.yaml lint a.md`` read as ``summarizer lint
    --glossary g.yaml a.md``: options the main parser does not know, given
    before the command, go right after it (with their value when the next
    word is neither an option nor a command), so a command's options work
    on either side of its name. Unknown ones still fail, in the command."""
    known = parser._option_string_actions
    kept: list[str] = []
    moved: list[str] = []
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in COMMANDS:
            return [*kept, word, *moved, *argv[i + 1 :]]
        if word == "--" or not word.startswith("-"):
            break
        name, has_value = word.split("=", 1)[0], "=" in word
        out = kept if name in known else moved
        out.append(word)
        takes = known[name].nargs != 0 if name in known else True
        following = argv[i + 1] if i + 1 < len(argv) else ""
        value = following and not following.startswith("-") and following not in COMMANDS
        if takes and not has_value and value:
            out.append(following)
            i += 1
        i += 1
    return list(argv)


def _main(argv: Sequence[str] | None) -> int:
    words = sys.argv[1:] if argv is None else argv
    parser = make_parser(_command(words))
    args = parser.parse_args(options_after_command(parser, words))
    if args.chdir:
        try:
            os.chdir(args.chdir)
        except OSError as exc:
            return _fail(f"summarizer: error: -C: {os_message(exc)}")
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        status: int = args.func(args)
    except SummarizerError as exc:
        return _fail(exc.render())
    except BrokenPipeError:  # e.g. `summarizer render … | head`
        _quiet_stdout()
        return 0
    except OSError as exc:
        return _fail(f"error: {os_message(exc)}")
    except (MemoryError, RecursionError) as exc:
        return _fail(f"error: input too large or too deeply nested ({type(exc).__name__})")
    except Exception as exc:
        if interrupted(exc):
            raise
        if args.verbose:
            traceback.print_exc()
        return _fail(
            f"error: internal error (a bug, please report it; -v shows where): "
            f"{type(exc).__name__}: {_short(str(exc))}"
        )
    return status


def os_message(exc: OSError) -> str:
    """One line for an I/O error, naming the file it happened on."""
    what = exc.strerror or errno.errorcode.get(exc.errno or 0, "") or str(exc)
    if exc.filename is not None:
        return f"{os.fsdecode(exc.filename)}: {what}"
    return what


def _short(text: str, limit: int = 200) -> str:
    """The first line of ``text``, at most ``limit`` characters (never echo a whole input)."""
    line = text.splitlines()[0] if text else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _fail(message: str) -> int:
    try:
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
    except OSError:
        pass
    return 2


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's
    final flush does not fail again (and print an 'Exception ignored')."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
