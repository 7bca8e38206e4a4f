"""One build per output directory at a time, and never a lock that outlives its build.

A build holds ``flock(LOCK_EX)`` on the directory ``.site-lock-<name>``
beside the output and writes its pid into ``owner`` inside it while it
builds. ``flock`` locks die with the process holding them, so a build killed
with ``kill -9`` releases its lock, as long as no forked worker inherited
the descriptor: workers close it first thing (``close_in_child``) and die
with their parent (``jobs``), because an orphaned worker holding the lock
made every later build of that output hang silently (issue 12).

Should the lock still be held while the pid in ``owner`` is dead (orphans
of an older version, say), the waiter says so and takes it over: it moves
the old lock directory aside and locks a fresh one. A previous build that
was killed (``owner`` left behind, lock free) is reported too, and the
caller then reclaims its staging and backup trees (``handover.reclaim``).
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

OWNER = "owner"
#: Seconds between checks while another live build holds the lock.
POLL = 0.2
_HELD: int | None = None
"""The descriptor of the lock this process holds (closed in forked workers)."""


def lock_dir(out_dir: Path) -> Path:
    """The lock directory of ``out_dir`` (beside it, so it matches ``.site-*/``)."""
    return out_dir.parent / f".site-lock-{out_dir.name}"


@contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """Hold the build lock of ``out_dir`` for the duration of the block."""
    global _HELD
    path = lock_dir(out_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = _acquire(path)
    _HELD = fd
    try:
        _write_owner(path)
        yield
    finally:
        _HELD = None
        with contextlib.suppress(OSError):
            (path / OWNER).unlink()
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def close_in_child() -> None:
    """In a forked worker: drop the inherited lock descriptor, so only the
    parent holds the lock and its death frees it."""
    global _HELD
    if _HELD is not None:
        with contextlib.suppress(OSError):
            os.close(_HELD)
        _HELD = None


def _acquire(path: Path) -> int:
    said = False
    while True:
        path.mkdir(exist_ok=True)
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _owner(path)
            if pid is not None and not alive(pid) and _still_stale(path, fd, pid):
                log.warning(
                    "%s: the build holding this lock (pid %d) is dead; taking the lock over",
                    path,
                    pid,
                )
                _set_aside(path, fd)
                os.close(fd)
                continue
            if not said:
                who = f"pid {pid}" if pid is not None else "another process"
                log.warning("%s: waiting for the build of %s to finish", path, who)
                said = True
            os.close(fd)
            time.sleep(POLL)
            continue
        pid = _owner(path)
        if pid is not None and pid != os.getpid():
            log.warning(
                "%s: a previous build (pid %d) did not finish; cleaning up after it", path, pid
            )
        return fd


def _still_stale(path: Path, fd: int, pid: int) -> bool:
    """Check twice: a new holder may have locked but not yet written its pid."""
    time.sleep(POLL)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return _owner(path) == pid
    fcntl.flock(fd, fcntl.LOCK_UN)
    return False


def _set_aside(path: Path, fd: int) -> None:
    """Move a stale lock directory out of the way (only if it is still the one
    we found: another waiter may have replaced it already)."""
    try:
        if os.stat(path).st_ino != os.fstat(fd).st_ino:
            return
        trash = path.with_name(f"{path.name}.stale-{secrets.token_hex(4)}")
        os.rename(path, trash)
        shutil.rmtree(trash, ignore_errors=True)
    except OSError:
        pass


def _write_owner(path: Path) -> None:
    tmp = path / f".{OWNER}.{os.getpid()}"
    tmp.write_text(f"{os.getpid()}\n", encoding="ascii")
    os.replace(tmp, path / OWNER)


def _owner(path: Path) -> int | None:
    try:
        text = (path / OWNER).read_text(encoding="ascii").strip()
        return int(text) if text.isdigit() else None
    except (OSError, ValueError):
        return None


def alive(pid: int) -> bool:
    """Whether ``pid`` is a running process (a zombie counts as dead)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]
