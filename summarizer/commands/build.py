"""``summarizer build [SEEDS_DIR] [-o OUT_DIR]``: publish the static site."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..errors import ConfigError
from ..paths import PROJECT_ROOT, SEEDS_DIR


def add_site_options(p: argparse.ArgumentParser) -> None:
    """Options shared by build and serve."""
    p.add_argument(
        "seeds", nargs="?", type=Path, default=SEEDS_DIR, help="seeds directory (default: seeds/)"
    )
    p.add_argument(
        "-o",
        "--out",
        type=Path,
        default=PROJECT_ROOT / "site",
        help="output directory (default: site/)",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes (default: all cores)",
    )
    p.add_argument(
        "--base-url",
        default="",
        help="absolute URL prefix for feeds, sitemap and hreflang, ending in /",
    )
    p.add_argument(
        "--force", action="store_true", help="ignore the build cache and render everything"
    )


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("build", help="build the static site (story pages, digests, feeds)")
    add_site_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..site.build import build_site
    from ..site.jobs import tty_progress

    if args.jobs < 1:
        raise ConfigError.at(None, "--jobs must be at least 1")
    report = build_site(
        args.seeds,
        args.out,
        args.jobs,
        base_url=args.base_url,
        force=args.force,
        progress=tty_progress(),
    )
    sys.stderr.write(
        f"built {args.out}: {report.stories} stories, {len(report.rendered)} rendered, "
        f"{len(report.pages_written)} files written\n"
    )
    return 0
