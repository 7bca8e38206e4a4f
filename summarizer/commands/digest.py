"""``summarizer digest DIR --persona P --lang L``: one persona across stories,
newest first, as Markdown."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from .. import languages
from .check import expand


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("digest", help="one persona's quick reads across stories, newest first")
    p.add_argument("paths", nargs="+", help="facts files or directories")
    p.add_argument("--persona", required=True, help="persona id")
    p.add_argument("--lang", choices=languages.codes(), default="zh-Hans")
    p.add_argument(
        "--since", type=date.fromisoformat, help="only stories published on or after YYYY-MM-DD"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # imported here so other commands start fast
    from ..config.project import site_config
    from ..facts.load import load_stories
    from ..pipeline import load_project
    from ..writers.digest import digest_markdown
    project = load_project(site_config())
    project.persona(args.persona)
    stories = load_stories(expand(args.paths))
    sys.stdout.write(digest_markdown(project, stories, args.persona, args.lang, args.since))
    return 0
