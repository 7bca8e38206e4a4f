"""The story records packed in one blob, for a rebuild to load them in C.

A one-story rebuild reads every story's record: the listings place the
edited story among all of them (``listings``). Read as sqlite rows, 50,000
records cost ~0.12 s of a 0.55 s rebuild (issue 13): a Python object per
column, a tuple per row, then the record made from it. Packed with
``marshal`` (the records as plain tuples, tags tuples shared, dates and
tags interned as they were) they load in ~0.035 s. The rows stay the
state's truth: an incremental build writes its few rows and notes their keys
as ``fresh``, and loading applies those rows over the packed records; past
``state.REPACK`` fresh keys a build packs the records again, and a full
build always does. A blob that does not load, or whose first and last keys
are not the rows', means reading the rows (``cache.load_manifest``).
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Mapping

from .pages import StoryRecord
from .state import StoryRow

_FIELDS = len(StoryRecord._fields)


def pack(records: Mapping[str, StoryRecord]) -> bytes:
    """``records`` in key order as one blob (entries left out: never kept)."""
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    rows = [
        (*r[:6], shared.setdefault(tuple(r.tags), tuple(r.tags)), r.card, r.tag_names, None)
        for _, r in sorted(records.items())
    ]
    return marshal.dumps(rows, 4)


def unpack(
    blob: bytes,
    overlay: list[tuple[str, StoryRow | None]],
    record_of: Callable[[StoryRow], StoryRecord],
) -> dict[str, StoryRecord]:
    """The records in ``blob`` with the rows of ``overlay`` (key, row or None
    for deleted) applied, in key order; ValueError if the blob is not ours."""
    rows = marshal.loads(blob)  # noqa: S302 -- the state's own blob
    if not isinstance(rows, list) or (rows and set(map(len, rows)) != {_FIELDS}):
        raise ValueError("packed records of another shape")
    make = tuple.__new__  # the named tuple in C, as cache.records_of makes them
    records: dict[str, StoryRecord] = {t[0]: make(StoryRecord, t) for t in rows}
    added = False
    for key, row in overlay:
        if row is None:
            records.pop(key, None)
        else:
            added = added or key not in records
            records[key] = record_of(row)
    return dict(sorted(records.items())) if added else records
