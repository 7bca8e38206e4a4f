"""One reader's digest as data: the edition's stories, grouped, each with
its title, lead, that reader's points and the link to its page.

Every sentence is said once: stories are taken newest first (a group's
newest story first), and a sentence already said, lead or point, is
dropped from the later story; a point left with nothing new is dropped
whole. Relative dates are resolved against each story's own date before
sentences are compared, so 今年 in 2025 and 今年 in 2026 stay apart.

A reader's digest is for what concerns that reader: a story with no points
for it (a parcel carrier's rates in a factory's digest) is not an entry
saying "nothing here for you" but a linked title in a closing list, "Also
in this edition", so the edition is complete and the reader's attention
goes to the stories that have something for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .. import languages
from ..model import Brief, Lang, Section, Story
from ..pipeline import Project, make_brief
from ..realise.dates import format_date
from ..writers.markdown import source_line
from . import edition as ed
from .group import group_name, group_stories, held_names, subject_name, subjects
from .relative import resolve
from .said import Said
from .words import counted, localise, words


@dataclass(frozen=True, slots=True)
class Item:
    """One of the reader's points: its label and what is new in it."""

    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Entry:
    story: str
    title: str
    byline: str
    """Outlet, author and date, as the quick read's source line."""
    published: date
    lead: str
    items: tuple[Item, ...]
    href: str


@dataclass(frozen=True, slots=True)
class Group:
    name: str
    count: str
    """How many stories, worded (5篇, 5 stories); '' for one."""
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class Digest:
    lang: Lang
    persona: str
    title: str
    edition: str
    """The edition's number and dates."""
    as_of: str
    count: str
    groups: tuple[Group, ...]
    words: dict[str, str]
    also: tuple[Entry, ...] = ()
    """Stories with no points for this reader: title, byline and link only."""

    @property
    def also_heading(self) -> str:
        """ "Also in this edition" after the groups; "Titles only" when
        no story has points for the reader, so there is nothing it follows."""
        return self.words["also" if self.groups else "also_only"]


def story_href(lang: str, story_id: str, persona: str, general: str, base_url: str = "") -> str:
    """The story page for the reader: relative to the site root unless ``base_url``."""
    from ..site import urls

    query = "" if persona == general else f"?persona={persona}"
    return f"{base_url}{urls.story(lang, story_id)}{query}"


def _section(brief: Brief, persona: str) -> Section:
    return next(s for s in brief.sections if s.persona == persona)


def _listed(brief: Brief, href: str) -> Entry:
    """A story listed by title only (nothing in it for the reader)."""
    day = brief.published
    title = resolve(brief.title, brief.lang, day)
    return Entry(brief.story, title, source_line(brief), day, "", (), href)


def _entry(brief: Brief, persona: str, said: Said, href: str) -> Entry:
    day = brief.published

    def fix(text: str) -> str:
        return resolve(text, brief.lang, day)

    lead = said.new(fix(brief.lede.text))
    items: list[Item] = []
    section = _section(brief, persona)
    for point in section.points:
        text = said.new(fix("".join(s.text for s in point.alone)))
        if text:
            items.append(Item(fix(point.label), text))
    return Entry(brief.story, fix(brief.title), source_line(brief), day, lead, tuple(items), href)


def build_digest(
    project: Project,
    stories: Sequence[Story],
    persona: str,
    lang: Lang,
    edition: ed.Edition,
    base_url: str = "",
) -> Digest:
    """``persona``'s digest of ``edition`` in ``lang``."""
    reader = project.persona(persona)
    general = project.personas[0].id
    w = words(lang, project.glossary)
    chosen = ed.stories_in(stories, edition)
    said = Said()
    groups: list[Group] = []
    also: list[Entry] = []
    src = languages.source_of(lang)
    for keys, members in group_stories(chosen):
        names = [subject_name(members, k, src) for k in keys]
        by_key = dict(zip(keys, names, strict=True))
        held = held_names(keys, subjects(members[0]), by_key, project.glossary)
        # round-ups and stories about no organisation: headed, so a list of
        # them is not read as part of the group above
        name = group_name(names, lang, project.glossary, held) or w["unnamed"]
        entries = []
        for story in members:
            brief = make_brief(project, story, lang, (persona,))
            href = story_href(lang, story.id, persona, general, base_url)
            if persona != general and not _section(brief, persona).points:
                also.append(_listed(brief, href))
                continue
            entries.append(_entry(brief, persona, said, href))
        if not entries:
            continue
        count = counted(w, "group", len(entries)) if len(entries) > 1 else ""
        groups.append(Group(name, count, tuple(entries)))
    title = w[f"title_{'week' if edition.kind == 'week' else edition.kind}"]
    if persona != general:
        name = localise(reader.name.get(src), lang, project.glossary)
        title = w["for_reader"].format(name=name, title=title)
    return Digest(
        lang=lang,
        persona=persona,
        title=title,
        edition=ed.heading(edition, lang, project.glossary),
        as_of=w["as_of"].format(date=format_date(edition.as_of, lang)),
        count=counted(w, "count", len(chosen)),
        groups=tuple(groups),
        words=w,
        also=tuple(also),
    )
