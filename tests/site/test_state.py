"""The build state (``summarizer/site/state.py``): one sqlite3 database that
an incremental build updates row by row; it must end up holding what a full
build of the same stories holds, and a missing or broken one means a full
build said in one line, never a traceback."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sitefake import FakeEngine, spy_listings
from test_site import tree, write_seed

from summarizer.site import pagekeys, state
from summarizer.site.build import build_site
from summarizer.site.cache import cache_dir, site_token

ROOT = Path(__file__).resolve().parents[2]


def _build(seeds: Path, out: Path, **kw: bool) -> object:
    return build_site(seeds, out, 1, engine=FakeEngine(), **kw)


def _rows(out: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(cache_dir(out) / state.STATE)
    try:
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}"))  # noqa: S608 (fixed names)
            for table in ("meta", "stories", "pages", "entries")
        }
    finally:
        conn.close()


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    d = tmp_path / "seeds"
    d.mkdir()
    for n in range(1, 12):
        write_seed(d, n)
    return d


def test_incremental_builds_leave_the_state_a_full_build_writes(
    seeds: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    _build(seeds, out)
    steps = [
        lambda: write_seed(seeds, 4, quote="新的引文"),  # an edit
        lambda: write_seed(seeds, 30, day=28),  # a new story
        lambda: (seeds / "s002.yaml").unlink(),  # a removed one
    ]
    for n, step in enumerate(steps):
        step()
        assert _build(seeds, out).full is False  # type: ignore[attr-defined]
        ref = tmp_path / f"ref{n}"
        _build(seeds, ref)
        assert tree(out) == tree(ref)  # the marker's token too
        assert _rows(out) == _rows(ref)
        # the token pairs the site and its state
        assert dict(_rows(out)["meta"])["token"] == site_token(out)
    assert "story-2" not in [sid for sid, _ in _rows(out)["entries"]]


def test_an_edit_writes_only_the_rows_it_changed(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    _build(seeds, out)
    before = _rows(out)
    write_seed(seeds, 4, quote="新的引文")
    report = _build(seeds, out)
    after = _rows(out)
    changed = [r[0] for r in set(after["stories"]) - set(before["stories"])]
    assert changed == ["s004.yaml"]
    assert {r[0] for r in set(after["entries"]) - set(before["entries"])} <= {"story-4"}
    pages = {r[0] for r in set(after["pages"]) - set(before["pages"])}
    assert pages and pages <= set(report.pages_written)  # type: ignore[attr-defined]
    assert len(after["pages"]) == len(before["pages"]) > 2 * len(pages)


@pytest.mark.parametrize("damage", ["missing", "garbage", "other format", "no tables"])
def test_a_missing_or_broken_state_means_a_full_build_in_one_line(
    seeds: Path, tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    out = tmp_path / "site"
    _build(seeds, out)
    db = cache_dir(out) / state.STATE
    if damage == "missing":
        db.unlink()
    elif damage == "garbage":
        db.write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    elif damage == "other format":
        conn = sqlite3.connect(db)
        conn.execute("UPDATE meta SET v='1' WHERE k='format'")
        conn.commit()
        conn.close()
    else:
        conn = sqlite3.connect(db)
        conn.execute("DROP TABLE stories")
        conn.commit()
        conn.close()
    write_seed(seeds, 4, quote="新的引文")
    with caplog.at_level(logging.WARNING):
        report = _build(seeds, out)
    assert report.full is True  # type: ignore[attr-defined]
    said = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(said) == 1 and "full build" in said[0] and "\n" not in said[0]
    ref = tmp_path / "ref"
    _build(seeds, ref)
    assert tree(out) == tree(ref)
    assert _build(seeds, out).full is False  # type: ignore[attr-defined]


def test_a_broken_state_through_the_cli_is_one_line_and_exit_0(tmp_path: Path) -> None:
    seeds = tmp_path / "real"
    seeds.mkdir()
    shutil.copy(ROOT / "seeds" / "live-commerce-measures.yaml", seeds)
    out = tmp_path / "site"
    cmd = [sys.executable, "-m", "summarizer", "build", str(seeds), "-o", str(out), "-j", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    (cache_dir(out) / state.STATE).write_bytes(b"not a database at all")
    again = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert again.returncode == 0
    assert "Traceback" not in again.stderr
    said = [line for line in again.stderr.splitlines() if "build state" in line]
    assert len(said) == 1 and "doing a full build" in said[0]


def test_a_state_changed_under_the_build_is_not_overwritten(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``update`` applies only to the state the build started from: another
    token there means the next build is a full one, never a mixed state."""
    out = tmp_path / "site"
    _build(seeds, out)
    real = state.update

    def racing(path: Path, *args: object) -> None:
        conn = sqlite3.connect(path)
        conn.execute("UPDATE meta SET v='someone-else' WHERE k='token'")
        conn.commit()
        conn.close()
        real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(state, "update", racing)
    write_seed(seeds, 4, quote="新的引文")
    _build(seeds, out)
    monkeypatch.undo()
    assert dict(_rows(out)["meta"])["token"] == "someone-else"
    assert _build(seeds, out).full is True  # type: ignore[attr-defined]


