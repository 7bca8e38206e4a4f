"""Personas: load ``personas.yaml`` and check it against rules and glossary.

Personas are data so that adding a reader is an edit, not code. Loading
checks every rule name against the registry and every name term against the
glossary, and reports all unknown names at once with the known ones listed
(as markdown-it's Ruler does for unknown rules).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError
from ..facts.yamlload import Located, load_yaml
from ..keys import unknown_keys
from ..model import Persona, SourceSpan, Text
from ..rules import rule_names
from .glossary import Glossary
from .vocab import default_vocabulary


def _text(
    raw: object, span: SourceSpan, what: str, problems: list[tuple[SourceSpan | None, str]]
) -> Text:
    if not isinstance(raw, dict) or not raw.get("zh-Hans") or not raw.get("en"):
        problems.append((span, f"{what}: expected {{zh-Hans: …, en: …}}"))
        return Text("", "")
    return Text(str(raw["zh-Hans"]), str(raw["en"]))


def load_personas(path: str | Path, glossary: Glossary) -> tuple[Persona, ...]:
    """Every persona in file order; 'general' must come first."""
    return parse_personas(load_yaml(path, ConfigError), glossary)


def parse_personas(loc: Located, glossary: Glossary) -> tuple[Persona, ...]:
    """The personas of loaded YAML (one file, or a site's layered over the package's)."""
    problems: list[tuple[SourceSpan | None, str]] = []
    raw_list = loc.data.get("personas") if isinstance(loc.data, dict) else None
    if not isinstance(raw_list, list) or not raw_list:
        raise ConfigError.at(loc.span(()), "expected a 'personas' list")
    known_rules = rule_names()
    out: list[Persona] = []
    allowed_keys = {
        "id",
        "name",
        "audience",
        "labels",
        "follows",
        "rules",
        "parties",
        "points",
        "empty",
        "role",
    }
    for i, raw in enumerate(raw_list):
        at = loc.span(("personas", i))
        pid = str(raw.get("id", ""))
        problems += unknown_keys(loc, ("personas", i), sorted(allowed_keys), f"persona '{pid}'")
        term = str(raw.get("name", ""))
        if term not in glossary.terms:
            problems.append(
                (
                    loc.span(("personas", i, "name")),
                    f"persona '{pid}': name term '{term}' is not in the glossary",
                )
            )
            continue
        missed = [r for r in raw.get("rules", []) if r not in known_rules]
        if missed:
            problems.append(
                (
                    loc.span(("personas", i, "rules")),
                    f"persona '{pid}': unknown rule(s): {missed}; known rules: {known_rules}",
                )
            )
        follows = raw.get("follows")
        facets = default_vocabulary().facets
        if not isinstance(follows, list) or not all(isinstance(f, str) for f in follows):
            problems.append(
                (at, f"persona '{pid}': expected follows: [facets in the order it cares]")
            )
            follows = []
        bad = [f for f in follows if f not in facets]
        if bad:
            problems.append(
                (
                    loc.span(("personas", i, "follows")),
                    f"persona '{pid}': unknown facet(s) {bad}; "
                    f"expected one of: {', '.join(facets)}",
                )
            )
        t = glossary.term(term)
        empty = raw.get("empty")
        role = str(raw.get("role", pid))
        roles = default_vocabulary().roles
        if role not in roles:
            problems.append(
                (
                    loc.span(("personas", i, "role")),
                    f"persona '{pid}': unknown role '{role}'; expected one of: {', '.join(roles)}",
                )
            )
        out.append(
            Persona(
                id=pid,
                name=Text(t.form("zh-Hans"), t.form("en")),
                name_term=term,
                audience=_text(raw.get("audience"), at, f"persona '{pid}' audience", problems),
                follows=tuple(follows),
                rules=tuple(raw.get("rules", [])),
                role=role,
                parties=tuple(raw.get("parties") or ()),
                points=int(raw.get("points", 3)),
                labels=bool(raw.get("labels", True)),
                empty=_text(empty, at, f"persona '{pid}' empty", problems) if empty else None,
            )
        )
    ids = [p.id for p in out]
    if ids and ids[0] != "general":
        problems.append(
            (loc.span(("personas", 0)), "the first persona must be 'general' (the Quick Summary)")
        )
    dupes = sorted({x for x in ids if ids.count(x) > 1})
    if dupes:
        problems.append((loc.span(("personas",)), f"duplicate persona id(s): {dupes}"))
    if problems:
        raise ConfigError(problems)
    return tuple(out)
