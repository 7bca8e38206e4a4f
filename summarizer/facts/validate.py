"""Validate stage, first pass: a facts file against the JSON Schema.

The schema is generated from the vocabulary in force (``vocabulary.schema``).
Two validators share it, for two jobs (issue 13):

* deciding *whether* a file is valid: ``fastjsonschema`` compiles the schema
  into Python code, 4-5x faster per file than ``jsonschema`` (validation was
  the largest single cost of a site build). Turning that code into bytecode
  costs ~0.1 s, more than rendering a story, so the bytecode is kept on disk
  per schema (``~/.cache/summarizer``, as Python keeps ``.pyc`` files): a
  process that renders one story loads it in milliseconds;
* *wording* the errors of a file that fails: ``jsonschema`` lists every
  violation with its path, and each is worded for an editor -- the field,
  what was expected and what was found (never a whole value echoed back), a
  did-you-mean for a near miss, each at its ``file:line:col``.

Both read the same schema; tests/facts/test_validate.py checks that they give
the same verdict on the seeds and on every bad-input facts case.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import json
import marshal
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jsonschema

from ..keys import unknown_keys
from ..model import SourceSpan
from ..paths import user_cache_dir
from ..userfiles import prune_quietly, write_quietly
from ..vocabulary.schema import facts_schema
from ..vocabulary.vocab import Vocabulary, default_vocabulary
from .yamlload import Located, Path_

#: Compiled validators kept in the user cache: one per schema (vocabulary,
#: fastjsonschema and Python versions), so each upgrade would leave one more.
KEEP_VALIDATORS = 8

Problems = list[tuple[SourceSpan | None, str]]


def schema() -> dict[str, Any]:
    """The facts JSON Schema, generated from the vocabulary in force (the
    same one ``summarizer schema`` writes for editors' YAML language servers)."""
    return _schema(default_vocabulary())


@cache
def _schema(vocab: Vocabulary) -> dict[str, Any]:
    return facts_schema(vocab)


def _validator() -> jsonschema.Draft202012Validator:
    return _wording_validator(default_vocabulary())


@cache
def _wording_validator(vocab: Vocabulary) -> jsonschema.Draft202012Validator:
    import jsonschema  # only a file that fails needs it (~40 ms to import)

    return jsonschema.Draft202012Validator(_schema(vocab))


@cache
def _fast_validator(vocab: Vocabulary) -> Callable[[Any], Any]:
    """The schema compiled to Python by fastjsonschema. It implements drafts
    4 to 7; the keywords the generated schema uses ($defs and $ref by JSON
    pointer, if/then, propertyNames, ...) mean the same in draft 2020-12."""
    import fastjsonschema

    draft7 = _keyed_branches(copy.deepcopy(_schema(vocab)))
    draft7["$schema"] = "http://json-schema.org/draft-07/schema#"
    blob = json.dumps(draft7, sort_keys=True) + fastjsonschema.VERSION + sys.version
    path = cache_dir() / f"facts-validator-{hashlib.sha256(blob.encode()).hexdigest()[:32]}.bin"
    try:
        name, code = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):  # none yet, or unreadable: compile
        source = fastjsonschema.compile_to_code(draft7)
        found = re.search(r"^def (\w+)\(", source, re.MULTILINE)
        assert found is not None, "fastjsonschema generated no function"
        name, code = found.group(1), compile(source, "<facts schema>", "exec")
        write_quietly(path, marshal.dumps((name, code)))
        prune_quietly(path.parent, "facts-validator-*.bin", KEEP_VALIDATORS)
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # noqa: S102 -- bytecode we compiled from our own schema
    validate: Callable[[Any], Any] = namespace[name]
    return validate


