"""cargo_space: how full cargo planes fly, read as who holds the bargaining
power over air freight.

"56%: Global dynamic load factor (–2 percentage points YoY)", "+1%: Global
air cargo volume growth (YoY)" (Xeneta's June 2025 figures) say that
capacity grew faster than the cargo filling it: space to spare, and rates
under pressure, before the rates themselves show it. As plain figures a
load factor read as a level with its growth says nothing ("brought in 56%
of load factor"), and a volume's rate as a market's growth a seller should
beat, which a seller shipping by air does not.

This rule reads a market's ``load_factor`` (the level, and its change in
points on a year earlier, stated; the level a year earlier is the level
less the change) and its ``air_cargo_volume`` rate for the same period, if
the story gives one. A falling load factor is a shippers' market. Each
reader reads it from its side (templates ``cargo_space.j2``): a seller's
peak-season bookings, a brand's contract talks, a forwarder's block space,
a researcher's test of whether rates follow capacity. A factory and a
platform are not told.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of
from .registry import Check, rule

#: What the space on cargo planes is to each reader ('' = no point).
SPACE_FACETS = {
    "seller": "cost",
    "brand": "cost",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "",
    "researcher": "research",
}


@rule("cargo_space", needs=("metric:load_factor",))
def cargo_space(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Each market's load factor with its change on a year earlier, and the
    cargo volume's rate for the same period."""
    for load in ix.metrics("load_factor", segment="", stated=False):
        change = _change(ix, load)
        if load.quantity is None or change is None or change.quantity is None:
            continue  # a level alone: nothing moved
        if change.quantity.value == 0:
            continue  # as full as a year earlier: no side gained the upper hand
        try:
            prior = compute(lambda v, c: v - c, Num.of(load), Num.of(change), unit="percent")
        except UndefinedFigureError:
            continue
        volume = next(
            (v for v in ix.metrics("air_cargo_volume", entity=load.entity, segment="",
                                   period=load.period, measure="yoy")
             if v.quantity is not None and v.quantity.unit == "percent"),
            None,
        )  # fmt: skip
        ids = [load.id, change.id] + ([volume.id] if volume else [])
        yield Takeaway(
            rule="cargo_space",
            message="cargo_space",
            facet="cost",
            priority=70,
            facts=tuple(ids),
            values={
                "cur": load,
                "change": change,
                "prior": prior,
                "volume": volume,
                # emptier planes than a year earlier: space to spare
                "looser": change.quantity.value < 0,
                "role_facets": SPACE_FACETS,
                "role_stances": stances_of(SPACE_FACETS),
            },
            entity=load.entity,
        )


def _change(ix: FactIndex, load: Fact) -> Fact | None:
    """The load factor's stated change in points on a year earlier."""
    for c in ix.metrics("load_factor", entity=load.entity, segment="", period=load.period,
                        measure="yoy"):
        if c.quantity is not None and c.quantity.unit == "pp":
            return c
    return None
