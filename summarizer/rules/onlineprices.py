"""online_prices: what goods cost online against a year earlier, by
category, and against the official consumer prices of the same goods.

"Overall, the Adobe Digital Price Index declined 2.9% from the previous
year … Online apparel prices fell an annual 9.9% in October … In the
official CPI measure, apparel prices rose 1.8% in the 12 months through
September" (Bloomberg on Adobe's index for October 2024). No rule read an
online price index: every reader was told the story had no bearing on it,
though falling shelf prices online are a seller's repricing, a brand's
price discipline and a platform's GMV.

The index's ``online_prices`` (a stated yearly rate, ``measure: yoy``) is
read whole and by category (the category as segment), the steepest fall
first; a category's official ``consumer_prices`` rate (any entity, the same
segment, the latest period up to the index's) is set beside it, the gap in
points. A seller and a factory read the steepest-falling category (what to
price at; what buyers will ask of cost prices), a brand the category where
online prices run furthest below the official ones (price discipline on
marketplaces), a provider the whole index beside what shoppers spent (more
goods to move per dollar of sales), a platform the units it takes to hold
GMV as prices fall, a researcher the online index against the official one.
A reader whose figure the story lacks is not told.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Fact, Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute
from .kinds import facets_with, stances_of
from .registry import Check, rule
from .timeline import period_end

#: What online prices moving is to each reader.
FACETS = {
    "seller": "pricing",
    "brand": "pricing",
    "factory": "pricing",
    "service_provider": "opportunity",
    "platform_operator": "income",
    "researcher": "research",
}

#: The figure each reader's point rests on.
NEEDS = {"seller": "faller", "factory": "faller", "brand": "gap",
         "service_provider": "whole", "platform_operator": "whole"}


def _rates(ix: FactIndex, metric: str, **where: Any) -> list[Fact]:
    """Stated yearly rates in percent, one value each."""
    return [f for f in ix.metrics(metric, measure="yoy", **where)
            if f.quantity is not None and f.quantity.unit == "percent"
            and f.quantity.upper is None and f.period]


def _official(ix: FactIndex, online: Fact) -> Fact | None:
    """The official consumer prices of the category, the latest up to the index's period."""
    end = period_end(online.period)
    found = [f for f in _rates(ix, "consumer_prices", segment=online.segment)
             if period_end(f.period) <= end]
    return max(found, key=lambda f: period_end(f.period), default=None)


def _row(ix: FactIndex, f: Fact) -> dict[str, Any]:
    """A category's online rate, its official rate and the gap in points (online less official)."""
    cpi = _official(ix, f) if f.segment else None
    gap = None
    if cpi is not None:
        gap = compute(lambda a, b: a - b, Num.of(f), Num.of(cpi), unit="pp")
    return {"cur": f, "cpi": cpi, "gap": gap}


def _units(whole: Fact) -> Num | None:
    """How many more units (in %) hold sales level when prices move by the index's rate."""
    try:
        return compute(lambda r: (1 / (1 + r / 100) - 1) * 100, Num.of(whole), unit="percent")
    except UndefinedFigureError:
        return None


@rule("online_prices", needs=("metric:online_prices",))
def online_prices(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """One online price index's latest yearly rate, whole and by category."""
    indices = dict.fromkeys(f.entity for f in _rates(ix, "online_prices"))
    for index in indices:
        rates = _rates(ix, "online_prices", entity=index)
        latest = max(period_end(f.period) for f in rates)
        now = [f for f in rates if period_end(f.period) == latest]
        whole = next((f for f in now if not f.segment), None)
        rows = sorted((_row(ix, f) for f in now if f.segment),
                      key=lambda r: r["cur"].quantity.value)
        fallers = [r for r in rows if r["cur"].quantity.value < 0]
        gaps = sorted((r for r in rows if r["gap"] is not None and r["gap"].value < 0),
                      key=lambda r: r["gap"].value)
        have = {"faller": bool(fallers), "gap": bool(gaps), "whole": whole is not None}
        facets = facets_with(FACETS, NEEDS, have)
        spending = None
        if whole is not None:
            spending = next((f for f in ix.metrics("gmv", period=whole.period, segment="")
                             if f.quantity is not None and f.quantity.upper is None), None)
        values: dict[str, Any] = {
            "whole": whole, "rows": rows, "fallers": fallers[:2], "gap": gaps[0] if gaps else None,
            "official": [r for r in rows if r["cpi"] is not None],
            "units": _units(whole) if whole is not None else None, "spending": spending,
            "role_facets": facets, "role_stances": stances_of(facets),
        }
        told = [f for f in (whole, spending) if f is not None]
        told += [f for r in rows for f in (r["cur"], r["cpi"]) if f is not None]
        yield Takeaway(
            rule="online_prices",
            message="online_prices",
            facet="pricing",
            priority=74,
            facts=tuple(dict.fromkeys(f.id for f in told)),
            values=values,
            entity=index,
        )
