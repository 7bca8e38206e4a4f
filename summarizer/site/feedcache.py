"""Feed entries kept between builds, in the build cache beside the output.

A feed shows its persona's newest 50 stories with each one's whole section
as content. When one of them changes, the feed's key changes and the whole
feed was rendered again: 21 feeds x 50 entries, each resolving relative
dates and Markdown in every sentence, about 0.03 s of CPU of a 0.4 s
one-story rebuild spent re-making 1,029 entries that had not changed.

So the XML of each entry is kept, keyed by everything it is made from: the
site's fingerprint (code, templates, glossary, languages) and base URL for
the whole file, and per entry the feed (language and persona), whether the
persona is the general one, the story's id, date and content hash. A key
that matches is the same bytes by construction; a story that changed has
a new hash and is made again.

One file (``FEEDS``) in the site's build cache (``cache.cache_dir``), holding
only the entries its feeds show now, so it stays at 50 entries a feed
however old the archive is, and goes with the site's cache. An edit
rewrites it in the live cache; a full build writes it into the staged cache
that replaces the live one. It is written once, by the building process,
after the listings (``save``): entries made in forked workers of a full
build are not kept, and the next edit makes those again. Like the compiled
templates (``realise/bytecode.py``) it is an optimisation only: a file
that is missing, unreadable, truncated, another configuration's or not
the expected shape costs a render of every entry, and one that cannot be
written is skipped silently.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from ..userfiles import write_quietly

#: Bumped when this file's layout changes. (The real engine's fingerprint
#: covers this package's code; an ``Engine`` of the caller's may not.)
VERSION = "1"

Feeds = dict[str, dict[str, str]]
"""feed path -> entry key -> the entry's XML."""


FEEDS = "feeds.json"


class FeedMemo:
    """The kept entries of one site's feeds, read when first needed."""

    def __init__(self, kept: Path, save_to: Path, fingerprint: str, base_url: str) -> None:
        """``kept``: the file an earlier build wrote; ``save_to``: where this
        build's goes (the same file for an edit)."""
        self.path, self.save_to = kept, save_to
        self.site = f"{VERSION}\0{fingerprint}\0{base_url}"
        self.kept: Feeds | None = None
        self.made: Feeds = {}
        """What this process's feeds show, by feed: written by ``save``."""

    def entries(self, rel: str, keys: Sequence[str], make: Callable[[int], str]) -> list[str]:
        """The entry for each of ``keys`` of the feed at ``rel``: kept or ``make(i)``."""
        if self.kept is None:
            self.kept = self._load()
        kept = self.kept.get(rel, {})
        out = [kept[k] if k in kept else make(i) for i, k in enumerate(keys)]
        self.made[rel] = dict(zip(keys, out, strict=True))
        return out

    def save(self, rels: Collection[str]) -> None:
        """Keep the entries of the feeds at ``rels`` (this build's feeds): the
        ones made here, else what was kept; rewritten only when changed."""
        kept = self._load() if self.kept is None else self.kept
        now = {
            rel: self.made[rel] if rel in self.made else kept[rel]
            for rel in rels
            if rel in kept or rel in self.made
        }
        if now != kept:
            blob = json.dumps({"site": self.site, "feeds": now}, ensure_ascii=False)
            write_quietly(self.save_to, blob.encode())

    def _load(self) -> Feeds:
        """The kept entries, or none when the file is another site
        configuration's or cannot be used."""
        with contextlib.suppress(OSError, ValueError, UnicodeDecodeError):
            data = json.loads(self.path.read_bytes())
            if isinstance(data, dict) and data.get("site") == self.site:
                feeds = data.get("feeds")
                if isinstance(feeds, dict) and all(_is_entries(v) for v in feeds.values()):
                    return feeds
        return {}


def _is_entries(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    )
