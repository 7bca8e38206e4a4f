"""What a story is about, as tags: the companies it reports on and its topics.

A tag is ``company/<key>`` or ``topic/<facet>``, the same in every language;
its display name is per language. Tags are worked out once per story, in the
worker that renders it, and travel in the build manifest (``StoryRecord.tags``)
so company and topic pages and related stories can be planned without
opening any story again.

* Companies: the story's entities of a company-like kind (company, platform,
  brand) that at least one fact is about, or that is the other side of a
  deal (an event's one party: Nike in Amazon's wholesale deal) or what an
  event acts on (its object: the retailer a platform bids for). A mere
  mention (a rival named in passing, an investor in a list) does not make a
  story "about" a company.
  The key is the entity's glossary term if it has one (the same company in
  two seeds may carry different entity ids), else its id; either must be a
  safe file name (``urls.tag_id``), otherwise the entity gets no page.
* Topics: the facets of the points the story's briefs make (cost, pricing,
  compliance, capital…), counted over every reader's section; the story's
  topics are its three most frequent facets that occur at least twice.
  Only facets the interface names (``topic_<facet>`` in ui.yaml) are
  topics: "trend" or "research" would put every story on one page, and
  ui.yaml is where a site decides what its readers browse by.
* Signals (no page, only for ranking related stories): the event kinds and
  metrics the story's facts report, ``event/fee_change``, ``metric/referral_fee``:
  two stories about a fee change share them even when their companies differ.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from markupsafe import Markup

from ..convert.names import names_of
from ..model import Brief, Story
from ..vocabulary.glossary import Glossary
from . import urls
from .fragments import esc
from .ui import to_hant

COMPANY_KINDS = frozenset({"company", "platform", "brand"})
MAX_COMPANIES = 6
MAX_TOPICS = 3
#: Markers around the related-stories block of a story page (filled in later, see ``related``).
RELATED_START, RELATED_END = "<!--related-->", "<!--/related-->"
EMPTY_RELATED = Markup(f"{RELATED_START}{RELATED_END}\n")


def companies(story: Story) -> list[tuple[str, str]]:
    """(key, entity id) of the companies the story reports on, most facts
    first; ties in the order the editor declared them (a round-up of twelve
    retailers, one fact each, keeps the platforms its headline leads with
    rather than the first names in the alphabet)."""
    counts = Counter(f.entity for f in story.facts if f.entity)
    # the other side of a deal (its one party, not one of a list) and what an
    # event acts on: about the story too, ranked after those with facts
    sides = {p for f in story.facts if f.kind == "event" and len(f.parties) == 1 for p in f.parties}
    sides |= {f.segment for f in story.facts if f.kind == "event" and f.segment}
    order = {eid: i for i, eid in enumerate(story.entities)}
    found: dict[str, tuple[int, str]] = {}
    for eid, entity in story.entities.items():
        key = urls.tag_id(entity.term or eid)
        if entity.kind not in COMPANY_KINDS or not (counts[eid] or eid in sides) or not key:
            continue
        if key not in found or counts[eid] > found[key][0]:
            found[key] = (counts[eid], eid)
    ranked = sorted(found.items(), key=lambda kv: (-kv[1][0], order[kv[1][1]]))
    return [(key, eid) for key, (_, eid) in ranked[:MAX_COMPANIES]]


def topics(brief: Brief, ui: Mapping[str, str]) -> list[str]:
    """The story's topics (facet ids), most points first."""
    counts = Counter(p.facet for s in brief.sections for p in s.points)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    named = [f for f, n in ranked if n >= 2 and f"topic_{f}" in ui and urls.tag_id(f)]
    return named[:MAX_TOPICS]


def signals(story: Story) -> list[str]:
    """The event kinds and metrics the story reports, sorted."""
    found = {f"event/{f.event}" for f in story.facts if f.event and urls.tag_id(f.event)}
    found |= {f"metric/{f.metric}" for f in story.facts if f.metric and urls.tag_id(f.metric)}
    return sorted(found)


def story_tags(story: Story, brief: Brief, ui: Mapping[str, str]) -> list[str]:
    """Every tag of a story: companies, topics, then signals (language-neutral)."""
    return (
        [f"company/{k}" for k, _ in companies(story)]
        + [f"topic/{f}" for f in topics(brief, ui)]
        + signals(story)
    )


def has_page(tag: str) -> bool:
    """Companies and topics have pages and chips; signals only rank related stories."""
    return split(tag)[0] in ("company", "topic")


def tag_names(
    story: Story, tags: Iterable[str], lang: str, ui: Mapping[str, str], glossary: Glossary | None
) -> dict[str, str]:
    """tag -> display name in ``lang`` (Traditional through the usual conversion)."""
    by_key = {key: eid for key, eid in companies(story)}
    out = {}
    for tag in tags:
        kind, key = split(tag)
        if not has_page(tag):
            continue
        if kind == "company":
            entity = story.entities[by_key[key]]
            out[tag] = to_hant(entity.name.get(lang), lang, glossary, names_of([entity]))
        else:
            out[tag] = ui[f"topic_{key}"]
    return out


def split(tag: str) -> tuple[str, str]:
    kind, _, key = tag.partition("/")
    return kind, key


def tag_page(lang: str, tag: str, page: int = 0) -> str:
    """The listing page of a tag (0: its front page, ``paging``)."""
    kind, key = split(tag)
    return urls.company(lang, key, page) if kind == "company" else urls.topic(lang, key, page)


def chips_html(names: Mapping[str, str], lang: str, root: str, ui: Mapping[str, str]) -> Markup:
    """The story page's tag chips, then the (still empty) related-stories block."""
    out = []
    if names:
        out.append(f'<nav class="tags" aria-label="{esc(ui["tags_label"])}">\n<ul>\n')
        for tag, name in names.items():
            kind = split(tag)[0]
            out.append(
                f'<li><a class="chip chip-{kind}" href="{esc(root + tag_page(lang, tag))}" '
                f'data-tag="{esc(tag)}">{esc(name)}</a></li>\n'
            )
        out.append("</ul>\n</nav>\n")
    out.append(f"{RELATED_START}{RELATED_END}\n")
    return Markup("".join(out))


def card_key(entries: Mapping[str, Mapping[str, Any]]) -> str:
    """What other pages show of a story (titles and tag names per language):
    pages listing it are re-rendered when this changes, not when its facts do."""
    from .pageplan import input_hash

    shown = [(lang, e["title"], e.get("tags", {})) for lang, e in sorted(entries.items())]
    return input_hash(shown)


def tag_names_key(entries: Mapping[str, Mapping[str, Any]]) -> str:
    """The names a story gives its tags, per language: every page of a tag
    is re-rendered when its newest story renames it, not when that story's
    title changes (only the page listing the story is)."""
    from .pageplan import input_hash

    return input_hash([(lang, e.get("tags", {})) for lang, e in sorted(entries.items())])
