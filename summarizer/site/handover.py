"""Hand a finished build to the live site in one step; clean up after crashes.

Every build writes a complete site into a fresh staging directory beside
the output (``.site-tmp-<name>-XXXXXXXX``: same file system, so renames are
atomic), never into the live one. An incremental build renders only what
changed and hard-links every other file of the live site into staging: no
data is copied, and since no file is ever modified in place (pages are
written as new files) the shared links are safe. Killed or interrupted
mid-way, the issue-12 incremental hand-over (one ``os.replace`` per page)
left 1,745 old and 255 new pages live; a whole-tree switch cannot.

The switch is ``renameat2(RENAME_EXCHANGE)``, which swaps the two
directories at once, so a reader (``serve``, a web server) sees the whole
old site or the whole new one; the old tree, now at the staging path, is
deleted. Where the kernel or file system cannot exchange, two renames are
used (output -> backup, staging -> output); a crash between them leaves
no output for a moment, and the next build moves the backup back.

Leftovers of killed builds (staging trees, backups) carry the output's name
and are removed by the next build of that output, under its lock
(``reclaim``). Directories are made with mode 0777 and files 0666, less the
umask, like any other program's output (``mkdtemp`` made the site 0700).
"""

from __future__ import annotations

import ctypes
import errno
import logging
import os
import secrets
import shutil
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import BuildError, SummarizerError
from ..model import SourceSpan

log = logging.getLogger(__name__)

#: Present in every directory ``summarizer build`` made; only those are replaced.
MARKER = ".summarizer-site"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
#: Test hook: ``point:flagfile`` makes the build touch ``flagfile`` and sleep at
#: that point, so the fault tests can SIGKILL it there (see tests/badinput).
PAUSE_ENV = "SUMMARIZER_PAUSE_AT"


def pause_point(name: str) -> None:
    """Stop here for the fault tests when ``$SUMMARIZER_PAUSE_AT`` names this point."""
    spec = os.environ.get(PAUSE_ENV, "")
    point, _, flag = spec.partition(":")
    if point != name or not flag:
        return
    Path(flag).write_text(f"{os.getpid()}\n", encoding="ascii")
    time.sleep(3600)


def _prefix(out_dir: Path, kind: str) -> str:
    return f".site-{kind}-{out_dir.name}-"


