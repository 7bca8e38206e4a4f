"""A build told which seed files changed (``--changed``, ``serve``'s watcher)
looks at those alone and builds what a build that looks at all of them does."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sitefake import FakeEngine, count_calls

from summarizer.cli import main
from summarizer.errors import BuildError
from summarizer.site import build as sitebuild
from summarizer.site import cache as sitecache
from summarizer.site import manifest as manifests
from summarizer.site import state
from summarizer.site.build import build_site
from summarizer.site.seeds import seed_hint


def _seed(n: int, word: str = "关税") -> str:
    return (
        f"id: s{n:02d}\npublished: 2026-01-{1 + n:02d}\n"
        f'title: {{zh: 标题{n}{word}, en: "Tariff title {n}"}}\n'
        "lede: {zh: 导语。, en: Lede.}\n"
        f'facts:\n  - {{id: f1, value: "{n}%", quote: "引文{n}", facet: cost}}\n'
    )


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(8):
        (seeds / f"s{n:02d}.yaml").write_text(_seed(n), "utf-8")
    return seeds


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


class Counting(FakeEngine):
    """Counts the times the seeds folder is listed."""

    listed = 0

    def story_names(self, seeds_dir: Path) -> list[str]:
        Counting.listed += 1
        return super().story_names(seeds_dir)


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_a_hinted_build_is_the_full_build(tmp_path: Path, change: str) -> None:
    seeds, out, full = _seeds(tmp_path), tmp_path / "site", tmp_path / "full"
    build_site(seeds, out, 1, engine=FakeEngine())
    path = seeds / ("s09.yaml" if change == "add" else "s03.yaml")
    if change == "remove":
        path.unlink()
    else:
        path.write_text(_seed(9 if change == "add" else 3, "佣金"), "utf-8")
    Counting.listed = 0
    report = build_site(seeds, out, 1, engine=Counting(), changed=[path])
    assert Counting.listed == 0 and not report.full
    assert report.rendered == ([] if change == "remove" else [path.stem])
    assert report.stories == (7 if change == "remove" else 9 if change == "add" else 8)
    build_site(seeds, full, 1, engine=FakeEngine())
    assert _files(out) == _files(full)


def test_files_not_named_are_not_looked_at(tmp_path: Path) -> None:
    """The contract: what the hint leaves out is taken as the last build left it."""
    seeds, out = _seeds(tmp_path), tmp_path / "site"
    build_site(seeds, out, 1, engine=FakeEngine())
    (seeds / "s01.yaml").write_text(_seed(1, "佣金"), "utf-8")
    (seeds / "s02.yaml").write_text(_seed(2, "佣金"), "utf-8")
    report = build_site(seeds, out, 1, engine=FakeEngine(), changed=[seeds / "s02.yaml"])
    assert report.rendered == ["s02"]
    report = build_site(seeds, out, 1, engine=FakeEngine())  # no hint: every stat compared
    assert report.rendered == ["s01"]


def test_a_full_build_ignores_the_hint(tmp_path: Path) -> None:
    seeds, out = _seeds(tmp_path), tmp_path / "site"
    report = build_site(seeds, out, 1, engine=FakeEngine(), changed=[])
    assert report.full and len(report.rendered) == 8
    report = build_site(seeds, out, 1, engine=FakeEngine(), changed=[], force=True)
    assert report.full and len(report.rendered) == 8


@pytest.mark.parametrize("name", ["../elsewhere.yaml", "notes.txt", "sub/s01.yaml"])
def test_a_hint_that_is_not_a_seed_file_is_an_error_and_changes_nothing(
    tmp_path: Path, name: str
) -> None:
    seeds, out = _seeds(tmp_path), tmp_path / "site"
    build_site(seeds, out, 1, engine=FakeEngine())
    before = _files(out)
    with pytest.raises(BuildError) as caught:
        build_site(seeds, out, 1, engine=FakeEngine(), changed=[seeds / name])
    span, message = caught.value.problems[0]
    assert span is not None and span.file == str(seeds / name)
    assert "not a facts file of" in message
    assert _files(out) == before


def test_the_cli_takes_changed_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    names = sorted(p.name for p in seeds.glob("*.yaml"))[:2]
    if len(names) < 2:
        pytest.skip("no seeds in seeds/")
    copy = tmp_path / "seeds"
    copy.mkdir()
    for name in names:
        (copy / name).write_bytes((seeds / name).read_bytes())
    out = tmp_path / "site"
    assert main(["build", str(copy), "-o", str(out), "-j", "1"]) == 0
    edited = copy / names[0]
    edited.write_text(edited.read_text("utf-8") + "\n# edited\n", "utf-8")
    capsys.readouterr()
    assert main(["build", str(copy), "-o", str(out), "-j", "1", "--changed", str(edited)]) == 0
    assert "2 stories, 1 rendered" in capsys.readouterr().err
    assert main(["build", str(copy), "-o", str(out), "--changed", str(tmp_path / "x.yaml")]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'x.yaml'}:1:1" in err and "not a facts file of" in err
    assert main(["build", str(copy), "--shard", "1/2", "--changed", str(edited)]) == 2
    assert "--changed is for a whole-site build" in capsys.readouterr().err


def test_a_watcher_hints_facts_files_of_the_folder_only(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    is_name = FakeEngine().is_story_name
    swap, story = str(seeds / ".s01.yaml.swp"), str(seeds / "s01.yaml")
    assert seed_hint([story, swap], seeds, is_name) == [story]
    assert seed_hint([story, str(tmp_path / "glossary.yaml")], seeds, is_name) is None
    assert seed_hint([str(seeds / "sub" / "s02.yaml")], seeds, is_name) is None


def test_build_site_passes_the_hint_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    monkeypatch.setattr(sitebuild, "_build", lambda *args: seen.append(args[-1]) or None)
    build_site(tmp_path / "seeds", tmp_path / "site", 1, engine=FakeEngine(), changed=["a"])
    assert seen == [["a"]]


def _manifest_fields(m: manifests.Manifest) -> tuple[object, ...]:
    return (m.fingerprint, m.token, m.stories, m.assets, m.personas, m.search, m.sums)


@pytest.mark.parametrize("second", ["full", "edit"])
def test_the_state_held_for_the_next_build_is_the_one_on_disk(tmp_path: Path, second: str) -> None:
    seeds, out = _seeds(tmp_path), tmp_path / "site"
    build_site(seeds, out, 1, engine=FakeEngine())
    if second == "edit":
        (seeds / "s04.yaml").write_text(_seed(4, "佣金"), "utf-8")
        build_site(seeds, out, 1, engine=FakeEngine())
    held = sitecache.load_manifest(out)  # what the build held
    assert held is not None and sitecache.load_manifest(out) is not held  # taken once
    manifests._HELD.clear()
    disk = sitecache.load_manifest(out)
    assert disk is not None and _manifest_fields(held) == _manifest_fields(disk)
    assert dict(held.pages.items()) == dict(disk.pages.items())


def test_a_state_changed_by_another_process_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, out = _seeds(tmp_path), tmp_path / "site"
    build_site(seeds, out, 1, engine=FakeEngine())
    reads = count_calls(monkeypatch, state, "read_packed")
    (seeds / "s04.yaml").write_text(_seed(4, "佣金"), "utf-8")
    build_site(seeds, out, 1, engine=FakeEngine(), changed=[seeds / "s04.yaml"])
    assert reads == []  # the state this process committed, held
    path = sitecache.cache_dir(out) / state.STATE
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1))  # as another build would
    (seeds / "s05.yaml").write_text(_seed(5, "佣金"), "utf-8")
    report = build_site(seeds, out, 1, engine=FakeEngine())
    assert reads == [1] and report.rendered == ["s05"] and not report.full


def test_an_index_the_state_does_not_record_as_it_is_is_built_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit patches the live search index only if the state lists its
    files as they are (counted, not read); else the whole index is built."""
    import sqlite3

    from summarizer.site import search as sitesearch

    seeds, out, full = _seeds(tmp_path), tmp_path / "site", tmp_path / "full"
    build_site(seeds, out, 1, engine=FakeEngine())
    path = sitecache.cache_dir(out) / state.STATE
    with sqlite3.connect(path) as conn:
        rel = conn.execute("SELECT rel FROM pages WHERE rel LIKE 'en/search/%' LIMIT 1").fetchone()
        conn.execute("DELETE FROM pages WHERE rel = ?", rel)
    conn.close()
    built = count_calls(monkeypatch, sitesearch, "spill_index")
    (seeds / "s04.yaml").write_text(_seed(4, "佣金"), "utf-8")
    report = build_site(seeds, out, 1, engine=FakeEngine(), changed=[seeds / "s04.yaml"])
    assert not report.full and built == [1]  # en only: the others were patched
    build_site(seeds, full, 1, engine=FakeEngine())
    mine, theirs = _files(out), _files(full)
    # the marker's token sums the state's rows, one of which was deleted by hand
    assert mine.pop(".summarizer-site") != theirs.pop(".summarizer-site")
    assert mine == theirs


def test_an_edit_of_many_stories_is_the_full_build(tmp_path: Path) -> None:
    """More edited stories than ``edit._FEW`` are placed in one pass."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(40):
        (seeds / f"s{n:02d}.yaml").write_text(_seed(n % 28), "utf-8")
        text = (seeds / f"s{n:02d}.yaml").read_text("utf-8")
        (seeds / f"s{n:02d}.yaml").write_text(text.replace(f"id: s{n % 28:02d}", f"id: s{n:02d}"))
    out, full = tmp_path / "site", tmp_path / "full"
    build_site(seeds, out, 1, engine=FakeEngine())
    for n in range(40):
        path = seeds / f"s{n:02d}.yaml"
        path.write_text(path.read_text("utf-8").replace("关税", "佣金"), "utf-8")
    report = build_site(seeds, out, 1, engine=FakeEngine())
    assert not report.full and len(report.rendered) == 40
    build_site(seeds, full, 1, engine=FakeEngine())
    assert _files(out) == _files(full)
