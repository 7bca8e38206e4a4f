"""``summarizer digest DIR --persona P --lang L``: one reader's edition of
the quick reads (a week by default), as Markdown, an HTML e-mail or text."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from .. import languages
from .check import expand


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "digest",
        help="one reader's edition of the quick reads (weekly by default)",
        description=(
            "One reader's digest: the stories of an edition grouped by company or topic, "
            "each with its title, lead, the reader's points and a link to the story. "
            "By default the week (Monday to Sunday) of the newest story."
        ),
    )
    p.add_argument(
        "paths", nargs="*", help="facts files or directories (default: the site's stories)"
    )
    p.add_argument("--persona", required=True, help="persona id")
    p.add_argument("--lang", choices=languages.codes(), default="zh-Hans")
    p.add_argument(
        "--every", choices=("week", "month"), default="week",
        help="edition length when --since is not given (default: week)",
    )  # fmt: skip
    p.add_argument(
        "--since", type=date.fromisoformat, help="first day, YYYY-MM-DD (a custom edition)"
    )
    p.add_argument(
        "--until", type=date.fromisoformat,
        help="last day and the 'as of' date, YYYY-MM-DD (default: the newest story's date)",
    )  # fmt: skip
    p.add_argument("--format", choices=("md", "html", "text"), default="md")
    p.add_argument(
        "--base-url", default="",
        help="site URL (http(s)://host/…/) to make story links absolute; needed in e-mail",
    )  # fmt: skip
    p.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # imported here so other commands start fast
    from ..config.project import site_config
    from ..digest import edition
    from ..digest.build import build_digest
    from ..facts.load import load_stories
    from ..pipeline import load_project
    from ..site.urls import check_base_url
    from ..userfiles import write_output

    cfg = site_config()
    base_url = check_base_url(args.base_url or cfg.base_url)
    project = load_project(cfg)
    if not args.paths:
        if cfg.stories is None:
            from ..errors import ConfigError

            raise ConfigError.at(None, "which stories? no summarizer.toml names them")
        args.paths = [str(cfg.stories)]
    project.persona(args.persona)
    stories = load_stories(expand(args.paths))
    chosen = edition.choose(stories, args.every, args.since, args.until)
    digest = build_digest(project, stories, args.persona, args.lang, chosen, base_url)
    if args.format == "html":
        from ..digest.email import digest_email

        if not base_url:
            sys.stderr.write(
                "summarizer digest: warning: no --base-url, so the e-mail's story links "
                "are relative to the site root and will not open from a mail client\n"
            )

        text = digest_email(digest)
    else:
        from ..digest.text import digest_markdown, digest_text

        text = digest_markdown(digest) if args.format == "md" else digest_text(digest)
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_output(args.output, text)
    return 0
