"""``summarizer serve [SEEDS_DIR] [--port N]``: preview the site while editing facts."""

from __future__ import annotations

import argparse
from functools import partial

from ..paths import GLOSSARY_PATH, PERSONAS_PATH, TEMPLATES_DIR
from .build import add_site_options


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("serve", help="build, serve on 127.0.0.1 and rebuild on change")
    add_site_options(p)
    p.add_argument("-p", "--port", type=int, default=8000, help="port (default 8000; 0 = any free)")
    p.add_argument("--interval", type=float, default=1.0, help="seconds between change checks")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..site.build import build_site
    from ..site.jobs import tty_progress
    from ..site.serve import serve

    rebuild = partial(build_site, args.seeds, args.out, args.jobs, base_url=args.base_url)
    rebuild(force=args.force, progress=tty_progress())
    watched = [args.seeds, TEMPLATES_DIR, GLOSSARY_PATH, PERSONAS_PATH]
    serve(args.out, args.port, watched, rebuild, args.interval)
    return 0
