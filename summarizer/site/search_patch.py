"""Patch the live search index for a few changed stories instead of rebuilding it.

A full index reads every story's entries and tokenises every document: at
1,000 stories that was 7 of the 12 s of a one-story rebuild, and it grows with
the archive (issue 13). When an incremental build keeps the archive's order
(no story added, removed or moved, so every document keeps its number), the
new index differs from the live one only in the postings of the tokens whose
weight changed in a changed document, and in that document's chunk. So the
patch reads those few shard and chunk files back from the live site, edits
them and writes them under their new content hashes; every other file keeps
its name and is not touched.

The result is the index a full build makes, byte for byte: posting lists stay
sorted by document number, files are dumped by the same functions, and the
index size that picks the shard count is carried in the build cache. If the
size crosses a shard-count boundary, or a live file is missing or unreadable,
the patch gives up (``None``) and the caller builds the whole index.
"""

from __future__ import annotations

import html
import json
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .search_index import (
    CHUNK,
    SHARD_BYTES,
    SearchDoc,
    chunk_text,
    content_digest,
    doc_weights,
    file_name,
    posting_size,
    shard_count,
    shard_of,
    shard_text,
    unwrap,
    wrap,
)

#: The index meta's own keys (the search page adds ``dir`` and ``personas``).
META_KEYS = ("n", "shards", "chunks", "chunk")


@dataclass(frozen=True, slots=True)
class Patched:
    """The patched index: its meta, the files that changed (name -> text) and its size."""

    meta: dict[str, Any]
    files: dict[str, str]
    size: int


def live_meta(page: Path) -> dict[str, Any] | None:
    """The index meta the live search page carries, or None if it has none."""
    try:
        text = page.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    found = re.search(r"data-search='([^']*)'", text)
    if found is None:
        return None
    try:
        meta = json.loads(html.unescape(found.group(1)))
    except ValueError:
        return None
    if not isinstance(meta, dict) or any(k not in meta for k in META_KEYS):
        return None
    return {k: meta[k] for k in META_KEYS}


def patch_index(
    folder: Path,
    meta: dict[str, Any],
    size: int,
    changes: Sequence[tuple[int, SearchDoc, SearchDoc]],
    shard_bytes: int = SHARD_BYTES,
) -> Patched | None:
    """The live index in ``folder`` (described by ``meta``, of ``size``) with
    each ``(number, old document, new document)`` of ``changes`` replaced."""
    shards: list[str | None] = list(meta["shards"])
    chunks: list[str] = list(meta["chunks"])
    if meta["chunk"] != CHUNK or any(n >= meta["n"] for n, _, _ in changes):
        return None
    edits: dict[int, list[tuple[str, int, int]]] = {}
    for n, old, new in changes:
        before, after = doc_weights(old), doc_weights(new)
        for token in before.keys() | after.keys():
            if before.get(token) != after.get(token):
                edits.setdefault(shard_of(token, len(shards)), []).append(
                    (token, n, after.get(token, 0))
                )
    files: dict[str, str] = {}
    try:
        for i, tokens in sorted(edits.items()):
            digest = shards[i]
            part = _read(folder, "t", i, digest) if digest else {}
            for token, n, weight in tokens:
                size += _edit(part, token, n, weight)
            text = shard_text(part)
            shards[i] = content_digest(text) if part else None
            if part:
                name = file_name("t", i, content_digest(text))
                files[name] = wrap(name, text)
        if shard_count(size, shard_bytes) != len(shards):
            return None  # the full index would be split differently
        rows: dict[int, list[Any]] = {}
        for n, _, new in changes:
            c = n // CHUNK
            if c not in rows:
                rows[c] = _read(folder, "d", c, chunks[c])
            rows[c][n % CHUNK] = new.chunk_row()
    except (OSError, ValueError, IndexError, TypeError):
        return None  # a live file gone or not ours: build the whole index
    for c, chunk_rows in sorted(rows.items()):
        text = chunk_text(chunk_rows)
        chunks[c] = content_digest(text)
        name = file_name("d", c, chunks[c])
        files[name] = wrap(name, text)
    return Patched({**meta, "shards": shards, "chunks": chunks}, files, size)


def _read(folder: Path, kind: str, number: int, digest: str) -> Any:
    return unwrap((folder / file_name(kind, number, digest)).read_text(encoding="utf-8"))


def _edit(part: dict[str, list[int]], token: str, n: int, weight: int) -> int:
    """Set document ``n``'s weight for ``token`` (0: remove it), keeping the
    posting list sorted by document; returns the change in index size."""
    flat = part.get(token, [])
    before = posting_size(token, flat)
    docs = flat[0::2]
    i = bisect_left(docs, n)
    if i < len(docs) and docs[i] == n:
        del flat[2 * i : 2 * i + 2]
    if weight:
        flat[2 * i : 2 * i] = [n, weight]
    if flat:
        part[token] = flat
    else:
        part.pop(token, None)
    return posting_size(token, flat) - before
