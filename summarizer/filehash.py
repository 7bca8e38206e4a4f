"""Hashes of sets of files (code, templates, data), remembered by their stat.

A site build's fingerprint hashes the package's code and data and the site
templates, ~400 files and 3 MB: reading and hashing them was ~0.03 s of
every one-story rebuild (issue 13), for files that almost never change. As
make and Git do, a set whose files all stat as they did last time keeps the
hash it had: the stats (device, inode, size, mtime and ctime in
nanoseconds) are hashed and kept beside the content hash in the user cache
(``hashes/``, a small file per set of names, the ``KEEP`` most recent).
ctime cannot be set back by a tool that restores mtimes (``cp -p``, an
unpacked archive), so a file written since has another stat even if its
mtime was kept.

A write in the same clock tick as the stat could leave the stat unchanged
(Git's "racily clean" entries): a set with a file changed in the last two
seconds is hashed but not remembered. A cache that is missing, unreadable
or cannot be written means the files are read, as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import time
from collections.abc import Iterable
from pathlib import Path

from .paths import user_cache_dir
from .userfiles import prune_quietly, write_quietly

#: Files changed this recently are not trusted to show it in their stat.
SETTLED_NS = 2_000_000_000
#: Bumped when what a kept hash covers changes.
FORMAT = "filehash-1"
#: Sets remembered at once (a set is its file names: every checkout, site
#: template folder and test run has its own); the least recently written go.
KEEP = 64


def hash_files(paths: Iterable[Path], salt: str = "") -> str:
    """sha256 over file names and contents, in sorted order: the fingerprint
    of the code, templates or data an output was made with (a path that is
    not a regular file hashes as missing). Remembered while the files stat
    the same (see the module's docstring).

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("a")
    >>> hash_files([d / "a.txt"]) == hash_files([d / "a.txt"])
    True
    >>> h = hash_files([d / "a.txt"])
    >>> _ = (d / "a.txt").write_text("b")
    >>> hash_files([d / "a.txt"]) != h
    True
    """
    ordered = sorted(paths)
    names = "\0".join(map(str, ordered))
    seen, settled = _stats(ordered)
    memo = user_cache_dir() / "hashes" / _sha(f"{FORMAT}\0{salt}\0{names}")[:32]
    with contextlib.suppress(OSError, UnicodeDecodeError):
        kept_seen, _, kept = memo.read_text(encoding="ascii").partition(" ")
        if kept_seen == seen and len(kept) == 64:
            return kept
    digest = content_hash(ordered, salt)
    if settled:
        write_quietly(memo, f"{seen} {digest}".encode("ascii"))
        prune_quietly(memo.parent, "[0-9a-f]*", KEEP)
    return digest


def tree_files(root: Path, suffixes: tuple[str, ...] = ()) -> list[Path]:
    """The files under ``root`` (ending in one of ``suffixes``, if given), by
    directory entries: ``Path.rglob`` and an ``is_file`` per path cost more
    than hashing the stats. Bytecode caches are skipped; a name that is not
    a regular file hashes as missing.

    >>> [p.name for p in tree_files(Path(__file__).parent, (".py",)) if p.stem == "filehash"]
    ['filehash.py']
    """
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        out += [Path(folder, f) for f in files if not suffixes or f.endswith(suffixes)]
    return out


def content_hash(ordered: list[Path], salt: str = "") -> str:
    """The hash itself: every file's name and bytes, in the order given."""
    h = hashlib.sha256(salt.encode())
    for path in ordered:
        h.update(str(path).encode() + b"\0")
        try:
            h.update(path.read_bytes() if path.is_file() else b"<missing>")
        except OSError:
            h.update(b"<missing>")
        h.update(b"\0")
    return h.hexdigest()


def _stats(ordered: list[Path]) -> tuple[str, bool]:
    """A hash of the files' stats, and whether none changed in the last
    ``SETTLED_NS`` (by its mtime or ctime)."""
    parts = []
    newest = 0
    for path in ordered:
        try:
            st = os.stat(path)
        except OSError:
            parts.append("-")
            continue
        if not stat.S_ISREG(st.st_mode):
            parts.append("-")
            continue
        parts.append(f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}")
        newest = max(newest, st.st_mtime_ns, st.st_ctime_ns)
    return _sha("\n".join(parts)), time.time_ns() - newest > SETTLED_NS


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
