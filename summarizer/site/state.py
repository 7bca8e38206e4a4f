"""The build state: one sqlite3 database beside the output, updated row by row.

What the previous build made and from which inputs (``cache.Manifest``) used
to be one JSON file, parsed whole and rewritten whole by every build, and
the digest entries one file per story, hard-linked one by one into each new
cache: at 10,000 stories ~0.5 s of a 1.6 s one-story rebuild (issue 13). Here
a story is a row (``stories``), a listing page a row (``pages``), a story's
digest entries a row (``entries``), so an edit reads the rows it needs and
writes only the rows it changed, in one transaction.

Pairing with the live site stays as before: the site's marker and the
``meta`` row ``token`` carry the same token, and a state whose token is not
the live site's is ignored (full build). A full build writes a new database
into a new cache directory switched in after the site (``cache.commit``); an
incremental one updates the live database in one transaction *after* the
site went live, so a build killed in between leaves the old token (sqlite
rolls an unfinished transaction back): the next build is a full one.

The token is a hash of the state's content that an edit can update without
reading every row: the sum, modulo 2**128, of one hash per story row and one
per page row, with the fingerprint, assets, personas and search sizes. So an
incremental build and a full build of the same stories still write the same
marker (the site stays byte-identical).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from . import handover

STATE = "state.sqlite"
FORMAT = "11"  # 11: tag groups (10: packed records; 9: sqlite rows; 8: manifest.json)
_MOD = 1 << 128
"""Page keys read per query (sqlite allows 999 parameters in old builds)."""
_SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE stories(
    key TEXT PRIMARY KEY, hash TEXT NOT NULL, id TEXT NOT NULL,
    published TEXT NOT NULL, mtime_ns INTEGER NOT NULL, size INTEGER NOT NULL,
    tags TEXT NOT NULL, card TEXT NOT NULL, tag_names TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE pages(rel TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE entries(id TEXT PRIMARY KEY, json TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE packed(n INTEGER PRIMARY KEY, v BLOB NOT NULL);
CREATE TABLE fresh(key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE groups(n INTEGER PRIMARY KEY, v BLOB NOT NULL);
"""
REPACK = 1000
"""Story keys written since the records were packed (``fresh``) beyond which
an incremental build packs them again."""
StoryRow = tuple[str, str, str, str, int, int, str, str, str]


class StateError(Exception):
    """The database is there but cannot be used (corrupt, another format)."""


def row_hash(*parts: object) -> int:
    """One row's share of the token (order-free: rows are summed)."""
    blob = "\0".join(str(p) for p in parts).encode()
    return int.from_bytes(hashlib.blake2b(blob, digest_size=16).digest(), "big")


def story_sum(rows: Iterable[StoryRow]) -> int:
    return sum(row_hash(*row) for row in rows) % _MOD


def page_sum(pages: Iterable[tuple[str, str]]) -> int:
    return sum(row_hash(rel, key) for rel, key in pages) % _MOD


def token(meta: Mapping[str, str], stories: int, pages: int) -> str:
    """The pairing token from the meta values and the two row sums."""
    parts = [f"{k}={meta[k]}" for k in sorted(meta) if k not in ("token", "sums")]
    parts.append(f"{stories:x} {pages:x}")
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=8).hexdigest()


def connect(path: Path) -> sqlite3.Connection:
    """An open database (``StateError`` if it is not one of ours)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise StateError(str(exc)) from None
    try:
        conn.execute("PRAGMA synchronous=NORMAL")
        found = next(iter(conn.execute("SELECT v FROM meta WHERE k='format'").fetchall()), None)
    except sqlite3.Error as exc:
        conn.close()
        raise StateError(str(exc)) from None
    if found is None or found[0] != FORMAT:
        conn.close()
        raise StateError(f"format {found[0] if found else 'unknown'}, not {FORMAT}")
    return conn


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in conn.execute("SELECT k, v FROM meta")}


def read_stories(conn: sqlite3.Connection) -> list[StoryRow]:
    return conn.execute("SELECT * FROM stories ORDER BY key").fetchall()


def read_packed(conn: sqlite3.Connection) -> list[tuple[str, StoryRow | None]] | None:
    """The rows of the story keys written or deleted since the records were
    packed (``fresh``; None: deleted), or None if they never were."""
    if not conn.execute("SELECT 1 FROM packed LIMIT 1").fetchall():
        return None
    query = "SELECT f.key, s.* FROM fresh f LEFT JOIN stories s ON s.key = f.key ORDER BY f.key"
    return [(str(r[0]), r[1:] if r[1] is not None else None) for r in conn.execute(query)]


def packed_blobs(conn: sqlite3.Connection) -> Iterator[bytes]:
    """The packed records' pieces in order, read one at a time."""
    for (blob,) in conn.execute("SELECT v FROM packed ORDER BY n"):
        yield bytes(blob)


