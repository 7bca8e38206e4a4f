"""spend_per_buyer: a marketplace's sales against its active buyers, read as
whether it grows by winning buyers or by each buyer spending more.

"Product Commerce active customers … 24.7 million … from 22.5 million …
Product Commerce revenue … $7.98 billion … from $6.891 billion" (Coupang's
third quarter of 2025); "GMS down 2.4% … active buyers down 5%" (Etsy's).
Told apart, every reader got "active buyers up 9.8%" and "revenue up 15.8%"
as two rates of demand; together they say each buyer spent about 5.5% more,
and how much of the growth came from buyers and how much from baskets.

A platform's ``active_buyers`` rate on a year earlier (stated, or from its
levels) and its ``gmv`` (else ``revenue``) rate for the same period and
segment. Sales per buyer moved by their ratio (1.158 / 1.098: about 5%
more). A seller reads the spend per buyer (baskets to build, or buyers to
win back), a brand which side carried the change (reach new shoppers there,
or keep the ones it has), a service provider the orders to handle (sized to
sales, not to buyer counts), a platform operator a rival's share of wallet,
a researcher the split of the growth by logarithms and what an active buyer
counts; a factory the sales its sellers restock for (orders follow sales,
not buyer counts).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from ..model import Takeaway
from .facts import HUNDRED, FactIndex, UndefinedFigureError, compute
from .kinds import stances_of
from .perunit import per_unit
from .registry import Check, rule

#: What spend per buyer is to each reader.
FACETS = {
    "seller": "demand",
    "brand": "marketing",
    "factory": "demand",
    "service_provider": "operations",
    "platform_operator": "competition",
    "researcher": "research",
}

#: The sales metrics read against buyers, most telling first.
SALES = ("gmv", "revenue")


def driver(buyers: float, per_buyer: float) -> str:
    """Which side moved sales most, by logarithms (a 9.8% rise in buyers and
    a 5.5% rise per buyer: 'buyers'); 'both' when neither is twice the other.

    >>> driver(9.8, 5.5), driver(-5, 2.7), driver(2, 8)
    ('buyers', 'buyers', 'spend')
    """
    b, p = abs(math.log1p(buyers / 100)), abs(math.log1p(per_buyer / 100))
    if b >= 1.5 * p:
        return "buyers"
    if p >= 1.5 * b:
        return "spend"
    return "both"


@rule("spend_per_buyer", needs=("metric:active_buyers",))
def spend_per_buyer(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Sales growth over active buyers growth, per platform and segment, latest period."""
    seen: set[tuple[str, str]] = set()
    facts = sorted((f for f in ix.metrics("active_buyers", measure=None) if f.period),
                   key=lambda f: f.period, reverse=True)
    for f in facts:
        if (f.entity, f.segment) in seen or ix.kind(f.entity) != "platform":
            continue
        buyers, level = ix.yoy_rate("active_buyers", f.entity, f.period, f.segment)
        if buyers is None:
            continue
        for metric in SALES:
            sales, _ = ix.yoy_rate(metric, f.entity, f.period, f.segment)
            if sales is not None:
                break
        else:
            continue
        seen.add((f.entity, f.segment))
        try:
            per = per_unit(sales, buyers)
            side = driver(float(buyers.value), float(per.value))
        except (UndefinedFigureError, ValueError):
            continue
        split = None  # the buyers' part of the growth, by logarithms, when both sides grew
        if buyers.value > 0 and per.value > 0:
            split = compute(lambda s, b: Decimal(math.log1p(b / HUNDRED) / math.log1p(s / HUNDRED))
                            * HUNDRED, sales, buyers, unit="percent")
        values: dict[str, Any] = {
            "buyers": buyers, "sales": sales, "per": per, "side": side, "metric": metric,
            "split": split,
            "level": level, "when": f,
            "role_facets": FACETS, "role_stances": stances_of(FACETS),
        }
        yield Takeaway(
            rule="spend_per_buyer",
            message="spend_per_buyer",
            facet="demand",
            priority=72,
            facts=tuple(dict.fromkeys((*sales.facts, *buyers.facts))),
            values=values,
            entity=f.entity,
        )
