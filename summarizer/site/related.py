"""Related stories: for each story, up to ``MAX_RELATED`` others that share its
companies or topics, and the step that writes them into its pages.

A story page is rendered by a worker that sees only that story, so the
block is left empty there (between ``topics.RELATED_START``/``END``) and
spliced in here, in the listing phase, when everything is known. Each
story page is then one more ``PagePlan`` whose key covers exactly what the
block shows (the related stories' ids, dates and titles): adding a story
rewrites the pages it becomes related to, changing one story's facts
rewrites no other page.

Ranking is deterministic: a shared company counts 2, a shared topic, event
kind or metric 1 (nothing for the signals every results story has:
``COMMON``); a story needs 3 to count as related (a company and one
more thing in common, or three topics and signals); ties go to
the story closer in time, then the newer, then the smaller id. To keep the
cost linear in the archive, each tag contributes only the ``WINDOW`` stories
nearest in time to the story at hand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from pathlib import Path

from . import urls
from .embed import staged_or_live
from .fragments import esc
from .html import long_date
from .pageplan import PagePlan, quick_hash
from .pages import EntryStore
from .storyrecord import StoryRecord
from .tagindex import TagIndex
from .topics import RELATED_END, RELATED_START, split
from .ui import SiteConfig

WEIGHTS = {"company": 2, "topic": 1, "event": 1, "metric": 1}
#: Signals nearly every results story has: sharing revenue, a gross margin or
#: a forecast says nothing about two stories being about the same thing
#: (Nike's quarter and an AI start-up's listing shared three such tags).
COMMON = frozenset(
    {
        "metric/revenue",
        "metric/gross_margin",
        "metric/net_income",
        "metric/net_loss",
        "metric/operating_income",
        "metric/market_cap",
        "metric/share_price",
        "event/forecast",
        "event/results_release",
        "event/statement",
    }
)
MIN_SCORE = 3
MAX_RELATED = 4
WINDOW = 60
_ID = attrgetter("id")


def related(
    records: Iterable[StoryRecord], index: TagIndex | None = None
) -> dict[str, list[StoryRecord]]:
    """story id -> its related stories, best first, for each of ``records``
    (stories with none are left out), ranked against every story of
    ``index`` (the archive by tag; default: ``records`` themselves)."""
    records = list(records)
    if index is None:
        index = TagIndex(records)
    day: dict[str, int] = {}
    weights: dict[str, int] = {}
    half = WINDOW // 2
    out = {}
    for r in records:
        scores: Counter[str] = Counter()
        others: dict[str, StoryRecord] = {r.id: r}
        for tag in r.tags:
            weight = weights.get(tag)
            if weight is None:
                weight = weights[tag] = 0 if tag in COMMON else WEIGHTS.get(split(tag)[0], 1)
            if not weight:
                continue  # no window to look up for a signal that counts nothing
            near = index.around(tag, r, half)[0]
            ids = [o.id for o in near]
            for _ in range(weight):  # counted in C: ~60 stories per tag and story
                scores.update(ids)
            others.update(zip(ids, near, strict=True))
        scores.pop(r.id, None)  # each window holds the story itself
        for oid, o in others.items():
            if oid not in day:
                day[oid] = date.fromisoformat(o.published).toordinal()
        ranked = sorted(
            (oid for oid, s in scores.items() if s >= MIN_SCORE),
            key=lambda oid: (
                -scores[oid],
                abs(day[oid] - day[r.id]),
                -day[oid],
                oid,
            ),
        )
        if ranked:
            out[r.id] = [others[oid] for oid in ranked[:MAX_RELATED]]
    return out


def related_html(
    items: Sequence[StoryRecord], entries: EntryStore, lang: str, root: str, heading: str
) -> str:
    """The block: a heading and one line per related story (title link, date)."""
    if not items:
        return ""
    out = [
        '<section class="related" aria-labelledby="related-h">\n'
        f'<h2 id="related-h">{esc(heading)}</h2>\n<ul class="related-list">\n'
    ]
    for o in items:
        title = entries.title(o, lang)
        when = long_date(date.fromisoformat(o.published), lang)
        out.append(
            f'<li><a href="{esc(root + urls.story(lang, o.id))}">{esc(title)}</a> '
            f'<time datetime="{esc(o.published)}">{esc(when)}</time></li>\n'
        )
    out.append("</ul>\n</section>\n")
    return "".join(out)


def splice(page: str, block: str) -> str:
    """``page`` with its related-stories block replaced by ``block``."""
    start = page.find(RELATED_START)
    end = page.find(RELATED_END, start)
    if start < 0 or end < 0:
        return page  # a site template without the slot: nothing to fill
    return page[: start + len(RELATED_START)] + block + page[end:]


def neighbours(changed: Iterable[StoryRecord], index: TagIndex) -> dict[str, StoryRecord]:
    """The ``changed`` stories and every story whose related block may show
    one of them (id -> story), with every story's date and tags as before
    (so every ranking is as before, only what a block shows of a changed
    story differs). A story ``o`` ranks ``c`` only over the ``WINDOW``
    nearest of each of its tags, and being within that window is symmetric
    (each story is once in its tag's list), so ``c``'s score in ``o``'s
    ranking is summed from ``c``'s own windows; only the stories for which
    it reaches ``MIN_SCORE`` can show ``c``, and only they are ranked again
    (at 50,000 stories, a tenth of the stories in ``c``'s windows)."""
    half = WINDOW // 2
    out = {r.id: r for r in changed}
    for c in list(out.values()):
        scores: Counter[str] = Counter()
        near: dict[str, StoryRecord] = {}
        for tag in dict.fromkeys(c.tags):
            weight = WEIGHTS.get(split(tag)[0], 1)
            for o in index.around(tag, c, half)[0]:
                if o.id != c.id:
                    # o's ranking counts the tag as often as o names it
                    scores[o.id] += weight * o.tags.count(tag)
                    near[o.id] = o
        out.update((oid, near[oid]) for oid, score in scores.items() if score >= MIN_SCORE)
    return out


def shifted(added: Iterable[StoryRecord], index: TagIndex) -> dict[str, StoryRecord]:
    """The stories whose window an ``added`` story moved (id -> story): a
    window is the ``WINDOW`` stories nearest by place in a tag's
    chronological list, so a story put before the end of a tag's list moves
    the places of those after it, and the stories within a window of it may
    now see one story more on one side and one fewer on the other. Added
    after every story of a tag (a new story, the usual case), it moves
    none: only the stories that may rank it (``neighbours``) change."""
    reach = WINDOW // 2 + 1
    out: dict[str, StoryRecord] = {}
    for a in added:
        for tag in dict.fromkeys(a.tags):
            near, i, n = index.around(tag, a, reach)
            if i < n - 1:
                out.update((o.id, o) for o in near)
    return out


def related_plans(
    ui: dict[str, dict[str, str]],
    config: SiteConfig,
    index: TagIndex,
    records: Iterable[StoryRecord],
    fingerprint: str,
    entries: EntryStore,
    live: Path,
    changed: Iterable[StoryRecord] | None = None,
    added: Sequence[StoryRecord] = (),
) -> list[PagePlan]:
    """One plan per story page (``records``, every story; ``index``, the
    same by tag): splice its related stories into it.

    ``changed``: the changed stories, when every story has the date and
    tags it had in the previous build (an edit, ``listings``), and
    ``added`` the stories new since then. Then only those stories, their
    ``neighbours`` and the stories whose windows an added story shifted
    (``shifted``) are ranked again and planned; every other page keeps its
    previous key (the archive is not re-ranked, nor its pages planned, for
    one edited or added story)."""
    if changed is None:
        targets: Iterable[StoryRecord] = list(records)
    else:
        near = neighbours([*changed, *added], index)
        near.update(shifted(added, index))
        targets = near.values()
    found = related(targets, index)
    splicer = _Splicer(ui, config, entries, live)
    plans = []
    for r in sorted(targets, key=_ID):
        items = tuple(found.pop(r.id, ()))
        shown = " ".join(f"{o.id}:{o.published}:{o.card}" for o in items)
        common = quick_hash(f"{fingerprint} {r.hash} {shown}")
        for lang in config.langs:
            rel = urls.story(lang, r.id)
            page = _RelatedPage(splicer, lang, rel, items)
            plans.append(PagePlan(rel, quick_hash(f"{common} {lang}"), page))
    return plans


@dataclass(frozen=True, slots=True)
class _Splicer:
    """What every story page's splice shares (held once per build)."""

    ui: dict[str, dict[str, str]]
    config: SiteConfig
    entries: EntryStore
    live: Path


@dataclass(frozen=True, slots=True)
class _RelatedPage:
    """Renders one story page with its related block. A slotted object, not a
    closure: there are three per story, all held until the listings are
    written, and a closure with its defaults and cells took ~280 bytes each
    against ~64 here (issue 13: memory flat in the archive)."""

    splicer: _Splicer
    lang: str
    rel: str
    items: tuple[StoryRecord, ...]

    def __call__(self) -> str:
        s = self.splicer
        page = staged_or_live(s.config.staging, s.live, self.rel).read_text(encoding="utf-8")
        root = urls.root_prefix(self.rel)
        block = related_html(self.items, s.entries, self.lang, root, s.ui[self.lang]["related"])
        return splice(page, block)
