"""Unknown keys in a user's YAML, found and worded one way everywhere.

Facts, glossary entries, personas, the lint configuration and the regional
table all refuse keys they do not know (a typo never passes silently). They
used to do so in five loops with five wordings; this is the one helper:
each unknown key at its own ``file:line:col``, with a did-you-mean and the
keys that are allowed.

>>> from summarizer.facts.yamlload import load_yaml_text
>>> loc = load_yaml_text("a: {scael: 1}", "x.yaml")
>>> [str(m) for _, m in unknown_keys(loc, ("a",), ("scale", "unit"), "field 'a'")]
["field 'a': unknown key 'scael' (did you mean 'scale'?); expected one of: scale, unit"]
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .facts.yamlload import Located, Path_
from .model import SourceSpan


@lru_cache(maxsize=4096)
def _nearest(key: str, known: tuple[str, ...]) -> str:
    """The allowed key closest to a typo (the same typo in 1,000 facts is matched once)."""
    match = difflib.get_close_matches(key, known, n=1)
    return match[0] if match else ""


def unknown_keys(
    loc: Located, path: Path_, allowed: Iterable[str], where: str
) -> list[tuple[SourceSpan | None, str]]:
    """A problem for every key of the mapping at ``path`` not in ``allowed``."""
    known = list(allowed)
    node: Any = loc.data
    for step in path:
        node = node[step]
    out: list[tuple[SourceSpan | None, str]] = []
    if not isinstance(node, dict):
        return out
    allowed_set = frozenset(known)
    bad = [k for k in node if k not in allowed_set]
    if not bad:
        return out
    spans = loc.key_spans(path)
    # worded once per mapping, not per key (a file may have 10^5 of them)
    choices, expected = tuple(known), f"; expected one of: {', '.join(known)}"
    lead = f"{where}: unknown key '"
    for key in bad:
        name = str(key)
        hint = _nearest(name[:64], choices)
        if hint:
            hint = f" (did you mean '{hint}'?)"
        elif " " in name.strip():
            # `{en: A, b and c}`: the comma ended the text and the rest became a key
            hint = " (a comma inside {…} ends the value before it: put the text in quotes)"
        span = spans.get(name) or loc.span((*path, key, "<key>"))
        out.append((span, f"{lead}{name[:40]}'{hint}{expected}"))
    return out
