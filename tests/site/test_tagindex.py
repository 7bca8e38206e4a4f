"""The archive grouped by tag once (``tagindex``), and what an edit ranks again."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from summarizer.site import related as rel
from summarizer.site.pages import StoryRecord, newest_first
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
        assert fast.chrono(tag) == sorted_.chrono(tag) == sorted(
            (r for r in stories if tag in r.tags), key=CHRONO
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
