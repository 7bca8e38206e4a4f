"""A site's glossary, personas and vocabulary layered over the package's.

A site file has the shape of the package file it extends, plus an
``overrides:`` mapping of the same shape::

    terms:                      # new terms (an id the package has is refused)
      - {id: acme, category: company, zh-Hans: 极致, en: Acme}
    overrides:                  # package terms changed (an unknown id is refused)
      terms:
        - {id: gmv, category: metric, zh-Hans: 成交额, en: GMV}

Additions must be new and overrides must name something that exists, so a
typo is an error listing the known ids instead of a silent second entry. An
override replaces the whole entry (as a Hugo site file shadows its theme's).

The layers are merged before the usual parser runs, and the result keeps
where every entry came from: an error inside a site entry points at the
site file's line, one inside a package entry at the package file's.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError
from ..facts.yamlload import Located, Path_
from ..model import SourceSpan

OVERRIDES = "overrides"
Problem = tuple[SourceSpan | None, str]


@dataclass(frozen=True)
class Layered(Located):
    """Merged data whose spans lead back to the file each entry came from."""

    origins: dict[tuple[str, str | int], tuple[Located, Path_]] = field(default_factory=dict)

    def span(self, path: Path_) -> SourceSpan:
        if len(path) >= 2:
            hit = self.origins.get((str(path[0]), path[1]))
            if hit is not None:
                loc, prefix = hit
                return loc.span((*prefix, *path[2:]))
        base = self.origins.get(("", ""))
        return base[0].span(path) if base else Located.span(self, path)


def _kind(value: Any) -> str:
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return "entries"
    if isinstance(value, dict):
        return "table"
    if isinstance(value, list):
        return "words"
    return "value"


def _id(entry: Any) -> str:
    return str(entry.get("id", "")) if isinstance(entry, dict) else ""


def layer(base: Located, site: Located, noun: str) -> Layered:
    """``site`` merged over ``base``; every problem at once (ConfigError, exit 2)."""
    problems: list[Problem] = []
    data: dict[str, Any] = dict(base.data) if isinstance(base.data, dict) else {}
    origins: dict[tuple[str, str | int], tuple[Located, Path_]] = {("", ""): (base, ())}
    for section, value in data.items():
        if _kind(value) == "entries":
            for i, _entry in enumerate(value):
                origins[(section, i)] = (base, (section, i))
    if not isinstance(site.data, dict):
        raise ConfigError.at(site.span(()), f"expected a mapping like the package's {noun}")
    for section, value in site.data.items():
        if section == OVERRIDES:
            continue
        if section not in data:
            problems.append(_unknown_section(site, (section,), section, data, noun))
            continue
        data[section] = _add(data[section], value, site, section, noun, origins, problems)
    over = site.data.get(OVERRIDES)
    if over is not None:
        if not isinstance(over, dict):
            problems.append((site.span((OVERRIDES,)), "overrides: expected a mapping of sections"))
            over = {}
        for section, value in over.items():
            if section not in data:
                problems.append(_unknown_section(site, (OVERRIDES, section), section, data, noun))
                continue
            data[section] = _override(data[section], value, site, section, noun, origins, problems)
    if problems:
        raise ConfigError(problems)
    return Layered(data, base.root, base.file, origins)


def _unknown_section(
    site: Located, path: Path_, section: str, data: dict[str, Any], noun: str
) -> Problem:
    return (
        site.span((*path, "<key>")),
        f"unknown section '{section}' in the site's {noun}; expected one of: "
        f"{', '.join([*data, OVERRIDES])}",
    )


def _add(
    current: Any,
    value: Any,
    site: Located,
    section: str,
    noun: str,
    origins: dict[tuple[str, str | int], tuple[Located, Path_]],
    problems: list[Problem],
) -> Any:
    kind = _kind(current)
    hint = f"is already in the package {noun}; to change it, list it under overrides: {section}:"
    if kind == "entries" and isinstance(value, list):
        out, known = list(current), {_id(e) for e in current}
        for j, entry in enumerate(value):
            if _id(entry) in known:
                problems.append((site.span((section, j, "id")), f"'{_id(entry)}' {hint}"))
                continue
            origins[(section, len(out))] = (site, (section, j))
            out.append(entry)
        return out
    if kind == "table" and isinstance(value, dict):
        table = dict(current)
        for key, entry in value.items():
            if key in table:
                problems.append((site.span((section, key, "<key>")), f"'{key}' {hint}"))
                continue
            origins[(section, key)] = (site, (section, key))
            table[key] = entry
        return table
    if kind == "words" and isinstance(value, list):
        return list(dict.fromkeys([*current, *value]))
    problems.append(
        (site.span((section,)), f"'{section}' cannot be extended; list it under overrides:")
    )
    return current


def _override(
    current: Any,
    value: Any,
    site: Located,
    section: str,
    noun: str,
    origins: dict[tuple[str, str | int], tuple[Located, Path_]],
    problems: list[Problem],
) -> Any:
    kind = _kind(current)
    where = (OVERRIDES, section)
    if kind == "entries" and isinstance(value, list):
        out = list(current)
        index = {_id(e): i for i, e in enumerate(out)}
        for j, entry in enumerate(value):
            i = index.get(_id(entry))
            if i is None:
                problems.append(_unknown_id(site, (*where, j, "id"), _id(entry), index, noun))
                continue
            out[i] = entry
            origins[(section, i)] = (site, (*where, j))
        return out
    if kind == "table" and isinstance(value, dict):
        table = dict(current)
        for key, entry in value.items():
            if key not in table:
                problems.append(_unknown_id(site, (*where, key, "<key>"), key, table, noun))
                continue
            table[key] = entry
            origins[(section, key)] = (site, (*where, key))
        return table
    if kind in ("words", "value") or isinstance(value, type(current)):
        return value
    problems.append((site.span(where), f"overrides.{section}: expected the package's shape"))
    return current


def _unknown_id(site: Located, path: Path_, name: str, known: Any, noun: str) -> Problem:
    ids = sorted(str(k) for k in known)
    near = difflib.get_close_matches(name, ids, n=3)
    hint = f" (did you mean {', '.join(repr(n) for n in near)}?)" if near else ""
    shown = ", ".join(ids[:40]) + (", …" if len(ids) > 40 else "")
    return (
        site.span(path),
        f"overrides: '{name}' is not in the package {noun}{hint}; known: {shown}",
    )
