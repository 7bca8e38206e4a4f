"""An incremental build: whether it is an edit of the live build, and what
it reads back from it.

When every story of the previous build is still there with its date, tags
and tag names, and the personas are named as before (an edit, or stories
added: the usual rebuilds), the listing phase plans only the pages the
changed and added stories can change (``delta``) and patches the search
index (``search_plans``); the stories by tag are then read back from the
state instead of grouped again. Split from ``listings`` so that module keeps
to planning and writing the pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import cache as sitecache
from .entrycache import EntryCache
from .manifest import grown_keys, replaced_keys
from .search import LiveIndex
from .storyrecord import StoryRecord, newest_first
from .tagindex import TagIndex

if TYPE_CHECKING:
    from .listings import Personas

_FEW = 32
"""Up to this many edited stories are looked up in the archive's order one
by one (``list.index``), more in one pass."""


def find_edit(
    records: dict[str, StoryRecord],
    ordered: list[StoryRecord],
    old: sitecache.Manifest | None,
    personas: Personas,
    live: Path,
) -> LiveIndex | None:
    """When every story of the previous build is still there with its date,
    tags and tag names, and the personas are named as before (an edit, or
    stories added: the usual rebuilds), only the changed and added stories
    concern the listings: what ``write_listings`` and ``search_plans`` need
    of them and of the live index. None otherwise."""
    if old is None or old.personas != personas:
        return None
    keys = replaced_keys(old.stories, records)
    added: list[StoryRecord] = []
    if keys is None:  # stories added (and none removed)?
        grown = grown_keys(old.stories, records)
        if grown is None:
            return None
        keys, new = grown
        added = [records[key] for key in new]
    pairs = []
    for key in keys:
        o, r = old.stories[key], records[key]
        if (o.id, o.published, tuple(o.tags), o.tag_names) != (
            r.id,
            r.published,
            tuple(r.tags),
            r.tag_names,
        ):
            return None
        if (o.hash, o.card) != (r.hash, r.card):
            pairs.append((o, r))
    if len(pairs) <= _FEW:  # each found in C; many stories: one pass over all
        changed = [(ordered.index(r), o, r) for o, r in pairs]
    else:
        place = {id(r): n for n, r in enumerate(ordered)}
        changed = [(place[id(r)], o, r) for o, r in pairs]
    changed.sort(key=lambda c: c[0])
    added = newest_first(added)
    old_entries = EntryCache([sitecache.live_entries(live)], size=64)
    return LiveIndex(live, old.pages, old.search, changed, old_entries, added)


def tag_index(
    ordered: list[StoryRecord], edit: LiveIndex | None, live: Path
) -> tuple[TagIndex, bytes | None]:
    """The stories by tag, and the groups to save in the state (None: keep
    the state's). An edit (no story added, moved or re-tagged) has the same
    groups as the build before it and reads them from the state, and stories
    added after all the others are added to them; any other build groups
    the archive. Groups that changed are saved."""
    if edit is not None:
        added = len(edit.added)
        newest = {r.id for r in ordered[:added]} == {r.id for r in edit.added}
        blob = sitecache.read_tag_groups(live) if newest else None
        index = TagIndex.from_packed(ordered, blob, added) if blob is not None else None
        if index is not None:
            return index, index.pack() if added else None
    index = TagIndex.from_newest(ordered)
    return index, index.pack()
