"""Company and topic pages, and their index.

Each tag (``topics``) gets a page per language listing its stories newest
first, paginated like the digests (``paging``), and ``{lang}/topics.html`` lists every
company and topic with its number of stories. Everything comes from the
build manifest's records (``StoryRecord.tags``) and the entry cache, so an
incremental build re-renders only the pages whose list or names changed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from . import paging, urls
from .pageplan import PagePlan, input_hash
from .pages import ListingPlanner, entry, pager
from .storyrecord import StoryRecord
from .tagindex import TagIndex
from .topics import has_page, split, tag_page


class TagPlanner(ListingPlanner):
    """Plans the company and topic pages (the listing machinery of ``pages``)."""

    def tag_name(self, tag: str, newest: StoryRecord, lang: str) -> str:
        """A tag's name as its newest story says it."""
        names: dict[str, str] = self.entries(newest)[lang].get("tags", {})
        return names.get(tag) or split(tag)[1]

    def names(self, tag: str, newest: StoryRecord) -> tuple[str, ...]:
        """A tag's name in every language, as its newest story says it: what
        every page of the tag shows besides its own stories."""
        return tuple(self.tag_name(tag, newest, lang) for lang in self.config.langs)

    def tags(
        self,
        index: TagIndex,
        only: Collection[str] | None = None,
        pages_of: Callable[[str, Sequence[StoryRecord]], Collection[int] | None] | None = None,
    ) -> list[PagePlan]:
        """Every page of every tag in every language (``index``: the stories
        by tag), anchored at the oldest story like the digests (``paging``);
        ``only``: of these tags alone; ``pages_of(tag, stories)``: the numbers
        of the tag's pages to plan (None: all of them), for an incremental
        build (``listings``), so a big topic's hundreds of pages are not
        hashed for one story."""
        plans: list[PagePlan] = []
        general = self.personas[0][0]
        if only is None:
            tags: list[str] = list(index.page_tags())
        else:
            tags = sorted(t for t in set(only) if has_page(t) and t in index)
        for tag in tags:
            stories = index.newest(tag)
            numbers = None if pages_of is None else pages_of(tag, stories)
            shown = paging.pages(len(stories), numbers)
            names = self.names(tag, stories[0])
            for lang in self.config.langs:
                for pg in shown:
                    rel = tag_page(lang, tag, pg.number)
                    listed = [(r.id, r.hash) for r in stories[pg.start : pg.stop]]
                    key = input_hash(
                        self.fingerprint, rel, pg.newer, pg.older, names, listed
                    )

                    def render(
                        lang: str = lang,
                        tag: str = tag,
                        pg: paging.Page = pg,
                        rel: str = rel,
                        stories: Sequence[StoryRecord] = stories,
                    ) -> str:
                        ui = self.ui[lang]
                        chunk = stories[pg.start : pg.stop]
                        return self.env.get_template("tag.html").render(
                            **self._common(lang, rel, lambda lg: tag_page(lg, tag, pg.number)),
                            **pager(pg, chunk, lang, lambda number: tag_page(lang, tag, number)),
                            name=self.tag_name(tag, stories[0], lang),
                            kind_label=ui[f"{split(tag)[0]}_lead"],
                            index_href=urls.tags_index(lang),
                            entries=[
                                entry(r, self.entries(r)[lang], lang, general, general)
                                for r in chunk
                            ],
                        )

                    plans.append(PagePlan(rel, key, render))
        return plans

    def tags_index(self, index: TagIndex) -> list[PagePlan]:
        """``{lang}/topics.html``: companies and topics with their story counts."""
        # each tag's count and newest story, no tag's list of stories
        grouped = {tag: (index.count(tag), index.latest(tag)) for tag in index.page_tags()}
        shown = [(tag, n, r.id, r.tag_names) for tag, (n, r) in grouped.items()]
        plans = []
        for lang in self.config.langs:
            rel = urls.tags_index(lang)

            def render(lang: str = lang, rel: str = rel) -> str:
                return self.env.get_template("tags.html").render(
                    **self._common(lang, rel, urls.tags_index),
                    groups=self._index_groups(grouped, lang),
                )

            plans.append(PagePlan(rel, input_hash(self.fingerprint, rel, shown), render))
        return plans

    def _index_groups(
        self, grouped: dict[str, tuple[int, StoryRecord]], lang: str
    ) -> list[dict[str, Any]]:
        """The index's groups; ``grouped``: each tag's story count and newest story."""
        ui = self.ui[lang]
        out = []
        for kind, heading in (("company", ui["companies"]), ("topic", ui["topics"])):
            items: list[dict[str, Any]] = [
                {
                    "name": self.tag_name(tag, latest, lang),
                    "href": tag_page(lang, tag),
                    "count": ui["story_count_one"]
                    if n == 1
                    else ui["story_count"].replace("{n}", str(n)),
                    "n": n,
                }
                for tag, (n, latest) in grouped.items()
                if split(tag)[0] == kind
            ]
            items.sort(key=lambda i: (-i["n"], i["name"].casefold(), i["href"]))
            if items:
                out.append({"id": kind, "heading": heading, "items": items})
        return out
