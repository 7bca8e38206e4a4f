"""The stories of each tag, grouped once for the whole listing phase.

Tag pages list a tag's stories newest first (``tagpages``); related stories
rank a story against the stories nearest in time in each of its tags
(``related``, in chronological order). Each used to group the archive by
tag for itself, and an edit did it three times for one story's tags (issue
13: ~0.7 s of a 2.4 s one-story rebuild at 50,000 stories, profiled). Here
the archive is grouped by tag once, in chronological order (date, then id);
the listings hold it newest first already (``storyrecord.newest_first``), which is
exactly that order reversed, so neither order is sorted again, and a tag's
newest-first list is its chronological one reversed, made only when a tag
page asks for it (an edit asks for its story's few tags).

The groups are kept as places in the chronological order (``array('I')``),
a tag's list of records made only when asked for, and saved with the build
state (``pack``). An edit (the same stories, dates and tags) does not change
them, so it reads them back (``from_packed``) instead of grouping the whole
archive again: at 50,000 stories the grouping was 47 ms of a 0.53 s
one-story rebuild, the only step of its listing phase that visited every
story's tags. Stories published after all the others (a newsroom's new
articles) take the places after theirs: they are added to the groups read
back, and the rest stays as it was.
"""

from __future__ import annotations

import marshal
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from .topics import has_page

if TYPE_CHECKING:
    from .storyrecord import StoryRecord

#: Chronological order: by date, then id (related stories are ranked in it;
#: ``storyrecord.newest_first`` is its reverse).
CHRONO = attrgetter("published", "id")
#: Bumped when what ``pack`` writes changes: an older blob is not read.
_PACK_FORMAT = 1


class TagIndex:
    """tag -> its stories, chronologically and (on demand) newest first."""

    __slots__ = ("_chrono", "_lists", "_newest", "_places")

    def __init__(self, ordered: Sequence[StoryRecord]) -> None:
        """``ordered``: the stories in any order (sorted here by date, then id)."""
        self._start(sorted(ordered, key=CHRONO))
        self._places = _group(self._chrono)

    def _start(self, chrono: Sequence[StoryRecord]) -> None:
        self._chrono = chrono
        self._lists: dict[str, list[StoryRecord]] = {}
        self._newest: dict[str, list[StoryRecord]] = {}

    @classmethod
    def from_newest(cls, ordered: Sequence[StoryRecord]) -> TagIndex:
        """The index of ``ordered``, which must be in ``storyrecord.newest_first``
        order: its reverse is the chronological order."""
        index = cls.__new__(cls)
        index._start(ordered[::-1])
        index._places = _group(index._chrono)
        return index

    @classmethod
    def from_packed(
        cls, ordered: Sequence[StoryRecord], blob: bytes, added: int = 0
    ) -> TagIndex | None:
        """The index ``pack`` saved for the same stories in the same order
        (``ordered``: newest first), with its ``added`` newest stories (which
        the saved groups lack: published after all of them) placed last; None
        if ``blob`` cannot be theirs (another format, another number of
        stories, other ends) or is damaged."""
        n_old = len(ordered) - added
        try:
            fmt, n, ends, places = marshal.loads(blob)
            if fmt != _PACK_FORMAT or n != n_old or ends != _ends(ordered, added, -1, n_old):
                return None
            index = cls.__new__(cls)
            index._start(ordered[::-1])
            index._places = {}
            for tag, raw in places.items():
                found = index._places[str(tag)] = array("I")
                found.frombytes(raw)
                if found and found[-1] >= n:  # places ascend: the last is the largest
                    return None
        except (EOFError, ValueError, TypeError, AttributeError):
            return None
        _add(index._places, index._chrono, n)
        return index

    def pack(self) -> bytes:
        """The groups as ``from_packed`` reads them back (marshal: no code, no objects)."""
        n = len(self._chrono)
        places = {tag: found.tobytes() for tag, found in sorted(self._places.items())}
        return marshal.dumps((_PACK_FORMAT, n, _ends(self._chrono, -1, 0, n), places))

    def chrono(self, tag: str) -> list[StoryRecord]:
        """The stories of ``tag`` by date, then id (a story's own tags are all here)."""
        found = self._lists.get(tag)
        if found is None:
            found = self._lists[tag] = list(map(self._chrono.__getitem__, self._places[tag]))
        return found

    def around(self, tag: str, r: StoryRecord, reach: int) -> tuple[list[StoryRecord], int, int]:
        """The stories of ``tag`` within ``reach`` places of where ``r`` is
        (or would be) in its chronological list, that place, and the list's
        length: two binary searches (in the archive, then in the tag's
        places), so a related block's window is found without making the
        list of a tag that holds half the archive."""
        found = self._lists.get(tag)
        if found is not None:
            i = bisect_left(found, (r.published, r.id), key=CHRONO)
            return found[max(0, i - reach) : i + reach + 1], i, len(found)
        places = self._places[tag]
        i = bisect_left(places, bisect_left(self._chrono, (r.published, r.id), key=CHRONO))
        near = places[max(0, i - reach) : i + reach + 1]
        return list(map(self._chrono.__getitem__, near)), i, len(places)

    def count(self, tag: str) -> int:
        """How many stories ``tag`` has."""
        return len(self._places[tag])

    def latest(self, tag: str) -> StoryRecord:
        """The newest story of ``tag``."""
        return self._chrono[self._places[tag][-1]]

    def newest(self, tag: str) -> list[StoryRecord]:
        """The stories of ``tag`` newest first, as ``newest_first`` orders them."""
        found = self._newest.get(tag)
        if found is None:
            found = self._newest[tag] = self.chrono(tag)[::-1]
        return found

    def page_tags(self) -> Iterator[str]:
        """Every tag that has a page (companies and topics), sorted."""
        return (tag for tag in sorted(self._places) if has_page(tag))

    def __contains__(self, tag: object) -> bool:
        return tag in self._places


def _ends(records: Sequence[StoryRecord], newest: int, oldest: int, n: int) -> tuple[str, ...]:
    """The ids of the newest and the oldest of ``n`` stories, at those places
    of ``records``: a saved index of other stories differs (no list copied)."""
    return (records[newest].id, records[oldest].id) if n > 0 else ()


def _group(chrono: Sequence[StoryRecord]) -> dict[str, array[int]]:
    """tag -> the places of its stories in ``chrono`` (ascending)."""
    by_tag: dict[str, array[int]] = {}
    _add(by_tag, chrono, 0)
    return by_tag


def _add(by_tag: dict[str, array[int]], chrono: Sequence[StoryRecord], start: int) -> None:
    """Add the stories of ``chrono`` from place ``start`` on to their tags' places."""
    for i in range(start, len(chrono)):
        r = chrono[i]
        for tag in r.tags:
            found = by_tag.get(tag)
            if found is None:
                by_tag[tag] = array("I", (i,))
            elif found[-1] != i:  # a tag a story names twice lists it once
                found.append(i)
