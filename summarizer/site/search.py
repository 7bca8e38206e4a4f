"""The search page of each language and the index files it reads.

Planned like every listing (``pageplan.PagePlan``): the index is built from the
digest entries every story already leaves in the build (title, lede and each
reader's points, cached for incremental builds), its files are named by
their content's hash so a browser may cache them forever, and the page
carries the names of the current ones. A rebuild that changes nothing
rewrites nothing; a changed story rewrites the shards and chunks whose
bytes changed and the page, and the build's stale-file sweep removes the
files no plan names any more.

Documents are numbered oldest first (the record at newest-first position
``i`` of ``ordered`` is document ``len(ordered) - 1 - i``), so a new story
appends: the newest stories of an incremental build are added to the live
index (``search_patch``) as an edited one is patched in, and no document
already there is renumbered.

Without JavaScript the page says search needs it and points to the digests;
the header's search box is a plain GET form to this page.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import urls
from .html import long_date
from .pagekeys import count_under, fetch_keys, pages_under
from .pageplan import PagePlan, input_hash, quick_hash
from .pages import EntryStore, ListingPlanner
from .search_index import Index, SearchDoc, file_count, name_changes
from .search_patch import live_meta, patch_index
from .storyrecord import StoryRecord
from .urls import search as page_rel

if TYPE_CHECKING:
    from .search_spill import SpilledIndex

#: Directory of a language's index files, relative to its search page.
INDEX_DIR = "search"


def spill_index(docs: Iterable[SearchDoc], folder: Path, count: int) -> SpilledIndex:
    """``search_spill.spill_index``, imported on first use: an edit patches
    the live index and never spills one (~1.5 ms of its start)."""
    from . import search_spill

    return search_spill.spill_index(docs, folder, count=count)


def search_doc(
    planner: ListingPlanner,
    record: StoryRecord,
    lang: str,
    entries: Callable[[StoryRecord], dict[str, dict[str, Any]]],
) -> SearchDoc:
    """A story in ``lang`` as search sees it: title, lede, the Quick Summary's
    points (persona '') and every other reader's, in the personas' order."""
    general = planner.personas[0][0]
    e = entries(record)[lang]
    points: list[tuple[str, str]] = []
    for pid, _ in planner.personas:
        for _label, text in e.get("points", {}).get(pid, []):
            points.append(("" if pid == general else pid, text))
    when = long_date(date.fromisoformat(record.published), lang)
    return SearchDoc(record.id, e["title"], when, e.get("lede", ""), points)


@dataclass(frozen=True, slots=True)
class LiveIndex:
    """What an incremental build that keeps the archive's order, or adds
    stories newer than all of it, knows of the live index: where it is, the
    previous page keys and index sizes, the stories that changed as
    ``(position, old record, new record)`` (the newest-first position in the
    new ``ordered``) and the stories added since the live build."""

    live: Path
    pages: Mapping[str, str]
    sizes: dict[str, int]
    changed: list[tuple[int, StoryRecord, StoryRecord]]
    old_entries: EntryStore
    """The previous build's entries (the live cache's)."""
    added: Sequence[StoryRecord] = ()
    """The stories new since the live build, newest first: exactly
    ``ordered[:len(added)]``, documents ``n - len(added)`` to ``n - 1``."""


def search_plans(
    planner: ListingPlanner,
    ordered: Sequence[StoryRecord],
    spill: Path,
    live: LiveIndex | None = None,
) -> tuple[list[PagePlan], dict[str, int], list[str]]:
    """Per language: the search page and its index files (``ordered`` is newest
    first; the documents are numbered oldest first), and each index's size
    for the build cache. With ``live``, the live index is patched for the
    changed stories and the added ones (``search_patch``) where it can be:
    the files it leaves as they are get no plan, and the third item is the
    files of the live index that no longer are (the replaced ones): an edit
    or an add neither plans nor looks up every file of the index. (Without
    ``live``: empty.)

    A whole index is built on disk, in the empty directory ``spill``
    (``search_spill``: its postings would otherwise grow with the archive),
    one language after the other, and its plans read the files back when
    they are written; ``spill`` must last until then."""
    plans: list[PagePlan] = []
    sizes: dict[str, int] = {}
    gone: list[str] = []
    for lang in planner.config.langs:
        patched = _patched_plans(planner, lang, ordered, live) if live is not None else None
        folder = index_folder(lang)
        if patched is None:  # oldest first: document n is ordered[-1 - n]
            docs = (search_doc(planner, r, lang, planner.entries.scan) for r in reversed(ordered))
            index = spill_index(docs, spill / lang, count=len(ordered))
            for name, key in sorted(index.keys.items()):
                plans.append(PagePlan(f"{folder}/{name}", key, partial(index.text, name)))
            meta, sizes[lang] = index.meta, index.size
            if live is not None:  # a patch that could not be: every other file goes
                start = len(folder) + 1
                old = pages_under(live.pages, folder)
                gone += [rel for rel in old if rel[start:] not in index.keys]
        else:
            files, meta, sizes[lang], replaced = patched
            plans += files
            gone += replaced
        plans.append(_page_plan(planner, lang, meta))
    return plans, sizes, gone


def index_folder(lang: str) -> str:
    return page_rel(lang).rsplit("/", 1)[0] + "/" + INDEX_DIR


def _patched_plans(
    planner: ListingPlanner, lang: str, ordered: Sequence[StoryRecord], live: LiveIndex
) -> tuple[list[PagePlan], dict[str, Any], int, list[str]] | None:
    """Plans of the new index files, from the live index patched for the
    changed stories and extended by the added ones, and the paths of the
    files they replace; the others are kept as they are, under their
    previous key, without being listed (~13,000 names a language at 50,000
    stories). None when the whole index must be built."""
    meta = live_meta(live.live / page_rel(lang))
    size = live.sizes.get(lang)
    total, added = len(ordered), len(live.added)
    if (
        meta is None
        or size is None
        or meta["n"] != total - added
        or any(a.id != r.id for a, r in zip(live.added, ordered[:added], strict=True))
    ):
        return None  # the live index is not the one these documents extend
    changes = [
        (
            total - 1 - i,  # newest-first position -> document number
            search_doc(planner, old, lang, live.old_entries),
            search_doc(planner, new, lang, planner.entries),
        )
        for i, old, new in live.changed
    ]
    docs = [search_doc(planner, r, lang, planner.entries) for r in reversed(live.added)]

    def live_docs(start: int, stop: int) -> list[SearchDoc]:
        """Documents ``start`` to ``stop - 1`` as they now are, oldest first
        (for a segment the patch builds again: ``search_patch``)."""
        records = reversed(ordered[total - stop : total - start])
        return [search_doc(planner, r, lang, planner.entries.scan) for r in records]

    folder = index_folder(lang)
    patched = patch_index(live.live / folder, meta, size, changes, added=docs, docs=live_docs)
    if patched is None:
        return None
    made, gone = name_changes(meta, patched.meta)
    plans = []
    for name in made:
        text = patched.files[name]
        plans.append(PagePlan(f"{folder}/{name}", quick_hash(text), _const(text)))
    replaced = [f"{folder}/{name}" for name in gone]
    fetch_keys(live.pages, replaced)
    if count_under(live.pages, folder) != file_count(meta) or any(
        rel not in live.pages for rel in replaced
    ):
        return None  # the previous build did not record its index as it is: rebuild
    return plans, patched.meta, patched.size, replaced


def read_index(site: Path, lang: str) -> Index:
    """The index a built site serves for ``lang``, as its search page names it
    (for the tests and the benchmark: exactly the bytes a reader gets)."""
    page = (site / page_rel(lang)).read_text("utf-8")
    found = re.search(r"data-search='([^']*)'", page)
    if found is None:
        raise ValueError(f"{site / page_rel(lang)}: no search index named")
    meta = json.loads(html.unescape(found.group(1)))
    folder = (site / page_rel(lang)).parent / meta["dir"]
    return Index({p.name: p.read_text("utf-8") for p in folder.iterdir()}, meta)


def _const(text: str) -> Callable[[], str]:
    """A patched file's text (a patch makes a few small files)."""
    return lambda: text


def _page_plan(planner: ListingPlanner, lang: str, index_meta: dict[str, Any]) -> PagePlan:
    rel = page_rel(lang)
    names = {pid: names[lang] for pid, names in planner.personas[1:]}
    meta = {**index_meta, "dir": INDEX_DIR + "/", "personas": names}
    key = input_hash(planner.fingerprint, rel, meta)

    def render() -> str:
        return planner.env.get_template("search.html").render(
            **planner._common(lang, rel, page_rel),
            meta=meta,
            digest_href=urls.digest(lang, planner.personas[0][0]),
        )

    return PagePlan(rel, key, render)
