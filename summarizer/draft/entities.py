"""Entities: the glossary terms an article names, in either language.

Only terms whose glossary category is an entity kind (a company, a person, a
regulation, …) become entities; metric and finance terms are words, not
parties to a story.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from ..paths import GLOSSARY_PATH

KINDS = {
    "company": "company",
    "person": "person",
    "regulation": "regulation",
    "organisation": "regulator",
    "product": "product",
    "market": "market",
    "chip": "company",
}


@cache
def _terms() -> list[tuple[str, str, str, str, bool]]:
    raw: Any = yaml.safe_load(GLOSSARY_PATH.read_text("utf-8"))
    out = []
    for term in raw.get("terms", []):
        kind = KINDS.get(str(term.get("category", "")))
        if kind and isinstance(term.get("zh-Hans"), str) and isinstance(term.get("en"), str):
            out.append(
                (term["id"], kind, term["zh-Hans"], term["en"], bool(term.get("case_sensitive")))
            )
    return out


def find_entities(text: str) -> dict[str, tuple[str, str, str]]:
    """id -> (kind, zh-Hans name, English name) of every glossary term the text names."""
    low = text.lower()
    found: dict[str, tuple[str, str, str]] = {}
    for term_id, kind, zh, en, case in _terms():
        hay = text if case else low
        if any((f if case else f.lower()) in hay for f in (zh, en)):
            found[term_id] = (kind, zh, en)
    return found
