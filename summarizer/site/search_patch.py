"""Patch the live search index for a few changed or added stories instead of rebuilding it.

A full index reads every story's entries and tokenises every document: at
1,000 stories that was 7 of the 12 s of a one-story rebuild, and it grows with
the archive (issue 13). Documents are numbered oldest first
(``search_index``), so neither an edit nor the newest stories renumber the
documents already there:

* an edited story keeps its number: the new index differs from the live one
  only in the postings of the tokens whose weight changed in it, and in its
  chunk;
* a new story (newer than every live one) takes the next number: its
  postings go at the end of its tokens' posting lists (the largest number,
  so they stay sorted; a token new to the index is inserted), its row at
  the end of the last chunk (or a new chunk), and ``n`` grows.

So the patch reads those few shard and chunk files back from the live site,
edits them and writes them under their new content hashes; every other file
keeps its name and is not touched.

The index is in segments (``search_index.segments``): an edit patches the
shards of its document's segment, an append those of the tail; a segment the
new count makes (a carry), or whose shard count changes, is built again from
its documents (``docs``), and the other segments' files are not touched.

The result is the index a full build makes, byte for byte: posting lists stay
sorted by document number, files are dumped by the same functions, and each
segment's size that picks its shard count is in the meta (their sum, in the
build cache, is checked against it). If a live file is missing or
unreadable, or the live index is not the one described, the patch gives up
(``None``) and the caller builds the whole index.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .search_index import (
    BLOCK,
    CHUNK,
    SHARD_BYTES,
    SearchDoc,
    build_segment,
    chunk_name,
    chunk_text,
    content_digest,
    doc_weights,
    segments,
    shard_count,
    shard_name,
    unwrap,
    wrap,
)
from .search_shard import patch_shard
from .search_tokens import shard_of

#: The index meta's own keys (the search page adds ``dir`` and ``personas``).
META_KEYS = ("n", "segments", "chunks", "chunk")
#: The most documents a patch rebuilds in memory (a segment made by a carry,
#: or whose shard count changed); a bigger one is left to the full build,
#: which writes through disk in flat memory (``search_spill``).
REBUILD_DOCS = 4096

#: ``docs(start, stop)``: the live index's documents ``start`` to ``stop - 1``
#: as they now are (edits made), oldest first.
Docs = Callable[[int, int], Sequence[SearchDoc]]


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


class _RebuildError(Exception):
    """A segment to rebuild from documents the patch was not given."""


def patch_index(
    folder: Path,
    meta: dict[str, Any],
    size: int,
    changes: Sequence[tuple[int, SearchDoc, SearchDoc]],
    shard_bytes: int = SHARD_BYTES,
    added: Sequence[SearchDoc] = (),
    docs: Docs | None = None,
    block: int = BLOCK,
) -> Patched | None:
    """The live index in ``folder`` (described by ``meta``, of ``size``) with
    each ``(number, old document, new document)`` of ``changes`` replaced and
    the documents ``added`` appended, oldest first (numbered ``meta["n"]`` on).

    Segment by segment (``search_index.segments``): a segment the new
    segmentation keeps is patched for its edits; the one that grows by fewer
    than ``block`` documents (the tail, or the tail become a block) gets
    their postings appended; a new segment (a carry), or one whose shard count
    the patch changes, is built again from its documents, which ``docs``
    gives for the live ones (without it, or past ``REBUILD_DOCS``: None, build
    the whole index). Every other segment's files are untouched."""
    chunks: list[str] = list(meta["chunks"])
    old_n = meta["n"]
    try:
        old_segs = {seg["start"]: seg for seg in meta["segments"]}
        layout = [(seg["start"], seg["n"]) for seg in meta["segments"]]
        sizes = sum(seg["size"] for seg in meta["segments"])
    except (KeyError, TypeError):
        return None
    if (
        meta["chunk"] != CHUNK
        or not isinstance(old_n, int)
        or len(chunks) != -(-old_n // CHUNK)
        or layout != segments(old_n, block)
        or sizes != size
        or any(not 0 <= n < old_n for n, _, _ in changes)
        or len({n for n, _, _ in changes}) != len(changes)
    ):
        return None
    new_n = old_n + len(added)

    def current(start: int, stop: int) -> list[SearchDoc]:
        """Documents ``start`` to ``stop - 1`` of the new index."""
        out: list[SearchDoc] = []
        if start < min(stop, old_n):
            if docs is None:
                raise _RebuildError
            out += docs(start, min(stop, old_n))
        out += added[max(start, old_n) - old_n : max(stop - old_n, 0)]
        if len(out) != stop - start:
            raise ValueError("documents missing")
        return out

    files: dict[str, str] = {}
    new_segs: list[dict[str, Any]] = []
    try:
        for start, count in segments(new_n, block):
            stop = start + count
            old = old_segs.get(start)
            seg = None
            if old is not None and count - block < old["n"] <= count:
                edits = [c for c in changes if start <= c[0] < start + old["n"]]
                appended = list(enumerate(current(start + old["n"], stop), start + old["n"]))
                seg = _patch_segment(folder, old, edits, appended, shard_bytes, files)
            if seg is None:  # a new segment, or its shard count changed
                if count > REBUILD_DOCS:
                    return None
                seg, seg_files = build_segment(current(start, stop), start, shard_bytes)
                files.update(seg_files)
            new_segs.append(seg)
        rows: dict[int, list[Any]] = {}
        for n, _, new in changes:
            c = n // CHUNK
            if c not in rows:
                rows[c] = _read(folder, chunk_name(c, chunks[c]))
            rows[c][n % CHUNK] = new.chunk_row()
        for n, doc in enumerate(added, old_n):
            c = n // CHUNK
            if c not in rows:
                rows[c] = _read(folder, chunk_name(c, chunks[c])) if c < len(chunks) else []
            if len(rows[c]) != n % CHUNK:
                return None  # the last live chunk is not as long as ``n`` says
            rows[c].append(doc.chunk_row())
    except (_RebuildError, OSError, ValueError, IndexError, KeyError, TypeError, AttributeError):
        return None  # a live file gone or not ours: build the whole index
    for c, chunk_rows in sorted(rows.items()):
        text = chunk_text(chunk_rows)
        digest = content_digest(text)
        if c < len(chunks):
            chunks[c] = digest
        else:  # a new chunk, after the last one (``rows`` is sorted)
            chunks.append(digest)
        name = chunk_name(c, digest)
        files[name] = wrap(name, text)
    new_meta = {**meta, "n": new_n, "segments": new_segs, "chunks": chunks}
    return Patched(new_meta, files, sum(seg["size"] for seg in new_segs))


def _patch_segment(
    folder: Path,
    seg: dict[str, Any],
    changes: Sequence[tuple[int, SearchDoc, SearchDoc]],
    appended: Sequence[tuple[int, SearchDoc]],
    shard_bytes: int,
    files: dict[str, str],
) -> dict[str, Any] | None:
    """Segment ``seg`` with ``changes`` made and the documents ``appended``
    (number, document) added; its new shard files go into ``files``. None
    if its shard count would change (the segment is built again)."""
    start: int = seg["start"]
    shards: list[str | None] = list(seg["shards"])
    if len(shards) != shard_count(seg["size"], shard_bytes):
        raise ValueError("a segment split differently")
    edits: dict[int, list[tuple[str, int, int]]] = {}
    for n, old, new in changes:
        before, after = doc_weights(old), doc_weights(new)
        for token in before.keys() | after.keys():
            if before.get(token) != after.get(token):
                edits.setdefault(shard_of(token, len(shards)), []).append(
                    (token, n, after.get(token, 0))
                )
    appends: dict[int, dict[str, list[int]]] = {}
    for n, doc in appended:
        for token, weight in doc_weights(doc).items():
            part = appends.setdefault(shard_of(token, len(shards)), {})
            part.setdefault(token, []).extend((n, weight))
    size: int = seg["size"]
    texts: dict[str, str] = {}
    for i in sorted(edits.keys() | appends.keys()):
        digest = shards[i]
        data = _data(folder, shard_name(start, i, digest)) if digest else "{}"
        text, change = patch_shard(data, edits.get(i, ()), appends.get(i, {}))
        size += change
        shards[i] = content_digest(text) if text != "{}" else None
        if text != "{}":
            name = shard_name(start, i, content_digest(text))
            texts[name] = wrap(name, text)
    if shard_count(size, shard_bytes) != len(shards):
        return None  # built whole, the segment would be split differently
    files.update(texts)
    return {"start": start, "n": seg["n"] + len(appended), "size": size, "shards": shards}


def _read(folder: Path, name: str) -> Any:
    return unwrap((folder / name).read_text(encoding="utf-8"))


def _data(folder: Path, name: str) -> str:
    """An index file's data as the JSON text ``wrap`` was given (U+2028/9 escaped:
    the same value, and ``wrap`` leaves it as it is)."""
    text = (folder / name).read_text(encoding="utf-8")
    return text[text.index(",") + 1 : text.rindex(")")]
