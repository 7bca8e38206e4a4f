"""Patching the live search index for changed and added stories
(``search_patch``): the same bytes as building the whole index, and a full
build where the patch cannot give them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sitefake import FakeEngine, count_calls

from summarizer.site import search as sitesearch
from summarizer.site.build import build_site
from summarizer.site.entrycache import EntryCache
from summarizer.site.search_index import (
    CHUNK,
    Index,
    SearchDoc,
    build_index,
    doc_weights,
    file_count,
    index_names,
    name_changes,
    segments,
    unwrap,
)
from summarizer.site.search_patch import Patched, patch_index


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
    assert len(_shards(meta)) > 1  # the test means something only with several shards
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


def _huge(sid: str) -> SearchDoc:
    """A document with 400 tokens of its own: enough to change the shard count."""
    return SearchDoc(sid, " ".join(f"word{i}x" for i in range(400)), "d", "", [])


def _shards(meta: dict[str, Any]) -> list[str | None]:
    """The shards of an index of one segment."""
    [segment] = meta["segments"]
    shards: list[str | None] = segment["shards"]
    return shards


def test_a_change_of_shard_count_rebuilds_the_segment_a_missing_file_means_a_full_index(
    tmp_path: Path,
) -> None:
    docs = _docs(12)
    folder, meta, size = _live(tmp_path, docs, 2_000)
    huge = _huge("s0")
    full = build_index([huge, *docs[1:]], 2_000)
    assert len(_shards(full.meta)) != len(_shards(meta))
    # the segment is built again from its documents, if the patch is given them
    assert patch_index(folder, meta, size, [(0, docs[0], huge)], 2_000) is None
    patched = patch_index(
        folder, meta, size, [(0, docs[0], huge)], 2_000, docs=lambda a, b: [huge, *docs[1:]][a:b]
    )
    _assert_is_full(folder, patched, full)
    small = SearchDoc("s0", "别的标题", "d", "", [])
    for path in folder.glob("t*.js"):
        path.unlink()
    assert patch_index(folder, meta, size, [(0, docs[0], small)], 2_000) is None


def _assert_is_full(folder: Path, patched: Patched | None, full: Index) -> None:
    """The patched index, its new files over the live ones, is ``full`` byte for byte."""
    assert patched is not None
    assert patched.meta == full.meta and patched.size == full.size
    assert sorted(index_names(patched.meta)) == sorted(full.files)
    for name, text in full.files.items():
        assert patched.files.get(name) or (folder / name).read_text("utf-8") == text, name
    assert all(full.files.get(name) == text for name, text in patched.files.items())


def _given(docs: list[SearchDoc]) -> Any:
    """The ``docs`` callback of ``patch_index`` over the live documents, as they now are."""

    def live(start: int, stop: int) -> list[SearchDoc]:
        assert 0 <= start < stop <= len(docs)
        return docs[start:stop]

    return live


def _added(docs: list[SearchDoc], start: int) -> list[SearchDoc]:
    """``docs`` from ``start`` on, each with a word no live document has."""
    return [
        SearchDoc(d.id, f"{d.title} zebra{n}", d.date, d.lede, d.points)
        for n, d in enumerate(docs[start:], start)
    ]


@pytest.mark.parametrize(
    ("live_n", "added", "edited", "shard_bytes"),
    [
        (12, 1, None, 600),  # the last chunk was full: a new chunk
        (13, 1, None, 600),  # the last chunk was partial: it grows
        (13, 6, None, 700),  # the partial chunk filled, a new full one, a new partial one
        (12, 4, None, 600),  # exactly one new full chunk
        (29, 3, 5, 900),  # an edit in an old chunk, adds in the last
        (30, 2, 29, 900),  # the edited story's chunk is the one that grows
        (15, 1, 14, 600),  # an edit of the newest live story, in the chunk that grows
        (0, 3, None, 10**6),  # the first stories of an empty index
    ],
)
def test_appended_stories_patch_to_the_rebuilt_index_byte_for_byte(
    tmp_path: Path, live_n: int, added: int, edited: int | None, shard_bytes: int
) -> None:
    docs = _docs(live_n)
    docs += _added(_docs(live_n + added), live_n)
    folder, meta, size = _live(tmp_path, docs[:live_n], shard_bytes)
    changes = []
    new_docs = list(docs)
    if edited is not None:
        new = SearchDoc(docs[edited].id, "全新标题 brand new words", "x", "另一段导语。", [])
        changes = [(edited, docs[edited], new)]
        new_docs[edited] = new
    full = build_index(new_docs, shard_bytes)
    if live_n:  # no shard-count boundary; several shards where there are enough stories
        assert len(_shards(full.meta)) == len(_shards(meta))
        assert live_n < 12 or len(_shards(meta)) > 1
    if live_n % CHUNK:  # the partial last chunk is extended: a new name
        last = len(meta["chunks"]) - 1
        assert full.meta["chunks"][last] != meta["chunks"][last]
    # the added stories bring tokens the live index does not have
    live_tokens = {t for d in docs[:live_n] for t in doc_weights(d)}
    assert any(t not in live_tokens for d in docs[live_n:] for t in doc_weights(d))
    patched = patch_index(folder, meta, size, changes, shard_bytes, added=docs[live_n:])
    _assert_is_full(folder, patched, full)
    assert patched is not None and patched.meta["n"] == live_n + added
    if live_n >= 12:  # a few files rewritten, not the index
        assert len(patched.files) < len(full.files)


def test_appended_postings_go_at_the_end_of_each_list(tmp_path: Path) -> None:
    """The added story is the newest: the largest number, last in each of its lists."""
    docs = _docs(9)
    folder, meta, size = _live(tmp_path, docs[:8], 600)
    patched = patch_index(folder, meta, size, [], 600, added=docs[8:])
    assert patched is not None
    postings: dict[str, list[int]] = {}
    for name, text in patched.files.items():  # the shards of its tokens, rewritten
        if name.startswith("t"):
            postings.update(unwrap(text))
    weights = doc_weights(docs[8])
    for token, weight in weights.items():
        assert postings[token][-2:] == [8, weight]
    assert "佣金" in weights and len(postings["佣金"]) == 18  # every story's, in order
    assert postings["佣金"][0::2] == list(range(9))


def test_an_add_across_a_shard_count_boundary_or_over_a_wrong_index_means_a_full_index(
    tmp_path: Path,
) -> None:
    docs = _docs(12)
    folder, meta, size = _live(tmp_path, docs, 2_000)
    huge = _huge("s12")
    full = build_index([*docs, huge], 2_000)
    assert len(_shards(full.meta)) != len(_shards(meta))
    assert patch_index(folder, meta, size, [], 2_000, added=[huge]) is None  # no docs given
    patched = patch_index(folder, meta, size, [], 2_000, added=[huge], docs=_given(docs))
    _assert_is_full(folder, patched, full)  # the tail segment built again
    small = _docs(13)[12:]
    assert patch_index(folder, meta, size, [], 2_000, added=small) is not None
    # a meta whose n does not match its chunks, an edit of a story not in the
    # live index (an added one), a last chunk shorter than n says: rebuild
    assert patch_index(folder, {**meta, "n": 11}, size, [], 2_000, added=small) is None
    assert patch_index(folder, {**meta, "n": 13}, size, [], 2_000, added=small) is None
    edit = (12, small[0], small[0])
    assert patch_index(folder, meta, size, [edit], 2_000, added=small) is None
    (tmp_path / "odd").mkdir()
    live = _live(tmp_path / "odd", docs[:10], 2_000)
    short = {**live[1], "n": 11, "chunks": live[1]["chunks"]}
    assert patch_index(live[0], short, live[2], [], 2_000, added=small) is None
    for path in live[0].glob("d*.js"):
        path.unlink()  # the last chunk, to be extended, is gone
    assert patch_index(live[0], live[1], live[2], [], 2_000, added=docs[10:]) is None


def test_the_site_index_patched_for_an_added_and_an_edited_story_is_the_rebuilt_one(
    tmp_path: Path,
) -> None:
    """``search_plans``' patch (``_patched_plans``) given ``LiveIndex.added``:
    newest-first positions made document numbers, the added stories appended;
    its plans and meta are the files and meta a full build of the new stories
    serves, and it replaces exactly the live files the full index no longer has."""
    from types import SimpleNamespace

    from summarizer.site import cache as sitecache
    from summarizer.site.search import LiveIndex, _patched_plans, index_folder, read_index
    from summarizer.site.storyrecord import newest_first

    seeds, out, full = _seeds(tmp_path), tmp_path / "site", tmp_path / "full"
    build_site(seeds, out, 1, engine=FakeEngine())
    path = seeds / "s05.yaml"
    path.write_text(path.read_text("utf-8").replace("关税", "佣金"), "utf-8")
    for n, word in ((12, "新品"), (13, "新规")):  # two new stories, the newest
        text = (seeds / "s11.yaml").read_text("utf-8").replace("关税", word)
        text = text.replace("s11", f"s{n}").replace("-12", f"-{n + 1}")
        (seeds / f"s{n}.yaml").write_text(text, "utf-8")
    build_site(seeds, full, 1, engine=FakeEngine())
    old = sitecache.load_manifest(out)
    new = sitecache.load_manifest(full)
    assert old is not None and new is not None
    ordered = newest_first(list(new.stories.values()))
    assert [r.id for r in ordered[:2]] == ["s13", "s12"] and len(ordered) == 14
    i = next(i for i, r in enumerate(ordered) if r.id == "s05")
    changed = [(i, old.stories[ordered[i].key], ordered[i])]
    entries = EntryCache([sitecache.live_entries(full)])
    live = LiveIndex(
        out,
        old.pages,
        old.search or {},
        changed,
        EntryCache([sitecache.live_entries(out)]),
        added=ordered[:2],
    )
    planner: Any = SimpleNamespace(personas=old.personas, entries=entries)
    for lang in ("zh-Hans", "en"):
        patched = _patched_plans(planner, lang, ordered, live)
        assert patched is not None
        plans, meta, size, replaced = patched
        served = read_index(full, lang)
        assert meta == {k: served.meta[k] for k in ("n", "segments", "chunks", "chunk")}
        assert size == (new.search or {})[lang]
        folder = index_folder(lang)
        assert {p.rel: p.render() for p in plans} == {
            f"{folder}/{name}": text
            for name, text in served.files.items()
            if not (out / folder / name).exists()
        }
        gone = {f"{folder}/{p.name}" for p in (out / folder).iterdir()}
        gone -= {f"{folder}/{name}" for name in served.files}
        assert sorted(replaced) == sorted(gone) and replaced
    # a live index these stories do not extend (the wrong stories said to be added)
    wrong = LiveIndex(out, old.pages, old.search or {}, [], live.old_entries, ordered[1:3])
    assert _patched_plans(planner, "en", ordered, wrong) is None
    entries.close()
    live.old_entries.close()


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


def test_an_edited_or_added_story_gives_the_rebuilt_site(
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
    text = path.read_text("utf-8").replace("id: s05", "id: s99")
    (seeds / "s99.yaml").write_text(text.replace("2026-01-06", "2026-02-01"), "utf-8")
    built.clear()  # a story newer than the others: its documents are appended
    build_site(seeds, out, 1, engine=FakeEngine())
    assert built == []  # patched, in every language
    (seeds / "s98.yaml").write_text(text.replace("id: s99", "id: s98"), "utf-8")
    build_site(seeds, out, 1, engine=FakeEngine())  # dated as s05: it moves newer documents
    assert len(built) == 3  # every language's index built whole
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

    from summarizer.site.search_index import posting_size, shard_text
    from summarizer.site.search_shard import _edit, patch_shard

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
        # then documents 40 on appended (newer than any): at the end of their lists
        appended: dict[str, list[int]] = {}
        for n in range(40, 40 + rng.randint(1, 3)):
            for w in rng.sample(words, rng.randint(1, 4)):
                appended.setdefault(w, []).extend((n, rng.randint(1, 9)))
        for token, flat in appended.items():
            before = posting_size(token, expected.get(token, []))
            expected[token] = expected.get(token, []) + flat
            change += posting_size(token, expected[token]) - before
        patched = patch_shard(shard_text(part), edits, appended)
        assert patched == (shard_text(expected), change)


# -- segments ---------------------------------------------------------------------------------


def test_segments_are_a_binary_counter_of_blocks() -> None:
    assert segments(50_000) == [
        (0, 32768),
        (32768, 16384),
        (49152, 512),
        (49664, 256),
        (49920, 80),
    ]
    assert segments(0) == []
    assert segments(255) == [(0, 255)]
    assert segments(256) == [(0, 256)]
    assert segments(257) == [(0, 256), (256, 1)]
    assert segments(512) == [(0, 512)]
    assert segments(768) == [(0, 512), (512, 256)]
    assert segments(7, block=2) == [(0, 4), (4, 2), (6, 1)]


def _random_docs(count: int) -> list[SearchDoc]:
    import random

    rng = random.Random(count)
    hanzi = "佣金费率亚马逊平台卖家上调下调服装包裹关税补贴销售门槛定价"
    words = ["fee", "seller", "amazon", "tiktok", "cut", "rate", "ai", "shop"]

    def text() -> str:
        zh = "".join(rng.choice(hanzi) for _ in range(rng.randint(0, 8)))
        return f"{zh} {' '.join(rng.sample(words, rng.randint(0, 3)))} w{rng.randint(0, 60)}"

    return [SearchDoc(f"s{n}", text(), "d", text(), [("", text())]) for n in range(count)]


BLOCK_4 = 4  # a small block: the tests cross block boundaries and carries quickly


@pytest.mark.parametrize("added", [1, 2, 5, 9])
def test_appends_across_blocks_and_carries_patch_to_the_rebuilt_index(
    tmp_path: Path, added: int
) -> None:
    """For every live size up to 40 (blocks of 4: tails, completed blocks and
    carries up to a segment of 32), the live index patched with ``added`` new
    documents, and an edit in an old segment and in the tail, is the index
    built whole, byte for byte."""
    docs = _random_docs(50)
    for live_n in range(41):
        folder = tmp_path / f"{live_n}"
        folder.mkdir()
        old = build_index(docs[:live_n], 150, BLOCK_4)
        for name, text in old.files.items():
            (folder / name).write_text(text, "utf-8")
        new_docs = docs[: live_n + added]
        patched = patch_index(
            folder, old.meta, old.size, [], 150, new_docs[live_n:], _given(new_docs), BLOCK_4
        )
        full = build_index(new_docs, 150, BLOCK_4)
        _assert_is_full(folder, patched, full)
        if live_n < 6:
            continue
        # edits: in the oldest segment and the newest live document (in the tail or not)
        edited = list(new_docs)
        changes = []
        for n in (1, live_n - 1):
            new = SearchDoc(docs[n].id, f"改过 edited{n}", "x", "另一段导语。", [])
            changes.append((n, docs[n], new))
            edited[n] = new
        patched = patch_index(
            folder, old.meta, old.size, changes, 150, edited[live_n:], _given(edited), BLOCK_4
        )
        _assert_is_full(folder, patched, build_index(edited, 150, BLOCK_4))
    assert len(build_index(docs[:40], 150, BLOCK_4).meta["segments"]) == 2  # 32 + 8


def test_an_append_within_the_tail_rewrites_only_the_tail_shards_and_the_last_chunk(
    tmp_path: Path,
) -> None:
    docs = _random_docs(41)
    old = build_index(docs[:38], 300, BLOCK_4)  # segments 32, 4 and a tail of 2
    assert [(s["start"], s["n"]) for s in old.meta["segments"]] == [(0, 32), (32, 4), (36, 2)]
    assert all(len(s["shards"]) > 1 for s in old.meta["segments"][:2])
    folder = tmp_path / "live"
    folder.mkdir()
    for name, text in old.files.items():
        (folder / name).write_text(text, "utf-8")
    patched = patch_index(folder, old.meta, old.size, [], 300, docs[38:39], None, BLOCK_4)
    assert patched is not None  # no segment to build again: the live documents not needed
    tail = {n for n in index_names(old.meta) if n.startswith("t36_")}
    last = index_names(old.meta)[-1]
    replaced = set(index_names(old.meta)) - set(index_names(patched.meta))
    assert replaced <= tail | {last} and last in replaced and replaced & tail
    assert all(n.startswith("t36_") or n.startswith("d9.") for n in patched.files)
    _assert_is_full(folder, patched, build_index(docs[:39], 300, BLOCK_4))
    # an edit in the oldest segment rewrites its shards, not the others'
    new = SearchDoc("s3", "全新标题", "x", "", [])
    patched = patch_index(folder, old.meta, old.size, [(3, docs[3], new)], 300, (), None, BLOCK_4)
    assert patched is not None
    assert all(n.startswith("t0_") or n.startswith("d0.") for n in patched.files)
    _assert_is_full(folder, patched, build_index([*docs[:3], new, *docs[4:38]], 300, BLOCK_4))


@pytest.mark.parametrize(
    ("before", "after", "edit"),
    [(30, 30, 3), (30, 31, None), (30, 33, 29), (63, 64, None), (64, 70, 0), (5, 40, None)],
)
def test_name_changes_are_the_difference_of_every_name(
    before: int, after: int, edit: int | None
) -> None:
    """An edit's plans come from where two metas' hashes differ, not from
    listing every name of both (75,000 chunk names a language at 50,000
    stories): the same files, whatever changed."""
    docs = _docs(after)
    if edit is not None:
        docs[edit] = SearchDoc("x", "全新标题", "d", "", [])
    old = build_index(_docs(before), 600, block=8)
    new = build_index(docs, 600, block=8)
    made, gone = name_changes(old.meta, new.meta)
    assert made == sorted(set(index_names(new.meta)) - set(index_names(old.meta)))
    assert gone == sorted(set(index_names(old.meta)) - set(index_names(new.meta)))
    assert file_count(old.meta) == len(index_names(old.meta)) == len(old.files)
