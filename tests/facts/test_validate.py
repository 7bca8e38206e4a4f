"""The compiled validator (fastjsonschema) and the wording one (jsonschema)
must agree on every file: the first decides whether a file is valid, the
second words the errors of one that is not (summarizer/facts/validate.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from summarizer.errors import SummarizerError
from summarizer.facts import validate
from summarizer.facts.synthetic import RandomDraw, story_yaml
from summarizer.facts.yamlload import load_yaml_text
from summarizer.userfiles import DepthError, check_depth
from summarizer.vocabulary.vocab import default_vocabulary

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "badinput"))
from facts_cases import facts_cases  # noqa: E402


def _documents() -> list[tuple[str, Any]]:
    docs = []
    for path in sorted((ROOT / "seeds").glob("*.yaml")):
        docs.append((path.name, load_yaml_text(path.read_text("utf-8"), path.name).data))
    for i in range(30):
        docs.append((f"synthetic-{i}", load_yaml_text(story_yaml(RandomDraw(i)), "s.yaml").data))
    for case in facts_cases():
        text = case.files.get("s.yaml")
        if not isinstance(text, str):
            continue
        try:
            check_depth(text.encode())  # as load_user_yaml does, before the parser recurses
            docs.append((case.id, load_yaml_text(text, "s.yaml").data))
        except (SummarizerError, DepthError):  # refused before any schema
            continue
    return docs


DOCS = _documents()


def test_corpus_has_both_verdicts() -> None:
    wording = validate._wording_validator(default_vocabulary())
    verdicts = [wording.is_valid(data) for _, data in DOCS]
    assert verdicts.count(True) >= 30 and verdicts.count(False) >= 15


def _ends_in_newline(data: Any) -> bool:
    if isinstance(data, dict):
        return any(_ends_in_newline(k) or _ends_in_newline(v) for k, v in data.items())
    if isinstance(data, list):
        return any(_ends_in_newline(v) for v in data)
    return isinstance(data, str) and data.endswith("\n")


@pytest.mark.parametrize(("name", "data"), DOCS, ids=[name for name, _ in DOCS])
def test_fast_and_wording_validators_agree(name: str, data: Any) -> None:
    """Same verdict, except that fastjsonschema reads ``$`` in a pattern as
    the end of the string (as JSON Schema's ECMA-262 does) where jsonschema
    uses Python's ``re``, whose ``$`` also matches before a final newline:
    an id ``"r\n"`` fails the first only, and the later pass refuses it
    either way. The other direction (fast says valid, jsonschema finds a
    violation) would lose an error and must never happen."""
    import fastjsonschema

    vocab = default_vocabulary()
    try:
        validate._fast_validator(vocab)(data)
        fast = True
    except fastjsonschema.JsonSchemaException:
        fast = False
    wording = validate._wording_validator(vocab).is_valid(data)
    if fast != wording:
        assert wording and _ends_in_newline(data), name


def test_a_failing_file_is_worded_in_full() -> None:
    loc = load_yaml_text("story: {id: s}\nentities: {}\nfacts: {r: {metric: gvm}}\n", "s.yaml")
    assert not validate.is_valid(loc.data)
    messages = [msg for _, msg in validate.schema_problems(loc)]
    assert any("did you mean 'gmv'" in msg for msg in messages)
    assert any("missing required key 'title'" in msg for msg in messages)


def test_compiled_validator_is_kept_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compiled once per schema and machine; a broken cache file is compiled anew."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    good, bad = DOCS[0][1], {"story": {}}
    vocab = default_vocabulary()
    validate._fast_validator.cache_clear()
    try:
        validate._fast_validator(vocab)(good)
        (cached,) = (tmp_path / "summarizer").iterdir()
        stamp = cached.stat().st_mtime_ns
        validate._fast_validator.cache_clear()
        assert validate.is_valid(good) and not validate.is_valid(bad)
        assert cached.stat().st_mtime_ns == stamp  # loaded, not written again
        cached.write_bytes(b"not marshal data")
        validate._fast_validator.cache_clear()
        assert validate.is_valid(good) and not validate.is_valid(bad)
        assert cached.read_bytes() != b"not marshal data"
    finally:
        validate._fast_validator.cache_clear()


def test_old_compiled_validators_are_cleared_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One validator per schema: each upgrade would leave one more behind, so
    writing a new one keeps the KEEP_VALIDATORS newest."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "summarizer"
    folder.mkdir()
    old = [folder / f"facts-validator-{n:032x}.bin" for n in range(validate.KEEP_VALIDATORS + 3)]
    for age, f in enumerate(old):
        f.write_bytes(b"from an older release")
        os.utime(f, ns=(10**9 * (1000 + age),) * 2)
    other = folder / "keep-me.bin"
    other.write_bytes(b"not a validator")
    validate._fast_validator.cache_clear()
    try:
        assert validate.is_valid(DOCS[0][1])
    finally:
        validate._fast_validator.cache_clear()
    kept = sorted(folder.glob("facts-validator-*.bin"))
    assert len(kept) == validate.KEEP_VALIDATORS
    assert not old[0].exists() and old[-1].exists()
    assert other.exists()


def test_fact_kinds_are_compiled_as_dependencies_not_ifs() -> None:
    """The fast validator picks a fact's definition by its key with an ``in``
    test (``dependencies``), not a raising ``if``; other ``allOf`` stay."""
    fact = validate._keyed_branches(validate.schema())["properties"]["facts"]
    kinds = fact["additionalProperties"]
    assert "allOf" not in kinds
    assert kinds["dependencies"] == {
        k: {"$ref": f"#/$defs/{k}"} for k in ("metric", "event", "claim")
    }
    mixed = {
        "type": "object",
        "allOf": [{"if": {"required": ["a"]}, "then": {"required": ["b"]}}, {"required": ["c"]}],
    }
    assert validate._keyed_branches(mixed) == mixed
    untyped = {"allOf": [{"if": {"required": ["a"]}, "then": {"required": ["b"]}}]}
    assert validate._keyed_branches(untyped) == untyped
