"""Reading one vocabulary entry's fields, each problem at its place.

``parse_vocabulary`` walks the sections; what a field must look like (names
in both source languages, one of a closed list, a stance per role, stances
by entity kind, metric lists, a rule name) is checked here, so a metric and
an event kind read ``for:`` and ``by_kind:`` the same way and every message
says the field, what was expected and what was received.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from ..facts.yamlload import Located, Path_
from ..keys import unknown_keys
from ..model import SourceSpan, Text

SOURCE_LANGS = ("zh-Hans", "en")
Problems = list[tuple[SourceSpan | None, str]]


class Reader:
    """Reads one section at a time, collecting problems with locations."""

    def __init__(self, loc: Located) -> None:
        self.loc = loc
        self.problems: Problems = []

    def at(self, path: Path_) -> SourceSpan:
        return self.loc.span(path)

    def fail(self, path: Path_, message: str) -> None:
        where = ".".join(str(p) for p in path)
        self.problems.append((self.at(path), f"vocabulary '{where}': {message}"))

    def mapping(self, key: str, required: bool = True) -> dict[str, Any]:
        raw = self.loc.data.get(key) if isinstance(self.loc.data, dict) else None
        if raw is None and not required:
            return {}  # an optional section left out
        if not isinstance(raw, dict):
            self.fail((key,), "expected a mapping of id -> definition")
            return {}
        return raw

    def names(self, key: str) -> tuple[str, ...]:
        raw = self.loc.data.get(key) if isinstance(self.loc.data, dict) else None
        if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
            self.fail((key,), "expected a list of ids")
            return ()
        return tuple(raw)

    def text(
        self, path: Path_, raw: Any, required: bool = True, names_only: bool = False
    ) -> Text | None:
        """Names in both source languages. ``names_only``: the mapping holds
        names and nothing else (a segment's ``name:``), so any other key is a
        slip: ``{en: buy now, pay later}`` unquoted reads as the keys ``en``
        and ``pay later``, and the name would lose its second half unsaid."""
        if raw is None and not required:
            return None
        if not isinstance(raw, dict):
            self.fail(path, "expected names {zh-Hans: …, en: …}")
            return None
        if names_only:
            where = ".".join(str(p) for p in path)
            self.problems += unknown_keys(self.loc, path, SOURCE_LANGS, f"vocabulary '{where}'")
        missing = [lang for lang in SOURCE_LANGS if not isinstance(raw.get(lang), str)]
        if missing:
            self.fail(path, f"missing language name(s): {', '.join(missing)}")
            return None
        return Text(raw["zh-Hans"], raw["en"])

    def flag(self, path: Path_, raw: Any, default: bool = False) -> bool:
        """A yes/no key (``flow: true``): absent is ``default``; anything but a
        YAML boolean fails, so ``bill: "no"`` is not read as yes.

        >>> Reader.__new__(Reader).flag(("metrics", "gmv", "bill"), None)
        False
        """
        if raw is None:
            return default
        if not isinstance(raw, bool):
            self.fail(path, f"expected true or false but received: {raw!r}")
            return default
        return raw

    def one_of(self, path: Path_, value: Any, allowed: tuple[str, ...] | dict[str, Any]) -> str:
        if value not in allowed:
            near = difflib.get_close_matches(str(value), list(allowed), n=1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            self.fail(path, f"expected one of: {', '.join(allowed)} but received: {value!r}{hint}")
        return str(value)

    def stance(
        self, path: Path_, raw: Any, roles: tuple[str, ...], stances: tuple[str, ...]
    ) -> dict[str, str]:
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            self.fail(path, "expected a mapping of role -> stance")
            return {}
        for role, st in raw.items():
            self.one_of((*path, role, "<key>"), role, roles)
            self.one_of((*path, role), st, stances)
        return {str(k): str(v) for k, v in raw.items()}


def sum_of(r: Reader, p: Path_, raw: object) -> tuple[str, ...]:
    """``sum_of: [exports, imports]``: two or more metric ids (checked once
    every metric is read)."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or len(raw) < 2 or not all(isinstance(x, str) for x in raw):
        r.fail((*p, "sum_of"), f"expected a list of two or more metric ids, got {raw!r}")
        return ()
    return tuple(raw)


def stances_by_kind(
    r: Reader,
    p: Path_,
    raw: object,
    entity_kinds: tuple[str, ...],
    roles: tuple[str, ...],
    stances: tuple[str, ...],
) -> dict[str, dict[str, str]]:
    """``by_kind: {platform: {platform_operator: income}}``: stances that hold
    only when the fact's entity is of that kind (a platform's fee is a
    platform operator's yardstick, a carrier's is not); ``for:`` comes first."""
    out: dict[str, dict[str, str]] = {}
    if raw is None:
        return out
    if not isinstance(raw, dict):
        r.fail((*p, "by_kind"), "expected a mapping of entity kind -> {role: stance}")
        return out
    for ek, raw_st in raw.items():
        r.one_of((*p, "by_kind", ek, "<key>"), ek, entity_kinds)
        out[str(ek)] = r.stance((*p, "by_kind", ek), raw_st, roles, stances)
    return out


def told_by(r: Reader, p: Path_, raw: object) -> str:
    """``told_by: threshold_move``: a rule name (a test checks it is registered:
    the rules import the vocabulary, so it cannot be looked up here)."""
    if raw is None:
        return ""
    if not isinstance(raw, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", raw):
        r.fail((*p, "told_by"), f"expected the name of the rule that tells its moves, got {raw!r}")
        return ""
    return raw
