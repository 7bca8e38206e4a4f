"""The stories of each tag, grouped once for the whole listing phase.

Tag pages list a tag's stories newest first (``tagpages``); related stories
rank a story against the stories nearest in time in each of its tags
(``related``, in chronological order). Each used to group the archive by
tag for itself, and an edit did it three times for one story's tags (issue
13: ~0.7 s of a 2.4 s one-story rebuild at 50,000 stories, profiled). Here
the archive is grouped by tag once, in chronological order (date, then id);
the listings hold it newest first already (``pages.newest_first``), which is
exactly that order reversed, so neither order is sorted again, and a tag's
newest-first list is its chronological one reversed, made only when a tag
page asks for it (an edit asks for its story's few tags).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from .topics import has_page

if TYPE_CHECKING:
    from .pages import StoryRecord

#: Chronological order: by date, then id (related stories are ranked in it;
#: ``pages.newest_first`` is its reverse).
CHRONO = attrgetter("published", "id")


class TagIndex:
    """tag -> its stories, chronologically and (on demand) newest first."""

    __slots__ = ("_chrono", "_newest")

    def __init__(self, ordered: Sequence[StoryRecord]) -> None:
        """``ordered``: the stories in any order (sorted here by date, then id)."""
        self._chrono = _group(sorted(ordered, key=CHRONO))
        self._newest: dict[str, list[StoryRecord]] = {}

    @classmethod
    def from_newest(cls, ordered: Sequence[StoryRecord]) -> TagIndex:
        """The index of ``ordered``, which must be in ``pages.newest_first``
        order: its reverse is the chronological order."""
        index = cls.__new__(cls)
        index._chrono = _group(ordered[::-1])
        index._newest = {}
        return index

    def chrono(self, tag: str) -> list[StoryRecord]:
        """The stories of ``tag`` by date, then id (a story's own tags are all here)."""
        return self._chrono[tag]

    def newest(self, tag: str) -> list[StoryRecord]:
        """The stories of ``tag`` newest first, as ``newest_first`` orders them."""
        found = self._newest.get(tag)
        if found is None:
            found = self._newest[tag] = self._chrono[tag][::-1]
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
