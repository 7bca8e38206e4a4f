"""The compiled-template cache is an optimisation only: it is used when it
can be, and a cache that cannot be made, read or written never fails a run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment

from summarizer.facts.load import load_story
from summarizer.pipeline import load_project, make_brief
from summarizer.realise import bytecode
from summarizer.realise.bytecode import bytecode_cache

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "amazon-apparel-referral-fee-cut.yaml"


def _text(lang: str = "en") -> str:
    brief = make_brief(load_project(), load_story(SEED), lang)
    return "".join(s.text for sec in brief.sections for p in sec.points for s in p.sentences)


def test_templates_are_kept_compiled_and_give_the_same_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = _text()
    kept = list((tmp_path / "summarizer" / "jinja").iterdir())
    assert kept, "no compiled template was kept"
    assert _text() == first


def _render(cache: Path) -> str:
    """A fresh process (in one process Jinja keeps templates in memory)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "summarizer", "render", str(SEED), "--lang", "zh-Hant"],
        capture_output=True, text=True, env=env, check=True,
    )
    return done.stdout


def test_a_broken_cache_file_is_compiled_again_in_a_new_run(tmp_path: Path) -> None:
    first = _render(tmp_path)
    kept = list((tmp_path / "summarizer" / "jinja").iterdir())
    assert kept
    for f in kept:
        f.write_bytes(b"\x00garbage")
    assert _render(tmp_path) == first
    assert all(f.read_bytes() != b"\x00garbage" for f in kept)  # compiled and kept again


def test_no_cache_where_none_can_be_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert bytecode_cache() is None
    assert "US$1.80" in _text()


def test_the_cache_keeps_only_its_newest_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each edited template leaves an entry; the first process that compiles
    trims the folder to the KEEP newest, so it does not grow for ever."""
    folder = tmp_path / "summarizer" / "jinja"
    folder.mkdir(parents=True)
    stale = [folder / f"__jinja2_{n:040x}.cache" for n in range(12)]
    for age, f in enumerate(stale):
        f.write_bytes(b"old")
        os.utime(f, ns=(10**9 * (1000 + age),) * 2)  # 1970: older than anything written now
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(bytecode, "KEEP", 5)
    monkeypatch.setattr(bytecode._QuietCache, "trimmed", False)
    (folder / "unrelated.txt").write_text("not an entry", "utf-8")
    cache = bytecode_cache()
    assert cache is not None
    Environment(bytecode_cache=cache, loader=DictLoader({"t": "{{ 1 }}"})).get_template("t")
    entries = sorted(p.name for p in folder.glob("__jinja2_*.cache"))
    assert len(entries) == 5
    assert all(f.name not in entries for f in stale[:-4])  # the oldest went
    assert (folder / "unrelated.txt").exists()  # only the cache's own files
    assert bytecode._QuietCache.trimmed