def test_an_edit_plans_only_the_pages_that_can_show_it(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit (same stories, dates and tags) plans a few pages and keeps
    every other key unplanned, and so does a story added; a story removed
    plans every page."""

    out = tmp_path / "site"
    _build(seeds, out)
    seen = spy_listings(monkeypatch)
    total = len(_rows(out)["pages"])
    write_seed(seeds, 4, quote="新的引文")
    _build(seeds, out)
    assert seen[-1].gone is not None
    planned = seen[-1].pages
    assert 0 < len(planned) < total
    stories = {r.split("/stories/")[1] for r in planned if "/stories/" in r}
    assert stories == {"story-4.html"}  # no tags in common: no other story page planned
    write_seed(seeds, 40, day=3)  # a new story, among the others by date
    _build(seeds, out)
    assert seen[-1].gone is not None and 0 < len(seen[-1].pages) < len(_rows(out)["pages"])
    ref = tmp_path / "ref"
    _build(seeds, ref)
    assert tree(out) == tree(ref) and _rows(out) == _rows(ref)
    (seeds / "s040.yaml").unlink()  # a story removed: every page is planned
    _build(seeds, out)
    assert seen[-1].gone is None and len(seen[-1].pages) == len(_rows(out)["pages"])
    ref = tmp_path / "ref2"
    _build(seeds, ref)
    assert tree(out) == tree(ref) and _rows(out) == _rows(ref)


def test_page_keys_list_a_folder_once_and_hand_out_copies(tmp_path: Path) -> None:
    """``PageKeys.under`` answers an edit's second listing of a search index
    folder from memory (the first is one query), and a caller changing its
    list does not change the next answer."""
    path = tmp_path / state.STATE
    pages = [("en/search/i/a.js", "1"), ("en/search/i/b.js", "2"), ("en/search/x.html", "3")]
    pages.append(("en/search/i0", "4"))  # after the folder in byte order, not in it
    state.create(path, {"fingerprint": "f"}, [], pages, [])
    keys = pagekeys.PageKeys(path)
    first = pagekeys.pages_under(keys, "en/search/i")
    assert first == ["en/search/i/a.js", "en/search/i/b.js"]
    first.clear()
    keys.close()
    path.unlink()  # a second query would fail: the answer is the one read
    assert pagekeys.pages_under(keys, "en/search/i") == ["en/search/i/a.js", "en/search/i/b.js"]


def test_listing_html_is_the_same_from_the_state_and_from_a_dict(tmp_path: Path) -> None:
    """What an addition's sitemap takes of the pages it did not plan: HTML
    pages but story and search pages, by one query on the state."""
    path = tmp_path / state.STATE
    pages = {
        "en/digest/general/index.html": "1",
        "en/digest/general/1.html": "2",
        "en/stories/a.html": "3",
        "en/stories/a/seller.html": "4",
        "en/search.html": "5",
        "en/search/t0.ab.js": "6",
        "en/topics/search/index.html": "7",  # a topic named search is a listing
        "sitemap.xml": "8",
        "index.html": "9",
    }
    state.create(path, {"fingerprint": "f"}, [], sorted(pages.items()), [])
    keys = pagekeys.PageKeys(path)
    expected = [
        "en/digest/general/1.html",
        "en/digest/general/index.html",
        "en/topics/search/index.html",
        "index.html",
    ]
    assert pagekeys.listing_html(keys) == pagekeys.listing_html(pages) == expected
    keys.close()


def test_the_key_range_is_two_index_lookups(tmp_path: Path) -> None:
    """Loading packed records checks their first and last keys: sqlite scans
    the whole table for MIN and MAX in one query (12 ms at 50,000 stories),
    so each is asked alone, which it answers from the primary key."""
    import sqlite3

    path = tmp_path / state.STATE
    state.create(path, {"fingerprint": "f"}, [], [], [])
    with sqlite3.connect(path) as conn:
        for query in state.KEY_RANGE:
            plan = " ".join(str(row[-1]) for row in conn.execute("EXPLAIN QUERY PLAN " + query))
            assert "SCAN" not in plan and "PRIMARY KEY" in plan, plan
        assert state.key_range(conn) == (None, None)
