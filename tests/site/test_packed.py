"""The story records packed in the state (``site/packed.py``): what a build
loads is what the rows say, however the archive changed since the pack."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from sitefake import FakeEngine

from summarizer.site import cache as sitecache
from summarizer.site import manifest as manifests
from summarizer.site import packed, state
from summarizer.site.build import build_site
from summarizer.site.storyrecord import StoryRecord


def _seed(n: int, word: str, day: int) -> str:
    return (
        f"id: s{n:03d}\npublished: 2026-01-{1 + day:02d}\n"
        f'title: {{zh: 标题{n}{word}, en: "Title {n} {word}"}}\n'
        "lede: {zh: 导语。, en: Lede.}\n"
        f'facts:\n  - {{id: f1, value: "{n}%", quote: "引文{n}", facet: cost}}\n'
    )


def _from_rows(out: Path) -> dict[str, StoryRecord]:
    conn = sqlite3.connect(sitecache.cache_dir(out) / state.STATE)
    try:
        return dict(sitecache.records_of(state.read_stories(conn)))
    finally:
        conn.close()


def _fresh_count(out: Path) -> int:
    conn = sqlite3.connect(sitecache.cache_dir(out) / state.STATE)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM fresh").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("seed", [1, 2])
def test_packed_records_with_the_rows_written_since_are_the_rows(
    tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Random edits, additions and removals, with a pack every few keys: the
    records loaded (packed + fresh rows) equal the rows, in key order."""
    monkeypatch.setattr(state, "REPACK", 5)
    monkeypatch.setattr(packed, "CHUNK", 3)  # several pieces
    rng = random.Random(seed)
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    seeds.mkdir()
    alive = set(range(12))
    for n in alive:
        (seeds / f"s{n:03d}.yaml").write_text(_seed(n, "关税", n % 5), "utf-8")
    build_site(seeds, out, 1, engine=FakeEngine())
    packs = 0
    for step in range(14):
        for _ in range(rng.randint(1, 3)):
            n = rng.randrange(20)
            path = seeds / f"s{n:03d}.yaml"
            if n in alive and rng.random() < 0.3 and len(alive) > 3:
                path.unlink()
                alive.discard(n)
            else:
                path.write_text(_seed(n, f"词{step}", rng.randrange(9)), "utf-8")
                alive.add(n)
        before = _fresh_count(out)
        report = build_site(seeds, out, 1, engine=FakeEngine())
        assert not report.full
        packs += _fresh_count(out) < before
        manifests._HELD.clear()  # read from disk, not what the build held
        loaded = sitecache.load_manifest(out)
        assert loaded is not None
        assert list(loaded.stories) == sorted(f"s{n:03d}.yaml" for n in alive)
        assert loaded.stories == _from_rows(out)
    assert packs >= 2  # packed again along the way, and read over in between


def test_a_damaged_or_stale_pack_means_the_rows(tmp_path: Path) -> None:
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    seeds.mkdir()
    for n in range(6):
        (seeds / f"s{n:03d}.yaml").write_text(_seed(n, "关税", n), "utf-8")
    build_site(seeds, out, 1, engine=FakeEngine())
    path = sitecache.cache_dir(out) / state.STATE
    rows = _from_rows(out)
    some = dict(list(rows.items())[:2])
    for pieces in ([b"\x00garbage"], list(packed.pack(some))):  # not marshal; too few records
        with sqlite3.connect(path) as conn:
            conn.execute("DELETE FROM packed")
            conn.executemany("INSERT INTO packed VALUES (?, ?)", enumerate(pieces))
        conn.close()
        manifests._HELD.clear()
        loaded = sitecache.load_manifest(out)
        assert loaded is not None and loaded.stories == rows
