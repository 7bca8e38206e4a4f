"""The site's full-text search index: documents, postings, shards and segments.

Why our own index and not Pagefind: measured on the seeds' queries
(``benchmarks/bench_search.py``, table in docs/site.md), Pagefind's Chinese
segmentation misses queries an editor types (word boundaries it guesses
differently from the reader), while overlapping character bigrams find every
contiguous Chinese phrase; the reader also downloads a fraction of the bytes
(no WebAssembly, no per-language runtime).

Tokens (``search_tokens``) are identical here and in ``static/search.js``;
ranking a query is ``search_rank``'s.

A document is one story in one language; its fields are weighted (title
over lede over the Quick Summary over a reader's points), and a posting
holds the weighted count. Postings are split into shards by a hash of the
token (FNV-1a, easy to repeat in JavaScript), so a query downloads only the
shards of its own tokens, then the chunk of documents its best results are
in, for their titles and snippets.

Documents are numbered oldest first (the oldest story is document 0), so a
new story appends: it takes the next number, its postings go at the end of
each posting list (which stay sorted) and its row at the end of the last
chunk, and no other document is renumbered; ``search_patch`` can then add
the newest stories to the live index instead of building it again. Ranking
breaks ties "newer first", which is the higher document number first.

The documents are split into segments (``segments``: blocks of ``BLOCK``
documents counted in binary, then a tail), each with its own shards: a new
story's tokens reach most shards of an index (a Chinese story has ~1,000
distinct characters and pairs), and with one set of shards for the whole
archive each append rewrote nearly all of it (~600 MB at 50,000 stories);
now it rewrites the shards of the tail, fewer than ``BLOCK`` documents. A
query reads its token's shard in every segment and joins the postings in
segment order, which is document order, so ranking is unchanged.
"""

from __future__ import annotations

import hashlib
import json
import operator
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

from .search_tokens import doc_tokens, shard_of

#: Weight of a token's occurrence in each field.
TITLE, LEDE, SUMMARY, POINT = 8, 4, 3, 2
#: Documents per chunk of titles, dates and texts: a reader fetches the chunks
#: of the results it shows, so small chunks waste little (4: measured in
#: docs/site.md, 10 cost twice the bytes per query, 3 hardly fewer than 4).
CHUNK = 4
#: Aim for shards of about this many bytes (a power-of-two count, from 1 to 512).
SHARD_BYTES = 12_000
#: Documents in the smallest segment (``segments``): a new story rewrites the
#: shards of the tail segment only, fewer than this many documents.
BLOCK = 256

@dataclass(frozen=True, slots=True)
class SearchDoc:
    """One story in one language, as search sees it."""

    id: str
    title: str
    date: str
    """Shown under the title (the page's long date)."""
    lede: str
    points: list[tuple[str, str]] = field(default_factory=list)
    """(persona id, text) of every point, the Quick Summary's (persona '') first."""

    def weighted(self) -> Iterable[tuple[str, int]]:
        yield self.title, TITLE
        yield self.lede, LEDE
        for persona, text in self.points:
            yield text, SUMMARY if not persona else POINT

    def chunk_row(self) -> list[Any]:
        return [self.id, self.title, self.date, self.lede, [list(p) for p in self.points]]


@dataclass(frozen=True, slots=True)
class Index:
    """One language's index: shard and chunk files (name -> text) and the
    ``meta`` the search page carries (how many documents, which files)."""

    files: dict[str, str]
    meta: dict[str, Any]
    size: int = 0
    """The postings' estimated bytes, which chose the shard count (kept in
    the build cache so an incremental build can patch the index)."""


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_digest(text: str) -> str:
    """The content hash in a file's name (``t3.<hash>.js``): cacheable forever."""
    return hashlib.sha256(text.encode()).hexdigest()[:10]


def file_name(kind: str, number: int, digest: str) -> str:
    """``t<n>.<hash>.js`` for token shard n, ``d<n>.<hash>.js`` for chunk n;
    the page's ``meta`` lists only the hashes (it grows with the archive)."""
    return f"{kind}{number}.{digest}.js"


#: Index files are scripts calling this with their name and data, not JSON to
#: fetch: a script loads from ``file://`` too, where ``fetch`` is refused.
CALLBACK = "quickreadSearch"


def wrap(name: str, data: str) -> str:
    """The file's text: ``quickreadSearch("t3.<hash>", {...});``."""
    safe = data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"{CALLBACK}({json.dumps(name.removesuffix('.js'))},{safe});\n"


def unwrap(text: str) -> Any:
    """The data of an index file (what the page's callback receives)."""
    return json.loads(text[text.index(",") + 1 : text.rindex(")")])


def segments(n: int, block: int = BLOCK) -> list[tuple[int, int]]:
    """The segments of an index of ``n`` documents, as (first document, count):
    like a binary counter, ``n // block`` written in binary gives, from its
    highest set bit down, a segment of ``2**k * block`` documents for each set
    bit ``k``, from document 0 on; the last ``n % block`` documents, if any,
    are the tail (n=50,000: 32,768 + 16,384 + 512 + 256 + a tail of 80)."""
    out: list[tuple[int, int]] = []
    start = 0
    blocks = n // block
    for k in range(blocks.bit_length() - 1, -1, -1):
        if blocks >> k & 1:
            out.append((start, block << k))
            start += block << k
    if n > start:
        out.append((start, n - start))
    return out


def shard_name(start: int, number: int, digest: str) -> str:
    """``t<start>_<n>.<hash>.js``: shard n of the segment from document ``start``."""
    return file_name(f"t{start}_", number, digest)


def chunk_name(number: int, digest: str) -> str:
    return file_name("d", number, digest)


