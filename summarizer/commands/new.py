"""``summarizer new DIR``: start a newsroom's own site (config, a story, its source)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("new", help="create a new site: summarizer.toml, a story, its source")
    p.add_argument("dir", type=Path, help="folder to create (must not exist or be empty)")
    p.add_argument("--title", default="", help="site title (default: the folder's name)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..config.scaffold import scaffold

    written = scaffold(args.dir, args.title)
    for path in written:
        sys.stdout.write(f"created {path}\n")
    sys.stdout.write(
        f"\nnext:\n  cd {args.dir}\n  summarizer check        # the facts and their quotes\n"
        "  summarizer build        # the site, into public/\n"
        "  summarizer serve        # preview on http://127.0.0.1:8000/, rebuilt on save\n"
    )
    return 0