KEY_RANGE = ("SELECT MIN(key) FROM stories", "SELECT MAX(key) FROM stories")
"""Two queries: sqlite looks a lone MIN or MAX up in the index, but scans
the table for both in one query (12 ms against 0.07 ms at 50,000 stories)."""


def key_range(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    """The first and last story keys (two index lookups; a count reads every row)."""
    low, high = (conn.execute(query).fetchone()[0] for query in KEY_RANGE)
    return low, high


def read_groups(conn: sqlite3.Connection) -> bytes | None:
    """The stories by tag as the last build that moved any saved them (``tagindex``)."""
    found = conn.execute("SELECT v FROM groups WHERE n=0").fetchall()
    return bytes(found[0][0]) if found else None


def read_pages(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT rel, key FROM pages"))


def read_entry(conn: sqlite3.Connection, story_id: str) -> str | None:
    # fetchall: a statement left unfinished would hold a read lock on the file
    found = conn.execute("SELECT json FROM entries WHERE id=?", (story_id,)).fetchall()
    return str(found[0][0]) if found else None


def create(
    path: Path,
    meta: Mapping[str, str],
    stories: Iterable[StoryRow],
    pages: Iterable[tuple[str, str]],
    entries: Iterable[tuple[str, str]],
    packed: Iterable[bytes] = (),
    groups: bytes | None = None,
) -> None:
    """A new database at ``path`` (which must not exist), in one transaction;
    ``packed``: the story records packed (``site/packed.py``), if given;
    ``groups``: the stories by tag (``tagindex``), if given.
    sqlite's errors come out as ``OSError`` on ``path``, so a full disk is the
    one-line error of any other write of the build (``handover.io_error``)."""
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=OFF")  # a new file: unused until renamed in
            conn.executescript(_SCHEMA)
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO meta VALUES (?, ?)", [*meta.items(), ("format", FORMAT)])
            conn.executemany("INSERT INTO stories VALUES (?,?,?,?,?,?,?,?,?)", stories)
            conn.executemany("INSERT INTO pages VALUES (?, ?)", pages)
            conn.executemany("INSERT INTO entries VALUES (?, ?)", entries)
            conn.executemany("INSERT INTO packed VALUES (?, ?)", enumerate(packed))
            if groups is not None:
                conn.execute("INSERT INTO groups VALUES (0, ?)", (groups,))
            conn.execute("COMMIT")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        full = "full" in str(exc)
        code = errno.ENOSPC if full else errno.EIO
        raise OSError(code, os.strerror(code) if full else str(exc), str(path)) from None


def update(
    path: Path,
    meta: Mapping[str, str],
    stories: tuple[Iterable[StoryRow], Iterable[str]],
    pages: tuple[Iterable[tuple[str, str]], Iterable[str]],
    entries: tuple[Iterable[tuple[str, str]], Iterable[str]],
    expect_token: str,
    pack: Callable[[], Iterable[bytes]] | None = None,
    groups: bytes | None = None,
) -> None:
    """Apply one incremental build's changes, (rows to write, keys to delete)
    per table, and its meta values, in one transaction; only if the database
    still holds ``expect_token`` (else ``StateError``: nothing is changed).
    The story keys written or deleted are noted as ``fresh`` (read over the
    packed records); past ``REPACK`` of them, ``pack()`` packs them anew.
    ``groups``: the stories by tag, saved anew (None: an edit, which keeps them)."""
    conn = connect(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        found = conn.execute("SELECT v FROM meta WHERE k='token'").fetchall()
        if not found or found[0][0] != expect_token:
            conn.execute("ROLLBACK")
            raise StateError("changed by another build")
        written, removed = list(stories[0]), list(stories[1])
        conn.executemany("DELETE FROM stories WHERE key=?", ((k,) for k in removed))
        conn.executemany("INSERT OR REPLACE INTO stories VALUES (?,?,?,?,?,?,?,?,?)", written)
        touched = [row[0] for row in written] + removed
        fresh = int(conn.execute("SELECT COUNT(*) FROM fresh").fetchone()[0])
        if pack is not None and fresh + len(touched) > REPACK:
            conn.execute("DELETE FROM fresh")
            conn.execute("DELETE FROM packed")
            conn.executemany("INSERT INTO packed VALUES (?, ?)", enumerate(pack()))
        else:
            conn.executemany("INSERT OR IGNORE INTO fresh VALUES (?)", ((k,) for k in touched))
        conn.executemany("DELETE FROM pages WHERE rel=?", ((k,) for k in pages[1]))
        conn.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?)", pages[0])
        conn.executemany("DELETE FROM entries WHERE id=?", ((k,) for k in entries[1]))
        conn.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?)", entries[0])
        conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
        if groups is not None:
            conn.execute("INSERT OR REPLACE INTO groups VALUES (0, ?)", (groups,))
        handover.pause_point("state-written")  # killed here, sqlite rolls it all back
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        raise StateError(str(exc)) from None
    finally:
        conn.close()


def dump_json(value: Any) -> str:
    """A meta value as stored (stable: the token hashes it)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
