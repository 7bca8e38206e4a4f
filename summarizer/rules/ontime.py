"""parcel_on_time: how many parcels each carrier delivered by the day it
promised, read as which carrier to ship with and what to promise shoppers.

"The U.S. Postal Service showed the largest improvement, meeting on-time
delivery standards 94.1% of the time during December compared to 90.4% in
2024 … FedEx Express's on-time scores improved 3.5 points to 95.3%. UPS had
the highest on-time rate at 97.2% compared to 96.5% a year earlier"
(FreightWaves on ShipMatrix). No rule read on-time rates: every reader was
told the story had no bearing on them.

Carriers' ``on_time_rate`` (a company each) for the latest period, each with
its move in points on a year earlier (from the level a year before, else its
stated ``yoy`` in ``pp``), ranked. A seller reads the best against the worst
(which to ship promised orders with), a platform the worst's late parcels
(about 1 in 17: promises set per carrier), a brand the gap between them
against a year earlier, a provider how many improved (capacity to bargain
with), a researcher the most improved and that each rate is measured
against the carrier's own standards. A factory is not told.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import facets_with, stances_of
from .registry import Check, rule
from .timeline import latest

#: What carriers' on-time rates are to each reader.
FACETS = {
    "seller": "operations",
    "brand": "operations",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "customers",
    "researcher": "research",
}

#: The figure each reader's point rests on.
NEEDS = {"brand": "gap", "service_provider": "moves", "researcher": "moves"}


def _move(ix: FactIndex, cur: Fact) -> tuple[Fact | None, Num | None]:
    """The carrier's level a year earlier (``FactIndex.earlier``) and its move
    in points, else its stated move on the year."""
    prev, move = ix.against_earlier(cur, unit="pp")
    if prev is not None and prev.quantity is not None:
        return prev, move
    stated = next((f for f in ix.metrics("on_time_rate", entity=cur.entity, segment="",
                                         period=cur.period, measure="yoy")
                   if f.quantity is not None and f.quantity.unit == "pp"), None)
    return None, Num.of(stated) if stated is not None else None


@rule("parcel_on_time", needs=("metric:on_time_rate",))
def parcel_on_time(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Carriers' on-time rates for one period, ranked, with their moves."""
    levels = [f for f in ix.metrics("on_time_rate", segment="", stated=False)
              if f.quantity is not None and f.quantity.upper is None and f.period
              and ix.kind(f.entity) == "company"]
    last = latest(levels)
    if last is None:
        return
    rows: list[dict[str, Any]] = []
    for f in sorted((f for f in levels if f.period == last.period),
                    key=lambda f: -(f.quantity.value if f.quantity else 0)):
        prev, move = _move(ix, f)
        rows.append({"cur": f, "prev": prev, "move": move})
    if len(rows) < 2:
        return  # one carrier's rate: no carrier to choose against
    best, worst = rows[0], rows[-1]
    try:
        late = compute(lambda r: HUNDRED / (HUNDRED - r), Num.of(worst["cur"]), unit="")
    except UndefinedFigureError:
        late = None
    gap = gap_before = None
    if best["prev"] is not None and worst["prev"] is not None:
        gap = compute(lambda a, b: a - b, Num.of(best["cur"]), Num.of(worst["cur"]), unit="pp")
        gap_before = compute(lambda a, b: a - b, Num.of(best["prev"]), Num.of(worst["prev"]),
                             unit="pp")
    moved = [r for r in rows if r["move"] is not None]
    most = max(moved, key=lambda r: r["move"].value) if moved else None
    have = {"gap": gap is not None, "moves": len(moved) >= 2}
    facets = facets_with(FACETS, NEEDS, have)
    values: dict[str, Any] = {
        "rows": rows, "best": best, "worst": worst, "late": late, "gap": gap,
        "gap_before": gap_before, "improved": sum(1 for r in moved if r["move"].value > 0),
        "moved": len(moved), "most": most,
        "role_facets": facets, "role_stances": stances_of(facets),
    }
    told = [f for r in rows for f in (r["cur"], r["prev"]) if f is not None]
    yield Takeaway(
        rule="parcel_on_time",
        message="parcel_on_time",
        facet="operations",
        priority=72,
        facts=tuple(f.id for f in told),
        values=values,
        entity=best["cur"].entity,
    )
