"""The stories of each tag, grouped once for the whole listing phase.

Tag pages list a tag's stories newest first (``tagpages``); related stories
rank a story against the stories nearest in time in each of its tags
(``related``, in chronological order). Each used to group the archive by
tag for itself, and an edit did it three times for one story's tags (issue
13: ~0.7 s of a 2.4 s one-story rebuild at 50,000 stories, profiled). Here
the archive is put in chronological order and grouped by tag once; a tag's
newest-first list is derived from its chronological one, and kept, only
when a tag page asks for it (an edit asks for its story's few tags).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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
        """``ordered``: the stories newest first (``pages.newest_first``), or in
        any order (sorted here all the same: only faster when newest first,
        whose reverse is already in runs of chronological order)."""
        by_tag: dict[str, list[StoryRecord]] = {}
        for r in sorted(reversed(ordered), key=CHRONO):
            for tag in r.tags:
                found = by_tag.get(tag)
                if found is None:
                    by_tag[tag] = [r]
                elif found[-1] is not r:  # a tag a story names twice lists it once
                    found.append(r)
        self._chrono = by_tag
        self._newest: dict[str, list[StoryRecord]] = {}

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
