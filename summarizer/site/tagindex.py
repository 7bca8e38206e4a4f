"""The stories of each tag, grouped once for the whole listing phase.

Tag pages list a tag's stories newest first (``tagpages``); related stories
rank a story against the stories nearest in time in each of its tags
(``related``, in chronological order). Each used to group the archive by
tag for itself, and an edit did it three times for one story's tags (issue
13: ~0.7 s of a 2.4 s one-story rebuild at 50,000 stories, profiled). Here
the archive is put in chronological order and grouped by tag once; a tag's
newest-first list is derived from its chronological one, and kept, only
when a tag page asks for it (an edit asks for its story's few tags). The
listings hold the archive newest first already (``pages.newest_first``:
dates descending, ties by id ascending), so ``from_newest`` reverses its
runs of one date instead of sorting 50,000 records by (date, id) again:
0.044 s of the 0.064 s the grouping took at 50,000 stories (issue 13).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import groupby
from operator import attrgetter
from typing import TYPE_CHECKING

from .topics import has_page

if TYPE_CHECKING:
    from .pages import StoryRecord

#: Chronological order: by date, then id (the order related stories are ranked in).
CHRONO = attrgetter("published", "id")
_DATE = attrgetter("published")


class TagIndex:
    """tag -> its stories, chronologically and (on demand) newest first."""

    __slots__ = ("_chrono", "_newest")

    def __init__(self, ordered: Sequence[StoryRecord]) -> None:
        """``ordered``: the stories in any order (sorted here by date, then id;
        faster when newest first, whose reverse is already in runs of
        chronological order)."""
        self._chrono = _group(sorted(reversed(ordered), key=CHRONO))
        self._newest: dict[str, list[StoryRecord]] = {}

    @classmethod
    def from_newest(cls, ordered: Sequence[StoryRecord]) -> TagIndex:
        """The index of ``ordered``, which must be in ``pages.newest_first``
        order (dates descending, ties by id ascending): its chronological
        order is its runs of one date, last run first, each as it is."""
        runs = [list(run) for _, run in groupby(ordered, _DATE)]
        runs.reverse()
        index = cls.__new__(cls)
        index._chrono = _group([r for run in runs for r in run])
        index._newest = {}
        return index

    def chrono(self, tag: str) -> list[StoryRecord]:
        """The stories of ``tag`` by date, then id (a story's own tags are all here)."""
        return self._chrono[tag]

    def newest(self, tag: str) -> list[StoryRecord]:
        """The stories of ``tag`` newest first, ties by id, as ``newest_first``
        orders them: a stable sort by date alone, descending, of the
        chronological list (whose ties are already by id)."""
        found = self._newest.get(tag)
        if found is None:
            found = self._newest[tag] = sorted(self._chrono[tag], key=_DATE, reverse=True)
        return found

    def page_tags(self) -> Iterator[str]:
        """Every tag that has a page (companies and topics), sorted."""
        return (tag for tag in sorted(self._chrono) if has_page(tag))

    def __contains__(self, tag: object) -> bool:
        return tag in self._chrono


def _group(chrono: Sequence[StoryRecord]) -> dict[str, list[StoryRecord]]:
    """tag -> its stories in the order of ``chrono`` (chronological)."""
    by_tag: dict[str, list[StoryRecord]] = {}
    for r in chrono:
        for tag in r.tags:
            found = by_tag.get(tag)
            if found is None:
                by_tag[tag] = [r]
            elif found[-1] is not r:  # a tag a story names twice lists it once
                found.append(r)
    return by_tag
