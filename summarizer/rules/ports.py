"""container_move: a port's container volumes, read for the goods they carry.

"The Port of Los Angeles processed 716,619 TEU of containers in May, 5% less
than last year … loaded imports came in at 355,950 TEUs, 9% less … After
five months in 2025, the Port of Los Angeles has handled 4,063,472 TEUs, 4%
more" (Marine Log, June 2025) is the first count of the goods that will be
on shelves in the weeks ahead. As generic growth it told each reader "a
shrinking channel" once per figure, and it mixed up what matters: the
loaded imports (goods coming in to be sold), not the empty boxes.

This rule reads a port's latest month of ``port_volume``: the total, each
part the story gives (``segment``: loaded imports, loaded exports, empty
containers), each with its rate on a year earlier (stated, or computed from
the year-earlier level), and the year so far when the story gives it
(``2025M1-M5``). The loaded imports' direction decides the reading
(templates ``container_move.j2``), and a month down in a year still up is
named: goods brought in early and paid back now. A seller's and a brand's
stock before peak season, a factory's orders from that market, a
logistics provider's drayage and warehousing, a platform's selection, a
researcher's lead on retail inventories.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of
from .registry import Check, rule
from .timeline import period_end, previous_period, year_to_month

#: The part whose direction decides what the volumes mean: goods coming in.
IMPORTS = "loaded-imports"

#: What a port's volumes are to each reader, the same kinds of point for a
#: rise and a fall (the templates read them the other way).
PORT_FACETS = {
    "seller": "supply",
    "brand": "supply",
    "factory": "demand",
    "service_provider": "demand",
    "platform_operator": "supply",
    "researcher": "research",
}


@dataclass(frozen=True)
class Volume:
    """One count of the month (the total or a part) with its rate on a year earlier."""

    cur: Fact
    rate: Num | None
    rate_fact: Fact | None

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in (self.cur, self.rate_fact) if f is not None)


@rule("container_move", needs=("metric:port_volume",))
def container_move(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Each port's latest month: the total, its parts, the year so far."""
    months = [f for f in ix.metrics("port_volume") if len(f.period) == 7 and not f.forecast]
    for entity in dict.fromkeys(f.entity for f in months):
        mine = [f for f in months if f.entity == entity]
        period = max((f.period for f in mine), key=period_end)
        total = next((f for f in mine if f.period == period and not f.segment), None)
        parts = [_volume(ix, f) for f in mine if f.period == period and f.segment]
        if total is None and not parts:
            continue
        head = _volume(ix, total) if total is not None else None
        imports = next((p for p in parts if p.cur.segment == IMPORTS), None)
        lead = imports or head
        if lead is None or lead.rate is None:
            continue  # no move to read
        ytd = _year_so_far(ix, entity, period)
        down = lead.rate.value < 0
        ids = [i for v in (head, *parts, ytd) if v is not None for i in v.ids]
        yield Takeaway(
            rule="container_move",
            message="container_move",
            facet="supply",
            priority=73,
            facts=tuple(dict.fromkeys(ids)),
            values={
                "head": head,
                "parts": parts,
                "imports": imports,
                "ytd": ytd,
                "down": down,
                # a month down in a year still up: goods brought in early, paid back now
                "payback": down and ytd is not None and ytd.rate is not None
                and ytd.rate.value > 0,
                "cur": lead.cur,
                "role_facets": PORT_FACETS,
                "role_stances": stances_of(PORT_FACETS),
            },
            entity=entity,
        )


def _volume(ix: FactIndex, f: Fact) -> Volume:
    """``f`` with its rate on a year earlier: the story's stated rate, else
    computed from the same count a year before."""
    stated = ix.metrics("port_volume", entity=f.entity, segment=f.segment, period=f.period,
                        measure="yoy")
    if stated and stated[0].quantity is not None:
        return Volume(f, Num.of(stated[0]), stated[0])
    old = ix.metrics("port_volume", entity=f.entity, segment=f.segment,
                     period=previous_period(f.period))
    if old and old[0].quantity is not None and f.quantity is not None:
        try:
            rate = compute(lambda a, b: (a / b - 1) * HUNDRED, Num.of(f), Num.of(old[0]),
                           unit="percent")
        except UndefinedFigureError:
            return Volume(f, None, None)
        return Volume(f, rate, old[0])
    return Volume(f, None, None)


def _year_so_far(ix: FactIndex, entity: str, period: str) -> Volume | None:
    """The port's total for the year to ``period``'s month (``2025M1-M5``)."""
    found = ix.metrics("port_volume", entity=entity, segment="", period=year_to_month(period))
    return _volume(ix, found[0]) if found else None
