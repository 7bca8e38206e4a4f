"""Feed entries kept between builds, in the user cache.

A feed shows its persona's newest 50 stories with each one's whole section
as content. When one of them changes, the feed's key changes and the whole
feed was rendered again: 21 feeds x 50 entries, each resolving relative
dates and Markdown in every sentence, a tenth of a one-story rebuild spent
re-making 1,029 entries that had not changed.

So the XML of each entry is kept, keyed by everything it is made from: the
site's fingerprint (code, templates, glossary, languages), the base URL,
the language, the persona and whether it is the general one, the story's
id, date and content hash. A key that matches is the same bytes by
construction; a story that changed has a new hash and is made again.

One file per feed (named by a hash of the feed's path, the fingerprint and
the base URL), holding only the entries the feed shows now, so it stays at
50 entries however old the archive is. Like the compiled templates
(``realise/bytecode.py``) it is an optimisation only: a file that is
missing, unreadable, truncated or not the expected shape costs a render of
every entry, and one that cannot be written is skipped silently.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from ..paths import user_cache_dir
from ..userfiles import write_quietly
from .pages import quick_hash

#: Bumped when this file's layout changes. (The real engine's fingerprint
#: covers this package's code; an ``Engine`` of the caller's may not.)
VERSION = "1"


def feed_file(rel: str, fingerprint: str, base_url: str) -> Path:
    """The cache file of the feed at ``rel`` for this site configuration."""
    name = quick_hash("\0".join((VERSION, fingerprint, base_url, rel)))
    return user_cache_dir() / "feeds" / f"{name}.json"


def _load(path: Path) -> dict[str, str]:
    """The kept entries, or none when the file cannot be used."""
    with contextlib.suppress(OSError, ValueError, UnicodeDecodeError):
        data = json.loads(path.read_bytes())
        if isinstance(data, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in data.items()
        ):
            return data
    return {}


def entries(path: Path, keys: Sequence[str], make: Callable[[int], str]) -> list[str]:
    """The entry for each of ``keys``: kept in ``path`` or ``make(i)``.

    The file is rewritten (atomically) only when an entry was made or one
    it held is no longer shown."""
    kept = _load(path)
    out = [kept[k] if k in kept else make(i) for i, k in enumerate(keys)]
    now = dict(zip(keys, out, strict=True))
    if now != kept:
        blob = json.dumps(now, ensure_ascii=False, separators=(",", ":"))
        write_quietly(path, blob.encode())
    return out
