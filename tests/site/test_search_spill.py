"""The search index built through run files on disk (``search_spill``) is the
in-memory ``build_index``'s, byte for byte, however the postings are split
into runs and the tokens into shards."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from summarizer.site.pageplan import quick_hash
from summarizer.site.search_index import BLOCK, SearchDoc, build_index
from summarizer.site.search_rank import search
from summarizer.site.search_spill import spill_index

_HANZI = "佣金费率亚马逊平台卖家上调下调服装包裹关税补贴销售门槛定价"
_WORDS = ["fee", "fees", "seller", "amazon", "tiktok", "the", "cut", "rate", "2025", "ai"]


def _docs(count: int, seed: int = 7) -> list[SearchDoc]:
    rng = random.Random(seed)

    def text() -> str:
        zh = "".join(rng.choice(_HANZI) for _ in range(rng.randint(0, 12)))
        en = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 5)))
        return f"{zh}，{en} {rng.randint(0, 999)}。"

    return [
        SearchDoc(
            f"story-{n}",
            text(),
            f"2025年{n % 12 + 1}月",
            text(),
            [("", text()), ("seller", text())][: rng.randint(0, 2)],
        )
        for n in range(count)
    ]


def _spilled(
    docs: list[SearchDoc],
    folder: Path,
    shard_bytes: int,
    batch: int,
    fan_in: int = 128,
    block: int = BLOCK,
) -> dict[str, str]:
    index = spill_index(iter(docs), folder, shard_bytes, batch, fan_in, len(docs), block)
    assert [p.name for p in folder.iterdir()] == ["index"]  # the runs are gone
    files = {name: index.text(name) for name in index.keys}
    assert index.keys == {name: quick_hash(text) for name, text in files.items()}
    expected = build_index(docs, shard_bytes, block)
    assert index.meta == expected.meta
    assert index.size == expected.size
    return files


@pytest.mark.parametrize(
    ("count", "shard_bytes", "batch"),
    [(0, 1_000, 10), (1, 1_000, 10), (37, 300, 15), (250, 200, 40), (250, 1_000_000, 10**6)],
)
def test_spilled_index_is_build_index_byte_for_byte(
    tmp_path: Path, count: int, shard_bytes: int, batch: int
) -> None:
    docs = _docs(count)
    files = _spilled(docs, tmp_path / "index", shard_bytes, batch)
    assert files == build_index(docs, shard_bytes).files


@pytest.mark.parametrize("fan_in", [2, 3, 7])
def test_runs_merged_in_groups_give_the_same_index(tmp_path: Path, fan_in: int) -> None:
    # 250 stories in batches of 10 postings: ~100 runs, merged 2, 3 or 7 at
    # a time over several levels before the last merge
    docs = _docs(250)
    files = _spilled(docs, tmp_path / "index", 200, 10, fan_in)
    assert files == build_index(docs, 200).files


def test_many_runs_many_shards_and_a_search_through_them(tmp_path: Path) -> None:
    docs = _docs(400, seed=3)
    files = _spilled(docs, tmp_path / "index", 100, 20)  # dozens of runs, 512 shards
    index = build_index(docs, 100)
    assert [len(s["shards"]) for s in index.meta["segments"]] == [512, 512]  # 256 + 144
    assert files == index.files
    assert search(index, "佣金")[0]  # the shards hold real postings


@pytest.mark.parametrize(("count", "block"), [(250, 8), (37, 4), (64, 16), (5, 8)])
def test_a_spilled_index_of_several_segments_is_build_index(
    tmp_path: Path, count: int, block: int
) -> None:
    docs = _docs(count)
    files = _spilled(docs, tmp_path / "index", 300, 15, 128, block)
    index = build_index(docs, 300, block)
    assert files == index.files
    assert len(index.meta["segments"]) == bin(count // block).count("1") + (count % block > 0)
    # the documents must be as many as said
    with pytest.raises(ValueError):
        spill_index(iter(docs), tmp_path / "short", 300, count=count + 1, block=block)
    with pytest.raises(ValueError):
        spill_index(iter(docs), tmp_path / "long", 300, count=count - 1, block=block)
