"""Merge imported terms into an existing glossary.yaml, keeping its comments.

Editors keep notes, section headings and ``summarizer-lint`` directives as
comments in glossary.yaml, which a load-and-dump with PyYAML would drop. So
the merge edits the text: ruamel.yaml's round-trip loader says where each
term starts, a term whose values differ is re-written in place (by ruamel,
which keeps the comments inside it and its flow or block style), a new term
is added after the last one, and every other line stays byte for byte.
A term in the CSV replaces the glossary's term of that id whole (a CSV row
is a whole term: a key it leaves empty is removed); terms the CSV does not
name are kept.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import Any

from ..errors import GlossaryError
from ..model import SourceSpan


@dataclass
class Merged:
    text: str
    added: list[str]
    updated: list[str]
    unchanged: int


def _plain(value: Any) -> Any:
    """ruamel's commented containers and scalar strings as plain JSON data."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


def _same(a: Any, b: Any) -> bool:
    return json.dumps(_plain(a), sort_keys=True) == json.dumps(_plain(b), sort_keys=True)


def _yaml() -> Any:
    from ruamel.yaml import YAML  # the only Python YAML library that keeps comments

    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.brace_single_entry_mapping_in_flow_sequence = True  # keep [{form: x}], not [form: x]
    y.width = 4096
    y.indent(mapping=2, sequence=4, offset=2)
    return y


def _dump_item(y: Any, entry: Any, dash_col: int) -> list[str]:
    """One sequence item (``- id: ...``) as lines, its dash at ``dash_col``."""
    buf = io.StringIO()
    y.dump([entry], buf)
    lines = buf.getvalue().splitlines(keepends=True)
    strip = min(len(x) - len(x.lstrip(" ")) for x in lines if x.strip())
    return [" " * dash_col + x[strip:] if x.strip() else x for x in lines]


def _item_end(lines: list[str], start: int, stop: int) -> int:
    """Where the item starting at line ``start`` ends, before ``stop``: comments
    and blank lines before the next item belong to what follows."""
    end = stop
    while end > start + 1 and _aside(lines[end - 1]):
        end -= 1
    return end


def _aside(line: str) -> bool:
    """A blank or comment-only line."""
    return not line.strip() or line.lstrip().startswith("#")


def merge_terms(text: str, terms: list[dict[str, Any]], name: str) -> Merged:
    """``text`` (a glossary.yaml) with ``terms`` merged in by id."""
    from ruamel.yaml.comments import CommentedSeq
    from ruamel.yaml.error import YAMLError

    y = _yaml()
    try:
        doc = y.load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = SourceSpan(name, mark.line + 1, mark.column + 1) if mark else SourceSpan(name, 1, 1)
        raise GlossaryError.at(where, f"cannot merge into this YAML: {exc}") from None
    seq = doc.get("terms") if isinstance(doc, dict) else None
    if not isinstance(seq, CommentedSeq) or not seq:
        raise GlossaryError.at(SourceSpan(name, 1, 1), "expected a mapping with a 'terms' list")
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    starts = [seq.lc.item(i)[0] for i in range(len(seq))]
    dash = seq.lc.item(0)[1] - 2
    block_end = _item_end(lines, starts[-1], _block_end(lines, starts[-1], dash))
    index = {str(e.get("id")): i for i, e in enumerate(seq) if isinstance(e, dict)}
    replace: dict[int, Any] = {}
    added: list[str] = []
    new_items: list[str] = []
    for term in terms:
        i = index.get(str(term["id"]))
        if i is None:
            added.append(str(term["id"]))
            new_items += _dump_item(y, term, dash)
            continue
        entry = seq[i]
        gone = [k for k in entry if k not in term]
        changed = [k for k, v in term.items() if k not in entry or not _same(entry[k], v)]
        if not gone and not changed:
            continue  # key order is the file's business
        for key in gone:
            del entry[key]
        for key in changed:
            entry[key] = term[key]
        replace[i] = entry
    out: list[str] = []
    pos = 0
    for i in sorted(replace):
        end = _item_end(lines, starts[i], starts[i + 1]) if i + 1 < len(starts) else block_end
        out += lines[pos : starts[i]]
        out += _dump_item(y, replace[i], dash)
        pos = end
    out += lines[pos:block_end] + new_items + lines[block_end:]
    updated = [str(seq[i].get("id")) for i in sorted(replace)]
    return Merged("".join(out), added, updated, len(terms) - len(added) - len(updated))


def _block_end(lines: list[str], last: int, dash: int) -> int:
    """The line after the terms list whose last item starts at line ``last``:
    the first later line, not blank nor a comment, indented no deeper than
    the items' dashes (the next top-level key), or the end of the file."""
    for n in range(last + 1, len(lines)):
        line = lines[n]
        if not _aside(line) and len(line) - len(line.lstrip(" ")) <= dash:
            return n
    return len(lines)
