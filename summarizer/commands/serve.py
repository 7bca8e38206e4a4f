"""``summarizer serve [SEEDS_DIR] [--port N]``: preview the site while editing facts.

Options are checked before anything starts (a zero interval busy-looped at
93% CPU; a bad or busy port was a traceback), the port is bound before the
first build so a busy one fails at once, and a first build that fails is
reported and served anyway: the last good site, if any, stays online and
the next change rebuilds.
"""

from __future__ import annotations

import argparse
import errno
import socket
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError, SummarizerError
from ..paths import DEFAULTS_DIR
from .build import add_site_options, build_options, resolve_site

if TYPE_CHECKING:
    from ..config.project import ProjectConfig
    from ..site.devloop import DevState


def port_number(text: str) -> int:
    """argparse type: a TCP port, 0 (any free one) to 65535."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port from 0 to 65535 but received: {text!r}")
    return port


def interval(text: str) -> float:
    """argparse type: seconds between change checks, 0.05 to 3600."""
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0.05 <= value <= 3600:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(
            f"expected seconds from 0.05 to 3600 but received: {text!r}"
        )
    return value


def busy_port_message(port: int) -> str:
    """One line for a port another program holds, naming a free one to try."""
    for candidate in range(port + 1, min(port + 50, 65536)):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", candidate))
            except OSError:
                continue
        return f"port {port} is in use; try --port {candidate}"
    return f"port {port} is in use; try --port 0 (any free port)"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("serve", help="build, serve on 127.0.0.1 and rebuild on change")
    add_site_options(p)
    p.add_argument(
        "-p", "--port", type=port_number, default=8000, help="port (default 8000; 0 = any free)"
    )
    p.add_argument(
        "--interval",
        type=interval,
        default=0.25,
        help="seconds between looks for changes where no file-system watch can be had "
        "(default 0.25)",
    )
    p.add_argument(
        "--no-check",
        action="store_true",
        help="do not show check's findings on the pages (the editor's loop)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..site.build import build_site
    from ..site.devloop import DevState
    from ..site.jobs import tty_progress
    from ..site.seeds import seed_hint
    from ..site.serve import build_error, make_server, serve
    from ..site.watcher import snapshot

    cfg = resolve_site(args)
    dev = None if args.no_check else DevState()
    try:
        server = make_server(args.out, args.port, dev)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError.at(None, busy_port_message(args.port)) from None
        raise ConfigError.at(
            None, f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}"
        ) from None
    try:
        options = build_options(args, cfg)
        rebuild = partial(build_site, args.seeds, args.out, args.jobs, **options)
        after = _editor_loop(dev, args.seeds, cfg) if dev else None
        watched = [args.seeds, DEFAULTS_DIR, *cfg.override_files()]
        watched += [cfg.file] if cfg.file else []
        before = snapshot(watched)  # an edit saved while the first build runs is not lost
        error = build_error(partial(rebuild, force=args.force, progress=tty_progress()))
        if after:
            after(error)
        is_story_name = options["engine"].is_story_name

        def rebuild_changed(files: list[str]) -> object:
            # the watcher saw which files changed: a facts file alone needs no look at the rest
            return rebuild(changed=seed_hint(files, args.seeds, is_story_name))

        serve(server, args.out, watched, rebuild_changed, args.interval, after, before)
    finally:
        server.server_close()
    return 0


def _editor_loop(dev: DevState, stories: Path, cfg: ProjectConfig) -> Callable[[str], None]:
    """After each build: record it, then have check run (in its own thread,
    ``devloop.Checker``) and keep its findings per story."""
    from ..pipeline import Project, load_project
    from ..site.devloop import Checker, StoryLoads, check_findings
    from ..site.watcher import snapshot

    project: list[Project] = []
    loads = StoryLoads()
    stamp: list[object] = [None]

    def loader() -> Project:
        if not project:
            project.append(load_project(cfg))
        return project[0]

    def check() -> None:
        now = snapshot([DEFAULTS_DIR, *cfg.override_files()])
        if now != stamp[0]:  # the glossary or vocabulary changed: load and validate anew
            stamp[0] = now
            project.clear()
            loads.clear()
        try:
            dev.set_findings(check_findings(stories, loader, loads, cfg.source_dirs()))
        except SummarizerError as exc:  # the project itself is broken: show it everywhere
            dev.set_findings({"": [exc.render()]})
        except Exception as exc:  # noqa: BLE001 -- a bug in a check must not end the loop
            dev.set_findings({"": [f"check failed: {type(exc).__name__}: {exc}"]})

    checker = Checker(check)

    def after(error: str) -> None:
        dev.built(error)
        checker.request()

    return after
