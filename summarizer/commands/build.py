"""``summarizer build [SEEDS_DIR] [-o OUT_DIR]``: publish the static site."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..paths import PROJECT_ROOT, SEEDS_DIR

#: More workers than this only costs memory (and a typo must not fork 100,000).
MAX_JOBS = 256


def jobs_count(text: str) -> int:
    """argparse type: 1 to MAX_JOBS worker processes."""
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if not 1 <= jobs <= MAX_JOBS:
        raise argparse.ArgumentTypeError(f"expected 1 to {MAX_JOBS} but received: {text[:40]!r}")
    return jobs


def base_url(text: str) -> str:
    """argparse type: '' or an http(s) URL ending in / (never javascript:)."""
    from ..errors import BuildError
    from ..site.urls import check_base_url

    try:
        return check_base_url(text)
    except BuildError as exc:
        raise argparse.ArgumentTypeError(exc.problems[0][1].partition(": ")[2]) from None


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
        type=jobs_count,
        default=min(os.cpu_count() or 1, MAX_JOBS),
        help="worker processes (default: all cores)",
    )
    p.add_argument(
        "--base-url",
        type=base_url,
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
