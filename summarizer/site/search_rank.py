"""Ranking a query over the index, as the search page does it.

Every token must occur (a Chinese phrase is all of its pairs), scored by
BM25 with ties broken newer first; ``search`` also lists the files a
reader's browser fetches for a query (the shard of each token in every
segment, then the chunks of the results), which the search benchmark
counts. ``static/search.js`` ranks the same way (tests/site/test_search_js.py).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from .search_index import CHUNK, Index, chunk_name, shard_name, unwrap
from .search_tokens import CJK, query_tokens, shard_of

#: BM25's saturation, in weight units: one title hit is half of the most a token gives.
SATURATION = 8.0


def split_missing(tokens: Sequence[str], postings: dict[str, list[int]]) -> list[str]:
    """A Chinese pair no story has is split into its two characters, so a
    phrase worded differently (调高 for 上调 … 提高) still finds its story.
    Only when most of the query is found: characters alone match nearly
    everything, and a query mostly unknown should find nothing."""
    missing = [t for t in tokens if len(t) == 2 and CJK.match(t) and t not in postings]
    if not missing or len(missing) * 2 > len(tokens):
        return list(tokens)
    out: list[str] = []
    for token in tokens:
        out += [g for g in (list(token) if token in missing else [token]) if g not in out]
    return out


def score(postings: dict[str, list[int]], tokens: Sequence[str], total: int) -> list[int]:
    """Document numbers ranked for a query, given each token's posting list.

    Every token must occur (a Chinese phrase is all of its pairs); only if no
    document has them all do those with at least half of them come, the most
    first.
    Within that, BM25 (idf x saturated weight), then newer first: the higher
    document number (documents are numbered oldest first)."""
    found: dict[int, list[float]] = {}
    for token in tokens:
        flat = postings.get(token) or []
        df = len(flat) // 2
        if not df:
            continue
        idf = math.log(1 + (total - df + 0.5) / (df + 0.5))
        for i in range(0, len(flat), 2):
            tf = flat[i + 1]
            hit = found.setdefault(flat[i], [0.0, 0.0])
            hit[0] += 1
            hit[1] += idf * tf * (SATURATION + 1) / (tf + SATURATION)
    complete = [d for d in found if found[d][0] == len(tokens)]
    partial = [d for d in found if found[d][0] * 2 >= len(tokens)]
    return sorted(complete or partial, key=lambda d: (-found[d][0], -round(found[d][1], 6), -d))


def search(index: Index, query: str, limit: int = 10) -> tuple[list[str], list[str]]:
    """Story ids ranked for ``query``, and the files a reader's browser fetches
    for them (the shard of each token in every segment, the chunks of its
    results), as the search page does it."""
    segs = index.meta["segments"]
    fetched: list[str] = []
    parts: list[dict[str, list[int]]] = [{} for _ in segs]

    def load(tokens: list[str]) -> dict[str, list[int]]:
        for seg, part in zip(segs, parts, strict=True):
            shards = seg["shards"]
            for i in sorted({shard_of(t, len(shards)) for t in tokens}):
                name = shard_name(seg["start"], i, shards[i]) if shards[i] else ""
                if name and name not in fetched:
                    fetched.append(name)
                    part.update(unwrap(index.files[name]))
        return merge_postings(parts)

    tokens = split_missing(query_tokens(query), load(query_tokens(query)))
    ranked = score(load(tokens), tokens, index.meta["n"])[:limit]
    chunks = {n: chunk_name(n // CHUNK, index.meta["chunks"][n // CHUNK]) for n in ranked}
    fetched += sorted(set(chunks.values()))
    rows = {name: unwrap(index.files[name]) for name in set(chunks.values())}
    return [rows[chunks[n]][n % CHUNK][0] for n in ranked], fetched


def merge_postings(parts: Sequence[Mapping[str, Sequence[int]]]) -> dict[str, list[int]]:
    """Each token's postings from the segments' shards, in segment order
    (which is document order: a segment's documents follow the previous one's)."""
    out: dict[str, list[int]] = {}
    for part in parts:
        for token, flat in part.items():
            out.setdefault(token, []).extend(flat)
    return out
