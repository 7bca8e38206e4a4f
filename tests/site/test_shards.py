"""Sharded builds (summarizer/site/shards.py): shards built apart and merged
give the site one build gives, byte for byte, its build cache included."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitefake import FakeEngine
from test_site import tree, write_seed

from summarizer.cli import main
from summarizer.errors import BuildError
from summarizer.site.build import build_site
from summarizer.site.cache import cache_dir
from summarizer.site.shards import merge_shards, parse_shard, shard_of

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    d = tmp_path / "seeds"
    d.mkdir()
    for n in range(1, 26):  # more than a digest page (20), so pagination is merged too
        write_seed(d, n)
    return d


def site_and_cache(out: Path) -> tuple[dict[str, bytes], dict[str, bytes]]:
    return tree(out), tree(cache_dir(out))


def shard_build(seeds: Path, base: Path, n: int, **kw: object) -> list[Path]:
    parts = [base / f"part-{k}" for k in range(1, n + 1)]
    for k, part in enumerate(parts, 1):
        build_site(seeds, part, 1, engine=FakeEngine(), shard=(k, n), **kw)  # type: ignore[arg-type]
    return parts


def test_two_shards_merged_are_byte_identical_to_one_build(seeds: Path, tmp_path: Path) -> None:
    build_site(seeds, tmp_path / "one", 2, engine=FakeEngine())  # type: ignore[arg-type]
    parts = shard_build(seeds, tmp_path, 2)
    sizes = [len(list((p / "en" / "stories").glob("*.html"))) for p in parts]
    assert sum(sizes) == 25 and min(sizes) > 0  # both shards did work
    assert not (parts[0] / "en" / "index.html").exists()  # no listings in a shard
    before = [tree(p) for p in parts]
    report = merge_shards(parts, tmp_path / "merged", 2, engine=FakeEngine())  # type: ignore[arg-type]
    assert report.stories == 25 and not report.rendered
    assert site_and_cache(tmp_path / "merged") == site_and_cache(tmp_path / "one")
    assert [tree(p) for p in parts] == before  # pages are linked, never changed in place


def test_the_real_seeds_through_the_cli_with_a_base_url(tmp_path: Path) -> None:
    """The real pipeline: related stories, tag pages, sitemap, search, embeds."""
    if not any(SEEDS_DIR.glob("*.yaml")):
        pytest.skip("no seeds in seeds/")
    url = ["--base-url", "https://x.example/", "-j", "1"]
    one, merged = tmp_path / "one", tmp_path / "merged"
    assert main(["build", str(SEEDS_DIR), "-o", str(one), *url]) == 0
    for k in (1, 2):
        args = ["build", str(SEEDS_DIR), "--shard", f"{k}/2", "-o", str(tmp_path / f"p{k}")]
        assert main([*args, *url]) == 0
    parts = [str(tmp_path / "p1"), str(tmp_path / "p2")]
    assert main(["build", "--merge", *parts, "-o", str(merged), *url]) == 0
    assert (merged / "sitemap.xml").exists()
    assert site_and_cache(merged) == site_and_cache(one)


def test_a_changed_story_rebuilds_one_shard_then_merges_identically(
    seeds: Path, tmp_path: Path
) -> None:
    parts = shard_build(seeds, tmp_path, 3)
    changed = write_seed(seeds, 7, quote="收入9.99亿元")
    k = shard_of(changed.name, 3)
    report = build_site(seeds, parts[k - 1], 1, engine=FakeEngine(), shard=(k, 3))  # type: ignore[arg-type]
    assert report.rendered == ["story-7"] and not report.full
    merge_shards(parts, tmp_path / "merged", 1, engine=FakeEngine())  # type: ignore[arg-type]
    build_site(seeds, tmp_path / "one", 1, engine=FakeEngine())  # type: ignore[arg-type]
    assert site_and_cache(tmp_path / "merged") == site_and_cache(tmp_path / "one")
    assert "9.99" in (tmp_path / "merged" / "en" / "stories" / "story-7.html").read_text("utf-8")


def test_a_missing_or_stale_shard_is_refused(seeds: Path, tmp_path: Path) -> None:
    parts = shard_build(seeds, tmp_path, 3)
    merged = tmp_path / "merged"
    with pytest.raises(BuildError, match=r"missing \[2\]"):
        merge_shards([parts[0], parts[2]], merged, engine=FakeEngine())  # type: ignore[arg-type]
    with pytest.raises(BuildError, match="given twice \\[1\\]"):
        merge_shards([*parts, parts[0]], merged, engine=FakeEngine())  # type: ignore[arg-type]
    with pytest.raises(BuildError, match="other templates"):  # built by another engine version
        merge_shards(parts, merged, engine=FakeEngine(version="2"))  # type: ignore[arg-type]
    with pytest.raises(BuildError, match="other templates"):  # shards had no base URL
        merge_shards(parts, merged, engine=FakeEngine(), base_url="https://x.example/")  # type: ignore[arg-type]
    with pytest.raises(BuildError, match="not the output of"):
        merge_shards([*parts, seeds], merged, engine=FakeEngine())  # type: ignore[arg-type]
    assert not merged.exists()


def test_one_story_id_in_two_shards_is_refused(seeds: Path, tmp_path: Path) -> None:
    names = {shard_of(p.name, 2): p for p in sorted(seeds.glob("*.yaml"))}
    write_seed(seeds, int(names[2].stem[1:]), sid="story-" + names[1].stem[1:].lstrip("0"))
    parts = shard_build(seeds, tmp_path, 2)
    with pytest.raises(BuildError, match="is also used by"):
        merge_shards(parts, tmp_path / "merged", engine=FakeEngine())  # type: ignore[arg-type]


def test_merge_without_a_stories_folder_in_a_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In a site whose config names no stories, --merge still needs none;
    giving both is refused in one line."""
    (tmp_path / "summarizer.toml").write_text("[site]\ntitle = 'x'\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--merge", "nowhere", "-o", "out"]) == 2
    err = capsys.readouterr().err
    assert "not the output of" in err and "which stories" not in err
    assert main(["build", "seeds", "--merge", "nowhere", "-o", "out"]) == 2
    assert "not a STORIES_DIR" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["0/2", "3/2", "2", "a/b", "1/0", "-1/2", "", "1/99999"])
def test_bad_shard_specs(text: str) -> None:
    with pytest.raises(BuildError):
        parse_shard(text)


def test_shards_cover_every_file_once() -> None:
    names = [f"story-{i}.yaml" for i in range(2000)]
    for n in (1, 2, 7):
        counts = [0] * n
        for name in names:
            counts[shard_of(name, n) - 1] += 1
        assert sum(counts) == 2000 and min(counts) > 2000 / n / 2
