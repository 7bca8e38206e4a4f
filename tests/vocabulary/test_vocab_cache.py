"""The checked vocabulary kept between runs: it reads back what parsing gives,
never outlives an edit, refuses a cache file that would make anything but a
vocabulary, and a bad vocabulary is never kept."""

from __future__ import annotations

import os
import pickle
from dataclasses import fields
from pathlib import Path

import pytest

from summarizer.errors import ConfigError
from summarizer.paths import VOCABULARY_PATH
from summarizer.vocabulary import vocab as vocab_mod
from summarizer.vocabulary import vocab_cache
from summarizer.vocabulary.vocab import load_vocabulary


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "summarizer" / "vocabulary"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    path = tmp_path / "vocabulary.yaml"
    path.write_bytes(VOCABULARY_PATH.read_bytes())
    return path


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("the vocabulary was parsed again")

    monkeypatch.setattr(vocab_mod, "parse_vocabulary", refuse)


def test_second_load_reads_back_what_parsing_gave(
    cache: Path, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = load_vocabulary(copy)
    assert len(list(cache.glob("*.bin"))) == 1
    no_parsing(monkeypatch)
    kept = load_vocabulary(copy)
    assert kept is not parsed
    for f in fields(parsed):  # every metric, event, unit ... spans included
        assert getattr(kept, f.name) == getattr(parsed, f.name), f.name
    assert kept.path == str(copy)


def test_an_edit_is_parsed_again(cache: Path, copy: Path) -> None:
    load_vocabulary(copy)
    text = copy.read_text(encoding="utf-8")
    assert "tie-up" not in repr(load_vocabulary(copy).events["partnership"])
    copy.write_text(text.replace("en: partnership,", "en: tie-up,", 1), encoding="utf-8")
    assert "tie-up" in repr(load_vocabulary(copy).events["partnership"])


def test_a_cache_file_that_would_make_other_objects_is_refused(
    cache: Path, copy: Path
) -> None:
    load_vocabulary(copy)
    (kept,) = cache.glob("*.bin")
    key = kept.read_bytes()[:16]
    kept.write_bytes(key + pickle.dumps(os.system, protocol=5))  # a call to run, by name
    assert vocab_cache._read(kept.read_bytes(), key) is None
    assert "gmv" in load_vocabulary(copy).metrics  # parsed instead, and kept again
    assert vocab_cache._read(kept.read_bytes(), key) is not None


def test_a_bad_vocabulary_is_never_kept(cache: Path, copy: Path) -> None:
    copy.write_text(
        copy.read_text(encoding="utf-8").replace("kind: money", "kind: cash", 1), "utf-8"
    )
    for _ in range(2):
        with pytest.raises(ConfigError):
            load_vocabulary(copy)
    assert not list(cache.glob("*.bin"))
