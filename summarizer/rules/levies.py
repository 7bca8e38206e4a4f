"""A flat charge per parcel, order or item where there was none
(``charge_introduced``).

The EU's €3 duty on each parcel under €150 from July 2026, where such parcels
paid nothing, is news about every cheap parcel: from zero there is no
percentage rise for ``base_change`` to tell (it returns nothing for a base of
0), and a story that gave no other figure left every reader with "little
bearing". What the charge means is computed from the story's own figures:

- against the ceiling it applies below (the €150 de minimis threshold): the
  least share of a parcel's value it is (2%), more for every cheaper parcel;
- against the count it is levied on (4.6 billion parcels in 2024): what it
  adds up to in a year at that volume (about €13.8 billion), a bill that
  holds only if the volume does.

Each reader reads it from its side (templates ``charge_introduced.j2``): what
to do about each parcel (seller), a rival's price edge (brand), direct
shipments against bulk ones (factory), brokerage and consolidation work
(provider), who pays at checkout (platform), and the volume to track
(researcher). A platform's new flat fee on each order (TikTok Shop
Malaysia's MYR 0.50 'platform support fee' from February 2026) is told
too, as ``platform_charge``: a fee whatever the order's value weighs most on
cheap single-item orders, so sellers are told to make each order carry more,
factories that sellers will want sets and multipacks, a rival platform that
its small-ticket sellers may look elsewhere; against the platform's average
order value when the story gives one, the share of it the fee takes. A
charge that existed before and moved is ``base_change``'s.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, compute
from .kinds import PER_SALE, kind_of, levied_on
from .netcharge import covered
from .registry import Check, rule
from .timeline import in_force, period_end

#: The count a charge per unit is levied on: what turns it into a year's bill.
VOLUME_OF = {"parcel": "parcels", "order": "orders", "item": "units_sold", "unit": "units_sold"}

#: Levels below which the charge applies: it is at least its share of them.
CEILINGS = ("de_minimis_threshold",)

#: What a new charge on cheap imports is to each reader.
CHARGE_FACETS = {
    "seller": "cost",
    "brand": "competition",
    "factory": "cost",
    "service_provider": "opportunity",
    "platform_operator": "risk",
    "researcher": "research",
}


def _volume(ix: FactIndex, f: Fact) -> Fact | None:
    """The latest whole year's count of what the charge is levied on, of the
    charge's segment when the story gives one for it."""
    metric = VOLUME_OF.get(f.quantity.per if f.quantity else "", "")
    counts = [c for c in ix.metrics(metric) if c.quantity and c.period.startswith("FY")]
    mine = [c for c in counts if c.segment == f.segment] or counts
    return max(mine, key=lambda c: period_end(c.period), default=None)


#: What a platform's new fee on each order is to each reader, and the stake
#: it has in it: a factory's is the sets its buyers will ask for.
PLATFORM_FACETS = {
    "seller": "cost",
    "brand": "cost",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}
PLATFORM_STANCES = {
    "seller": "cost",
    "brand": "cost",
    "factory": "demand",
    "service_provider": "demand",
    "platform_operator": "competition",
    "researcher": "benchmark",
}


def _basket(ix: FactIndex, f: Fact) -> Fact | None:
    """The platform's latest average order value in the fee's currency."""
    unit = f.quantity.unit if f.quantity else ""
    values = [a for a in ix.metrics("aov") if a.entity == f.entity and a.quantity
              and a.quantity.unit == unit and a.quantity.value > 0]
    return max(values, key=lambda a: period_end(a.period), default=None)


def _platform_fee(ix: FactIndex, f: Fact) -> bool:
    """Whether ``f`` is a platform's fee on what its sellers sell (not a duty)."""
    e = ix.story.entities.get(f.entity)
    return e is not None and e.kind == "platform" and f.quantity is not None and (
        f.quantity.per in PER_SALE
    )


def _ceiling(ix: FactIndex, f: Fact) -> Fact | None:
    unit = f.quantity.unit if f.quantity else ""
    return next((c for m in CEILINGS for c in ix.metrics(m)
                 if c.quantity and c.quantity.unit == unit and c.quantity.value > 0), None)


@rule("charge_introduced", needs=("metric:duty",))
def charge_introduced(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A charge per unit whose base, as the editor names it, is nothing."""
    netted = covered(ix)  # a new charge with another's cut on the same unit: net_charge's
    for f in ix.metrics(stated=False):
        if f.id in netted:
            continue
        q = f.quantity
        b = ix.fact(f.base) if f.base else None
        if q is None or not q.per or b is None or b.quantity is None or q.value <= 0:
            continue
        if kind_of(f.metric) != "money" or b.quantity.value != 0 or b.quantity.unit != q.unit:
            continue  # a charge that moved: base_change's
        if levied_on(f.metric) != "imports":
            if _platform_fee(ix, f):
                yield _platform_charge(ix, f, b)
            continue
        ceiling, volume = _ceiling(ix, f), _volume(ix, f)
        share = bill = None
        if ceiling is not None:
            share = compute(lambda x, c: x / c * HUNDRED, Num.of(f), Num.of(ceiling),
                            unit="percent")
        if volume is not None:
            bill = compute(lambda x, n: x * n, Num.of(f), Num.of(volume), unit=q.unit)
        yield Takeaway(
            rule="charge_introduced",
            message="charge_introduced",
            facet="cost",
            priority=82,
            facts=tuple(x.id for x in (b, f, ceiling, volume) if x is not None),
            values={
                "cur": f,
                "base": b,
                "ceiling": ceiling,
                "share": share,
                "volume": volume,
                "bill": bill,
                "past": in_force(f.period, ix.story.published),
                "role_facets": CHARGE_FACETS,
            },
            entity=f.entity,
        )


def _platform_charge(ix: FactIndex, f: Fact, b: Fact) -> Takeaway:
    basket = _basket(ix, f)
    share = None
    if basket is not None:
        share = compute(lambda x, a: x / a * HUNDRED, Num.of(f), Num.of(basket), unit="percent")
    return Takeaway(
        rule="charge_introduced",
        message="platform_charge",
        facet="cost",
        priority=82,
        facts=tuple(x.id for x in (b, f, basket) if x is not None),
        values={
            "cur": f,
            "base": b,
            "basket": basket,
            "share": share,
            "past": in_force(f.period, ix.story.published),
            "role_facets": PLATFORM_FACETS,
            "role_stances": PLATFORM_STANCES,
        },
        entity=f.entity,
    )
