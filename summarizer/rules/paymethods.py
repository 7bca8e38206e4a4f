"""payment_method: what shoppers spent through one way of paying, and its
share of all they spent online, read as what a checkout should offer.

"BNPL usage accounted for $18.2 billion of online spending during the 2024
holiday shopping season, marking a 9.6% increase compared to the previous
year … Total online spending between November 1 and December 31 reached
about $241.4 billion" (Adobe's figures). Read as a channel's GMV, the
generic rules told a seller to "set your own sales growth in buy now, pay
later against that rate": a way of paying is not a place to sell.

``payment_spend`` (the way of paying as segment) is read with its stated
yearly rate and its share of the market's ``gmv`` over the same period
(worked out, the total's qualifier carried: "about 7.5%"). A seller offers
it at checkout on its dearer items and weighs its fee against larger
baskets, a brand shows the instalment price on its own site, a provider
sells the checkout integration and the reconciliation of lenders' payouts,
a platform offers it across its checkout, a researcher reads it as
shoppers' short-term credit. A factory is not told.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Fact, Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of
from .registry import Check, rule

#: What shoppers paying one way is to each reader.
FACETS = {
    "seller": "customers",
    "brand": "customers",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}


def _rate(ix: FactIndex, f: Fact) -> Fact | None:
    """The spending's stated yearly rate in percent, the same period."""
    return next((r for r in ix.metrics("payment_spend", entity=f.entity, segment=f.segment,
                                       period=f.period, measure="yoy")
                 if r.quantity is not None and r.quantity.unit == "percent"), None)


def _share(ix: FactIndex, f: Fact) -> tuple[Fact | None, Num | None]:
    """The market's whole online spending over the period, and this way's share of it."""
    total = next((t for t in ix.metrics("gmv", entity=f.entity, segment="", period=f.period)
                  if t.quantity is not None and t.quantity.upper is None), None)
    if total is None:
        return None, None
    try:
        return total, compute(lambda a, b: a / b * 100, Num.of(f), Num.of(total), unit="percent")
    except UndefinedFigureError:
        return total, None


@rule("payment_method", needs=("metric:payment_spend",))
def payment_method(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Spending through one way of paying, its growth and its share."""
    for f in ix.metrics("payment_spend"):
        if f.quantity is None or not f.segment or not f.period or f.quantity.upper is not None:
            continue
        rate = _rate(ix, f)
        total, share = _share(ix, f)
        if rate is None and share is None:
            continue  # an amount alone: no growth and no share to plan a checkout on
        values: dict[str, Any] = {
            "cur": f, "rate": rate, "total": total, "share": share,
            "about": bool(total is not None and total.quantity and total.quantity.qualifier),
            "role_facets": FACETS, "role_stances": stances_of(FACETS),
        }
        told = [x for x in (f, rate, total) if x is not None]
        yield Takeaway(
            rule="payment_method",
            message="payment_method",
            facet="customers",
            priority=72,
            facts=tuple(x.id for x in told),
            values=values,
            entity=f.entity,
        )
