"""Read JSON files for the linter: the engine's briefs, or any JSON's strings.

Any JSON object holding ``lang`` and ``sections[].points[].sentences[].text``
is a brief; every text of it becomes a segment keyed by its section
(persona), so the zh-Hans and en briefs of one story pair section by
section. Other JSON has every string value checked as prose. Offsets are
found by searching for each string as JSON writes it, in order.

Kept apart from :mod:`.documents` so that Markdown-only runs never import it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..facts.yamlload import MAX_DEPTH, MAX_NODES
from .documents import Document, LimitError, Segment

#: Characters ``_find`` may scan per character of the file before it gives
#: up placing strings (they then point at 1:1): bounds strings JSON escapes
#: differently from ``json.dumps``, each of which would scan the whole file.
FIND_BUDGET = 64


def check_bounds(data: Any) -> None:
    """Refuse JSON nested deeper or holding more values than the YAML loader
    allows (walked with a stack: the walks below recurse)."""
    stack = [(data, 1)]
    nodes = 0
    while stack:
        value, depth = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise LimitError(f"more than {MAX_NODES} values")
        if isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                raise LimitError(f"nested deeper than {MAX_DEPTH} levels")
            items = value.values() if isinstance(value, dict) else value
            stack.extend((v, depth + 1) for v in items)


#: A \uD800-\uDFFF escape not followed (high) or preceded (low) by its other half.
_LONE_SURROGATE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def json_documents(path: str, text: str, lang: str, key: str) -> list[Document]:
    try:
        data = json.loads(text)
    except RecursionError:
        raise LimitError(f"nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:
        raise ValueError(f"invalid JSON: {exc}") from None
    check_bounds(data)
    lone = _LONE_SURROGATE.search(text)
    if lone and any(_SURROGATE.search(v) for v in _strings(data)):
        # json.loads takes "\ud800" without a pair; no text can hold it
        line = text.count("\n", 0, lone.start()) + 1
        col = lone.start() - (text.rfind("\n", 0, lone.start()) + 1) + 1
        raise ValueError(
            f"invalid JSON: {lone.group(0)} at line {line} column {col} is half of a "
            "UTF-16 surrogate pair; write the character itself or both halves"
        )
    docs: list[Document] = []
    cursor = [0, FIND_BUDGET * (len(text) + 1)]
    for brief in _briefs(data):
        story = str(brief.get("story") or brief.get("id") or "")
        doc = Document(
            path,
            text,
            "json",
            str(brief.get("lang") or lang),
            pair_key=f"json:{story}" if story else key,
        )
        _brief_segments(doc, brief, cursor)
        docs.append(doc)
    if not docs:  # not a brief: check every string value as prose
        doc = Document(path, text, "json", lang, pair_key=key)
        for value in _strings(data):
            at = _find(text, value, cursor)
            cursor[0] = max(at, cursor[0])
            doc.segments.append(Segment(value, max(at, 0)))
        docs.append(doc)
    return docs


def _strings(data: Any) -> Any:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for v in data.values():
            yield from _strings(v)
    elif isinstance(data, list):
        for v in data:
            yield from _strings(v)


def _brief_segments(doc: Document, brief: dict[str, Any], cursor: list[int]) -> None:

    def add(value: Any, unit: str) -> None:
        if isinstance(value, dict):
            value = value.get("text")
        if not isinstance(value, str) or not value:
            return
        at = _find(doc.text, value, cursor)
        if at >= 0:
            cursor[0] = at
        doc.segments.append(Segment(value, max(at, 0), unit))

    for key in ("title", "lede"):
        add(brief.get(key), "head")
    for j, section in enumerate(brief.get("sections") or []):
        if not isinstance(section, dict):
            continue
        unit = "section:" + str(section.get("persona") or j)
        add(section.get("name"), unit)
        add(section.get("framing"), unit)
        for point in section.get("points") or []:
            if not isinstance(point, dict):
                continue
            add(point.get("label"), unit)
            for sentence in point.get("sentences") or []:
                add(sentence, unit)


def _briefs(data: Any) -> Any:
    """Every object in ``data`` that looks like a brief (has lang and sections)."""
    if isinstance(data, dict):
        if "lang" in data and isinstance(data.get("sections"), list):
            yield data
            return
        for v in data.values():
            yield from _briefs(v)
    elif isinstance(data, list):
        for v in data:
            yield from _briefs(v)


def _find(raw: str, value: str, cursor: list[int]) -> int:
    """Offset of a JSON string's content in the raw file (after ``cursor[0]``), or
    -1; ``cursor[1]`` is what is left of the scanning budget."""
    start = cursor[0]
    for ascii_only in (False, True):
        if cursor[1] <= 0:
            return -1
        enc = json.dumps(value, ensure_ascii=ascii_only)[1:-1]
        at = raw.find(enc, start)
        cursor[1] -= (at if at >= 0 else len(raw)) - start
        if at < 0:
            at = raw.find(enc)
            cursor[1] -= at if at >= 0 else len(raw)
        if at >= 0:
            return at
    return -1
