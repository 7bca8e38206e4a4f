"""The pages that list stories: digests, language indexes, glossary, root.

Each listing is planned as a ``PagePlan`` first: its path, a hash of exactly
what it shows, and a function that renders it. ``site.build_site`` renders a
plan only when its hash differs from the previous build's, so changing one
story re-renders only the digest pages and feeds that list it. Pages are
paginated (``PAGE_SIZE``) so none grows with the archive.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from jinja2 import Environment

from ..digest.edition import span_text
from ..vocabulary.glossary import Glossary, load_glossary
from . import paging, urls
from .html import long_date
from .pageplan import PagePlan, input_hash, quick_hash
from .storyrecord import StoryRecord
from .ui import SiteConfig, alternates, to_hant

if TYPE_CHECKING:
    from .digest_page import GroupMemo


class PersonaLink(NamedTuple):
    id: str
    name: str
    href: str
    current: bool


class EntryStore:
    """Digest entries of every story: fresh ones in memory, the others read
    on demand from the previous build's entry cache (one small file each)."""

    def __init__(self, cache_dir: Path | None) -> None:
        self.cache_dir = cache_dir
        self.loaded: dict[str, dict[str, dict[str, Any]]] = {}

    def __call__(self, record: StoryRecord) -> dict[str, dict[str, Any]]:
        if record.entries is not None:
            return record.entries
        if record.id not in self.loaded:
            if self.cache_dir is None:
                raise KeyError(record.id)
            path = self.cache_dir / f"{record.id}.json"
            self.loaded[record.id] = json.loads(path.read_text(encoding="utf-8"))
        return self.loaded[record.id]

    def title(self, record: StoryRecord, lang: str) -> str:
        """``record``'s title in ``lang`` (a related-stories line shows no more)."""
        title: str = self(record)[lang]["title"]
        return title

    def scan(self, record: StoryRecord) -> dict[str, dict[str, Any]]:
        """The entries of ``record`` for a pass over the whole archive (the
        search index reads every story once per language): a store that
        keeps recent stories does not keep these (``entrycache.EntryCache``)."""
        return self(record)

    def close(self) -> None:
        """Let go of any open source (nothing here: files are read whole)."""


def entry(
    record: StoryRecord, e: dict[str, Any], lang: str, persona: str, general: str
) -> dict[str, str]:
    """What a digest shows of one story for one persona (``e``: its entry in ``lang``)."""
    anchor = "" if persona == general else f"#persona-{persona}"
    return {
        "href": urls.story(lang, record.id) + anchor,
        "title": e["title"],
        "outlet": e["outlet"],
        "date": record.published,
        "date_text": long_date(date.fromisoformat(record.published), lang),
        "teaser": e["teasers"].get(persona, ""),
    }


def pager(
    pg: paging.Page, chunk: Sequence[StoryRecord], lang: str, href: Callable[[int], str]
) -> dict[str, Any]:
    """What ``_pager.html`` shows of a listing's page ``pg`` (listing
    ``chunk``): the dates it spans, not "page k of n", which would change on
    every page whenever a page is added (``paging``), and its newer and older
    pages (``href``: a page number's path)."""
    label = ""
    if chunk and (pg.newer is not None or pg.older is not None):
        oldest, newest = chunk[-1].published, chunk[0].published
        label = span_text(date.fromisoformat(oldest), date.fromisoformat(newest), lang)
    return {
        "page": pg.number,
        "page_label": label,
        "prev_href": "" if pg.newer is None else href(pg.newer),
        "next_href": "" if pg.older is None else href(pg.older),
    }


