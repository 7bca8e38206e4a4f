"""What a site digest page shows: its stories under their week's heading,
grouped by company or topic within the week, each with its lead and the
reader's points.

The same rules as the digest e-mail (``summarizer.digest``): weekly
editions, stories that share a company or topic under one heading (the
digest's own grouping, ``digest.group.group_subjects``, on the subjects kept
in the entry cache), links to the reader's version of the story
(``?persona=``), no sentence twice on a page (said in the order shown: a
group's newest story first), relative dates resolved against each story's
date. Everything comes from the entry cache, so a page needs no brief.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from .. import languages
from ..digest.edition import heading, week_of
from ..digest.group import group_name, group_subjects, held_names
from ..digest.relative import resolve
from ..digest.said import Said
from ..digest.said import forget as said_forget
from ..digest.words import counted, words
from . import urls
from .html import long_date
from .storyrecord import StoryRecord
from .ui import project_glossary

Entries = Callable[[StoryRecord], dict[str, dict[str, Any]]]

_resolved = lru_cache(maxsize=4096)(resolve)
"""``resolve``, cached: each story's title, lead and points are shown once
per reader, so a build resolves the same text seven times."""


def forget() -> None:
    """Let go of the texts cached while the digest pages were made. The
    related blocks and the search index that follow do not use them, and the
    two caches (4,096 texts each, ~3 MB measured after a 1,000-story build)
    were held through the rest of the build, where its memory peaks."""
    _resolved.cache_clear()
    said_forget()


def _weeks(records: Sequence[StoryRecord], lang: str) -> list[tuple[str, list[StoryRecord]]]:
    """(heading, records) per week, in the records' (newest first) order."""
    weeks: list[tuple[str, list[StoryRecord]]] = []
    for r in records:
        week = heading(week_of(date.fromisoformat(r.published)), lang, project_glossary())
        if not weeks or weeks[-1][0] != week:
            weeks.append((week, []))
        weeks[-1][1].append(r)
    return weeks


def _groups(
    records: Sequence[StoryRecord], entries: Entries, lang: str
) -> list[tuple[str, list[StoryRecord]]]:
    """(heading, records) per company or topic among ``records``; '' for a
    story about no organisation (it stands alone)."""
    subjects = [entries(r)[lang].get("subjects", []) for r in records]
    names: dict[str, str] = {}
    for subs in subjects:
        for key, _, name in subs:
            names.setdefault(key, name)
    keyed = [[(key, rank) for key, rank, _ in subs] for subs in subjects]
    glossary = project_glossary()
    return [
        (
            group_name(
                [names[k] for k in keys],
                lang,
                glossary,
                held_names(keys, keyed[members[0]], names, glossary),
            ),
            [records[i] for i in members],
        )
        for keys, members in group_subjects(keyed)
    ]


Grouped = list[tuple[str, list[tuple[str, list[StoryRecord]]]]]
"""(week heading, [(group heading, records)]) of one page in one language."""


class GroupMemo:
    """The weeks and groups of the pages rendered last, by language.

    They do not depend on the persona, and the digests of one page number
    are rendered one after another (``listings._page_number``), so each
    page's grouping is made once per language instead of once per persona
    (7 times). Held by one build's planner and only a few pages deep, so
    it does not grow with the archive."""

    DEPTH = 8

    def __init__(self) -> None:
        self._kept: dict[tuple[str, tuple[tuple[str, str], ...]], Grouped] = {}

    def grouped(self, records: Sequence[StoryRecord], entries: Entries, lang: str) -> Grouped:
        """The page's grouping; the same ``entries`` for every call."""
        key = (lang, tuple((r.id, r.hash) for r in records))
        hit = self._kept.get(key)
        if hit is None:
            hit = [
                (week, _groups(members, entries, lang)) for week, members in _weeks(records, lang)
            ]
            if len(self._kept) >= self.DEPTH:
                del self._kept[next(iter(self._kept))]  # the oldest
            self._kept[key] = hit
        return hit


def week_groups(
    records: Sequence[StoryRecord],
    entries: Entries,
    lang: str,
    persona: str,
    general: str,
    memo: GroupMemo | None = None,
) -> list[dict[str, Any]]:
    """[{heading, groups: [{name, count, entries}]}] per week, newest first.
    ``memo``: a build's groupings made for another persona (``GroupMemo``)."""
    said = Said()
    sep = "：" if languages.is_chinese(lang) else ": "
    w = words(lang, project_glossary())
    query = "" if persona == general else f"?persona={persona}"
    out: list[dict[str, Any]] = []
    for week, grouping in (memo or GroupMemo()).grouped(records, entries, lang):
        groups = []
        for name, group in grouping:
            shown = [
                _entry(r, entries(r)[lang], lang, persona, query, said, sep, persona == general)
                for r in group
            ]
            count = counted(w, "group", len(group)) if len(group) > 1 else ""
            groups.append({"name": name, "count": count, "entries": shown})
        out.append({"heading": week, "groups": groups})
    return out


def _entry(
    r: StoryRecord,
    e: dict[str, Any],
    lang: str,
    persona: str,
    query: str,
    said: Said,
    sep: str,
    general: bool,
) -> dict[str, Any]:
    """One story as the page lists it: what is new of its lead and points.
    A story with no points for the reader is its title and byline only, as
    the digest e-mail lists it under "Also in this edition": the page is
    the reader's, and its lead would only fill space."""
    day = date.fromisoformat(r.published)

    def fix(text: str) -> str:
        return _resolved(text, lang, day)

    mine = e.get("points", {}).get(persona, [])
    points = []
    for label, body in mine:
        new = said.new(fix(body))
        if new:
            points.append((fix(label), new))
    return {
        "href": urls.story(lang, r.id) + query,
        "title": fix(e["title"]),
        "outlet": e["outlet"],
        "date": r.published,
        "date_text": long_date(day, lang),
        "lead": said.new(fix(e.get("lede", ""))) if mine or general else "",
        "points": points,
        "teaser": "",
        "sep": sep,
    }
