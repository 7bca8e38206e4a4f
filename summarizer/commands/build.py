"""``summarizer build [STORIES_DIR] [-o OUT_DIR]``: publish the static site.

Inside a site (a ``summarizer.toml`` in the working directory or above, see
``summarizer.config.project``) the folders, base URL, languages and title
come from its config and the arguments only override them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from ..config.project import ProjectConfig
from ..errors import ConfigError

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
        "seeds",
        nargs="?",
        type=Path,
        metavar="STORIES_DIR",
        help="facts files (default: the config's [content] stories)",
    )
    p.add_argument(
        "-o",
        "--out",
        type=Path,
        help="output directory (default: the config's [content] output, else ./site)",
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
        help="absolute URL prefix for feeds, sitemap and hreflang, ending in / "
        "(default: the config's [site] base_url)",
    )
    p.add_argument(
        "--force", action="store_true", help="ignore the build cache and render everything"
    )


def shard_spec(text: str) -> tuple[int, int]:
    """argparse type: K/N, shard K of N."""
    from ..errors import BuildError
    from ..site.shards import parse_shard

    try:
        return parse_shard(text)
    except BuildError as exc:
        raise argparse.ArgumentTypeError(exc.problems[0][1].partition(": ")[2]) from None


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("build", help="build the static site (story pages, digests, feeds)")
    add_site_options(p)
    many = p.add_mutually_exclusive_group()
    many.add_argument(
        "--shard",
        type=shard_spec,
        metavar="K/N",
        help="build only shard K of N (story pages, no listings) for --merge (docs/sharding.md)",
    )
    many.add_argument(
        "--merge",
        nargs="+",
        type=Path,
        metavar="PART",
        help="write the site to OUT from the outputs of --shard 1/N ... N/N "
        "(no STORIES_DIR needed)",
    )
    p.add_argument(
        "--changed",
        action="extend",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="the facts files that changed since the last build (edited, added or removed), "
        "for a hook that knows: the others are not looked at (a full build ignores this)",
    )
    p.set_defaults(func=run)


def resolve_site(args: argparse.Namespace) -> ProjectConfig:
    """Fill the stories folder, output and base URL from the site's config."""
    from ..config.project import site_config

    cfg = site_config()
    if getattr(args, "merge", None):  # a merge reads shard outputs, no stories
        if args.seeds is not None:
            raise ConfigError.at(None, "--merge takes the shard outputs, not a STORIES_DIR")
    elif args.seeds is None:
        if cfg.stories is None:
            where = f"{cfg.file} names no [content] stories" if cfg.file else "no summarizer.toml"
            raise ConfigError.at(
                None,
                f"which stories? {where}; give the folder (summarizer build STORIES_DIR) "
                "or start a site with: summarizer new DIR",
            )
        args.seeds = cfg.stories
    if args.out is None:
        args.out = cfg.output or Path("site")
    if args.base_url is None:
        args.base_url = cfg.base_url
    return cfg


def build_options(args: argparse.Namespace, cfg: ProjectConfig) -> dict[str, Any]:
    """Keyword arguments of build_site for this site: engine, theme, languages."""
    from ..config.templates import site_theme
    from ..site.engine import PipelineEngine

    options: dict[str, Any] = {
        "base_url": args.base_url,
        "engine": PipelineEngine(cfg),
        "template_dir": site_theme(cfg),
    }
    if cfg.languages:
        options["langs"] = cfg.languages
    return options


def run(args: argparse.Namespace) -> int:
    from ..site.build import build_site
    from ..site.jobs import tty_progress
    from ..site.shards import merge_shards

    cfg = resolve_site(args)
    options = build_options(args, cfg)
    if args.changed and (args.merge or args.shard):
        raise ConfigError.at(None, "--changed is for a whole-site build, not a shard or merge")
    if args.merge:
        report = merge_shards(args.merge, args.out, args.jobs, **options)
    else:
        report = build_site(
            args.seeds,
            args.out,
            args.jobs,
            force=args.force,
            progress=tty_progress(),
            shard=args.shard,
            changed=args.changed,
            **options,
        )
    sys.stderr.write(
        f"built {args.out}: {report.stories} stories, {len(report.rendered)} rendered, "
        f"{len(report.pages_written)} files written\n"
    )
    return 0
