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

from ..facts.event_fields import way
from ..model import Fact, Story, Takeaway
from ..vocabulary.defs import EventDef
from ..vocabulary.vocab import default_vocabulary
from .facts import FactIndex
from .footprint import CARRIER_CUT_FACETS
from .kinds import stances_of
from .policies import policy_values
from .pricing import CUT_FACETS, OWN_PRICE_KINDS, RISE_FACETS
from .registry import RULES, Check, rule
from .sides import blocks_platform, platform_side
from .sourcing import sourcing_values
from .timeline import in_force, latest


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
        if e.event == "price_change" and not _own_goods(ix, e):
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
                **_acquisition_facets(ix, e, channel),
                **_outage_facets(ix, e),
                **_direction_values(ix, e),
                **_ban_values(ix, e),
                **_carrier_facets(ix, e),
                **policy_values(ix, e),
                **sourcing_values(ix.story, e),
                **({"role_facets": _CLOSES_FACETS} if channel == "closes" else {}),
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


#: An acquisition that opens no outlet (the buyer is no platform, or what it
#: buys has no stores): nothing for a seller or a factory; a rival growing
#: for a brand when a brand or company buys, nothing when a platform does.
_NO_OUTLET = {"seller": "", "factory": ""}


#: What an outage is to each reader, by the kind of entity that went down and
#: whether it is over (``Fact.over_by`` the article's date), where that
#: is not the kind's ``for:`` stance (exposure: Risk). A platform's rivals win
#: its shoppers while it is down; a brand's rivals win them, its makers wait for
#: its orders; once it is over, what ran during it is sorted out (Operations),
#: as the meanings say (templates/*/event_kinds.j2). A factory has no goods
#: stuck in a platform's outage: no point. A port's backlog stays a risk.
_OUTAGE_FACETS: dict[tuple[str, bool], dict[str, str]] = {
    ("platform", False): {"factory": "", "platform_operator": "competition"},
    ("platform", True): {
        "factory": "",
        "seller": "operations",
        "brand": "operations",
        "platform_operator": "competition",
    },
    ("brand", False): {"brand": "competition"},
    ("brand", True): {
        "seller": "operations",
        "brand": "competition",
        "factory": "demand",
        "platform_operator": "operations",
    },
}


#: A carrier's stoppage that is over: what ran during it to sort out, and
#: for a provider the shippers who moved to it now free to go back.
_CARRIER_BACK = {"seller": "operations", "brand": "operations", "factory": "",
                 "service_provider": "competition", "platform_operator": "operations",
                 "researcher": "research"}


def _carrier_facets(ix: FactIndex, e: Fact) -> dict[str, object]:
    """A carrier's job cuts with no headcount figure, or its stoppage of some
    shipments, read as ``staff_change`` reads a carrier's cut: capacity its
    shippers lose (a risk for a seller, a brand and a platform whose delivery
    promises rest on it, drivers and volume for a rival provider), not a
    company's orders shrinking nor a port's strike; a stoppage that is over
    is sorted out (``_CARRIER_BACK``)."""
    who = ix.story.entities.get(e.entity)
    if e.event not in ("layoffs", "disruption") or who is None or not who.carrier:
        return {}
    over = e.event == "disruption" and e.over_by(ix.story.published)
    facets = _CARRIER_BACK if over else CARRIER_CUT_FACETS
    return {"role_facets": facets, "role_stances": stances_of(facets)}


def _outage_facets(ix: FactIndex, e: Fact) -> dict[str, object]:
    """``role_facets`` for the outage of a platform or a brand (a disruption
    of either, not of a port): ``_OUTAGE_FACETS``."""
    who = ix.story.entities.get(e.entity)
    if e.event != "disruption" or who is None:
        return {}
    facets = _OUTAGE_FACETS.get((who.kind, e.over_by(ix.story.published)))
    return {"role_facets": facets} if facets else {}


def _acquisition_facets(ix: FactIndex, e: Fact, channel: str) -> dict[str, object]:
    """``role_facets`` for an acquisition whose buyer opens no channel."""
    if e.event != "acquisition" or channel:
        return {}
    buyer = ix.story.entities.get(e.entity)
    brand = "" if buyer is not None and buyer.kind == "platform" else "competition"
    return {"role_facets": {**_NO_OUTLET, "brand": brand}}


