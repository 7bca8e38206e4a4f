"""``summarizer render STORY.yaml``: one story's quick read as Markdown or JSON."""

from __future__ import annotations

import argparse
import sys

from .. import languages
from ..model import Lang


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("render", help="render one story's quick read")
    p.add_argument("story", help="facts file (seeds/<id>.yaml)")
    p.add_argument("--persona", action="append", help="persona id (repeatable; default: all)")
    p.add_argument(
        "--lang",
        choices=languages.codes(),
        default="zh-Hans",
        help="output language (default zh-Hans)",
    )
    p.add_argument(
        "--format",
        choices=("md", "json"),
        default="md",
        help="Markdown or JSON with fact ids per sentence",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # imported here so other commands start fast
    from ..config.project import site_config
    from ..facts.load import load_story
    from ..pipeline import load_project, make_brief
    from ..writers.markdown import brief_markdown
    from ..writers.serialise import brief_json
    project = load_project(site_config())
    story = load_story(args.story)
    personas = tuple(args.persona) if args.persona else None
    if personas:
        for pid in personas:
            project.persona(pid)  # unknown ids fail with the list of known ones
    lang: Lang = args.lang
    brief = make_brief(project, story, lang, personas)
    out = brief_markdown(brief) if args.format == "md" else brief_json(brief)
    sys.stdout.write(out)
    return 0
