"""The search page of each language and the index files it reads.

Planned like every listing (``pages.PagePlan``): the index is built from the
digest entries every story already leaves in the build (title, lede and each
reader's points, cached for incremental builds), its files are named by
their content's hash so a browser may cache them forever, and the page
carries the names of the current ones. A rebuild that changes nothing
rewrites nothing; a changed story rewrites the shards and chunks whose
bytes changed and the page, and the build's stale-file sweep removes the
files no plan names any more.

Without JavaScript the page says search needs it and points to the digests;
the header's search box is a plain GET form to this page.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from . import urls
from .html import long_date
from .pages import ListingPlanner, PagePlan, StoryRecord, input_hash, quick_hash
from .search_index import Index, SearchDoc, build_index
from .urls import search as page_rel

#: Directory of a language's index files, relative to its search page.
INDEX_DIR = "search"


def search_docs(
    planner: ListingPlanner, ordered: Sequence[StoryRecord], lang: str
) -> list[SearchDoc]:
    """One document per story in ``lang``: title, lede, the Quick Summary's
    points (persona '') and every other reader's, in the personas' order."""
    general = planner.personas[0][0]
    docs = []
    for record in ordered:
        e = planner.entries(record)[lang]
        points: list[tuple[str, str]] = []
        for pid, _ in planner.personas:
            for _label, text in e.get("points", {}).get(pid, []):
                points.append(("" if pid == general else pid, text))
        when = long_date(date.fromisoformat(record.published), lang)
        docs.append(SearchDoc(record.id, e["title"], when, e.get("lede", ""), points))
    return docs


def search_plans(planner: ListingPlanner, ordered: Sequence[StoryRecord]) -> list[PagePlan]:
    """Per language: the search page and its index files (newest stories first)."""
    plans: list[PagePlan] = []
    for lang in planner.config.langs:
        index = build_index(search_docs(planner, ordered, lang))
        base = page_rel(lang).rsplit("/", 1)[0]
        for name, text in sorted(index.files.items()):
            plans.append(PagePlan(f"{base}/{INDEX_DIR}/{name}", quick_hash(text), _const(text)))
        plans.append(_page_plan(planner, lang, index))
    return plans


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
    return lambda: text


def _page_plan(planner: ListingPlanner, lang: str, index: Index) -> PagePlan:
    rel = page_rel(lang)
    names = {pid: names[lang] for pid, names in planner.personas[1:]}
    meta = {**index.meta, "dir": INDEX_DIR + "/", "personas": names}
    key = input_hash(planner.fingerprint, rel, meta)

    def render() -> str:
        return planner.env.get_template("search.html").render(
            **planner._common(lang, rel, page_rel),
            meta=meta,
            digest_href=urls.digest(lang, planner.personas[0][0]),
        )

    return PagePlan(rel, key, render)