class ListingPlanner:
    """Plans every listing page of one build."""

    def __init__(
        self,
        env: Environment,
        ui: dict[str, dict[str, str]],
        config: SiteConfig,
        personas: Sequence[tuple[str, dict[str, str]]],
        fingerprint: str,
        entries: EntryStore,
    ) -> None:
        self.env, self.ui, self.config = env, ui, config
        self.personas = personas
        """(persona id, lang -> display name), general first."""
        self.fingerprint = fingerprint
        self.entries = entries
        self.grouped: GroupMemo | None = None
        """Digest pages' weeks and groups, shared by personas (``digest_page``)."""

    def _common(self, lang: str, rel: str, href: Callable[[str], str]) -> dict[str, Any]:
        return {
            "lang": lang,
            "ui": self.ui[lang],
            "root": urls.root_prefix(rel),
            "base_url": self.config.base_url,
            "assets": self.config.assets,
            "alternates": alternates(self.config.langs, lang, href),
        }

    def _persona_links(self, lang: str, current: str) -> list[PersonaLink]:
        return [
            PersonaLink(pid, names[lang], urls.digest(lang, pid), pid == current)
            for pid, names in self.personas
        ]

    def digests(
        self, ordered: Sequence[StoryRecord], only: Collection[int] | None = None
    ) -> list[PagePlan]:
        """Every page of every persona's digest in every language, anchored at
        the oldest story (``paging``); ``only``: the pages of these numbers alone."""
        plans: list[PagePlan] = []
        general = self.personas[0][0]
        n = len(ordered)
        shown = paging.pages(n, only)
        # what a page lists, hashed once and shared by every persona and language
        listed = {
            pg.number: quick_hash(
                f"{pg.newer} {pg.older} "
                + " ".join(f"{r.id}:{r.hash}" for r in ordered[pg.start : pg.stop])
            )
            for pg in shown
        }
        for lang in self.config.langs:
            for pid, names in self.personas:
                common = input_hash(self.fingerprint, names)
                for pg in shown:
                    rel = urls.digest(lang, pid, pg.number)
                    key = quick_hash(f"{common} {rel} {listed[pg.number]}")

                    def render(
                        lang: str = lang,
                        pid: str = pid,
                        pg: paging.Page = pg,
                        rel: str = rel,
                    ) -> str:
                        chunk = ordered[pg.start : pg.stop]
                        return self._digest(lang, pid, pg, chunk, general, rel)

                    plans.append(PagePlan(rel, key, render))
        return plans

    def _digest(
        self,
        lang: str,
        pid: str,
        pg: paging.Page,
        chunk: Sequence[StoryRecord],
        general: str,
        rel: str,
    ) -> str:
        from .digest_page import GroupMemo, week_groups  # it builds on this module

        if self.grouped is None:
            self.grouped = GroupMemo()

        names = dict(self.personas)[pid]
        return self.env.get_template("digest.html").render(
            **self._common(lang, rel, lambda lg: urls.digest(lg, pid, pg.number)),
            **pager(pg, chunk, lang, lambda k: urls.digest(lang, pid, k)),
            persona_name=names[lang],
            persona_links=self._persona_links(lang, pid),
            weeks=week_groups(chunk, self.entries, lang, pid, general, self.grouped),
            feed_href=urls.feed(lang, pid),
        )

    def indexes(self, ordered: Sequence[StoryRecord]) -> list[PagePlan]:
        """The language home pages and the root language chooser."""
        plans = []
        general = self.personas[0][0]
        latest = ordered[:10]
        for lang in self.config.langs:
            rel = urls.index(lang)
            key = input_hash(self.fingerprint, rel, [(r.id, r.hash) for r in latest], self.personas)

            def render(lang: str = lang, rel: str = rel) -> str:
                return self.env.get_template("index.html").render(
                    **self._common(lang, rel, urls.index),
                    persona_links=self._persona_links(lang, ""),
                    entries=[
                        entry(r, self.entries(r)[lang], lang, general, general) for r in latest
                    ],
                    all_href=urls.digest(lang, general),
                    feed_href=urls.feed(lang, general),
                )

            plans.append(PagePlan(rel, key, render))
        root_ctx = {
            "base_url": self.config.base_url,
            "assets": self.config.assets,
            "alternates": alternates(self.config.langs, "", urls.index),
        }
        plans.append(
            PagePlan(
                "index.html",
                input_hash(self.fingerprint, "index.html"),
                lambda: self.env.get_template("root.html").render(**root_ctx),
            )
        )
        return plans

    def glossary(self, path: Path | None, loaded: Glossary | None = None) -> list[PagePlan]:
        """The bilingual glossary, one page per language, grouped by category.
        The file is only parsed when a page must be rendered, and not at all
        when the project already holds it (``loaded``)."""
        if path is None:
            return []
        glossary_hash = hashlib.sha256(path.read_bytes()).hexdigest()
        plans = []
        for lang in self.config.langs:
            rel = urls.glossary(lang)

            def render(lang: str = lang, rel: str = rel) -> str:
                return self.env.get_template("glossary.html").render(
                    **self._common(lang, rel, urls.glossary),
                    groups=category_groups(loaded or load_glossary(path), self.ui[lang]),
                )

            plans.append(PagePlan(rel, input_hash(self.fingerprint, rel, glossary_hash), render))
        return plans


_GROUPS: dict[int, tuple[Glossary, list[tuple[str, list[dict[str, str]]]]]] = {}


def _term_groups(glossary: Glossary) -> list[tuple[str, list[dict[str, str]]]]:
    """Glossary terms by category, sorted, with the zh-Hant form derived if not given
    (computed once per glossary object; Glossary holds dicts, so no lru_cache)."""
    cached = _GROUPS.get(id(glossary))
    if cached is not None and cached[0] is glossary:
        return cached[1]
    groups: dict[str, list[dict[str, str]]] = {}
    for term in sorted(glossary.terms.values(), key=lambda t: (t.category, t.forms["en"].lower())):
        hans = term.forms["zh-Hans"]
        derived = hans if term.protect else to_hant(hans, "zh-Hant", glossary)
        hant = term.forms.get("zh-Hant") or derived
        groups.setdefault(term.category, []).append(
            {"id": term.id, "hans": hans, "hant": hant, "en": term.forms["en"]}
        )
    out = list(groups.items())
    _GROUPS.clear()
    _GROUPS[id(glossary)] = (glossary, out)
    return out


def category_groups(glossary: Glossary, ui: dict[str, str]) -> list[dict[str, Any]]:
    """Term groups with their headings in the page's language (ui.yaml ``cat_<id>``)."""
    return [
        {"id": cat, "label": ui.get(f"cat_{cat}", cat.replace("_", " ").capitalize()), "terms": t}
        for cat, t in _term_groups(glossary)
    ]
