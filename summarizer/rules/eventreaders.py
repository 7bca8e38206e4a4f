"""What each kind of dated event is to each reader, where the vocabulary's
stances are not enough: an acquisition that opens no outlet, a platform's
outage, a carrier cutting a customer, a company's own price change (up or
down), a channel closing, a platform barred from a market with its sellers
there. ``dated_event`` (``events``) merges these values into its takeaway;
split from it so that module keeps to which events are told.
"""

from __future__ import annotations

from ..facts.event_fields import way
from ..model import Fact
from .facts import FactIndex
from .footprint import CARRIER_CUT_FACETS
from .kinds import stances_of
from .pricing import CUT_FACETS, OWN_PRICE_KINDS, RISE_FACETS
from .timeline import in_force, latest

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


def carrier_facets(ix: FactIndex, e: Fact) -> dict[str, object]:
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


def outage_facets(ix: FactIndex, e: Fact) -> dict[str, object]:
    """``role_facets`` for the outage of a platform or a brand (a disruption
    of either, not of a port): ``_OUTAGE_FACETS``."""
    who = ix.story.entities.get(e.entity)
    if e.event != "disruption" or who is None:
        return {}
    facets = _OUTAGE_FACETS.get((who.kind, e.over_by(ix.story.published)))
    return {"role_facets": facets} if facets else {}


def acquisition_facets(ix: FactIndex, e: Fact, channel: str) -> dict[str, object]:
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


def own_goods(ix: FactIndex, e: Fact) -> bool:
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


def direction_values(ix: FactIndex, e: Fact) -> dict[str, object]:
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
CLOSES_FACETS = {"service_provider": "opportunity"}


#: A platform blocked in a market, to each reader: a channel lost (Risk) to its
#: sellers and brands, buyers' orders at risk for factories, sellers moving
#: to other platforms to win for providers and rival platforms (Opportunity).
_BAN_FACETS = {"service_provider": "opportunity", "platform_operator": "opportunity"}


def ban_values(ix: FactIndex, e: Fact) -> dict[str, object]:
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
