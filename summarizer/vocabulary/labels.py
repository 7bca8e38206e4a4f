"""Names of facets and event types for the facts table.

These are labels of our own data model (what kind of point a claim makes,
what kind of event a fact records), not terms of the articles' domain, so
they live here rather than in the glossary, where every entry is also a
term the linter pairs across languages.
"""

from __future__ import annotations

from .. import languages
from ..model import Text
from .vocab import Vocabulary, derived_table

FACETS: dict[str, Text] = {}
EVENTS: dict[str, Text] = {}
AREAS: dict[str, Text] = {}


@derived_table
def _tables(vocab: Vocabulary) -> None:
    FACETS.clear()
    FACETS.update({k: f.name for k, f in vocab.facets.items()})
    EVENTS.clear()
    EVENTS.update({k: e.name for k, e in vocab.events.items()})
    AREAS.clear()
    AREAS.update(vocab.policy_areas)


def facet_name(facet: str, lang: str) -> str:
    text = FACETS.get(facet)
    return text.get(lang) if text else facet


def event_name(event: str, lang: str, area: str = "") -> str:
    """An event kind's name, with what a rule change is about where the
    editor says (规则调整（退货退款）/ policy change (returns and refunds))."""
    text = EVENTS.get(event)
    name = text.get(lang) if text else event.replace("_", " ")
    about = AREAS.get(area)
    if about is None:
        return name
    said = about.get(lang)
    return f"{name}（{said}）" if languages.is_chinese(lang) else f"{name} ({said})"
