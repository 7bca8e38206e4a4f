"""The previous build's page keys, read from the state as they are wanted.

At 50,000 stories the state holds 1.3 million page rows: an edit looks up
the few thousand pages it planned (in batches), counts or lists a search
folder with one query, and reads every key only when a build compares them
all. The helpers below take either a ``PageKeys`` or a plain dict (a full
build's, a test's) and answer the same.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from .state import StateError, connect, read_pages

#: Page keys asked for in one query.
_BATCH = 500


class PageKeys(Mapping[str, str]):
    """The previous build's page keys, read from the state one by one until
    all are wanted (an edit looks up the few pages it planned; any other
    build compares every page, and reads them all in one query)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._all: dict[str, str] | None = None
        # keys read so far (None: no such page): an edit looks its pages up
        # once to plan them, again to update the state
        self._known: dict[str, str | None] = {}
        self._conn: sqlite3.Connection | None = None
        # folder -> its pages (~13,000 a search index folder at 50,000
        # stories): listed only when an edit cannot patch the index
        self._under: dict[str, list[str]] = {}

    def all(self) -> dict[str, str]:
        if self._all is None:
            self._all = read_pages(self._db())
            self.close()
        return self._all

    def __getitem__(self, rel: str) -> str:
        if self._all is not None:
            return self._all[rel]
        if rel not in self._known:
            self.fetch((rel,))
        key = self._known[rel]
        if key is None:
            raise KeyError(rel)
        return key

    def fetch(self, rels: Iterable[str]) -> None:
        """Read the keys of ``rels`` in one query per ``_BATCH`` of them, not
        one per page (an edit's few thousand planned pages at 50,000 stories:
        ~0.3 s of queries one by one); later lookups are answered from memory."""
        if self._all is not None:
            return
        todo = [rel for rel in dict.fromkeys(rels) if rel not in self._known]
        for start in range(0, len(todo), _BATCH):
            part = todo[start : start + _BATCH]
            query = f"SELECT rel, key FROM pages WHERE rel IN ({','.join('?' * len(part))})"
            found = dict(self._db().execute(query, part).fetchall())
            self._known.update((rel, found.get(rel)) for rel in part)

    def __iter__(self) -> Iterator[str]:
        return iter(self.all())

    def __len__(self) -> int:
        return len(self.all())

    def under(self, folder: str) -> list[str]:
        """The pages in ``folder`` (a path without its final '/')."""
        if self._all is not None:
            return sorted(rel for rel in self._all if rel.startswith(folder + "/"))
        found = self._under.get(folder)
        if found is None:
            query = "SELECT rel FROM pages WHERE rel > ? AND rel < ? ORDER BY rel"
            rows = self._db().execute(query, (folder + "/", folder + "0"))
            found = self._under[folder] = [str(r[0]) for r in rows]
        return list(found)

    def count_under(self, folder: str) -> int:
        """How many pages ``folder`` holds (counted by sqlite, none read)."""
        if self._all is not None or folder in self._under:
            return len(self.under(folder))
        query = "SELECT COUNT(*) FROM pages WHERE rel > ? AND rel < ?"
        return int(self._db().execute(query, (folder + "/", folder + "0")).fetchone()[0])

    def html_pages(self) -> list[str]:
        """The HTML pages but story pages and search pages (what a sitemap
        lists of the listings), read by one query, not all kept."""
        if self._all is not None:
            return [rel for rel in self._all if _listing_html(rel)]
        query = (
            "SELECT rel FROM pages WHERE rel LIKE '%.html' AND rel NOT LIKE '%/stories/%'"
            " AND rel NOT LIKE '%/search.html' ORDER BY rel"
        )
        return [str(r[0]) for r in self._db().execute(query)]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            try:
                self._conn = connect(self.path)
            except StateError as exc:  # it was readable when the build began
                raise OSError(f"{self.path}: {exc}") from None
        return self._conn


def fetch_keys(pages: Mapping[str, str], rels: Iterable[str]) -> None:
    """Read the keys of ``rels`` at once if ``pages`` reads them from the state."""
    if isinstance(pages, PageKeys):
        pages.fetch(rels)


def count_under(pages: Mapping[str, str], folder: str) -> int:
    """How many pages ``folder`` holds (a count query on a ``PageKeys``)."""
    if isinstance(pages, PageKeys):
        return pages.count_under(folder)
    return len(pages_under(pages, folder))


def pages_under(pages: Mapping[str, str], folder: str) -> list[str]:
    """The pages in ``folder`` (one query on a loaded state's ``PageKeys``)."""
    if isinstance(pages, PageKeys):
        return pages.under(folder)
    return sorted(rel for rel in pages if rel.startswith(folder + "/"))


def listing_html(pages: Mapping[str, str]) -> list[str]:
    """The HTML pages of ``pages`` but story and search pages (one query on
    a ``PageKeys``: at 50,000 stories the state holds 1.3 million pages)."""
    if isinstance(pages, PageKeys):
        return pages.html_pages()
    return sorted(rel for rel in pages if _listing_html(rel))


def _listing_html(rel: str) -> bool:
    return rel.endswith(".html") and "/stories/" not in rel and not rel.endswith("/search.html")
