"""Listing pages anchored at the oldest story, so a new story rewrites few pages.

Digests and company and topic pages list stories newest first, ``PAGE_SIZE``
to a page. Numbered from the newest, as they were, every page of a listing
changed when a story was published: each slid one story down (at 1,000
stories one new story rewrote 1,071 digest pages; at 50,000 it would be
~52,000; issue 13). Here pages are counted from the oldest story instead:

* archive page ``k`` (``k`` >= 1, the file ``k.html``) holds the ``k``-th
  ``PAGE_SIZE`` stories counted from the oldest, and once made it lists the
  same stories for good;
* the front page (``index.html``, number 0) holds the rest, the newest
  ``PAGE_SIZE`` to ``2 * PAGE_SIZE - 1`` stories (all of them when there are
  fewer), so it is never nearly empty; every ``PAGE_SIZE`` stories
  published, its oldest ``PAGE_SIZE`` become the next archive page.

A story published after the others (``storyrecord.newest_first``) then changes the
front page, and, every ``PAGE_SIZE`` stories, one new archive page and the
"newer" link of the one before it. An archive page is labelled by the dates
it spans, not "page k of n", which would change with every page added.

Positions here are places in the newest-first order (0 = the newest).

>>> [(p.number, p.start, p.stop, p.newer, p.older) for p in layout(45, 20)]
[(0, 0, 25, None, 1), (1, 25, 45, 0, None)]
>>> page_of(30, 45, 20), page_of(3, 45, 20)
(1, 0)
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from .urls import PAGE_SIZE

FRONT = 0
"""The number of a listing's front page (the newest stories)."""


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing of ``n`` stories, newest first."""

    number: int
    """0 for the front page, else the archive number (1 = the oldest stories)."""
    start: int
    stop: int
    """Its stories are ``ordered[start:stop]``."""
    newer: int | None
    """The page before it in reading order (newer stories), None on the front."""
    older: int | None
    """The page after it (older stories), None on the oldest."""


def archived(n: int, size: int = PAGE_SIZE) -> int:
    """How many archive pages a listing of ``n`` stories has.

    >>> [archived(n, 20) for n in (0, 19, 20, 39, 40, 59, 60)]
    [0, 0, 0, 0, 1, 1, 2]
    """
    return max(0, n // size - 1)


def page(number: int, n: int, size: int = PAGE_SIZE) -> Page:
    """Page ``number`` of a listing of ``n`` stories (``number`` <= ``archived(n)``)."""
    last = archived(n, size)
    if number == FRONT:
        return Page(FRONT, 0, n - last * size, None, last or None)
    if not 1 <= number <= last:
        raise ValueError(f"no page {number} in a listing of {n} stories")
    newer = number + 1 if number < last else FRONT
    return Page(number, n - number * size, n - (number - 1) * size, newer, number - 1 or None)


def layout(n: int, size: int = PAGE_SIZE) -> list[Page]:
    """Every page of a listing of ``n`` stories, front first, then older."""
    return [page(number, n, size) for number in [FRONT, *range(archived(n, size), 0, -1)]]


def pages(n: int, only: Collection[int] | None = None, size: int = PAGE_SIZE) -> list[Page]:
    """The pages numbered ``only`` (every page if None) of a listing of ``n`` stories."""
    return layout(n, size) if only is None else [page(k, n, size) for k in sorted(only)]


def page_of(position: int, n: int, size: int = PAGE_SIZE) -> int:
    """The number of the page listing the story at ``position`` of ``n``."""
    last = archived(n, size)
    from_oldest = n - 1 - position
    return FRONT if from_oldest >= last * size else from_oldest // size + 1


def touched(before: int, n: int, first: int, size: int = PAGE_SIZE) -> set[int]:
    """The pages of a listing that went from ``before`` to ``n`` stories whose
    stories or links can differ, when the stories kept their places counted
    from the oldest below ``n - first`` (``first``: the newest-first position
    of the oldest story added; 0 when they are all newer than the rest).

    >>> sorted(touched(45, 46, 0, 20)), sorted(touched(59, 60, 0, 20))
    ([0], [0, 1, 2])
    >>> sorted(touched(100, 101, 60, 20))
    [0, 3, 4]
    """
    old_last, last = archived(before, size), archived(n, size)
    pages = {FRONT} | set(range(old_last + 1, last + 1))
    low = page_of(first, n, size)
    if low != FRONT:  # every page from the oldest added story's to the front moved
        pages |= set(range(low, last + 1))
    if last != old_last and old_last:
        pages.add(old_last)  # its "newer" link went from the front page to the next
    return pages
