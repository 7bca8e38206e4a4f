"""schedule_reliability: how many container ships arrive on time, and how
late the late ones are, read as lead times for those whose goods are aboard.

"Global schedule reliability recorded the first proper M/M decline in
November 2023, down 2.5 percentage points to 61.9 percent … On a Y/Y level,
however, schedule reliability was 5.4 percentage points higher … The average
delay for LATE vessel arrivals … increasing by 0.10 days M/M to 5.02 days …
Evergreen was the most reliable top-13 carrier, followed by Wan Hai with 68.1
percent" (Sea-Intelligence's monthly Global Liner Performance). A seller
shipping stock by sea plans on the schedule; what it needs to hear is how
often the schedule holds and by how much it slips.

The market's ``schedule_reliability`` (the level, its stated move in points
on the month as ``measure: change`` and on a year earlier as ``yoy``) and
its ``arrival_delay`` (days, with its move) are read together; carriers'
own reliabilities (the same metric, a company as the entity, the same
period) are ranked. Each reader is told a different figure: a seller how
late the late ships are (lead times and buffer stock), a brand which
carriers keep time (book them for stock a launch depends on), a provider
the move on the month against the year (tracking and reliable space to
sell), a platform the delay its sellers' inbound stock carries (inbound
deadlines), a researcher what the measure counts. A factory, which hands
its goods over at the port, is not told; a reader whose figure the story
lacks is not told either.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import FactIndex
from .kinds import facets_with, stances_of
from .registry import Check, rule

#: What ships keeping (or missing) their schedules is to each reader.
FACETS = {
    "seller": "risk",
    "brand": "risk",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "risk",
    "researcher": "research",
}

#: The figure each reader's point rests on.
NEEDS = {"seller": "delay", "brand": "carriers", "service_provider": "moves",
         "platform_operator": "delay"}


def _stated(ix: FactIndex, metric: str, level: Fact, measure: str, unit: str) -> Fact | None:
    """The level's stated move (``change`` on the month, ``yoy`` on the year) in ``unit``."""
    for f in ix.metrics(metric, entity=level.entity, segment="", period=level.period,
                        measure=measure):
        if f.quantity is not None and f.quantity.unit == unit and f.quantity.upper is None:
            return f
    return None


def _carriers(ix: FactIndex, market: Fact) -> list[Fact]:
    """Carriers' own reliabilities for the market's period, the most reliable first."""
    rows = [f for f in ix.metrics("schedule_reliability", segment="", period=market.period)
            if f.quantity is not None and f.quantity.upper is None
            and ix.kind(f.entity) == "company"]
    return sorted(rows, key=lambda f: -f.quantity.value if f.quantity else 0)


@rule("schedule_reliability", needs=("metric:schedule_reliability", "metric:arrival_delay"))
def schedule_reliability(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A shipping market's schedule reliability and late ships' delay, with
    their moves and the carriers that kept time best."""
    for level in ix.metrics("schedule_reliability", segment=""):
        e = ix.story.entities.get(level.entity)
        if level.quantity is None or not level.period or e is None or e.kind != "market":
            continue
        month = _stated(ix, "schedule_reliability", level, "change", "pp")
        year = _stated(ix, "schedule_reliability", level, "yoy", "pp")
        delay = next((f for f in ix.metrics("arrival_delay", entity=level.entity, segment="",
                                            period=level.period)
                      if f.quantity is not None and f.quantity.upper is None), None)
        delay_move = _stated(ix, "arrival_delay", delay, "change", "days") if delay else None
        carriers = _carriers(ix, level)[:2]
        if month is None and year is None and delay is None and not carriers:
            continue  # a level alone: no move, no delay, nothing to plan on
        have = {"delay": delay is not None, "carriers": bool(carriers),
                "moves": month is not None or year is not None}
        facets = facets_with(FACETS, NEEDS, have)
        kind = parse_period(level.period).kind  # moves "on the month" or "on the quarter"
        values: dict[str, Any] = {
            "span": kind if kind in ("month", "quarter") else "",
            "cur": level, "month": month, "year": year, "delay": delay,
            "delay_move": delay_move, "carriers": carriers,
            "role_facets": facets, "role_stances": stances_of(facets),
        }
        told = [f for f in (level, month, year, delay, delay_move, *carriers) if f is not None]
        yield Takeaway(
            rule="schedule_reliability",
            message="schedule_reliability",
            facet="operations",
            priority=72,
            facts=tuple(f.id for f in told),
            values=values,
            entity=level.entity,
        )