def make_staging(out_dir: Path) -> Path:
    """A new empty directory beside ``out_dir``, with the umask's permissions."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(100):
        path = out_dir.parent / (_prefix(out_dir, "tmp") + secrets.token_hex(4))
        try:
            path.mkdir(0o777)
        except FileExistsError:
            continue
        return path
    raise BuildError.at(None, f"{out_dir.parent}: cannot make a staging directory")


def reclaim(out_dir: Path) -> None:
    """Remove what killed builds of ``out_dir`` left beside it (call under the lock):
    staging trees, and backups (moved back first if the output is missing)."""
    parent = out_dir.parent
    if not parent.is_dir():
        return
    for kind in ("old", "tmp"):
        for path in sorted(parent.glob(_prefix(out_dir, kind) + "*")):
            if kind == "old" and not out_dir.exists() and (path / MARKER).exists():
                log.warning("%s: restoring the site an interrupted build moved aside", out_dir)
                os.rename(path, out_dir)
                continue
            log.warning("%s: removing what an interrupted build left", path)
            remove(path)


def remove(path: Path) -> None:
    """Delete a tree (or a stray file or symlink) without following links out of it."""
    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)


def link_tree(live: Path, staging: Path, skip: set[str]) -> int:
    """Hard-link every file of ``live`` that ``staging`` lacks into it, except
    the paths in ``skip`` (relative, ``/``-separated). Symlinks are never
    carried over: the build makes none, so one in the live site was planted.

    This is the one step of an incremental build that grows with the archive
    (a link per file), so it costs one system call per file: the directory
    entries say what is a symlink, a file this build rendered shows up as
    ``FileExistsError``, and a directory is made only when a link finds none.
    """
    return _link_dir(str(live), str(staging), "", skip)


def _link_dir(src_dir: str, dst_dir: str, base: str, skip: set[str]) -> int:
    linked = 0
    made = os.path.isdir(dst_dir)
    with os.scandir(src_dir) as entries:
        for entry in entries:
            rel = base + entry.name
            if entry.is_symlink():
                if entry.is_dir():
                    log.warning("%s: skipping a symlink the build did not make", entry.path)
                continue
            dst = os.path.join(dst_dir, entry.name)
            if entry.is_dir():
                linked += _link_dir(entry.path, dst, rel + "/", skip)
                continue
            if rel in skip:
                continue
            if not made:
                try:
                    os.mkdir(dst_dir)  # its parent is made, unless it had no files yet
                except FileNotFoundError:
                    os.makedirs(dst_dir, exist_ok=True)
                except FileExistsError:
                    pass  # made by a subdirectory's makedirs above
                made = True
            try:
                os.link(entry.path, dst)
            except FileExistsError:
                continue  # rendered by this build
            except OSError as exc:
                if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
                    raise
                shutil.copy2(entry.path, dst)
            linked += 1
    return linked


def hand_over(
    staging: Path, out_dir: Path, keep: Callable[[Path], None] | None = None
) -> None:
    """Make the complete tree in ``staging`` the live ``out_dir`` in one step.
    The old site, swapped to ``staging``'s path, is given to ``keep`` if any
    (``spare.keep``), else deleted."""
    pause_point("handover")
    if not out_dir.exists() and not out_dir.is_symlink():
        os.rename(staging, out_dir)
        return
    if not out_dir.is_dir() or (not (out_dir / MARKER).exists() and any(out_dir.iterdir())):
        # Never replace what we did not build (e.g. -o pointing at $HOME).
        raise BuildError.at(
            None,
            f"{out_dir} exists, is not empty and was not made by 'summarizer build'; "
            "refusing to replace it",
        )
    if exchange(staging, out_dir):
        pause_point("exchanged")
        if keep is not None:
            try:
                keep(staging)  # now the old site
                return
            except OSError as exc:  # the new site is live: the spare is only a saving
                log.warning("%s: not kept as the spare (%s)", staging, exc.strerror or exc)
        remove(staging)
        return
    backup = out_dir.parent / (_prefix(out_dir, "old") + secrets.token_hex(4))
    os.rename(out_dir, backup)
    pause_point("moved-aside")
    try:
        os.rename(staging, out_dir)
    except OSError:
        os.rename(backup, out_dir)
        raise
    remove(backup)


def exchange(a: Path, b: Path) -> bool:
    """Swap two directories atomically (Linux renameat2); False where unsupported."""
    if os.environ.get("SUMMARIZER_NO_EXCHANGE"):  # tests of the fallback
        return False
    func = _renameat2()
    if func is None:
        return False
    ret = func(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if ret == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EPERM):
        return False
    raise OSError(err, os.strerror(err), str(b))


@lru_cache(maxsize=1)
def _renameat2() -> Any:
    """libc's renameat2 (glibc 2.28+), or None."""
    try:
        func = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError, TypeError):
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    func.restype = ctypes.c_int
    return func


def io_error(exc: OSError, out_dir: Path) -> SummarizerError:
    """One line for an I/O error: the input it happened on, or else the output
    (a full disk is the site's problem, not the seed being rendered; issue 12
    saw 521 tracebacks each blaming a seed)."""
    what = exc.strerror or str(exc)
    name = os.path.abspath(os.fsdecode(exc.filename)) if exc.filename is not None else ""
    out = os.path.abspath(out_dir)
    parent = os.path.dirname(out)
    written = (
        not name
        or name.startswith(os.path.join(parent, ".site-"))  # staging, backups, the lock
        or name == out
        or name.startswith(out + os.sep)
        or out.startswith(name.rstrip(os.sep) + os.sep)  # a directory on the way to it
    )
    if written:
        return BuildError.at(None, f"{out_dir}: cannot write the site: {what}")
    return BuildError.at(SourceSpan(name, 1, 1), f"cannot read: {what}")
