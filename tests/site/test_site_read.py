"""Step 1 of a build (``site/seeds.py``, ``cache.load_manifest``): which seed
files changed, told by a stat per file, with only the changed ones read and
hashed, and the previous build's records loaded from the state."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sitefake import FakeEngine
from test_site import tree, write_seed

from summarizer.errors import BuildError
from summarizer.facts.load import story_names
from summarizer.site import seeds as siteseeds
from summarizer.site import state
from summarizer.site.build import build_site
from summarizer.site.cache import cache_dir, load_manifest


def _build(seeds: Path, out: Path, **kw: bool) -> list[str]:
    return build_site(seeds, out, 1, engine=FakeEngine(), **kw).rendered


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the seed files the build reads to hash them."""
    names: list[str] = []
    real = siteseeds.read_bounded

    def spy(path: str | Path, *args: int) -> bytes:
        names.append(os.path.basename(path))
        return real(path, *args)

    monkeypatch.setattr(siteseeds, "read_bounded", spy)
    return names


def test_only_seeds_whose_stat_changed_are_read(tmp_path: Path, read: list[str]) -> None:
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    seeds.mkdir()
    paths = [write_seed(seeds, n) for n in range(1, 6)]
    _build(seeds, out)
    assert sorted(read) == [p.name for p in paths]  # a first build hashes them all
    read.clear()
    assert _build(seeds, out) == [] and read == []  # nothing changed: nothing read
    write_seed(seeds, 2, quote="收入6.12亿元")  # an edit: read, hashed and rendered
    st = paths[3].stat()
    os.utime(paths[3], ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # touched only
    assert _build(seeds, out) == ["story-2"]
    assert sorted(read) == ["s002.yaml", "s004.yaml"]  # the touched one hashed, not rendered
    manifest = load_manifest(out)
    assert manifest is not None
    assert manifest.stories["s004.yaml"].mtime_ns == st.st_mtime_ns + 10**9
    read.clear()
    assert _build(seeds, out) == [] and read == []  # its new stat was kept
    full = tmp_path / "full"
    _build(seeds, full)
    assert tree(full) == tree(out)


def test_a_seed_that_cannot_be_read_is_one_error_on_its_path(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_seed(seeds, 1)
    os.mkfifo(seeds / "s002.yaml")  # would hang a plain read
    names = ["s001.yaml", "s002.yaml"]
    with pytest.raises(BuildError) as info:
        siteseeds.read_seeds(seeds, names, {})
    (where, message), *_ = info.value.problems
    assert where is not None and where.file == str(seeds / "s002.yaml")
    assert "regular file" in message
    with pytest.raises(BuildError) as gone:
        siteseeds.read_seeds(seeds, ["s003.yaml"], {})
    (where, message), *_ = gone.value.problems
    assert where is not None and where.file == str(seeds / "s003.yaml")
    assert message.startswith("cannot read")


def test_story_names_are_the_yaml_files_in_name_order(tmp_path: Path) -> None:
    for name in ("b.yaml", "a.yml", ".yaml", ".hidden.yaml", "c.YAML", "notes.txt"):
        (tmp_path / name).write_text("", "utf-8")
    (tmp_path / "dir.yaml").mkdir()
    assert story_names(tmp_path) == [".hidden.yaml", "a.yml", "b.yaml"]


def test_records_share_their_tags_and_bad_tags_mean_a_full_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    seeds.mkdir()
    for n in range(1, 5):
        write_seed(seeds, n)
    _build(seeds, out)
    conn = sqlite3.connect(cache_dir(out) / state.STATE)
    shared, other = '["co:a","topic:b"]', '["co:c"]'
    with conn:  # (the rows only: load_manifest checks the token, not the rows)
        conn.execute("DELETE FROM packed")  # no packed records: the rows are read
        conn.execute("UPDATE stories SET tags=? WHERE key IN ('s001.yaml', 's003.yaml')", (shared,))
        conn.execute("UPDATE stories SET tags=? WHERE key='s002.yaml'", (other,))
    manifest = load_manifest(out)
    assert manifest is not None
    records = manifest.stories
    assert records["s001.yaml"].tags == ("co:a", "topic:b") and records["s004.yaml"].tags == ()
    assert records["s001.yaml"].tags is records["s003.yaml"].tags
    assert records["s002.yaml"].tags == ("co:c",)
    with conn:
        conn.execute("UPDATE stories SET tags=? WHERE key='s002.yaml'", ('"co:x"',))
    conn.close()
    assert load_manifest(out) is None
    assert "unreadable build state" in caplog.text