def _keyed_branches(node: Any) -> Any:
    """``node`` with each ``allOf`` of ``{"if": {"required": [k]}, "then": S}``
    (a fact is a metric, an event or a claim by its key) turned into draft 7's
    ``dependencies: {k: S}``, which means the same for an object. Compiled,
    an ``if`` is a ``try`` whose failing test raises: two exceptions per fact,
    each building its message from ``locals()`` and its schema as a dict
    literal, were a third of validating a file; a dependency is one ``in``."""
    if isinstance(node, list):
        return [_keyed_branches(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _keyed_branches(v) for k, v in node.items()}
    branches = out.get("allOf")
    if (
        out.get("type") == "object"
        and "dependencies" not in out
        and isinstance(branches, list)
        and branches
        and all(_keyed(b) for b in branches)
    ):
        keys = [b["if"]["required"][0] for b in branches]
        if len(set(keys)) == len(keys):
            del out["allOf"]
            out["dependencies"] = {k: b["then"] for k, b in zip(keys, branches, strict=True)}
    return out


def _keyed(branch: Any) -> bool:
    """Whether ``branch`` is ``{"if": {"required": [one key]}, "then": ...}``."""
    return (
        isinstance(branch, dict)
        and set(branch) == {"if", "then"}
        and isinstance(branch["if"], dict)
        and set(branch["if"]) == {"required"}
        and isinstance(branch["if"]["required"], list)
        and len(branch["if"]["required"]) == 1
    )


def cache_dir() -> Path:
    """Where compiled validators are kept: ``$XDG_CACHE_HOME/summarizer``."""
    return user_cache_dir()


def prepare() -> None:
    """Load the fast validator now (a batch caller, before forking workers)."""
    _fast_validator(default_vocabulary())


def is_valid(data: Any) -> bool:
    """Whether ``data`` satisfies the facts schema."""
    import fastjsonschema

    try:
        _fast_validator(default_vocabulary())(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def _field(path: Path_) -> str:
    return ".".join(str(p) for p in path) or "(top level)"


def _expected_keys(error: jsonschema.ValidationError) -> list[str]:
    props = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
    return sorted(props)


_LIMITS = {
    "minLength": "at least this many characters:",
    "maxLength": "at most this many characters:",
    "minProperties": "at least this many entries:",
    "maxProperties": "at most this many entries:",
    "minItems": "at least this many items:",
    "maxItems": "at most this many items:",
}


def _size(instance: Any) -> str:
    if isinstance(instance, str | list | dict):
        return f"{len(instance)}"
    return repr(instance)[:40]


def schema_problems(loc: Located) -> Problems:
    """Every schema violation, worded for an editor, in file order."""
    if is_valid(loc.data):
        return []
    out: list[tuple[SourceSpan | None, str]] = []
    for err in _validator().iter_errors(loc.data):
        path: Path_ = tuple(err.absolute_path)
        where = _field(path)
        kind = err.validator
        if kind == "additionalProperties":
            out.extend(unknown_keys(loc, path, _expected_keys(err), f"field '{where}'"))
            continue
        if kind == "enum":
            msg = _enum_message(where, err.validator_value, err.instance)
        elif kind == "required":
            missing = str(err.message).split("'")[1] if "'" in err.message else err.message
            msg = f"field '{where}': missing required key '{missing}'"
        elif kind == "pattern":
            desc = err.schema.get("description", f"pattern {err.validator_value}")
            msg = f"field '{where}': {repr(err.instance)[:60]} is not of the expected form: {desc}"
        elif kind == "type":
            msg = (
                f"field '{where}': expected {err.validator_value} but received: "
                f"{repr(err.instance)[:60]}"
            )
        elif kind == "anyOf" and path and path[-1] == "at":
            msg = (
                f"field '{where}': expected open, high, low, close, intraday or a time "
                f"such as 10:30; got {repr(err.instance)[:40]}"
            )
        elif kind == "anyOf" and path and path[-1] == "value":
            msg = (
                f"field '{where}': expected a written number such as 5.34 or \"2.70\", "
                f"or a range [low, high]; got {repr(err.instance)[:40]}"
            )
        elif kind in _LIMITS:
            limit = f"{_LIMITS[kind]} {err.validator_value}"
            msg = f"field '{where}': expected {limit}; got {_size(err.instance)}"
        elif kind == "propertyNames":
            msg = f"field '{where}': invalid id: {err.message}"
        else:
            msg = f"field '{where}': {err.message}"
        if len(msg) > 300:  # a message never echoes a whole value back
            msg = msg[:280] + " … (shortened)"
        out.append((loc.span(path), msg))
    out.sort(key=lambda p: (p[0].line, p[0].col, p[1]) if p[0] else (0, 0, p[1]))
    return list(out)


def _enum_message(where: str, allowed: list[Any], found: Any) -> str:
    """'expected one of: [...] but received: 'gvm' (did you mean 'gmv'?)'; long
    vocabularies (metrics, units) are named by their section, not listed."""
    shown = repr(found)[:60]
    near = difflib.get_close_matches(str(found), [str(a) for a in allowed], n=1)
    hint = f" (did you mean '{near[0]}'?)" if near else ""
    if len(allowed) > 12:
        section = where.rsplit(".", 1)[-1]
        return (
            f"field '{where}': unknown {section} {shown}{hint}; expected one of the "
            f"{len(allowed)} in vocabulary.yaml ({', '.join(str(a) for a in allowed[:8])}, …)"
        )
    choices = ", ".join(repr(c) for c in allowed)
    return f"field '{where}': expected one of: [{choices}] but received: {shown}{hint}"
