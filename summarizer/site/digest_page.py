"""What a site digest page shows: its stories under their week's heading,
each with its lead and the reader's points.

The same rules as the digest e-mail (``summarizer.digest``): weekly
editions, links to the reader's version of the story (``?persona=``), no
sentence twice on a page, relative dates resolved against each story's
date. Everything comes from the entry cache, so a page needs no brief.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from .. import languages
from ..digest.edition import heading, week_of
from ..digest.relative import resolve
from ..digest.said import Said
from . import urls
from .html import long_date
from .pages import StoryRecord
from .ui import project_glossary


def week_groups(
    records: Sequence[StoryRecord],
    entries: Callable[[StoryRecord], dict[str, dict[str, Any]]],
    lang: str,
    persona: str,
    general: str,
) -> list[dict[str, Any]]:
    """[{heading, entries}] per week, in the records' (newest first) order."""
    said = Said()
    sep = "：" if languages.is_chinese(lang) else ": "
    groups: list[dict[str, Any]] = []
    for r in records:
        e = entries(r)[lang]
        day = date.fromisoformat(r.published)
        week = heading(week_of(day), lang, project_glossary())
        if not groups or groups[-1]["heading"] != week:
            groups.append({"heading": week, "entries": []})

        def fix(text: str, day: date = day) -> str:
            return resolve(text, lang, day)

        points = []
        for label, body in e.get("points", {}).get(persona, []):
            new = said.new(fix(body))
            if new:
                points.append((fix(label), new))
        query = "" if persona == general else f"?persona={persona}"
        groups[-1]["entries"].append(
            {
                "href": urls.story(lang, r.id) + query,
                "title": fix(e["title"]),
                "outlet": e["outlet"],
                "date": r.published,
                "date_text": long_date(day, lang),
                "lead": said.new(fix(e.get("lede", ""))),
                "points": points,
                "teaser": "",
                "sep": sep,
            }
        )
    return groups
