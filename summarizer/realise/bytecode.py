"""Compiled Jinja templates kept between runs, in the user cache.

Compiling the templates a rebuild or a one-story ``render`` uses is a fixed
cost of every run (about 0.25 s of a one-story site rebuild). Jinja's
``FileSystemBytecodeCache`` keeps the compiled code keyed by the template's
name and a checksum of its source, so an edited template is compiled again;
the cache lives beside the merged OpenCC dictionaries and the compiled facts
validator (``paths.user_cache_dir``). It is an optimisation only: a cache
that cannot be read or written (a read-only home, a full disk) is skipped
silently and the templates are compiled as before.

Every edit of a template leaves its old entry behind, so a process that
writes an entry first trims the folder to the ``KEEP`` newest (a newsroom
editing its templates in ``serve`` for a year would otherwise fill the
disk; this checkout's own had 2,287 entries, 32 MB, after a week of work).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from jinja2.bccache import Bucket, BytecodeCache, FileSystemBytecodeCache

from ..paths import user_cache_dir
from ..userfiles import prune_quietly

#: Entries kept: five times the ~200 templates the package ships, so the
#: entries of a project's own templates and of the previous release stay.
KEEP = 1_000


class _QuietCache(FileSystemBytecodeCache):
    """A file cache whose I/O errors cost a compile, never a failed run."""

    trimmed = False
    """Set once this process has trimmed the folder: one scan per process
    that compiles, not one per template it compiles (~5 ms each)."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError):
            bucket.reset()  # unreadable or truncated: compile from source

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):  # nowhere to keep it: compile again next run
            super().dump_bytecode(bucket)
        if not _QuietCache.trimmed:
            _QuietCache.trimmed = True
            prune_quietly(Path(self.directory), self.pattern % "*", KEEP)


def bytecode_cache() -> BytecodeCache | None:
    """The shared cache, or None when its directory cannot be made."""
    directory = user_cache_dir() / "jinja"
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(directory, os.W_OK | os.X_OK):
        return None
    return _QuietCache(str(directory))