def index_names(meta: Mapping[str, Any]) -> list[str]:
    """Every file an index's ``meta`` names: shards segment by segment, then chunks."""
    names = [
        shard_name(seg["start"], i, h)
        for seg in meta["segments"]
        for i, h in enumerate(seg["shards"])
        if h
    ]
    return names + [chunk_name(c, h) for c, h in enumerate(meta["chunks"])]


def file_count(meta: Mapping[str, Any]) -> int:
    """How many files an index's ``meta`` names."""
    shards = sum(1 for seg in meta["segments"] for h in seg["shards"] if h)
    return shards + len(meta["chunks"])


def name_changes(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[list[str], list[str]]:
    """The files ``after`` names and ``before`` does not, and the reverse,
    found where their hashes differ: listing every name of both was ~40 ms of
    an edit at 50,000 stories (75,000 chunk names a language; issue 13)."""
    added: list[str] = []
    gone: list[str] = []
    old_segs = {seg["start"]: seg for seg in before["segments"]}
    new_segs = {seg["start"]: seg for seg in after["segments"]}
    for start in sorted(old_segs.keys() | new_segs.keys()):
        old = old_segs.get(start, {"shards": []})["shards"]
        new = new_segs.get(start, {"shards": []})["shards"]
        if old == new:
            continue
        same = len(old) == len(new)  # then a shard keeps its number
        for i, h in enumerate(old):
            if h and not (same and new[i] == h):
                gone.append(shard_name(start, i, h))
        for i, h in enumerate(new):
            if h and not (same and old[i] == h):
                added.append(shard_name(start, i, h))
    old_chunks, new_chunks = before["chunks"], after["chunks"]
    common = min(len(old_chunks), len(new_chunks))
    differ = map(operator.ne, old_chunks[:common], new_chunks[:common])  # in C
    changed = [*compress(range(common), differ)]
    changed += range(common, max(len(old_chunks), len(new_chunks)))
    for c in changed:
        if c < len(old_chunks):
            gone.append(chunk_name(c, old_chunks[c]))
        if c < len(new_chunks):
            added.append(chunk_name(c, new_chunks[c]))
    return sorted(added), sorted(gone)


def build_segment(
    docs: Iterable[SearchDoc], start: int, shard_bytes: int = SHARD_BYTES
) -> tuple[dict[str, Any], dict[str, str]]:
    """The segment of ``docs``, numbered from ``start``: its meta entry
    (``start``, ``n``, ``size``, ``shards``) and its shard files."""
    # postings as C int arrays: a list of Python ints costs ~36 bytes a number
    # and held a 10,000-story build at ~830 MB; 4 bytes each here
    postings: dict[str, array[int]] = {}
    count = 0
    for n, doc in enumerate(docs, start):  # in order, so each posting list is sorted
        count += 1
        for token, total in doc_weights(doc).items():
            flat = postings.get(token)
            if flat is None:
                flat = postings[token] = array("i")
            flat.append(n)
            flat.append(total)
    size = sum(posting_size(t, flat) for t, flat in postings.items())
    shards = shard_count(size, shard_bytes)
    split: list[dict[str, array[int]]] = [{} for _ in range(shards)]
    for token, flat in postings.items():
        split[shard_of(token, shards)][token] = flat  # _dump sorts the keys
    del postings
    files: dict[str, str] = {}
    shard_hashes: list[str | None] = []
    for i, part in enumerate(split):
        text = shard_text(part)
        split[i] = {}  # each shard's arrays go once its text is made
        shard_hashes.append(content_digest(text) if part else None)
        if part:
            name = shard_name(start, i, content_digest(text))
            files[name] = wrap(name, text)
    return {"start": start, "n": count, "size": size, "shards": shard_hashes}, files


def build_index(
    docs: Sequence[SearchDoc], shard_bytes: int = SHARD_BYTES, block: int = BLOCK
) -> Index:
    """The index of ``docs``, numbered in their order: pass them oldest first
    (document ``n`` is ``docs[n]``; the tie-break ranks higher numbers, newer
    stories, first, and a new story appends).

    Deterministic: the same documents give byte-identical files and names."""
    files: dict[str, str] = {}
    segs = []
    for start, count in segments(len(docs), block):
        seg, seg_files = build_segment(docs[start : start + count], start, shard_bytes)
        segs.append(seg)
        files.update(seg_files)
    chunk_hashes = []
    for start in range(0, len(docs), CHUNK):
        text = chunk_text([d.chunk_row() for d in docs[start : start + CHUNK]])
        chunk_hashes.append(content_digest(text))
        name = chunk_name(start // CHUNK, chunk_hashes[-1])
        files[name] = wrap(name, text)
    meta = {"n": len(docs), "segments": segs, "chunks": chunk_hashes, "chunk": CHUNK}
    return Index(files, meta, sum(seg["size"] for seg in segs))


def doc_weights(doc: SearchDoc) -> Counter[str]:
    """token -> weighted count in one document: each field's tokens repeated
    by its weight, counted in C (the hot loop of a full index)."""
    return Counter([t for text, w in doc.weighted() for t in doc_tokens(text) * w])


def posting_size(token: str, flat: Sequence[int]) -> int:
    """A token's share of the index size that picks the shard count (0 if it has no postings)."""
    return len(token) * 3 + 4 * len(flat) if flat else 0


def shard_count(size: int, shard_bytes: int = SHARD_BYTES) -> int:
    """Shards for an index of ``size``: a power of two, about ``shard_bytes`` each, at most 512."""
    shards = 1
    while shards < 512 and size / shards > shard_bytes:
        shards *= 2
    return shards


def shard_text(part: Mapping[str, Sequence[int]]) -> str:
    return _dump({token: list(flat) for token, flat in part.items()})


def chunk_text(rows: Sequence[Sequence[Any]]) -> str:
    return _dump(rows)
