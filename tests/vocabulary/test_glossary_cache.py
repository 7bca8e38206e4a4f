"""The checked glossary kept between runs: it reads back exactly what parsing
gives, never outlives an edit, and a broken or missing cache only costs time."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summarizer.errors import GlossaryError
from summarizer.paths import GLOSSARY_PATH
from summarizer.vocabulary import glossary as glossary_mod
from summarizer.vocabulary import glossary_cache
from summarizer.vocabulary.glossary import load_glossary


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "summarizer" / "glossary"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.yaml"
    path.write_bytes(GLOSSARY_PATH.read_bytes())
    return path


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("the glossary was parsed again")

    monkeypatch.setattr(glossary_mod, "parse_glossary", refuse)


def test_second_load_reads_back_what_parsing_gave(
    cache: Path, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = load_glossary(copy)
    assert len(list(cache.glob("*.bin"))) == 1
    no_parsing(monkeypatch)
    kept = load_glossary(copy)
    assert kept == parsed  # every field of every term and variant, spans included
    assert kept is not parsed
    assert kept.path == str(copy)
    assert any(v.span and v.span.file == str(copy) for t in kept.terms.values() for v in t.variants)


def test_the_path_as_named_is_part_of_the_key(
    cache: Path, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_glossary(copy)
    monkeypatch.chdir(copy.parent)
    relative = load_glossary("glossary.yaml")  # its messages must say glossary.yaml
    assert relative.path == "glossary.yaml"
    assert {t.span.file for t in relative.terms.values() if t.span} == {"glossary.yaml"}


def test_an_edit_is_parsed_not_read_back(cache: Path, copy: Path) -> None:
    before = load_glossary(copy)
    assert before.form("gmv", "en") == "gross merchandise value"
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace("en: gross merchandise value,", "en: merchandise volume,", 1))
    after = load_glossary(copy)
    assert after.form("gmv", "en") == "merchandise volume"
    assert len(list(cache.glob("*.bin"))) == 1  # one file per glossary, rewritten


@pytest.mark.parametrize("junk", [b"", b"\x00garbage", None])
def test_a_broken_cache_means_parsing(
    cache: Path, copy: Path, monkeypatch: pytest.MonkeyPatch, junk: bytes | None
) -> None:
    parsed = load_glossary(copy)
    (file,) = cache.glob("*.bin")
    if junk is None:  # the right key, a payload of another shape
        import marshal

        key, _ = marshal.loads(file.read_bytes())
        junk = marshal.dumps((key, ("glossary.yaml", (("too", "short"),))))
    file.write_bytes(junk)
    assert load_glossary(copy) == parsed
    no_parsing(monkeypatch)
    assert load_glossary(copy) == parsed  # and the cache was mended


def test_a_bad_glossary_is_never_kept(cache: Path, copy: Path) -> None:
    copy.write_text("terms:\n  - id: gmv\n    category: nonsense\n", encoding="utf-8")
    messages = []
    for _ in range(2):
        with pytest.raises(GlossaryError) as err:
            load_glossary(copy)
        messages.append(str(err.value))
    assert messages[0] == messages[1]
    assert f"{copy}:" in messages[0]
    assert not list(cache.glob("*.bin"))


def test_an_unwritable_cache_only_costs_time(
    tmp_path: Path, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    first = load_glossary(copy)
    assert first.form("gmv", "en") == "gross merchandise value"
    assert load_glossary(copy) == first
    assert blocker.read_text(encoding="utf-8") == "x"


def test_a_fifo_is_still_refused(cache: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "glossary.yaml"
    os.mkfifo(fifo)
    with pytest.raises(GlossaryError, match="not a regular file"):
        load_glossary(fifo)


def test_only_the_most_recent_are_kept(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = "terms:\n  - id: t{n}\n    category: general\n    zh-Hans: 词{n}\n    en: word{n}\n"
    paths = []
    for n in range(glossary_cache.KEEP + 3):
        path = tmp_path / f"g{n}.yaml"
        path.write_text(small.format(n=n), encoding="utf-8")
        load_glossary(path)
        paths.append(path)
    assert len(list(cache.glob("*.bin"))) == glossary_cache.KEEP
    no_parsing(monkeypatch)
    assert load_glossary(paths[-1]).form(f"t{len(paths) - 1}", "en") == f"word{len(paths) - 1}"


def test_a_project_glossary_layered_on_the_package_one_is_kept_by_both_files(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.cli import main
    from summarizer.config import load as config_load
    from summarizer.config.project import load_config

    assert main(["new", str(tmp_path / "news"), "--title", "Acme"]) == 0
    own = tmp_path / "news" / "glossary.yaml"
    own.write_text(
        "terms:\n  - {id: acme, category: company, zh-Hans: 极致科技, en: Acme}\n", "utf-8"
    )
    cfg = load_config(tmp_path / "news" / "summarizer.toml")
    parsed = config_load.site_glossary(cfg)
    assert parsed.form("acme", "en") == "Acme" and parsed.form("gmv", "en")
    assert len(list(cache.glob("*.bin"))) == 1

    def refuse(*_: object) -> None:
        raise AssertionError("the layered glossary was parsed again")

    monkeypatch.setattr(config_load, "parse_glossary", refuse)
    assert config_load.site_glossary(cfg) == parsed
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache.parent.parent))
    own.write_text(own.read_text("utf-8").replace("en: Acme}", "en: Acme Inc.}"), "utf-8")
    assert config_load.site_glossary(cfg).form("acme", "en") == "Acme Inc."
