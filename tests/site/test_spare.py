"""The spare tree (``summarizer/site/spare.py``): incremental builds start from
the previous site instead of linking every file, and stay byte-identical to
full builds, leave the site they replace intact, and distrust a spare that
is not the live site's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sitefake import FakeEngine
from test_site import tree, write_seed

from summarizer.site import handover, spare
from summarizer.site.build import build_site
from summarizer.site.cache import cache_dir


def _build(seeds: Path, out: Path, **kw: bool) -> object:
    return build_site(seeds, out, 1, engine=FakeEngine(), **kw)


def _full(seeds: Path, tmp_path: Path) -> dict[str, bytes]:
    ref = tmp_path / "ref"
    _build(seeds, ref, force=True)
    return tree(ref)


def _spare_tree(out: Path) -> dict[str, bytes]:
    return {k: v for k, v in tree(spare.spare_dir(out)).items() if k != spare.NOTE}


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    d = tmp_path / "seeds"
    d.mkdir()
    for n in range(1, 30):
        write_seed(d, n)
    return d


def test_builds_from_the_spare_equal_full_builds_and_keep_the_old_site_intact(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    _build(seeds, out)
    _build(seeds, out)  # nothing changed: the first spare
    linked: list[Path] = []
    real = handover.link_tree
    monkeypatch.setattr(handover, "link_tree", lambda *a: linked.append(a[0]) or real(*a))
    steps = [
        lambda: write_seed(seeds, 7, quote="新的引文"),  # an edit
        lambda: write_seed(seeds, 40, day=28),  # a new story, newest
        lambda: (seeds / "s003.yaml").unlink(),  # a removed one
        lambda: write_seed(seeds, 7, quote="收入5.34亿元"),  # edited back
    ]
    for step in steps:
        before = tree(out)
        step()
        _build(seeds, out)
        assert tree(out) == _full(seeds, tmp_path)
        # the old site, kept as the spare, is what was live: nothing written in place
        assert _spare_tree(out) == before
    assert out not in linked  # every one of them started from the spare
    assert not (out / "en/stories/story-3").exists()  # no directory left by a removed story


def test_a_spare_of_another_site_is_deleted_not_used(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    _build(seeds, out)
    _build(seeds, out)
    note = spare.spare_dir(out) / spare.NOTE
    data = json.loads(note.read_text("utf-8"))
    note.write_text(json.dumps({**data, "live": "0" * 16}), "utf-8")
    planted = spare.spare_dir(out) / "en" / "planted.html"
    planted.write_text("not the site", "utf-8")
    write_seed(seeds, 5, quote="又一个引文")
    _build(seeds, out)
    assert not (out / "en" / "planted.html").exists()
    assert tree(out) == _full(seeds, tmp_path)
    assert spare.NOTE not in tree(out)


def test_a_full_build_replaces_the_spare_with_one_of_the_new_site(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    _build(seeds, out)  # the first build: a full one, which links its spare
    assert _spare_tree(out) == {k: v for k, v in tree(out).items() if k != handover.MARKER}
    _build(seeds, out)
    old_spare = _spare_tree(out)
    handover.remove(cache_dir(out))  # no cache: the next build is a full one
    write_seed(seeds, 9, quote="全量")
    _build(seeds, out)
    assert tree(out) == _full(seeds, tmp_path)
    new_spare = _spare_tree(out)
    assert new_spare != old_spare
    assert new_spare == {k: v for k, v in tree(out).items() if k != handover.MARKER}
    # so the first edit after a full build starts from it, linking nothing whole
    linked: list[Path] = []
    real = handover.link_tree
    monkeypatch.setattr(handover, "link_tree", lambda *a: linked.append(a[0]) or real(*a))
    write_seed(seeds, 9, quote="增量")
    _build(seeds, out)
    assert out not in linked
    assert tree(out) == _full(seeds, tmp_path)
    beside = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith("-site"))
    assert beside == [".site-cache-site", ".site-lock-site", ".site-spare-site"]


def test_a_full_build_whose_spare_cannot_be_linked_still_succeeds(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*args: object, **kw: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(handover, "link_tree", full_disk)
    out = tmp_path / "site"
    _build(seeds, out)
    assert tree(out) == _full(seeds, tmp_path)
    beside = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith("-site"))
    assert beside == [".site-cache-site", ".site-lock-site"]  # no spare, no staging tree


def test_a_spare_that_cannot_be_kept_does_not_fail_the_build(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    _build(seeds, out)

    def refuse(*args: object, **kw: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(spare, "keep", refuse)
    write_seed(seeds, 4, quote="磁盘已满")
    _build(seeds, out)
    assert tree(out) == _full(seeds, tmp_path)
    beside = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith("-site"))
    assert beside == [".site-cache-site", ".site-lock-site"]  # no spare, no staging tree
