"""Digest entries read back a page's worth at a time (``EntryCache``).

A listing shows what each story's entry file says of it (titles, leads,
points per reader); the workers wrote those files, and the live state holds
the previous builds'. Holding every story's entries took 946 MB at 50,000
stories (issue 13), so they are read on demand and only the most recently
used are kept.
"""

from __future__ import annotations

import json
import sqlite3
from collections import OrderedDict
from pathlib import Path
from typing import Any

from . import state
from .pages import EntryStore
from .storyrecord import StoryRecord


class EntryCache(EntryStore):
    """Digest entries of every story, read on demand from ``sources`` in
    order: directories of entry files (this build's staging tree) and state
    databases (the live cache's), keeping only the ``size`` most recently
    used: a build holds a page's worth of stories, not the archive (issue 13:
    entries of every story held in memory took 946 MB at 50,000 stories). The
    build writes digest pages grouped by page number, so the stories of a
    page are read once for all personas. A story's entries are ~30 KB as
    Python objects: 128 of them are ~4 MB, 512 were 16 MB of a 10,000-story
    build's listing peak (issue 13), and the pass of the search index over
    every story goes around the cache (``scan``) rather than through it."""

    def __init__(self, sources: list[Path], size: int = 128, titles: int = 2048) -> None:
        super().__init__(None)
        self.sources = sources
        self.size = size
        self._recent: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._titles: OrderedDict[str, dict[str, str]] = OrderedDict()
        self._titles_size = titles
        self._conns: dict[Path, sqlite3.Connection] = {}

    def __call__(self, record: StoryRecord) -> dict[str, dict[str, Any]]:
        if record.entries is not None:
            return record.entries
        hit = self._recent.get(record.id)
        if hit is not None:
            self._recent.move_to_end(record.id)
            return hit
        entries = self._load(record.id)
        self._recent[record.id] = entries
        if len(self._recent) > self.size:
            self._recent.popitem(last=False)
        return entries

    def title(self, record: StoryRecord, lang: str) -> str:
        """``record``'s title in ``lang``, from a cache of titles alone: the
        related-stories blocks of the story pages, written in id order, name
        stories near each in time, which that order does not keep together,
        so through the entries cache nearly every one was a miss that read
        and parsed the whole entry file (1.7% of a 1,000-story build). 2,048 stories' titles
        in every language are ~1.7 MB, whatever the archive's size."""
        if record.entries is not None:
            return super().title(record, lang)
        titles = self._titles.get(record.id)
        if titles is None:
            entries = self._recent.get(record.id) or self._load(record.id)
            titles = {code: e["title"] for code, e in entries.items()}
            self._titles[record.id] = titles
            if len(self._titles) > self._titles_size:
                self._titles.popitem(last=False)
        else:
            self._titles.move_to_end(record.id)
        return titles[lang]

    def scan(self, record: StoryRecord) -> dict[str, dict[str, Any]]:
        """``record``'s entries, kept only if they already were (a pass over
        every story would push out the recent ones for entries read once)."""
        if record.entries is not None:
            return record.entries
        return self._recent.get(record.id) or self._load(record.id)

    def _load(self, story_id: str) -> dict[str, dict[str, Any]]:
        for source in self.sources:
            text = self._read(source, story_id)
            if text is not None:
                entries: dict[str, dict[str, Any]] = json.loads(text)
                return entries
        raise KeyError(story_id)

    def _read(self, source: Path, story_id: str) -> str | None:
        if source.name != state.STATE:
            try:
                return (source / f"{story_id}.json").read_text(encoding="utf-8")
            except FileNotFoundError:
                return None
        conn = self._conns.get(source)
        if conn is None:
            try:
                conn = self._conns[source] = state.connect(source)
            except state.StateError:
                return None
        return state.read_entry(conn, story_id)

    def close(self) -> None:
        """Close the databases (before the build updates the live one)."""
        for conn in self._conns.values():
            conn.close()
        self._conns.clear()
