"""The build's memory stays a page's worth: entries read back from files
through a bounded cache, and unchanged files linked into staging."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from summarizer.site import handover
from summarizer.site.cache import EntryCache
from summarizer.site.pages import StoryRecord


def _record(sid: str) -> StoryRecord:
    return StoryRecord(f"{sid}.yaml", "h", sid, "2025-01-01", 0, 0)


def _write(directory: Path, sid: str, title: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{sid}.json").write_text(json.dumps({"en": {"title": title}}), "utf-8")


def test_entry_cache_reads_staging_first_then_live_and_forgets(tmp_path: Path) -> None:
    staged, live = tmp_path / "staged", tmp_path / "live"
    _write(staged, "a", "fresh a")
    _write(live, "a", "old a")
    _write(live, "b", "old b")
    _write(live, "c", "old c")
    cache = EntryCache([staged, live], size=2)
    assert cache(_record("a"))["en"]["title"] == "fresh a"
    assert cache(_record("b"))["en"]["title"] == "old b"
    assert cache(_record("c"))["en"]["title"] == "old c"
    assert list(cache._recent) == ["b", "c"]  # bounded: the least recently used went
    (live / "b.json").unlink()
    assert cache(_record("b"))["en"]["title"] == "old b"  # a hit is not re-read
    with pytest.raises(KeyError):
        cache(_record("missing"))


def test_link_tree_links_what_staging_lacks_skips_and_symlinks(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    live, staging = tmp_path / "live", tmp_path / "staging"
    (live / "en" / "stories").mkdir(parents=True)
    (live / "en" / "stories" / "old.html").write_text("old", "utf-8")
    (live / "en" / "stories" / "new.html").write_text("stale", "utf-8")
    (live / "en" / "gone.html").write_text("gone", "utf-8")
    (live / "outside").symlink_to(tmp_path)
    (live / "en" / "planted.html").symlink_to(live / "en" / "gone.html")
    (staging / "en" / "stories").mkdir(parents=True)
    (staging / "en" / "stories" / "new.html").write_text("fresh", "utf-8")
    with caplog.at_level(logging.WARNING):
        linked = handover.link_tree(live, staging, {"en/gone.html"})
    assert linked == 1
    assert (staging / "en" / "stories" / "new.html").read_text("utf-8") == "fresh"
    old = staging / "en" / "stories" / "old.html"
    assert os.path.samefile(old, live / "en" / "stories" / "old.html")
    assert not (staging / "en" / "gone.html").exists()
    assert not (staging / "en" / "planted.html").exists()
    assert not (staging / "outside").exists()
    assert "skipping a symlink" in caplog.text


def test_written_paths_keep_order_and_compare_like_a_list() -> None:
    from summarizer.site import written

    paths = [f"en/stories/s{n}/index.html" for n in range(2 * written.BLOCK + 5)]
    kept = written.WrittenPaths(paths[:3])
    kept += written.WrittenPaths.sealed(paths[3:10])
    kept += paths[10:]
    assert len(kept) == len(paths) and kept == paths and list(kept) == paths
    assert (len(kept._blocks), len(kept._open)) == (2, 5)
    assert kept[-1] == paths[-1] and kept[1:3] == paths[1:3]
    assert kept != paths[:-1] and written.WrittenPaths() == []
    with pytest.raises(ValueError, match="line break"):
        written.WrittenPaths(["a\nb"])


@pytest.mark.parametrize("count", [0, 1, 5000])
def test_manifest_in_pieces_is_the_whole_dump(tmp_path: Path, count: int) -> None:
    from summarizer.site import cache

    stories = {
        f"s{i}.yaml": StoryRecord(f"s{i}.yaml", "h", f"s{i}", "2025-01-01", i, 3, ["company:x"])
        for i in range(count)
    }
    pages = {f"en/p{i}.html": f"k{i}" for i in range(count * 3)}
    manifest = cache.Manifest("fp", stories, pages, {"css": "a.css"}, [("g", {"zh-Hans": "通用"})])
    whole = {
        "format": cache.FORMAT,
        "fingerprint": "fp",
        "stories": [cache._record(r) for _, r in sorted(stories.items())],
        "pages": pages,
        "assets": {"css": "a.css"},
        "personas": [["g", {"zh-Hans": "通用"}]],
        "search": {},
        "token": "",
    }
    text = json.dumps(whole, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    assert manifest.dumps() == text
    assert count < cache._BATCH or len(list(manifest.chunks())) > 12  # really in pieces
    manifest.write(tmp_path / "m.json")
    assert (tmp_path / "m.json").read_text("utf-8") == text
