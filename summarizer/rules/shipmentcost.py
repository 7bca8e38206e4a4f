"""shipment_cost: a freight tracker's shipments against what shippers spent
on them, read as what one shipment now costs and why.

"The y/y decline in shipments widened to 9.3% in August … Expenditures were
0.4% below the year-ago level … actual freight rates were up 9.8% y/y … The
mix shift from LTL to TL drove the increase" (the Cass Freight Index, August
2025). Each rate alone says little to a reader: fewer shipments is weak
demand, flat spending a flat bill; together they say every shipment costs
about a tenth more while fewer move.

An entity's ``freight_spend`` rate on a year earlier and its
``freight_shipments`` rate for the same period (stated, or from levels).
The cost of a shipment moved by their ratio (0.996 / 0.907: 9.8% more);
a stated ``cost_per_shipment`` rate is checked against it. A seller reads
that cost (its landed cost), a factory the shipments (goods moving to shelves
are its reorders), a brand the bill against the volume (spending barely fell
while shipments did: fewer, fuller loads are the saving), a service provider
the money shippers spent (takings spread over fewer loads), a researcher the
cost against a lane's own price (``linehaul_rate``: 9.8% against 1.2% is mode
mix, not carriers charging more). A platform operator is not told: the index
counts freight between businesses, not the parcels a marketplace delivers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Takeaway
from .facts import FactIndex, Num, UndefinedFigureError
from .kinds import facets_with, stances_of
from .perunit import latest_pair, per_unit
from .registry import Check, rule

#: What the cost of a shipment is to each reader.
FACETS = {
    "seller": "cost",
    "brand": "operations",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "",
    "researcher": "research",
}

#: The figure each reader's point rests on (all are computed or given here).
NEEDS: dict[str, str] = {}


@rule("shipment_cost", needs=("metric:freight_spend",))
def shipment_cost(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Freight spending growth over shipments growth, one period per entity."""
    for entity in dict.fromkeys(f.entity for f in ix.metrics("freight_spend", measure=None)):
        pair = latest_pair(ix, "freight_spend", "freight_shipments", entity)
        if pair is None:
            continue
        period, spend, level, ships = pair
        try:
            per = per_unit(spend, ships)
        except UndefinedFigureError:
            continue
        stated = ix.stated_yoy("cost_per_shipment", entity, period)
        if stated is not None:
            yield Check("shipment_cost", stated.id, per.figure, per.facts)
        lane = ix.stated_yoy("linehaul_rate", entity, period)
        linehaul = Num.of(lane) if lane is not None else None
        facets = facets_with(FACETS, NEEDS, {})
        values: dict[str, Any] = {
            "spend": spend, "ships": ships, "per": per, "stated": stated, "level": level,
            "linehaul": linehaul, "when": ix.fact(spend.facts[0]),
            "role_facets": facets, "role_stances": stances_of(facets),
        }
        told = dict.fromkeys((*spend.facts, *ships.facts, *((stated.id,) if stated else ()),
                              *((lane.id,) if lane else ()), *((level.id,) if level else ())))
        yield Takeaway(
            rule="shipment_cost",
            message="shipment_cost",
            facet="cost",
            priority=73,
            facts=tuple(told),
            values=values,
            entity=entity,
        )
