"""blank_sailings: voyages carriers cancel to take capacity out, read as
space, lead times and rates for those whose goods go by sea.

"As many as 149 cancelled sailings have been announced between weeks 2 …
and week 6 … out of the total 707 scheduled sailings … 58 percent of the
blank sailings will be occurring in the Transpacific Eastbound … THE
Alliance has announced 54 cancellations, followed by Ocean Alliance and 2M
… Drewry's composite index up 0.7 percent this week" (Drewry's Cancelled
Sailings Tracker). No rule read cancelled sailings; the index's weekly move
alone was read as a carrier's price rise ("deliveries you pay for with
Drewry's composite index cost 0.7% more").

The trades' ``blank_sailings`` against their ``scheduled_sailings`` over
the same run of weeks give the cancellation rate; the cancellations' split
by lane (``blank_sailing_share``, a market as segment) and by alliance
(``blank_sailings`` with a group as segment) are ranked; a freight index's
move in the story (``freight_rate`` of an entity of kind index, ``measure:
change``) is the market's answer. A seller reads the rate (book early, a
cancelled sailing rolls cargo to the next), a factory the lane that loses
most (confirm the vessel before packing an order), a provider the alliances
(book clients on those that cancel least), a brand the index (settle
contracts before cancellations lift rates), a platform the rate (inbound
stock for its next sales event arrives later), a researcher what blank
sailings are for. A reader whose figure is missing is not told.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Fact, Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute
from .kinds import facets_with, stances_of
from .registry import Check, rule

#: What cancelled sailings are to each reader.
FACETS = {
    "seller": "risk",
    "brand": "cost",
    "factory": "risk",
    "service_provider": "opportunity",
    "platform_operator": "risk",
    "researcher": "research",
}

#: The figure each reader's point rests on.
NEEDS = {"seller": "rate", "factory": "lanes", "service_provider": "alliances",
         "brand": "index", "platform_operator": "rate"}


def _one(ix: FactIndex, metric: str, entity: str, period: str) -> Fact | None:
    """The trades' whole figure for the run of weeks (no segment)."""
    return next((f for f in ix.metrics(metric, entity=entity, period=period)
                 if not f.segment and f.quantity is not None and f.quantity.upper is None), None)


def _parts(ix: FactIndex, metric: str, entity: str, period: str, kind: str) -> list[Fact]:
    """The figure's parts whose segment is an entity of ``kind``, largest first."""
    rows = [f for f in ix.metrics(metric, entity=entity, period=period)
            if f.segment and f.quantity is not None and f.quantity.upper is None
            and ix.kind(f.segment) == kind]
    return sorted(rows, key=lambda f: -f.quantity.value if f.quantity else 0)


def _index_move(ix: FactIndex) -> Fact | None:
    """A freight index's stated move in percent, the story's latest."""
    moves = [f for f in ix.metrics("freight_rate", measure="change")
             if f.quantity is not None and f.quantity.unit == "percent" and f.period
             and ix.kind(f.entity) == "index"]
    return max(moves, key=lambda f: f.period, default=None)


@rule("blank_sailings", needs=("metric:blank_sailings",))
def blank_sailings(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Cancelled sailings on a set of trades over a run of weeks, with the
    lanes and alliances they fall on and the freight market's move."""
    for blanked in ix.metrics("blank_sailings", segment=""):
        if blanked.quantity is None or not blanked.period:
            continue
        scheduled = _one(ix, "scheduled_sailings", blanked.entity, blanked.period)
        rate = None
        if scheduled is not None:
            try:
                rate = compute(lambda b, s: b / s * 100, Num.of(blanked), Num.of(scheduled),
                               unit="percent")
            except UndefinedFigureError:
                rate = None
        lanes = _parts(ix, "blank_sailing_share", blanked.entity, blanked.period, "market")
        alliances = _parts(ix, "blank_sailings", blanked.entity, blanked.period, "group")
        index = _index_move(ix)
        have = {"rate": rate is not None, "lanes": bool(lanes), "alliances": bool(alliances),
                "index": index is not None}
        facets = facets_with(FACETS, NEEDS, have)
        values: dict[str, Any] = {
            "blanked": blanked, "scheduled": scheduled, "rate": rate, "lanes": lanes[:4],
            "alliances": alliances[:3], "index": index,
            "role_facets": facets, "role_stances": stances_of(facets),
        }
        told = [f for f in (blanked, scheduled, *lanes, *alliances, index) if f is not None]
        yield Takeaway(
            rule="blank_sailings",
            message="blank_sailings",
            facet="supply",
            priority=73,
            facts=tuple(f.id for f in told),
            values=values,
            entity=blanked.entity,
        )
