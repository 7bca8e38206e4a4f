"""A search shard's postings edited as JSON text (``search_patch``).

The shard count stops at 512, so a shard grows with the archive (~200 KB at
50,000 stories), and parsing and dumping whole shards was the search patch's
cost that grew with it. Here only the edited tokens' posting lists are parsed
and dumped again, and an appended posting is written before its list's
closing bracket; the text is the one ``search_index.shard_text`` makes of the
patched postings, byte for byte.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence

from .search_index import posting_size, shard_text

_KEY = re.compile(r'[{,]"([^"\\]*)":\[')


def patch_shard(
    data: str,
    tokens: Sequence[tuple[str, int, int]],
    appended: Mapping[str, Sequence[int]] | None = None,
) -> tuple[str, int]:
    """A shard's JSON text (``shard_text``) with each ``(token, document,
    weight)`` set, then each token's postings of ``appended`` (documents
    newer than any in the shard, in order) added at the end of its list, and
    the change in index size. Edited as text: only the edited tokens'
    posting lists are parsed and dumped again, and an appended posting is
    written before its list's closing bracket without parsing it. The shard
    count stops at 512, so a shard grows with the archive (~200 KB at 50,000
    stories), and parsing and dumping whole shards was the search patch's
    cost that grew with it. The text is the one ``shard_text`` makes of the
    patched postings (sorted keys, no spaces), byte for byte; a shard whose
    keys need escaping is patched the slow way, parsed whole."""
    appended = appended or {}
    keys = [t for t, _, _ in tokens] + list(appended)
    if "\\" in data or any(json.dumps(t, ensure_ascii=False) != f'"{t}"' for t in keys):
        part: dict[str, list[int]] = json.loads(data)
        change = sum(_edit(part, token, n, weight) for token, n, weight in tokens)
        for token, flat in appended.items():
            if not flat:
                continue
            before = part.get(token, [])
            part[token] = before + list(flat)
            change += posting_size(token, part[token]) - posting_size(token, before)
        return shard_text(part), change
    change = 0
    for token, n, weight in tokens:
        head = f'"{token}":['
        at = data.find(head)
        if at < 0:  # a token the shard does not have yet
            if weight:
                data = _insert(data, token, [n, weight])
                change += posting_size(token, [n, weight])
            continue
        start = at + len(head) - 1
        end = data.index("]", start) + 1
        part = {token: json.loads(data[start:end])}
        change += _edit(part, token, n, weight)
        if token in part:
            data = data[:start] + json.dumps(part[token], separators=(",", ":")) + data[end:]
        elif data[at - 1] == ",":  # the last posting gone: the key goes, with a comma
            data = data[: at - 1] + data[end:]
        else:
            data = "{" + data[end + 1 :] if data[end] == "," else "{}"
    for token, flat in appended.items():
        if not flat:
            continue
        at = data.find(f'"{token}":[')
        if at < 0:
            data = _insert(data, token, list(flat))
            change += posting_size(token, flat)
            continue
        end = data.index("]", at)  # the list is not empty: a comma, then the postings
        data = data[:end] + "," + ",".join(map(str, flat)) + data[end:]
        change += 4 * len(flat)
    return data, change


def _insert(data: str, token: str, flat: list[int]) -> str:
    """``data`` with a new key, where ``sort_keys`` puts it."""
    entry = f'"{token}":{json.dumps(flat, separators=(",", ":"))}'
    if data == "{}":
        return "{" + entry + "}"
    for found in _KEY.finditer(data):
        if found.group(1) > token:
            return data[: found.start() + 1] + entry + "," + data[found.start() + 1 :]
    return data[:-1] + "," + entry + "}"


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
