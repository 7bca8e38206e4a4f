"""A persona's digest: its section of every story, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .. import languages
from ..model import Lang, Story
from ..pipeline import Project, make_brief
from .markdown import escape, section_lines, source_line

#: Digest titles; a variant without its own takes its fallback's (languages.pick).
TITLES = {
    "zh-Hans": "{name}快读摘要",
    "zh-Hant": "{name}快讀摘要",
    "zh-Hant-HK": "{name}快讀摘要",
    "en": "Quick reads for {name}",
}


def ordered(stories: Sequence[Story], since: date | None = None) -> list[Story]:
    """Newest first; ties by id so the order is stable."""
    chosen = [s for s in stories if since is None or s.published >= since]
    return sorted(chosen, key=lambda s: (-s.published.toordinal(), s.id))


def digest_markdown(
    project: Project, stories: Sequence[Story], persona: str, lang: Lang, since: date | None = None
) -> str:
    out: list[str] = []
    name = ""
    for story in ordered(stories, since):
        brief = make_brief(project, story, lang, (persona,))
        sec = brief.sections[0]
        name = sec.name
        out += [f"## {escape(brief.title)}", "", escape(source_line(brief)), ""]
        out += section_lines(sec, lang)
    if not name:
        name = project.persona(persona).name.get(languages.source_of(lang))
    head = [f"# {languages.pick(TITLES, lang).format(name=name)}", ""]
    return "\n".join(head + out)
