"""``summarizer completion bash|zsh|fish``: print a shell completion script.

Generated from the argparse parser by ``shtab``, so every sub-command and
option (including ones added later) completes without a hand-kept list;
options and positionals that take paths complete file names.

Install, e.g.::

    summarizer completion bash > ~/.local/share/bash-completion/completions/summarizer
    summarizer completion zsh > "${fpath[1]}/_summarizer"
    summarizer completion fish > ~/.config/fish/completions/summarizer.fish
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

SHELLS = ("bash", "zsh", "fish")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "completion",
        help="print a shell completion script (bash, zsh, fish)",
        description="Print a completion script for the shell to stdout.",
    )
    p.add_argument("shell", choices=SHELLS, help="the shell")
    p.set_defaults(func=run)


def _mark_paths(parser: argparse.ArgumentParser, file: object) -> None:
    """Tell shtab which arguments complete file names: those typed ``Path``
    and positionals without fixed choices (stories, articles, files to lint)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _mark_paths(child, file)
        elif action.choices is None and (
            action.type is Path or (not action.option_strings and action.nargs != 0)
        ):
            action.complete = file  # type: ignore[attr-defined]  # read by shtab


def script(shell: str) -> str:
    """The completion script for ``shell``."""
    import shtab  # only this command needs it

    from ..cli import make_parser

    parser = make_parser()
    _mark_paths(parser, shtab.FILE)
    return shtab.complete(parser, shell=shell)


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(script(args.shell))
    return 0
