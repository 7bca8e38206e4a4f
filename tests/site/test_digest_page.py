"""A digest page's weeks and groups are made once per language and shared by
its personas (``GroupMemo``), with the same result as made for each."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.site import digest_page
from summarizer.site.digest_page import GroupMemo, week_groups
from summarizer.site.storyrecord import StoryRecord


def _record(n: int, day: str) -> StoryRecord:
    return StoryRecord(f"k{n}", f"h{n}", f"s{n}", day, 0, 0)


def _entries(r: StoryRecord) -> dict[str, dict[str, Any]]:
    company = "acme" if r.id in {"s1", "s2"} else r.id
    entry = {
        "title": f"Title {r.id}",
        "outlet": "Outlet",
        "lede": f"Lead of {r.id}, said last year.",
        "points": {p: [("Label", f"{p} point of {r.id}")] for p in ("general", "seller")},
        "subjects": [[company, 1, company.title()]],
    }
    return {"en": entry}


def test_personas_share_the_grouping_and_get_what_each_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    records = [_record(1, "2026-01-14"), _record(2, "2026-01-13"), _record(3, "2026-01-02")]
    alone = {p: week_groups(records, _entries, "en", p, "general") for p in ("general", "seller")}
    made: list[int] = []
    real = digest_page._groups

    def counted(*args: Any) -> Any:
        made.append(1)
        return real(*args)

    monkeypatch.setattr(digest_page, "_groups", counted)
    memo = GroupMemo()
    for persona in ("general", "seller"):
        assert week_groups(records, _entries, "en", persona, "general", memo) == alone[persona]
    assert len(made) == 2  # two weeks, grouped once for both personas
    assert alone["seller"][0]["groups"][0]["count"]  # s1 and s2: one group of two
    # another page is grouped on its own; the memo keeps only a few pages
    for n in range(GroupMemo.DEPTH + 1):
        week_groups([_record(10 + n, "2026-01-14")], _entries, "en", "general", "general", memo)
    assert len(made) == 2 + GroupMemo.DEPTH + 1
    week_groups(records, _entries, "en", "seller", "general", memo)
    assert len(made) == 2 + GroupMemo.DEPTH + 1 + 2  # the first page was dropped: made again
