"""The archive grouped by tag once (``tagindex``), and what an edit ranks again."""

from __future__ import annotations

import marshal
import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from summarizer.site import related as rel
from summarizer.site.cache import GROUPS, cache_dir
from summarizer.site.storyrecord import StoryRecord, newest_first
from summarizer.site.tagindex import CHRONO, TagIndex

TAGS = [*(f"company/c{n}" for n in range(6)), "topic/cost", "topic/policy", "event/e", "metric/m"]


def archive(count: int, seed: int) -> list[StoryRecord]:
    """Stories on few days (many ties), each with 1-5 tags, in no useful order."""
    rng = random.Random(seed)
    start = date(2026, 1, 1)
    out = [
        StoryRecord(
            f"k{n}",
            f"h{n}",
            f"s{rng.randrange(10**6):06d}-{n}",
            (start + timedelta(days=rng.randrange(12))).isoformat(),
            0,
            0,
            tuple(rng.sample(TAGS, rng.randint(1, 5))),
            f"card{n}",
        )
        for n in range(count)
    ]
    rng.shuffle(out)
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_tag_lists_its_stories_in_both_orders(seed: int) -> None:
    stories = archive(300, seed)
    ordered = newest_first(stories)
    for given in (ordered, stories):  # newest first (the fast path) or any order
        index = TagIndex(given)
        for tag in TAGS:
            mine = [r for r in ordered if tag in r.tags]
            assert index.newest(tag) == mine  # newest first, ties by id
            assert index.chrono(tag) == sorted(mine, key=CHRONO)
        assert list(index.page_tags()) == sorted(t for t in TAGS if t.startswith(("co", "to")))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_from_newest_groups_as_a_sort_does_with_shared_tag_tuples(seed: int) -> None:
    """``from_newest`` (runs of one date reversed, no sort) lists every tag as
    ``TagIndex`` (sorted) does, also when records share one tags tuple (as a
    loaded state's records do) and a tuple names a tag twice."""
    rng = random.Random(seed)
    shared = [tuple(rng.sample(TAGS, rng.randint(1, 5))) for _ in range(6)]
    shared.append(("topic/cost", "event/e", "topic/cost"))
    stories = [r._replace(tags=rng.choice(shared)) for r in archive(300, seed)]
    ordered = newest_first(stories)
    fast, sorted_ = TagIndex.from_newest(ordered), TagIndex(stories)
    assert list(fast.page_tags()) == list(sorted_.page_tags())
    for tag in TAGS:
        if tag not in sorted_:
            assert tag not in fast
            continue
        assert (
            fast.chrono(tag)
            == sorted_.chrono(tag)
            == sorted((r for r in stories if tag in r.tags), key=CHRONO)
        )
        assert fast.newest(tag) == [r for r in ordered if tag in r.tags]
    assert len(fast.chrono("topic/cost")) == len({r.id for r in stories if "topic/cost" in r.tags})


def test_a_tag_named_twice_lists_the_story_once() -> None:
    twice = StoryRecord("k", "h", "a", "2026-01-02", 0, 0, ("topic/cost", "topic/cost"), "c")
    other = StoryRecord("k2", "h", "b", "2026-01-01", 0, 0, ("topic/cost",), "c")
    for index in (TagIndex([twice, other]), TagIndex.from_newest([twice, other])):
        assert index.newest("topic/cost") == [twice, other]
        assert "topic/cost" in index and "topic/pricing" not in index


