"""What a section's templates share while they render: first mentions of
terms (an abbreviation is expanded once per section), names of entities and
segments, rotating connectives, and ``cite``, which marks the facts behind
each sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Fact, Story
from ..rules.facts import Num
from ..vocabulary.glossary import Glossary
from ..vocabulary.vocab import default_vocabulary, segment_term
from .text import CITE_END, CITE_START, ZH_JOIN


@dataclass
class Voice:
    """Per-section state a template may ask for: first mentions, connectives.

    Reset for every section, because a reader may see only one persona's
    section: an abbreviation is expanded the first time *that section* uses it.
    """

    glossary: Glossary
    story: Story
    lang: str
    seen: set[str] = field(default_factory=set)
    turns: dict[str, int] = field(default_factory=dict)
    asked: dict[tuple[str, str], object] | None = None
    """While a point renders: what it asked of this state first, per term
    ('t', id) -> was it seen, and per connective kind ('c', kind) -> its turn.
    The render depends on nothing else that varies, so it is worth reusing
    whenever the answers are the same (see ``Realiser.point``)."""

    def term(self, term_id: str, plural: bool = False, bare: bool = False) -> str:
        """The glossary's form; an abbreviation is expanded at its first mention."""
        t = self.glossary.term(term_id)
        form = t.form(self.lang, plural=plural)
        abbr = t.abbr.get(self.lang)
        if not abbr or abbr == form:
            return form
        if bare:
            return abbr
        if self.asked is not None and ("t", term_id) not in self.asked:
            self.asked["t", term_id] = term_id in self.seen
        if term_id in self.seen:
            return abbr
        self.seen.add(term_id)
        return f"{form}（{abbr}）" if self.lang.startswith("zh") else f"{form} ({abbr})"

    def name(self, entity_id: str) -> str:
        """An entity's name: the glossary term if it has one, else the story's.

        In Chinese a name ending in a Latin letter carries ``ZH_JOIN``, so a
        template that runs it into a Latin term ('Shopify' + 'GMV') gets
        'Shopify的GMV' from ``tidy``, not 'ShopifyGMV'."""
        e = self.story.entities[entity_id]
        if e.term and e.term in self.glossary.terms:
            return self._joinable(self.term(e.term))
        return self._joinable(e.name.get(self.lang))

    def _joinable(self, text: str) -> str:
        if self.lang.startswith("zh") and text[-1:].isascii() and text[-1:].isalpha():
            return text + ZH_JOIN
        return text

    def segment(self, fact: Fact, bare: bool = False) -> str:
        """The business segment a metric covers, ready to precede the metric
        name ('私有化部署' / 'on-premise deployment '), or '' if none."""
        sid = fact.segment
        if not sid:
            return ""
        term = segment_term(sid)  # a vocabulary segment may name its glossary term
        if sid in self.story.entities:
            text = self.name(sid)
        elif term in self.glossary.terms:
            text = self.term(term)
        else:
            text = sid.replace("-", " ")
        if self.lang.startswith("zh"):
            return text
        if bare:  # a noun: 'in the US'
            return text
        # a modifier: "TikTok Shop's US GMV", not "…'s the US GMV"
        return (text[4:] if text.startswith("the ") else text) + " "

    def in_segment(self, fact: Fact) -> str:
        """Where a metric's segment is, as English says it after a verb or a
        figure: 'in apparel', 'in the US', but 'online' and 'overseas' (the
        vocabulary's ``in:``); Chinese has no such word: the segment's name.

        Template global ``in_seg``: ``{{ t('gmv') }} grew {{ in_seg(f) }}``."""
        known = default_vocabulary().segments.get(fact.segment)
        own = fact.segment in self.story.entities  # a story's entity keeps 'in' + its name
        if known is not None and known.within is not None and not own:
            return known.within.get(self.lang)
        if self.lang.startswith("zh"):
            return self.segment(fact)
        return "in " + self.segment(fact, bare=True)

    def org(self, entity_id: str) -> str:
        """An organisation's name as it runs in English prose ('the CAC'; a
        possessive name takes no article: "France's DGCCRF")."""
        text = self.name(entity_id)
        kind = self.story.entities[entity_id].kind
        if (
            self.lang == "en"
            and kind in ("regulator", "exchange", "fund")
            and not text.startswith("the ")
            and not text.split(" ", 1)[0].endswith("'s")
        ):
            return "the " + text
        return text

    def connective(self, kind: str, *options: str) -> str:
        """Rotate through ``options`` so consecutive uses of one kind differ."""
        i = self.turns.get(kind, 0)
        if self.asked is not None and ("c", kind) not in self.asked:
            self.asked["c", kind] = i
        self.turns[kind] = i + 1
        return options[i % len(options)]


def cite(*items: Any) -> str:
    """Marker starting a sentence backed by these facts: Facts, Nums, ids, and
    lists or dicts of them (a takeaway's parts, each a dict of its figures)."""
    ids: list[str] = []
    _cited(items, ids)
    return f"{CITE_START}{','.join(dict.fromkeys(ids))}{CITE_END}"


def _cited(item: Any, ids: list[str]) -> None:
    if item is None:
        return
    if isinstance(item, Fact):
        ids.append(item.id)
    elif isinstance(item, Num):
        ids.extend(item.facts)
    elif isinstance(item, str):
        ids.append(item)
    elif isinstance(item, list | tuple):
        for x in item:
            _cited(x, ids)
    elif isinstance(item, dict):
        for x in item.values():
            if isinstance(x, Fact | Num | list | tuple | dict):
                _cited(x, ids)
    else:  # a template passing something else is a bug: no repr in the output
        raise TypeError(f"cite() takes facts, figures or fact ids, not {type(item).__name__}")


