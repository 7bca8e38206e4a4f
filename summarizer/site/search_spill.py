"""Build a language's search index through files on disk, in memory that does not grow.

Held in memory, an index's postings grow with the archive: every (token,
document) pair of every story (issue 13: the search index was most of a
10,000-story build's 660 MB). Here the index is an external sort instead:

1. documents are read one at a time, in order (oldest first: the numbering
   ``search_index`` explains); their chunk files are written
   as soon as a chunk's four documents are known, and their postings are
   gathered for a batch of documents (``BATCH_POSTINGS``) then written to a
   *run* file, one line per token: ``bucket<TAB>token<TAB>run<TAB>n,w,n,w``,
   sorted, where ``bucket`` is the token's shard among the most shards an
   index can have (``MAX_SHARDS``);
2. the runs are merged (``heapq.merge`` over plain lines: the bucket, token
   and run number at the front make string order the order wanted, and a
   token's postings from successive runs follow each other in document
   order) into one file of ``token<TAB>postings`` lines grouped by bucket,
   counting the index size that picks the shard count on the way;
3. the shard count being a power of two dividing ``MAX_SHARDS``, shard ``i``
   is buckets ``i``, ``i + shards``, …: their segments of the merged file
   are read, their lines sorted by token, and the shard is written.

The index is built one segment after the other (``search_index.segments``:
the count of documents, given, picks them), each through its own runs.
What is held at once: one batch of postings, a line per run, one shard. All
of a language's index files go into one data file (read back by span when
the site is written). The files are byte-identical to the in-memory ``build_index`` of the same
documents (tested), so incremental patches and full builds still agree.
The run files, and their merging, are ``search_runs``'s.
"""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from .pageplan import quick_hash
from .search_index import (
    BLOCK,
    CHUNK,
    SHARD_BYTES,
    SearchDoc,
    chunk_name,
    chunk_text,
    content_digest,
    doc_weights,
    segments,
    shard_count,
    shard_name,
    wrap,
)
from .search_runs import FAN_IN, MAX_SHARDS, bucket_bytes, merge_runs, reduce_runs, write_run

