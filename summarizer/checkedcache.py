"""What a user file parses to, kept between runs in the user cache.

A glossary or a vocabulary is parsed and checked from YAML at the start of
every command; what comes out depends only on the files' bytes, the paths
they were named by (their spans print them) and the code that parses them.
So the result is kept in ``$XDG_CACHE_HOME/summarizer/<folder>/`` under a
hash of all three and read back in a millisecond or two. This module is the
mechanism both share (:mod:`.vocabulary.glossary_cache`,
:mod:`.vocabulary.vocab_cache`); each says how its value is stored.

Only a value that parsed without a problem is kept (a bad file is parsed
every time, so its messages are always the parser's own), never one whose
files changed while it was parsed. Anything wrong with the cache (missing,
unreadable, another format, half-written) means parsing as if there were
none; a cache that cannot be written only makes the next run slower.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from .userfiles import prune_quietly, read_bounded, write_quietly

T = TypeVar("T")

#: Where a value is kept, and the key its stored bytes must carry.
Found = tuple[Path, bytes]


def key_of(folder: Path, code: bytes, paths: Sequence[str | Path]) -> Found | None:
    """The cache file for what ``paths`` parse to (one file, or several layered)
    and the key its contents must carry: a hash of ``code`` (the parsing
    code's own hash), each path as named and each file's bytes; None when a
    file cannot be read (the parser then says why)."""
    h = hashlib.blake2b(code, digest_size=16)
    where = hashlib.blake2b(digest_size=12)
    for path in paths:
        try:
            data = read_bounded(path)
        except Exception:  # any failure is the parser's to word
            return None
        name = str(path).encode("utf-8", "surrogateescape")
        h.update(len(name).to_bytes(8, "big") + name + len(data).to_bytes(8, "big"))
        h.update(data)
        where.update(os.path.abspath(path).encode("utf-8", "surrogateescape") + b"\0")
        where.update(name + b"\0")
    return folder / f"{where.hexdigest()}.bin", h.digest()


def load(
    found: Callable[[], Found | None],
    parse: Callable[[], T],
    read: Callable[[bytes, bytes], T | None],
    dump: Callable[[bytes, T], bytes],
    keep: int,
) -> T:
    """The value kept at ``found()`` if ``read(stored, key)`` gives one back,
    else ``parse()`` (which raises for a bad file), kept as ``dump(key, value)``
    with the ``keep`` most recently written values of its folder."""
    where = found()
    if where is not None:
        try:
            kept = read(where[0].read_bytes(), where[1])
        except Exception:  # missing, torn or foreign: parse instead
            kept = None
        if kept is not None:
            return kept
    value = parse()
    if where is not None and found() == where:  # not edited while parsed
        write_quietly(where[0], dump(where[1], value))
        prune_quietly(where[0].parent, "*.bin", keep)
    return value
