"""Company and topic pages, and their index.

Each tag (``topics``) gets a page per language listing its stories newest
first, paginated like the digests, and ``{lang}/topics.html`` lists every
company and topic with its number of stories. Everything comes from the
build manifest's records (``StoryRecord.tags``) and the entry cache, so an
incremental build re-renders only the pages whose list or names changed.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from . import urls
from .pages import ListingPlanner, PagePlan, StoryRecord, entry, input_hash
from .tagindex import TagIndex
from .topics import has_page, split, tag_page


class TagPlanner(ListingPlanner):
    """Plans the company and topic pages (the listing machinery of ``pages``)."""

    def tag_name(self, tag: str, newest: StoryRecord, lang: str) -> str:
        """A tag's name as its newest story says it."""
        names: dict[str, str] = self.entries(newest)[lang].get("tags", {})
        return names.get(tag) or split(tag)[1]

    def tags(
        self,
        index: TagIndex,
        only: Collection[str] | None = None,
        changed: Collection[str] | None = None,
    ) -> list[PagePlan]:
        """Every page of every tag in every language (``index``: the stories
        by tag); ``only``: of these tags alone; ``changed``: only the pages
        listing one of these story ids (an edit, ``listings``: no story moved
        and no tag was renamed, so no other page of the tag changed, and a
        big topic's hundreds of pages are not hashed for one story)."""
        plans: list[PagePlan] = []
        general = self.personas[0][0]
        size = urls.PAGE_SIZE
        if only is None:
            tags: list[str] = list(index.page_tags())
        else:
            tags = sorted(t for t in set(only) if has_page(t) and t in index)
        for tag in tags:
            stories = index.newest(tag)
            pages = -(-len(stories) // size)
            newest = stories[0]
            numbers: Sequence[int] = range(1, pages + 1)
            if changed is not None:
                numbers = sorted({n // size + 1 for n, r in enumerate(stories) if r.id in changed})
            for lang in self.config.langs:
                for page in numbers:
                    chunk = stories[(page - 1) * size : page * size]
                    rel = tag_page(lang, tag, page)
                    listed = [(r.id, r.hash) for r in chunk]
                    key = input_hash(self.fingerprint, rel, pages, newest.tag_names, listed)

                    def render(
                        lang: str = lang,
                        tag: str = tag,
                        page: int = page,
                        pages: int = pages,
                        chunk: Sequence[StoryRecord] = chunk,
                        rel: str = rel,
                        newest: StoryRecord = newest,
                    ) -> str:
                        ui = self.ui[lang]
                        kind = split(tag)[0]
                        label = ui["page_of"].replace("{n}", str(page))
                        return self.env.get_template("tag.html").render(
                            **self._common(lang, rel, lambda lg: tag_page(lg, tag, page)),
                            name=self.tag_name(tag, newest, lang),
                            kind_label=ui[f"{kind}_lead"],
                            index_href=urls.tags_index(lang),
                            entries=[
                                entry(r, self.entries(r)[lang], lang, general, general)
                                for r in chunk
                            ],
                            page=page,
                            pages=pages,
                            page_label=label.replace("{total}", str(pages)),
                            prev_href=tag_page(lang, tag, page - 1) if page > 1 else "",
                            next_href=tag_page(lang, tag, page + 1) if page < pages else "",
                        )

                    plans.append(PagePlan(rel, key, render))
        return plans

    def tags_index(self, index: TagIndex) -> list[PagePlan]:
        """``{lang}/topics.html``: companies and topics with their story counts."""
        grouped = {tag: index.newest(tag) for tag in index.page_tags()}
        shown = [(tag, len(rs), rs[0].id, rs[0].tag_names) for tag, rs in grouped.items()]
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
        self, grouped: dict[str, list[StoryRecord]], lang: str
    ) -> list[dict[str, Any]]:
        ui = self.ui[lang]
        out = []
        for kind, heading in (("company", ui["companies"]), ("topic", ui["topics"])):
            items: list[dict[str, Any]] = [
                {
                    "name": self.tag_name(tag, rs[0], lang),
                    "href": tag_page(lang, tag),
                    "count": ui["story_count_one"]
                    if len(rs) == 1
                    else ui["story_count"].replace("{n}", str(len(rs))),
                    "n": len(rs),
                }
                for tag, rs in grouped.items()
                if split(tag)[0] == kind
            ]
            items.sort(key=lambda i: (-i["n"], i["name"].casefold(), i["href"]))
            if items:
                out.append({"id": kind, "heading": heading, "items": items})
        return out
