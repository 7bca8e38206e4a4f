"""Dated events no named rule owns: a fee, tariff or rule change, a market
entry, a store opening, layoffs, an acquisition, a company's price change,
a platform blocked in a market.

An event kind added to the vocabulary (with a ``facet``, and ``for:``
stances or ``effective``) is said by this rule with no code: who did what,
and when, worded as news of that day or, for a change that takes effect
(``effective: true``), from that day on. Kinds with neither (results, a
forecast, a launch) are background that other rules or the summary use;
their bare event text is not a sentence a reader should get.
What it means for each reader comes from the vocabulary's ``for:`` stances
(meaning templates), as for metrics.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..model import Fact, Story, Takeaway
from ..vocabulary.defs import EventDef
from ..vocabulary.vocab import default_vocabulary
from .eventreaders import (
    CLOSES_FACETS,
    acquisition_facets,
    ban_values,
    carrier_facets,
    direction_values,
    outage_facets,
    own_goods,
)
from .facts import FactIndex
from .policies import policy_values
from .registry import RULES, Check, rule
from .sides import blocks_platform, platform_side
from .sourcing import sourcing_values


def _owned() -> set[str]:
    """Event kinds a named rule says in its own way (lock-up expiries, listings, …)."""
    return {
        need.split(":", 1)[1]
        for r in RULES
        if r.name != "dated_event"
        for need in r.needs
        if need.startswith("event:")
    }


@rule("dated_event", needs=("event:fee_change",))
def dated_event(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A dated event with a description whose kind no other rule owns and
    that matters to some reader (vocabulary ``for:``) or takes effect; a
    change announced with no date yet (``planned``) too, worded as coming."""
    vocab = default_vocabulary()
    owned = _owned()
    for e in ix.facts:
        if e.kind != "event" or e.event in owned or not (e.date or e.planned) or e.text is None:
            continue
        kind = vocab.events.get(e.event)
        if kind is None or not kind.told:
            continue  # said only where it matters to a reader or changes the rules
        if e.event == "layoffs" and ix.metrics("employees", entity=e.entity, measure="change"):
            continue  # the cut's size and share say it (``staff_change``)
        if e.event == "price_change" and not own_goods(ix, e):
            continue  # a carrier's rates, a model's price: background, or the editor's claim
        if e.event == "access_ban" and not blocks_platform(ix.story, e):
            continue  # a model or an app barred: background, or the editor's claim
        if e.event == "lawsuit" and not platform_side(ix.story, e):
            continue  # a suit between other businesses: the editor's claim
        if e.event in _LATEST_ONLY and _superseded(ix, e):
            continue  # a later change of the same duty or prices is the news
        if background(ix.story, e):
            continue
        channel = _channel(ix, e, kind)
        yield Takeaway(
            rule="dated_event",
            message="dated_event",
            facet=kind.facet,
            # a change in the rules, or a channel opening or closing, outranks
            # other dated news (a launch of a product, a partnership)
            priority=72 if kind.effective or channel else 60,
            facts=(e.id,),
            values={
                "event": e,
                "effective": kind.effective,
                "channel": channel,
                "per_role": kind.per_role,
                **acquisition_facets(ix, e, channel),
                **outage_facets(ix, e),
                **direction_values(ix, e),
                **ban_values(ix, e),
                **carrier_facets(ix, e),
                **policy_values(ix, e),
                **sourcing_values(ix.story, e),
                **({"role_facets": CLOSES_FACETS} if channel == "closes" else {}),
            },
            entity=e.entity,
        )


def background(story: Story, e: Fact) -> bool:
    """Events of a kind readers are told only from a platform: a launch that
    is not a storefront of its own (a product, a model, a business line), a
    funding round of any other business (an AI start-up's: capital news its
    figures tell). ``check`` asks no text of them."""
    def kind(entity: str) -> str:
        found = story.entities.get(entity)
        return found.kind if found is not None else ""

    if e.event == "product_launch":
        return kind(e.entity) != "platform" or not e.segment or kind(e.segment) != "channel"
    return e.event == "funding_round" and kind(e.entity) != "platform"


def _channel(ix: FactIndex, e: Fact, kind: EventDef) -> str:
    """'opens'/'closes' when a platform's event opens or closes a sales channel
    (a market entry by a brand is not one: its sellers are not there; a
    platform buying a logistics firm is not one: only a business whose
    stores the article counts brings stores and shoppers; a platform's launch
    is one only when what it launches is a channel, a storefront of its own:
    ``background`` leaves every other launch out)."""
    entity = ix.story.entities.get(e.entity)
    if entity is None or entity.kind != "platform":
        return ""
    if e.event == "acquisition" and not (e.segment and ix.metrics("stores", entity=e.segment)):
        return ""
    return kind.channel


#: Kinds whose earlier changes of one thing are background to its latest: the
#: US ending de minimis for Chinese parcels on May 2 and for every country on
#: August 29 is one duty moved twice, and each reader's meaning is the same
#: for both, so only the latest is told (the earlier stays in the facts
#: table, and an editor's claim may still tell it).
_LATEST_ONLY = frozenset({"tariff_change", "price_change"})


def _superseded(ix: FactIndex, e: Fact) -> bool:
    """Whether a later event of ``e``'s kind changes the same thing (its
    object, else its entity's own): ``e`` is then background."""
    return any(
        o.kind == "event"
        and o.event == e.event
        and o is not e
        and (o.date or o.planned)
        and _order(o) > _order(e)
        and (o.segment == e.segment if e.segment else (not o.segment and o.entity == e.entity))
        for o in ix.facts
    )


def _order(e: Fact) -> tuple[date, str]:
    """When an event happens, for which change of one thing is the latest:
    a change announced with no date yet comes after every dated one."""
    return (e.date or date.max, e.id)