@pytest.mark.parametrize("seed", [4, 5, 6, 7])
def test_an_edit_reranks_every_story_that_shows_it_and_few_others(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``neighbours`` keeps only the stories for which the edited one scores
    enough to be shown: every story whose block lists it must be among them
    (else its page would keep the old title), and they rank as in a full build."""
    monkeypatch.setattr(rel, "WINDOW", 16)  # windows smaller than the tags' lists
    stories = archive(400, seed)
    index = TagIndex(newest_first(stories))
    full = rel.related(stories, index)
    pruned_some = False
    for edited in random.Random(seed).sample(stories, 25):
        near = rel.neighbours([edited], index)
        shows = {sid for sid, items in full.items() if edited in items}
        assert shows | {edited.id} <= near.keys()
        windows = {
            o.id
            for tag in edited.tags
            for o in index.chrono(tag)[
                max(0, index.chrono(tag).index(edited) - 8) : index.chrono(tag).index(edited) + 9
            ]
        }
        assert near.keys() <= windows
        pruned_some |= len(near) < len(windows)
        again = rel.related(near.values(), index)
        assert {sid: again[sid] for sid in again} == {sid: full[sid] for sid in again}
    assert pruned_some  # the score bound leaves out stories that cannot show it


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_packed_groups_read_back_as_grouped(seed: int) -> None:
    ordered = newest_first(archive(300, seed))
    index = TagIndex.from_newest(ordered)
    back = TagIndex.from_packed(ordered, index.pack())
    assert back is not None
    assert list(back.page_tags()) == list(index.page_tags())
    for tag in TAGS:
        assert (tag in back) == (tag in index)
        if tag in index:
            assert back.chrono(tag) == index.chrono(tag)
            assert back.newest(tag) == [r for r in ordered if tag in r.tags]


def test_packed_groups_of_other_stories_or_damaged_are_refused() -> None:
    ordered = newest_first(archive(300, 1))
    blob = TagIndex.from_newest(ordered).pack()
    assert TagIndex.from_packed(ordered, blob) is not None
    assert TagIndex.from_packed(ordered[1:], blob) is None  # a story fewer
    assert TagIndex.from_packed([ordered[1], ordered[0], *ordered[2:]], blob) is None
    assert TagIndex.from_packed(ordered, blob[:-5]) is None  # cut short
    assert TagIndex.from_packed(ordered, b"") is None
    fmt, n, ends, places = marshal.loads(blob)
    assert TagIndex.from_packed(ordered, marshal.dumps((fmt + 1, n, ends, places))) is None
    assert TagIndex.from_packed(ordered, marshal.dumps((fmt, n, ends, [1, 2]))) is None
    wrong = {**places, "topic/cost": (10**6).to_bytes(4, "little")}  # past the last story
    assert TagIndex.from_packed(ordered, marshal.dumps((fmt, n, ends, wrong))) is None


def test_an_edit_reads_the_groups_the_build_before_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit moves no story, so it groups nothing: it reads the groups that
    the last build which added, removed or re-dated a story saved in the
    state, and still builds the bytes of a full build; a state without them
    (or with groups of other stories) makes it group the archive again."""
    from sitefake import FakeEngine
    from test_site import tree, write_seed

    from summarizer.site.build import build_site

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(1, 12):
        write_seed(seeds, n)
    out = tmp_path / "site"

    def build(target: Path, **kw: bool) -> None:
        build_site(seeds, target, 1, engine=FakeEngine(), **kw)

    def full() -> dict[str, bytes]:
        build(tmp_path / "ref", force=True)
        return tree(tmp_path / "ref")

    grouped: list[int] = []
    real = TagIndex.from_newest.__func__  # type: ignore[attr-defined]

    def counted(cls: type[TagIndex], ordered: list[StoryRecord]) -> TagIndex:
        grouped.append(len(ordered))
        return real(cls, ordered)  # type: ignore[no-any-return]

    monkeypatch.setattr(TagIndex, "from_newest", classmethod(counted))
    build(out)
    assert not (cache_dir(out) / GROUPS).exists()  # saved in the state, the file gone
    write_seed(seeds, 12, day=28)  # newer than all: added to the groups read back
    build(out)
    assert grouped == [11]
    assert tree(out) == full()
    grouped.clear()
    write_seed(seeds, 13, day=2)  # backdated: the places after it move, grouped again
    build(out)
    assert grouped == [13]
    write_seed(seeds, 5, quote="新的引文")  # an edit: read back
    build(out)
    assert grouped == [13]
    assert tree(out) == full()
    grouped.clear()
    with sqlite3.connect(cache_dir(out) / "state.sqlite") as conn:
        conn.execute("DELETE FROM groups")
    conn.close()
    write_seed(seeds, 5, quote="又改了")
    build(out)
    assert grouped == [13]  # none saved: grouped, and saved again
    write_seed(seeds, 6, quote="再改一次")
    build(out)
    assert grouped == [13]
    assert tree(out) == full()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_window_is_the_slice_of_the_tag_list_made_or_not(seed: int) -> None:
    """``around`` finds a story's window by places, without making the tag's
    list, as a binary search in the list made finds it; a story not in the
    tag (an added one's place) too."""
    stories = archive(300, seed)
    ordered = newest_first(stories)
    lists = TagIndex.from_newest(ordered)
    places = TagIndex.from_newest(ordered)
    for tag in TAGS:
        if tag not in lists:
            continue
        rs = lists.chrono(tag)  # made: ``around`` slices it
        for r in random.Random(seed).sample(stories, 40):
            i = sum(1 for o in rs if CHRONO(o) < CHRONO(r))
            for reach in (0, 3, 30):
                want = (rs[max(0, i - reach) : i + reach + 1], i, len(rs))
                assert lists.around(tag, r, reach) == want
                assert places.around(tag, r, reach) == want  # from the places alone
    assert not places._lists  # no list was made


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stories_newer_than_all_are_added_to_the_groups_read_back(seed: int) -> None:
    stories = archive(300, seed)
    ordered = newest_first(stories)
    last = date.fromisoformat(ordered[0].published)
    new = [
        StoryRecord(f"n{k}", "h", f"new-{k}", (last + timedelta(days=k)).isoformat(), 0, 0, tags)
        for k, tags in enumerate([("topic/cost",), ("topic/new", "topic/cost", "topic/new")], 1)
    ]
    grown = newest_first([*stories, *new])
    blob = TagIndex.from_newest(ordered).pack()
    back = TagIndex.from_packed(grown, blob, added=2)
    fresh = TagIndex.from_newest(grown)
    assert back is not None
    assert back.pack() == fresh.pack()
    assert list(back.page_tags()) == list(fresh.page_tags())
    for tag in [*TAGS, "topic/new"]:
        if tag in fresh:
            assert back.chrono(tag) == fresh.chrono(tag)
            assert (back.count(tag), back.latest(tag)) == (
                len(fresh.chrono(tag)),
                fresh.newest(tag)[0],
            )
    assert back.count("topic/new") == 1  # named twice, listed once
    assert TagIndex.from_packed(grown, blob, added=1) is None  # not the saved stories