_PLAIN = re.compile(r"[a-z0-9\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: Postings (document, weight pairs) gathered before a run is written,
#: whatever the archive's size. What a batch holds is mostly its distinct
#: tokens (a string and an array each), not the ints: 400,000 postings were
#: ~18 MB at their fullest (traced in a 10,000-story build, issue 13); fewer
#: postings also meet fewer distinct tokens.
BATCH_POSTINGS = 150_000


@dataclass(frozen=True, slots=True)
class SpilledIndex:
    """An index written into one data file: each index file's name, the
    ``quick_hash`` of its text (its listing key) and its bytes' span in the
    data file; the page's ``meta``; the postings' size (which chose the
    shard count)."""

    data: Path
    keys: dict[str, str]
    spans: dict[str, tuple[int, int]]
    meta: dict[str, Any]
    size: int

    def text(self, name: str) -> str:
        """Index file ``name``'s text, read back from the data file."""
        start, length = self.spans[name]
        with self.data.open("rb") as f:
            f.seek(start)
            return f.read(length).decode("utf-8")


class _Writer:
    """Appends the index files to one data file (thousands of small files
    would each cost a file creation twice: here and when the site is written)."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.offset = 0
        self.keys: dict[str, str] = {}
        self.spans: dict[str, tuple[int, int]] = {}

    def file(self, name: str, text: str) -> str:
        """Add ``text`` as index file ``name`` (named by its content hash,
        which is returned)."""
        digest = name.split(".")[-2]
        wrapped = wrap(name, text)
        data = wrapped.encode("utf-8")
        self.out.write(data)
        self.keys[name] = quick_hash(wrapped)
        self.spans[name] = (self.offset, len(data))
        self.offset += len(data)
        return digest


def spill_index(
    docs: Iterable[SearchDoc],
    folder: Path,
    shard_bytes: int = SHARD_BYTES,
    batch: int = BATCH_POSTINGS,
    fan_in: int = FAN_IN,
    count: int | None = None,
    block: int = BLOCK,
) -> SpilledIndex:
    """The index of ``docs``, numbered in their order (pass them oldest first,
    as to ``build_index``), written into the new directory ``folder``: its
    files in ``folder/index``, its run files beside it until they are merged.
    ``count`` is how many documents there are (it picks the segments; without
    it the documents are gathered into a list first), and one segment is built
    after the other, so what is held is one segment's batch and shard."""
    if count is None:
        docs = list(docs)
        count = len(docs)
    folder.mkdir()
    data = folder / "index"
    stream = iter(docs)
    segs: list[dict[str, Any]] = []
    with data.open("wb") as out:
        writer = _Writer(out)
        chunks = _Chunks(writer)
        for start, n in segments(count, block):
            segs.append(
                _spill_segment(
                    islice(stream, n), start, folder, writer, chunks, shard_bytes, batch, fan_in
                )
            )
            if segs[-1]["n"] != n:
                raise ValueError(f"{count} documents said, {start + segs[-1]['n']} given")
        if next(stream, None) is not None:
            raise ValueError(f"more than the {count} documents said")
        chunks.flush()
    meta = {"n": count, "segments": segs, "chunks": chunks.hashes, "chunk": CHUNK}
    return SpilledIndex(data, writer.keys, writer.spans, meta, sum(s["size"] for s in segs))


class _Chunks:
    """The chunk files, written as soon as a chunk's four documents are known."""

    def __init__(self, writer: _Writer) -> None:
        self.writer = writer
        self.rows: list[list[Any]] = []
        self.hashes: list[str] = []

    def add(self, doc: SearchDoc) -> None:
        self.rows.append(doc.chunk_row())
        if len(self.rows) == CHUNK:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            text = chunk_text(self.rows)
            self.hashes.append(
                self.writer.file(chunk_name(len(self.hashes), content_digest(text)), text)
            )
            self.rows = []


def _spill_segment(
    docs: Iterable[SearchDoc],
    start: int,
    folder: Path,
    writer: _Writer,
    chunks: _Chunks,
    shard_bytes: int,
    batch: int,
    fan_in: int,
) -> dict[str, Any]:
    """One segment (``search_index.build_segment``'s, byte for byte) of the
    documents numbered from ``start``: its meta entry; its files into ``writer``."""
    runs, total, n = _postings_and_chunks(docs, start, folder, chunks, batch)
    runs = reduce_runs(runs, folder, fan_in)
    merged = folder / "merged"
    starts, distinct = merge_runs(runs, merged)
    size = distinct + 4 * total
    shards = shard_count(size, shard_bytes)
    shard_hashes: list[str | None] = []
    with merged.open("rb") as f:
        for i in range(shards):
            parts = [bucket_bytes(f, starts, b) for b in range(i, MAX_SHARDS, shards)]
            lines = sorted(line for part in parts for line in part.splitlines())
            if lines:
                text = _shard_text(lines)
                shard_hashes.append(writer.file(shard_name(start, i, content_digest(text)), text))
            else:
                shard_hashes.append(None)
    for path in [*runs, merged]:
        path.unlink()
    return {"start": start, "n": n, "size": size, "shards": shard_hashes}


def _postings_and_chunks(
    docs: Iterable[SearchDoc], start: int, runs_dir: Path, chunks: _Chunks, batch: int
) -> tuple[list[Path], int, int]:
    """Pass over a segment's documents: chunk files written, postings spilled
    to runs. Returns the runs, the number of ints in all postings, and the
    document count."""
    runs: list[Path] = []
    postings: dict[str, array[int]] = {}
    pending = 0
    total = 0
    n = start - 1
    for n, doc in enumerate(docs, start):  # in order, so each posting list is sorted
        weights = doc_weights(doc)
        for token, weight in weights.items():
            flat = postings.get(token)
            if flat is None:
                flat = postings[token] = array("i")
            flat.append(n)
            flat.append(weight)
        pending += 2 * len(weights)
        chunks.add(doc)
        if pending >= 2 * batch:
            write_run(postings, runs_dir, runs)
            total, postings, pending = total + pending, {}, 0
    if postings or not runs:
        write_run(postings, runs_dir, runs)
    return runs, total + pending, n + 1 - start


def _shard_text(lines: list[bytes]) -> str:
    """``{"token":[n,w,…],…}`` as ``shard_text`` dumps it: keys sorted
    (UTF-8 byte order is code point order, and the tab sorts before any
    token character), no spaces, no ASCII escapes."""
    parts = []
    for line in lines:
        token, _, numbers = line.decode().partition("\t")
        # doc_tokens makes only [a-z0-9] words and CJK characters: nothing to escape
        quoted = f'"{token}"' if _PLAIN.fullmatch(token) else json.dumps(token, ensure_ascii=False)
        parts.append(f"{quoted}:[{numbers}]")
    return "{" + ",".join(parts) + "}"