#: Whose price changes are news to every reader: a brand's, a company's or a
#: platform's (a retailer's own prices: Shein, Temu), on goods, not on a
#: service or a model it sells (a carrier's rates, an AI model's price).
_PRICED = OWN_PRICE_KINDS | {"platform"}


def _own_goods(ix: FactIndex, e: Fact) -> bool:
    """Whether a price change is of a brand's, company's or platform's goods
    (a carrier's prices are its rates: its ``parcel_rate`` figures say them)."""
    who = ix.story.entities.get(e.entity)
    goods = ix.story.entities.get(e.segment) if e.segment else None
    return (
        who is not None
        and who.kind in _PRICED
        and not who.carrier
        and (goods is None or goods.kind == "product")
    )


#: A platform's own prices to each reader: a rival shop for a seller and a
#: brand, a buyer's reorders for its suppliers, a rival's prices for another
#: platform; no repricing work for a provider (its own listings).
_PLATFORM_PRICES = {
    "seller": "competition",
    "brand": "competition",
    "factory": "demand",
    "service_provider": "",
    "platform_operator": "competition",
    "researcher": "research",
}


def _direction_values(ix: FactIndex, e: Fact) -> dict[str, object]:
    """``up`` of a price, fee or duty change (``event_fields.way``: its
    ``direction``, or a price change's signed percent), and the kind of
    point it is to each reader where that depends on it.

    A company's own prices: ``pricing.RISE_FACETS`` or ``CUT_FACETS``; a
    platform's: ``_PLATFORM_PRICES``. A duty: a factory's point is its
    buyers' orders, not its own cost (at risk when it rises, to win back
    when it falls). A change whose direction the facts do not give is worded
    as new prices or the new duty, and a factory has no point in new prices:
    it cannot tell whether to expect more or fewer orders."""
    if e.event not in ("price_change", "fee_change", "tariff_change", "policy_change"):
        return {}
    up = way(e)
    if e.event in ("fee_change", "policy_change"):  # a rule change: its area's facets
        return {"up": up}
    if e.event == "tariff_change":
        factory = {True: "risk", False: "opportunity", None: "demand"}[up]
        return {"up": up, "role_facets": {"factory": factory}}
    who = ix.story.entities.get(e.entity)
    platform = who is not None and who.kind == "platform"
    facets = dict(
        _PLATFORM_PRICES if platform else RISE_FACETS if up in (True, None) else CUT_FACETS
    )
    if up is None:
        facets["factory"] = ""
    elif platform:
        facets["factory"] = "demand" if up else "risk"
    return {"up": up, "role_facets": facets}


#: A platform leaving a market: its sellers moving are clients to win for a
#: provider (not work it loses).
_CLOSES_FACETS = {"service_provider": "opportunity"}


#: A platform blocked in a market, to each reader: a channel lost (Risk) to its
#: sellers and brands, buyers' orders at risk for factories, sellers moving
#: to other platforms to win for providers and rival platforms (Opportunity).
_BAN_FACETS = {"service_provider": "opportunity", "platform_operator": "opportunity"}


def _ban_values(ix: FactIndex, e: Fact) -> dict[str, object]:
    """What a platform's access ban is to each reader (``_BAN_FACETS``), where
    it applies (the market among its ``parties``: Indonesia) and how many
    sellers the platform has there (its latest ``sellers`` count in that market,
    else overall): the sellers who must move at once, for every reader."""
    if e.event != "access_ban":
        return {}
    entities = ix.story.entities
    market = next((p for p in e.parties if entities[p].kind == "market"), "")
    counts = [
        f
        for seg in dict.fromkeys((market, ""))
        for f in ix.metrics("sellers", entity=e.segment, segment=seg)
        if f.quantity is not None
        and (not f.period or in_force(f.period, e.date or ix.story.published))
    ]
    sellers = latest(f for f in counts if f.segment == market) or latest(counts)
    return {"role_facets": _BAN_FACETS, "market": market, "sellers": sellers}


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
