"""Merged OpenCC configs (:mod:`summarizer.convert.flatten`) convert exactly
as the shipped ones, are built once per cache, and are only an option."""

from __future__ import annotations

import json
import random
from pathlib import Path

import opencc
import pytest

from summarizer import languages
from summarizer.convert import flatten
from summarizer.convert.flatten import _SHARE, _TOOL, _Builder, _flattened, config_path

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not _TOOL.is_file(), reason="OpenCC ships no opencc_dict")


def configs() -> list[str]:
    """Every OpenCC config the script stage creates a converter for."""
    found: set[str] = set()
    for code in languages.derived():
        lang = languages.language(code)
        found |= {lang.opencc, lang.opencc_chars} | ({lang.glyphs} if lang.glyphs else set())
    return sorted(found)


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("opencc")


def texts() -> list[str]:
    """Chinese news (the source articles, every line) and random strings of
    their characters, which cross every phrase boundary the articles have."""
    lines = [
        line
        for f in sorted((ROOT / "sources").glob("*.txt"))
        for line in f.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    chars = sorted({c for line in lines for c in line if not c.isascii()})
    rng = random.Random(13)
    return lines + ["".join(rng.choices(chars, k=rng.randint(2, 12))) for _ in range(3000)]


@pytest.mark.parametrize("name", configs())
def test_merged_config_converts_as_shipped(cache: Path, name: str) -> None:
    merged = _flattened(name, _SHARE, _TOOL, cache)
    assert '"group"' not in merged.read_text(encoding="utf-8")  # every group merged
    shipped, ours = opencc.OpenCC(name), opencc.OpenCC(str(merged))
    sample = texts()
    # one call per text would take long: join with a separator no phrase spans
    joined = "\n".join(sample)
    assert ours.convert(joined) == shipped.convert(joined)
    assert [ours.convert(t) for t in sample[:300]] == [shipped.convert(t) for t in sample[:300]]


def test_built_once_then_read_from_the_cache(cache: Path) -> None:
    first = _flattened("s2twp", _SHARE, _TOOL, cache)
    # without the tool, a cached config is still found (no rebuild)
    again = _flattened.__wrapped__("s2twp", _SHARE, Path("/nonexistent/opencc_dict"), cache)
    assert again == first
    with pytest.raises(FileNotFoundError):
        _flattened.__wrapped__("s2twp", _SHARE, Path("/nonexistent/opencc_dict"), cache / "new")


def test_without_the_tool_the_shipped_config_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(flatten, "_TOOL", tmp_path / "missing")
    assert config_path("s2tw") == "s2tw"
    assert config_path("no-such-config") == "no-such-config"
    monkeypatch.undo()


def test_a_tool_that_fails_means_the_shipped_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``opencc_dict`` exiting non-zero (``subprocess`` imported only then)
    is a config used as shipped, not a traceback."""
    failing = tmp_path / "opencc_dict"
    failing.write_text("#!/bin/sh\nexit 3\n", encoding="utf-8")
    failing.chmod(0o755)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(flatten, "_TOOL", failing)
    _flattened.cache_clear()
    try:
        assert config_path("s2tw") == "s2tw"
    finally:
        _flattened.cache_clear()


def test_a_group_that_could_convert_differently_is_kept(tmp_path: Path) -> None:
    """Short circuit: the first dictionary's match wins even where a later
    one has a longer key (AB, not ABC); merged, the longer key would win."""
    share = tmp_path / "share"
    share.mkdir()
    builder = _Builder(_SHARE, _TOOL, tmp_path)
    (share / "first.ocd2").write_bytes(builder._compile("甲乙\tX\n".encode()))
    (share / "second.ocd2").write_bytes(builder._compile("甲乙丙\tY\n丁\tZ\n".encode()))
    group = {
        "type": "group",
        "match_policy": "short_circuit",
        "dicts": [{"type": "ocd2", "file": "first.ocd2"}, {"type": "ocd2", "file": "second.ocd2"}],
    }
    config = {
        "name": "test",
        "segmentation": {"type": "mmseg", "dict": {"type": "ocd2", "file": "second.ocd2"}},
        "conversion_chain": [{"dict": group}],
    }
    (share / "t.json").write_text(json.dumps(config), encoding="utf-8")
    merged = _flattened("t", share, _TOOL, tmp_path / "cache")
    assert '"group"' in merged.read_text(encoding="utf-8")
    # one segment 甲乙丙: the first dictionary's 甲乙 wins, 丙 has no entry
    assert opencc.OpenCC(str(merged)).convert("甲乙丙丁") == "X丙Z"
    absolute = json.dumps(config).replace('"file": "', f'"file": "{share}/')
    (share / "abs.json").write_text(absolute, encoding="utf-8")
    assert opencc.OpenCC(str(share / "abs.json")).convert("甲乙丙丁") == "X丙Z"


def test_a_damaged_cache_falls_back_to_the_shipped_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.convert import mask

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    merged = Path(config_path("s2tw"))
    assert merged.is_file()
    for dictionary in merged.parent.glob("*.ocd2"):
        dictionary.write_bytes(b"")  # truncated by something else
    mask.converter.cache_clear()
    try:
        assert mask.converter("s2tw").convert("头发") == opencc.OpenCC("s2tw").convert("头发")
    finally:
        mask.converter.cache_clear()
