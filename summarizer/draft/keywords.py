"""The keyword table (``keywords.yaml``), read once: the words that guess a
drafted figure's metric, unit and measure, which way a change went, the
parts of a business and the shopping festivals. Data, not code: a desk adds
a word to the YAML, not a branch here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class Keywords:
    """The keyword table (``keywords.yaml``): words -> metric, unit, measure."""

    metrics: list[tuple[str, str, str, str]]
    """(word, metric, unit, measure), longest word first."""
    units: dict[str, list[str]]
    measures: dict[str, list[str]]
    between: frozenset[str]
    """Words between an English part's name and its figure (draft.segments)."""
    not_parts: frozenset[str]
    """Capitalised words that never name a part."""
    direction: re.Pattern[str]
    """A word saying which way a change went: group ``up`` or ``down``."""
    festival: re.Pattern[str]
    """A shopping festival's name."""


@cache
def load_keywords() -> Keywords:
    """The bundled keyword table, read once."""
    raw: Any = yaml.safe_load(
        resources.files(__package__).joinpath("keywords.yaml").read_text("utf-8")
    )
    rows = [
        (w, e["metric"], e.get("unit", ""), e.get("measure", ""))
        for e in raw["metrics"]
        for w in e["words"]
    ]
    rows.sort(key=lambda r: -len(r[0]))
    seg, way = raw["segments"], raw["directions"]
    return Keywords(
        rows,
        raw["units"],
        raw["measures"],
        frozenset(str(w).lower() for w in seg["between"]),
        frozenset(str(w) for w in seg["not_parts"]),
        re.compile(f"(?P<up>{_any(way['up'])})|(?P<down>{_any(way['down'])})", re.IGNORECASE),
        re.compile(_any(raw["festivals"]), re.IGNORECASE),
    )


def _any(words: list[object]) -> str:
    """A regex alternation of ``words``, longest first; an English word only whole."""
    out = []
    for w in sorted((str(x) for x in words), key=len, reverse=True):
        out.append(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w))
    return "|".join(out)
