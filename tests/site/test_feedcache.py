"""Feed entries kept in the build cache: an edit makes only the changed
story's entries again, and a cache that cannot be used changes nothing but
the time taken."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_site import build, tree, write_seed

from summarizer.site import feeds, urls
from summarizer.site.cache import cache_dir
from summarizer.site.feedcache import FEEDS, FeedMemo


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    d = tmp_path / "seeds"
    d.mkdir()
    for n in range(1, 56):  # more than a feed shows (FEED_SIZE)
        write_seed(d, n, day=1 + n % 28)
    return d


def _count_entries(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    made: list[str] = []
    real = feeds.content_html

    def counted(e: dict[str, object], persona: str, lang: str, published: str) -> str:
        made.append(str(e["title"]))
        return real(e, persona, lang, published)  # type: ignore[arg-type]

    monkeypatch.setattr(feeds, "content_html", counted)
    return made


def _feeds(out: Path) -> dict[str, bytes]:
    return {rel: data for rel, data in tree(out).items() if "/feeds/" in rel}


def test_an_edit_makes_only_the_changed_storys_entries(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    build(seeds, out)  # a full build: its entries go with its new cache
    feed_count = len(_feeds(out))
    assert (cache_dir(out) / FEEDS).is_file() and feed_count > 0
    made = _count_entries(monkeypatch)
    write_seed(seeds, 54, quote="新的引文", day=1 + 54 % 28)
    build(seeds, out)
    assert len(made) == feed_count  # one entry per feed: story 54's
    assert all("54" in title for title in made)
    # the same bytes as a full build that kept nothing
    build(seeds, tmp_path / "full")
    assert _feeds(out) == _feeds(tmp_path / "full")
    assert tree(out) == tree(tmp_path / "full")


@pytest.mark.parametrize("damage", ["truncated", "wrong shape", "not a file"])
def test_a_cache_that_cannot_be_used_changes_nothing(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    build(seeds, tmp_path / "want")
    out = tmp_path / "site"
    build(seeds, out)
    f = cache_dir(out) / FEEDS
    if damage == "truncated":
        f.write_bytes(f.read_bytes()[:100])
    elif damage == "wrong shape":
        assert '"feeds": {' in f.read_text("utf-8")
        f.write_text(f.read_text("utf-8").replace('"feeds": {', '"feeds": {"x": [], '), "utf-8")
    elif damage == "not a file":  # neither read nor written
        f.unlink()
        f.mkdir()
    made = _count_entries(monkeypatch)
    build(seeds, out, force=True)
    assert len(made) == len(_feeds(out)) * urls.FEED_SIZE  # every entry made again
    assert tree(out) == tree(tmp_path / "want")


def test_only_what_the_feeds_show_is_kept(tmp_path: Path) -> None:
    path = tmp_path / FEEDS
    memo = FeedMemo(path, path, "f" * 64, "")
    assert memo.entries("a.xml", ["1", "2"], lambda i: f"<{i}>") == ["<0>", "<1>"]
    memo.entries("b.xml", ["1"], lambda i: "<b>")
    memo.save(["a.xml", "b.xml"])
    made: list[int] = []

    def make(i: int) -> str:
        made.append(i)
        return f"[{i}]"

    again = FeedMemo(path, path, "f" * 64, "")
    assert again.entries("a.xml", ["3", "1"], make) == ["[0]", "<0>"]
    assert made == [0]
    again.save(["a.xml", "b.xml"])  # b.xml not rendered this time: its entries stay
    text = memo.path.read_text("utf-8")
    assert '"a.xml": {"3": "[0]", "1": "<0>"}' in text and '"b.xml": {"1": "<b>"}' in text
    FeedMemo(path, path, "f" * 64, "").save(["a.xml"])  # a feed gone: dropped
    assert "b.xml" not in memo.path.read_text("utf-8")
    memo.path.write_text(memo.path.read_text("utf-8") + " ", "utf-8")  # marks this version
    FeedMemo(path, path, "f" * 64, "").save(["a.xml"])
    assert memo.path.read_text("utf-8").endswith(" ")  # nothing new: not rewritten
    other = FeedMemo(path, path, "e" * 64, "")  # another fingerprint: nothing kept
    assert other.entries("a.xml", ["3"], make) == ["[0]"] and made == [0, 0]
