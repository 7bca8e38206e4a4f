"""What changed under the folders ``summarizer serve`` watches.

File-system events (inotify and its peers, through ``watchfiles``) when they
can be had: an editor's save is seen at once and costs nothing while nothing
changes. Otherwise, or when the system refuses a watch (inotify's limits),
the files are looked at every ``interval`` seconds: one ``stat`` per file, so
at 50,000 facts files 0.19 s of CPU a look (issue 13), every look. Either
way a change comes out as the sorted list of the files added, removed or
changed, which ``serve`` hands to the build (``seeds.seed_hint``).

A watch sees only what happens once it is in place, and it is put in place
after the first build, in the loop's first step. An edit saved in between
(while the site was building, or just after "serving" was printed) used to
be lost for good: serve showed the old page until the next save. So the
caller's snapshot from before its build is compared with the files once the
watch is in place, and what differs is the first change reported.
"""

from __future__ import annotations

import logging
import os
import stat
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)
Snapshot = tuple[tuple[str, int, int], ...]


def changes(
    watched: list[Path],
    stop: threading.Event,
    interval: float,
    events: bool = True,
    since: Snapshot | None = None,
) -> Iterator[list[str]]:
    """The files that changed under ``watched``, a list per change, until
    ``stop``; the first includes what changed after ``since`` (the files as
    the caller last built them; default: as they are when the watch starts)."""
    if since is None:
        since = snapshot(watched)
    if events:
        try:
            import watchfiles
        except ImportError:  # pragma: no cover - a declared dependency
            events = False
    if not events:
        yield from _looks(watched, stop, interval, since)
        return
    paths = [p for p in watched if p.exists()]
    caught_up = False
    try:
        # 50 ms: an editor's save (write, rename) is one change, seen at once. The watch
        # yields (empty) every interval without changes: the first such yield, or the first
        # change, says the watch is in place, and what changed before it is looked up then.
        for batch in watchfiles.watch(
            *paths,
            stop_event=stop,
            debounce=50,
            step=50,
            rust_timeout=max(1, round(interval * 1000)),
            yield_on_timeout=True,
        ):
            found = {path for _, path in batch}
            if not caught_up:
                caught_up = True
                found.update(changed_files(since, snapshot(watched)))
            if found:
                yield sorted(found)
    except OSError as exc:  # no watch to be had (inotify's limits): look instead
        log.warning("cannot watch for changes (%s): looking every %s s", exc, interval)
        yield from _looks(watched, stop, interval, since)


def _looks(
    watched: list[Path], stop: threading.Event, interval: float, since: Snapshot
) -> Iterator[list[str]]:
    last = since
    while not stop.wait(interval):
        now = snapshot(watched)
        if now != last:
            found, last = changed_files(last, now), now
            yield found


def snapshot(paths: Iterable[Path]) -> Snapshot:
    """(path, mtime_ns, size) of every file under ``paths``, sorted: cheap
    change detection (strings and ``os.walk``, no Path per file: without
    file-system events one is taken every ``--interval``, over every facts
    file of the archive; ``serve`` also stamps the glossary and vocabulary)."""
    out = []
    for root in paths:
        top = str(root)
        if os.path.isdir(top):
            files = [os.path.join(d, f) for d, _, names in os.walk(top) for f in names]
        else:
            files = [top]
        for path in files:
            try:
                st = os.stat(path)
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode):
                out.append((path, st.st_mtime_ns, st.st_size))
    out.sort()
    return tuple(out)


def changed_files(before: Snapshot, after: Snapshot) -> list[str]:
    """The files added, removed or changed between two snapshots, sorted."""
    old = {path: (mtime, size) for path, mtime, size in before}
    new = {path: (mtime, size) for path, mtime, size in after}
    return sorted(path for path in old.keys() | new.keys() if old.get(path) != new.get(path))
