"""Patching the live search index for changed stories (``search_patch``):
the same bytes as building the whole index, and a full build where the
patch cannot give them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sitefake import FakeEngine, count_calls

from summarizer.site import search as sitesearch
from summarizer.site.build import build_site
from summarizer.site.search_index import SearchDoc, build_index
from summarizer.site.search_patch import patch_index


def _docs(n: int) -> list[SearchDoc]:
    return [
        SearchDoc(
            f"s{i}",
            f"标题{i} Title {i} 佣金",
            f"d{i}",
            f"导语{i % 7}。Lede about fees {i % 5}.",
            [("", f"要点{i % 3}。"), ("seller", f"卖家{i % 4}可以调价 point {i}")],
        )
        for i in range(n)
    ]


def _live(
    tmp_path: Path, docs: list[SearchDoc], shard_bytes: int
) -> tuple[Path, dict[str, Any], int]:
    index = build_index(docs, shard_bytes)
    folder = tmp_path / "search"
    folder.mkdir()
    for name, text in index.files.items():
        (folder / name).write_text(text, "utf-8")
    return folder, index.meta, index.size


@pytest.mark.parametrize(
    ("number", "title"),
    [(0, "全新标题 brand new words"), (17, "标题17 Title 17 佣金"), (29, "")],
)
def test_a_patched_index_is_the_rebuilt_index_byte_for_byte(
    tmp_path: Path, number: int, title: str
) -> None:
    docs = _docs(30)
    folder, meta, size = _live(tmp_path, docs, 600)
    assert len(meta["shards"]) > 1  # the test means something only with several shards
    new = SearchDoc(docs[number].id, title, "changed", "另一段导语。", [("", "新要点。")])
    changed = [*docs[:number], new, *docs[number + 1 :]]
    patched = patch_index(folder, meta, size, [(number, docs[number], new)], 600)
    full = build_index(changed, 600)
    assert patched is not None
    assert patched.meta == full.meta and patched.size == full.size
    assert set(patched.files) <= set(full.files)
    assert all(full.files[name] == text for name, text in patched.files.items())
    # every file the patched meta names is new or was already live
    unchanged = set(full.files) - set(patched.files)
    assert all((folder / name).read_text("utf-8") == full.files[name] for name in unchanged)
    assert len(patched.files) < len(full.files)


def test_a_change_of_shard_count_or_a_missing_file_means_a_full_index(tmp_path: Path) -> None:
    docs = _docs(12)
    folder, meta, size = _live(tmp_path, docs, 2_000)
    huge = SearchDoc("s0", " ".join(f"word{i}x" for i in range(400)), "d", "", [])
    assert len(build_index([huge, *docs[1:]], 2_000).meta["shards"]) != len(meta["shards"])
    assert patch_index(folder, meta, size, [(0, docs[0], huge)], 2_000) is None
    small = SearchDoc("s0", "别的标题", "d", "", [])
    for path in folder.glob("t*.js"):
        path.unlink()
    assert patch_index(folder, meta, size, [(0, docs[0], small)], 2_000) is None


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(12):
        (seeds / f"s{n:02d}.yaml").write_text(
            f"id: s{n:02d}\npublished: 2026-01-{1 + n:02d}\n"
            f'title: {{zh: 标题{n}关税, en: "Tariff title {n}"}}\n'
            "lede: {zh: 导语。, en: Lede.}\n"
            f'facts:\n  - {{id: f1, value: "{n}%", quote: "引文{n}", facet: cost}}\n',
            "utf-8",
        )
    return seeds


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_an_edited_story_patches_the_index_an_added_one_rebuilds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, out = _seeds(tmp_path), tmp_path / "site"
    build_site(seeds, out, 1, engine=FakeEngine())
    built = count_calls(monkeypatch, sitesearch, "spill_index")
    path = seeds / "s05.yaml"
    path.write_text(path.read_text("utf-8").replace("关税", "佣金"), "utf-8")
    report = build_site(seeds, out, 1, engine=FakeEngine())
    assert built == [] and not report.full  # patched, in every language
    written = [p for p in report.pages_written if "/search/" in p]
    assert 0 < len(written) < len([p for p in _files(out) if "/search/" in p])
    full = tmp_path / "full"
    build_site(seeds, full, 1, engine=FakeEngine())
    assert _files(out) == _files(full)
    (seeds / "s99.yaml").write_text(
        path.read_text("utf-8").replace("id: s05", "id: s99"), "utf-8"
    )  # a new story renumbers the documents: the whole index again
    built.clear()
    build_site(seeds, out, 1, engine=FakeEngine())
    assert len(built) == 3
    build_site(seeds, full, 1, engine=FakeEngine(), force=True)
    assert _files(out) == _files(full)


@pytest.mark.parametrize("seed", range(6))
def test_a_shard_patched_as_text_is_the_shard_dumped_again(seed: int) -> None:
    """``patch_shard`` edits the JSON text of the edited tokens alone: the
    text and size change must be those of parsing, editing and dumping the
    whole shard, for new tokens (first, middle, last key), removed ones
    (first, last, only key) and changed weights."""
    import json
    import random

    from summarizer.site.search_index import shard_text
    from summarizer.site.search_patch import _edit, patch_shard

    rng = random.Random(seed)
    words = ["a", "b1", "fee", "fees", "佣金", "调价", "z9", "卖家", "m", "0"]
    for _ in range(40):
        part = {
            w: sorted(rng.sample(range(40), rng.randint(1, 4)))
            for w in rng.sample(words, rng.randint(0, 4))
        }
        part = {w: [x for n in docs for x in (n, rng.randint(1, 9))] for w, docs in part.items()}
        edits = [
            (rng.choice(words), rng.randrange(40), rng.choice([0, 0, 1, 5]))
            for _ in range(rng.randint(1, 4))
        ]
        expected = json.loads(shard_text(part))
        change = sum(_edit(expected, t, n, w) for t, n, w in edits)
        assert patch_shard(shard_text(part), edits) == (shard_text(expected), change)
