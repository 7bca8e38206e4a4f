"""dispatch_deadline: how long a platform gives its sellers to ship an order.

Platforms hold sellers to a dispatch deadline (TikTok Shop US: an order in
transit within 4 business days from January 12, 2026, then within 2 from
January 26; Chinese marketplaces' 48 hours) and penalise shops that miss
it too often (past 10% of orders late, US$5 per late order). No fee moves,
yet a shorter deadline decides where a seller's stock must sit: with 2
business days there is no time to buy or make after the order. As a dated
``policy_change`` alone the news reads like a compliance rule ("documents,
labels or test reports"), which says nothing to the reader who must act.

This rule reads a platform's ``dispatch_deadline`` from the day it applies,
against the old deadline when the editor gives one (``base:`` or a period
earlier; an old deadline may itself still be to come, a first phase), with
the platform's ``late_dispatch_limit`` and ``late_dispatch_penalty`` beside
it, and words it per reader from which way it moved (templates
``dispatch_deadline.j2``). A shorter (or new) deadline: stock on hand near
buyers and the late rate to watch for a seller; distributors' and own
shops' stock cover for a brand; earlier, steadier stock orders for a
factory; local warehousing, pick-and-pack and tracked carriers to sell for a
provider; delivery standards to set against it for a rival platform; late
rates and cancellations to track for a researcher. A longer deadline is
slack: made-to-order and pre-sale become possible for a seller and a
brand, a provider's urgent work shrinks, a factory is not told.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Takeaway
from .facts import FactIndex
from .registry import Check, rule
from .terms import dated_terms
from .timeline import in_force

#: What a shorter (or a new) deadline is to each reader.
SHORTER_FACETS = {
    "seller": "operations",
    "brand": "operations",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}

#: A longer deadline: slack for sellers and brands, less urgent work for a
#: provider, no factory point.
LONGER_FACETS = {**SHORTER_FACETS, "factory": "", "service_provider": "risk"}

#: What a deadline's point tells beside it: the late share past which the
#: platform penalises a shop, and the penalty per late order.
PENALTIES = ("late_dispatch_limit", "late_dispatch_penalty")
#: The names a point gives them (``v.limit``, ``v.fine`` in the templates).
KEYS = ("limit", "fine")

#: A penalty for shipping late with no deadline in the story ("late_penalty"):
#: a cost per late order for a seller, distributors' late orders for a brand,
#: fulfilment that ships in time to sell for a provider, a rival's penalties
#: for a platform, late rates for a researcher; no factory point.
PENALTY_FACETS = {
    "seller": "cost",
    "brand": "operations",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}


@rule("dispatch_deadline", needs=("metric:dispatch_deadline",))
def dispatch_deadline(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A platform's dispatch deadline from its day, against the old one, with
    the penalty for shipping late told once, with the newest deadline."""
    told: set[str] = set()  # platforms whose penalty a deadline's point tells

    def penalties(f: Fact) -> dict[str, Fact | None]:
        if f.entity in told:
            return dict.fromkeys(KEYS)
        told.add(f.entity)
        return _penalty(ix, f.entity)

    yield from dated_terms(
        ix,
        "dispatch_deadline",
        "dispatch_deadline",
        LONGER_FACETS,
        SHORTER_FACETS,
        "operations",
        penalties,
        new_is_rise=False,
    )
    yield from _penalties_alone(ix, told)


def _penalty(ix: FactIndex, entity: str) -> dict[str, Fact | None]:
    """The platform's late share past which it penalises a shop (``limit``)
    and its charge per late order (``fine``): the first of each, or None."""
    return {
        key: next(iter(ix.metrics(m, entity=entity)), None)
        for m, key in zip(PENALTIES, KEYS, strict=True)
    }


def _penalties_alone(ix: FactIndex, told: set[str]) -> Iterator[Takeaway]:
    """A platform's penalty for shipping late that no deadline's point told
    (the article gives the penalty, not the deadline): its own point, from
    the day of the platform's rule change when there is one."""
    for entity in dict.fromkeys(p.entity for m in PENALTIES for p in ix.metrics(m)):
        if entity in told:
            continue
        found = _penalty(ix, entity)
        event = next((e for e in ix.events("policy_change", entity=entity) if e.date), None)
        start = event.date.isoformat() if event is not None and event.date else ""
        yield Takeaway(
            rule="dispatch_deadline",
            message="late_penalty",
            facet="cost",
            priority=78,
            facts=tuple(x.id for x in (found["fine"], found["limit"], event) if x is not None),
            values={
                **found,
                "start": start,
                "past": bool(start) and in_force(start, ix.story.published),
                "role_facets": PENALTY_FACETS,
            },
            entity=entity,
        )


#: A stock floor set or raised is what a shorter deadline is, stock a seller
#: must hold: stock to plan for a seller and a brand, bigger and earlier orders
#: for a factory, forecasting and restocking to sell for a provider, a rival's
#: stock rules for a platform, in-stock rates for a researcher; a floor
#: lowered, like a longer deadline, is slack (no factory point).
FLOOR_UP_FACETS, FLOOR_DOWN_FACETS = SHORTER_FACETS, LONGER_FACETS


@rule("stock_floor", needs=("metric:stock_cover_floor",))
def stock_floor(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """The stock a platform makes its sellers hold, in days of each product's
    own sales, below which it charges a fee (Amazon's low-inventory-level fee
    from April 1, 2024: under 28 days of supply, a fee on every unit sold):
    from its day, against the old floor when there is one. No fee moves that
    the article prices, yet where a seller's stock and cash must sit does;
    as a bare ``policy_change`` it read like a compliance rule."""
    yield from dated_terms(
        ix, "stock_cover_floor", "stock_floor", FLOOR_UP_FACETS, FLOOR_DOWN_FACETS, "operations"
    )
