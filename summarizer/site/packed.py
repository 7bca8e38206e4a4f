"""The story records packed in a few blobs, for a rebuild to load them in C.

A one-story rebuild reads every story's record: the listings place the
edited story among all of them (``listings``). Read as sqlite rows, 50,000
records cost ~0.12 s of a 0.55 s rebuild (issue 13): a Python object per
column, a tuple per row, then the record made from it. Packed with
``marshal`` (the records as plain tuples, tags tuples shared, dates and
tags interned as they were), in pieces of ``CHUNK`` records, they load in
~0.04 s. The rows stay the state's truth: an incremental build writes its
few rows and notes their keys as ``fresh``, and loading applies those rows
over the packed records; past ``state.REPACK`` fresh keys a build packs the
records again, and a full build always does. A piece that does not load, or
records whose first and last keys are not the rows', mean reading the rows
(``cache.load_manifest``).
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from operator import itemgetter

from .state import StoryRow
from .storyrecord import StoryRecord

_FIELDS = len(StoryRecord._fields)


CHUNK = 2_000
"""Records per packed piece: a full build packs 50,000 records at its end,
and one 13 MB blob (its rows, marshal's buffer, sqlite's copy) took its peak
memory from 270 to 305 MB (issue 13: under 300 MB); pieces are made,
written and let go one at a time."""


def pack(records: Mapping[str, StoryRecord]) -> Iterator[bytes]:
    """``records`` in key order as blobs of ``CHUNK`` records each (entries
    left out: never kept), made as they are consumed."""
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    keys = sorted(records)  # (a build's are in key order already: one pass)
    for start in range(0, len(keys), CHUNK):
        rows = []
        for key in keys[start : start + CHUNK]:
            r = records[key]
            tags = tuple(r.tags)
            rows.append((*r[:6], shared.setdefault(tags, tags), r.card, r.tag_names, None))
        yield marshal.dumps(rows, 4)


def unpack(
    blobs: Iterable[bytes],
    overlay: list[tuple[str, StoryRow | None]],
    record_of: Callable[[StoryRow], StoryRecord],
) -> dict[str, StoryRecord]:
    """The records in ``blobs`` (``pack``'s, in order) with the rows of
    ``overlay`` (key, row or None for deleted) applied, in key order;
    ValueError if a blob is not ours."""
    # the named tuples made in C, as cache.records_of makes them, and no
    # Python loop per record: half the time of a comprehension at 50,000
    make = partial(tuple.__new__, StoryRecord)
    first = itemgetter(0)
    records: dict[str, StoryRecord] = {}
    for blob in blobs:
        rows = marshal.loads(blob)  # noqa: S302 -- the state's own blob
        if not isinstance(rows, list) or (rows and set(map(len, rows)) != {_FIELDS}):
            raise ValueError("packed records of another shape")
        records.update(zip(map(first, rows), map(make, rows), strict=True))
    added = False
    for key, row in overlay:
        if row is None:
            records.pop(key, None)
        else:
            added = added or key not in records
            records[key] = record_of(row)
    return dict(sorted(records.items())) if added else records
