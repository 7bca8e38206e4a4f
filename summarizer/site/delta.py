"""Which listing pages an incremental build plans: those an edit or an addition can change.

An edit (the same stories, dates and tags) changes the pages that list an
edited story. Stories added change, in each listing they are in (the
digests, each of their tags' pages), the front page, every page from the
oldest added story's up to it, and, every ``PAGE_SIZE`` stories, a new
archive page and the "newer" link of the one before it (``paging.touched``):
a story published after the others changes only the front pages, where
numbering from the newest rewrote every page (issue 13). Every other page
keeps its previous key without being planned.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from . import paging
from .search import LiveIndex
from .storyrecord import StoryRecord

Names = Callable[[str, StoryRecord], tuple[str, ...]]
"""A tag's names (one per language) as a story of it says them."""


class Delta:
    """The pages of the listings that ``live`` (the changed and added
    stories of an incremental build) can change, for ``ordered`` (every
    story, newest first)."""

    def __init__(self, live: LiveIndex, ordered: Sequence[StoryRecord], names: Names) -> None:
        self.n = len(ordered)
        self.edited = {r.id for _, _, r in live.changed}
        self.at = [i for i, _, _ in live.changed]
        self.added = {r.id for r in live.added}
        self.names = names
        # the newest-first place of the oldest story added (they are few)
        self.oldest_added = max((ordered.index(r) for r in live.added), default=-1)
        self._tags = {t for _, _, r in live.changed for t in r.tags}
        self._tags.update(t for r in live.added for t in r.tags)

    def digest_pages(self) -> set[int]:
        """The numbers of the digest pages to plan (the same for every persona)."""
        pages = {paging.page_of(i, self.n) for i in self.at}
        if self.added:
            pages |= paging.touched(self.n - len(self.added), self.n, self.oldest_added)
        return pages

    def tags(self) -> set[str]:
        """The tags whose pages may change."""
        return self._tags

    def tag_pages(self, tag: str, stories: Sequence[StoryRecord]) -> Collection[int] | None:
        """The numbers of ``tag``'s pages to plan (``stories``: the tag's,
        newest first); None for all of them (a new tag, or one whose name
        its newest story now says differently)."""
        n = len(stories)
        pages = set()
        new = []
        for i, r in enumerate(stories):
            if r.id in self.edited:
                pages.add(paging.page_of(i, n))
            elif r.id in self.added:
                new.append(i)
        if new:
            before = next((r for r in stories if r.id not in self.added), None)
            if before is None or (
                stories[0].id in self.added
                and self.names(tag, stories[0]) != self.names(tag, before)
            ):
                return None
            pages |= paging.touched(n - len(new), n, new[-1])
        return pages
