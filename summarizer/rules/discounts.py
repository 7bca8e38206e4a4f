"""discount_depth: how deep discounts went by category in a season, against
a year earlier, read as what matching them costs and who discounts least.

"Shoppers found great deals in electronics, where discounts peaked at 30.9%
off listed price (vs. 30.1% in 2024), as well as toys at 29.6% (vs. 28%),
apparel at 25.1% (vs. 23.2%) … and furniture at 18.8% (vs. 19%)" (Adobe's
2025 holiday season). No rule read discount depth: every reader was told the
story had no bearing on them, on the season's biggest price news.

A market's ``peak_discount`` by category (segment) for the latest period,
each against its level a period earlier (``FactIndex.earlier``: the same
season a year before). A seller reads the deepest as the share of list price
left to sell at (69.1%: the margin to check before joining the deals), a
brand the category whose discounts deepened most (shoppers taught to wait),
a factory how many categories deepened (buyers who gave more away press
ex-factory prices next), a platform the shallowest (where a small subsidy
stands out), a provider the spread between deepest and shallowest (pricing
per category, not one sitewide rate), a researcher the average move and
that a discount is measured off a list price a seller sets.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from ..model import Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import facets_with, stances_of
from .registry import Check, rule
from .timeline import latest

#: What discount depth by category is to each reader.
FACETS = {
    "seller": "pricing",
    "brand": "pricing",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}

#: The figure each reader's point rests on.
NEEDS = {"brand": "moves", "factory": "moves", "researcher": "moves",
         "platform_operator": "categories", "service_provider": "categories"}


@rule("discount_depth", needs=("metric:peak_discount",))
def discount_depth(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Peak discounts by category for one period, deepest first, with moves."""
    for entity in ix.entities_with("peak_discount"):
        levels = [f for f in ix.metrics("peak_discount", entity=entity, stated=False)
                  if f.segment and f.period and f.quantity is not None
                  and f.quantity.unit == "percent" and f.quantity.upper is None]
        last = latest(levels)
        if last is None:
            continue
        rows: list[dict[str, Any]] = []
        for f in sorted((f for f in levels if f.period == last.period),
                        key=lambda f: -(f.quantity.value if f.quantity else 0)):
            prev, move = ix.against_earlier(f, unit="pp")
            rows.append({"cur": f, "prev": prev, "move": move})
        deepest, shallowest = rows[0], rows[-1]
        try:
            left = compute(lambda d: HUNDRED - d, Num.of(deepest["cur"]), unit="percent")
            spread = (compute(lambda a, b: a - b, Num.of(deepest["cur"]),
                              Num.of(shallowest["cur"]), unit="pp") if len(rows) > 1 else None)
        except UndefinedFigureError:
            continue
        moved = [r for r in rows if r["move"] is not None]
        most = max(moved, key=lambda r: r["move"].value) if moved else None
        average = None
        if len(moved) >= 2:
            total = sum((r["move"].value for r in moved), Decimal(0))
            average = Num(total / len(moved), total / len(moved), total / len(moved),
                          tuple(f for r in moved for f in r["move"].facts), "pp")
        have = {"moves": most is not None and average is not None, "categories": spread is not None}
        facets = facets_with(FACETS, NEEDS, have)
        values: dict[str, Any] = {
            "rows": rows, "deepest": deepest, "shallowest": shallowest, "left": left,
            "spread": spread, "most": most, "average": average, "moved": len(moved),
            "deepened": sum(1 for r in moved if r["move"].value > 0),
            "role_facets": facets, "role_stances": stances_of(facets),
        }
        told = [f for r in rows for f in (r["cur"], r["prev"]) if f is not None]
        yield Takeaway(
            rule="discount_depth",
            message="discount_depth",
            facet="pricing",
            priority=72,
            facts=tuple(f.id for f in told),
            values=values,
            entity=entity,
        )
