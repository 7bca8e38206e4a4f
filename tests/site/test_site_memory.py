"""The build's memory stays a page's worth: entries read back from files
through a bounded cache, and unchanged files linked into staging."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from summarizer.site import handover
from summarizer.site.entrycache import EntryCache
from summarizer.site.storyrecord import StoryRecord


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


def test_entry_cache_scan_reads_through_without_pushing_out_recent(tmp_path: Path) -> None:
    live = tmp_path / "live"
    for sid in "abcd":
        _write(live, sid, f"old {sid}")
    cache = EntryCache([live], size=2)
    cache(_record("a"))
    cache(_record("b"))
    # a pass over every story (the search index) reads c and d once each ...
    assert cache.scan(_record("c"))["en"]["title"] == "old c"
    assert cache.scan(_record("d"))["en"]["title"] == "old d"
    assert list(cache._recent) == ["a", "b"]  # ... and keeps the recent ones
    (live / "a.json").unlink()
    assert cache.scan(_record("a"))["en"]["title"] == "old a"  # a kept one is not re-read
    with pytest.raises(KeyError):
        cache.scan(_record("missing"))


def test_titles_are_kept_apart_from_the_entries_and_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Related-stories blocks name stories near in time, out of the order the
    pages are written in: titles come from a cache of their own (more stories,
    titles alone), not from re-reading whole entry files."""
    for n in range(40):
        _write(tmp_path, f"s{n}", f"title {n}")
    cache = EntryCache([tmp_path], size=4, titles=64)
    loads: list[str] = []
    real = cache._load
    monkeypatch.setattr(cache, "_load", lambda sid: loads.append(sid) or real(sid))
    asked = set()
    for page in range(40):  # each page names the stories 9 and 18 before and after it
        for n in (page - 18, page - 9, page + 9, page + 18):
            if 0 <= n < 40:
                assert cache.title(_record(f"s{n}"), "en") == f"title {n}"
                asked.add(f"s{n}")
    assert sorted(loads) == sorted(asked)  # each entry file read once, however often named
    assert not cache._recent  # the entries themselves are not kept
    small = EntryCache([tmp_path], titles=3)
    for n in (0, 1, 2, 3):
        small.title(_record(f"s{n}"), "en")
    assert list(small._titles) == ["s1", "s2", "s3"]  # bounded: the least recently used went


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


def test_a_process_that_rebuilds_again_and_again_does_not_grow(tmp_path: Path) -> None:
    """``serve`` rebuilds in one process: what a rebuild loaded (the facts
    and their YAML trees) must go when it is done. Indexes kept per story
    and per mapping held up to 256 stories' trees (~5,000 objects each, one
    more every rebuild), and ``settle`` gives back what the build froze."""
    import gc
    import shutil

    from summarizer.site.build import build_site, settle

    seeds = tmp_path / "seeds"
    shutil.copytree(Path(__file__).resolve().parents[2] / "seeds", seeds)
    out = tmp_path / "site"
    gc.unfreeze()  # what an earlier test froze goes back to the collector
    build_site(seeds, out, 1)
    victim = max(seeds.glob("*.yaml"), key=lambda p: (p.stat().st_size, p.name))  # the most facts
    counts = []
    for n in range(16):
        with victim.open("a", encoding="utf-8") as f:
            f.write(f"# edit {n}\n")  # new bytes: the story is rendered again
        report = build_site(seeds, out, 1, changed=[victim])
        assert len(report.rendered) == 1
        settle()  # what serve does while it waits for the next change
        assert gc.get_freeze_count() == 0
        counts.append(len(gc.get_objects()))
    # bounded caches fill and clear in cycles: compare the peaks of two halves
    assert max(counts[8:]) - max(counts[:8]) < 4_000, counts


def test_the_digest_text_caches_go_once_the_digest_pages_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The related blocks and the search index come after the digest pages
    and use none of their texts: the two caches (4,096 texts each) are let
    go rather than held to the build's end, where its memory peaks."""
    import shutil

    from summarizer.digest import said
    from summarizer.site import digest_page
    from summarizer.site.build import build_site

    held: list[tuple[int, int]] = []
    forget = digest_page.forget

    def noted() -> None:
        held.append((digest_page._resolved.cache_info().currsize, said._keyed.cache_info().currsize))
        forget()

    monkeypatch.setattr(digest_page, "forget", noted)
    seeds = tmp_path / "seeds"
    shutil.copytree(Path(__file__).resolve().parents[2] / "seeds", seeds)
    build_site(seeds, tmp_path / "site", 1)
    assert len(held) == 1 and min(held[0]) > 0  # the digest pages were made with them
    assert digest_page._resolved.cache_info().currsize == 0
    assert said._keyed.cache_info().currsize == 0
