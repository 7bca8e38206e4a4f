"""Stories added to a built site: the listings plan only the pages an addition
can change (``paging``, ``delta``), the search index is patched when the new
stories are the newest, and the site is the bytes of a full build."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from sitefake import FakeEngine, fake, spy_listings

from summarizer.site import search, urls
from summarizer.site.build import build_site


def build(seeds: Path, out: Path) -> Any:
    return build_site(seeds, out, 1, engine=FakeEngine())


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def archive(count: int, seeds: Path) -> None:
    """``count`` stories on days 1-27, every one about cost, every other about pricing."""
    for n in range(count):
        fake(seeds, f"s{n:03d}", 1 + n % 27, ["cost", "pricing"] if n % 2 else ["cost"])


ADDITIONS = {
    # name: (stories before, [(id, day, facets)])
    "newest": (45, [("s900", 28, ["cost"])]),
    "same day, a later id": (45, [("s900", 27, ["cost", "pricing"])]),
    "same day, an earlier id": (45, [("s000a", 27, ["cost"])]),
    "backdated": (45, [("s900", 2, ["cost", "pricing"])]),
    "a page fills": (59, [("s900", 28, ["cost"])]),
    "several, one with a new tag": (
        45,
        [("s900", 28, ["cost"]), ("s901", 28, ["margin", "cost"]), ("s902", 5, ["pricing"])],
    ),
}


@pytest.mark.parametrize("name", list(ADDITIONS))
def test_added_stories_give_the_bytes_of_a_full_build(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, added = ADDITIONS[name]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    archive(before, seeds)
    out = tmp_path / "site"
    build(seeds, out)
    seen = spy_listings(monkeypatch)
    for sid, day, facets in added:
        fake(seeds, sid, day, facets)
    build(seeds, out)
    (listed,) = seen
    assert listed.gone is not None  # planned as an incremental build, not every page
    monkeypatch.undo()
    build(seeds, tmp_path / "full")
    assert tree(out) == tree(tmp_path / "full")


def test_a_new_story_rewrites_only_the_front_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The usual addition: a story newer than the others changes the front
    page of each digest and of its tags, and patches the search index; no
    archive page is written and no index is built whole."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    archive(65, seeds)  # digests: 2 archive pages, tag "cost" too
    out = tmp_path / "site"
    build(seeds, out)
    whole: list[str] = []
    real = search.spill_index

    def spy(docs: Any, folder: Path) -> Any:
        whole.append(folder.name)
        return real(docs, folder)

    monkeypatch.setattr(search, "spill_index", spy)
    fake(seeds, "s900", 28, ["cost"])
    written = set(build(seeds, out).pages_written)
    assert whole == []  # patched, not rebuilt
    archived = re.compile(r"/(digest|topics|companies)/.+/\d+\.html$")
    assert not [rel for rel in written if archived.search(rel)]
    assert urls.digest("en", "seller") in written and urls.topic("en", "cost") in written
    assert urls.topic("en", "pricing") not in written  # not one of its tags
    front = (out / urls.digest("en", "general")).read_text("utf-8")
    assert front.index("Title s900") < front.index("Title s053")  # day 27, the newest before


def test_a_filled_front_page_makes_an_archive_page(tmp_path: Path) -> None:
    """59 stories: the front page holds the newest 39; the 60th moves the
    oldest 20 of them to page 2, whose 'newer' link is the front page, and
    page 1's 'newer' link becomes page 2."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    archive(59, seeds)
    out = tmp_path / "site"
    build(seeds, out)
    assert not (out / urls.digest("en", "general", 2)).exists()
    fake(seeds, "s900", 28, ["cost"])
    written = set(build(seeds, out).pages_written)
    assert urls.digest("en", "general", 2) in written
    assert urls.digest("en", "general", 1) in written  # its link to newer stories
    page2 = (out / urls.digest("en", "general", 2)).read_text("utf-8")
    assert 'rel="prev" href="../../../en/digest/general/index.html"' in page2
    assert 'rel="next" href="../../../en/digest/general/1.html"' in page2
    page1 = (out / urls.digest("en", "general", 1)).read_text("utf-8")
    assert 'rel="prev" href="../../../en/digest/general/2.html"' in page1


def test_an_added_story_updates_the_sitemap_as_a_full_build(tmp_path: Path) -> None:
    """With a base URL the sitemap lists every page: an addition's lists the
    pages it did not plan as the live build did, and the new story's."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    archive(45, seeds)
    out, full = tmp_path / "site", tmp_path / "full"
    base = "https://news.example/"
    build_site(seeds, out, 1, engine=FakeEngine(), base_url=base)
    fake(seeds, "s900", 28, ["cost"])
    report = build_site(seeds, out, 1, engine=FakeEngine(), base_url=base)
    assert not report.full and "sitemaps/1.xml" in report.pages_written
    assert "news.example/en/stories/s900.html" in (out / "sitemaps/1.xml").read_text("utf-8")
    build_site(seeds, full, 1, engine=FakeEngine(), base_url=base)
    assert tree(out) == tree(full)


def test_newest_first_is_the_chronological_order_reversed() -> None:
    """Pages and search documents are counted from the oldest in the order
    the related stories rank in: the two orders must be exact reverses,
    ties on a day included."""
    import random

    from summarizer.site.storyrecord import StoryRecord, newest_first
    from summarizer.site.tagindex import CHRONO

    rng = random.Random(7)
    records = [
        StoryRecord(
            f"k{i}", "h", f"s{rng.randint(0, 40)}-{i}", f"2026-01-0{rng.randint(1, 3)}", 0, 0
        )
        for i in range(300)
    ]
    assert newest_first(records) == sorted(records, key=CHRONO)[::-1]
