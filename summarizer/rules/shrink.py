"""retail_shrink: the stock retailers lose to theft, damage and errors, read
as what each reader can do about the part of it that is theirs.

"The average shrink rate in FY 2022 increased to 1.6%, up from 1.4% the
previous year … shrink accounted for $112.1 billion in losses, up from $93.9
billion … internal and external theft accounted for nearly two-thirds (65%)
of retailers' shrink" (the NRF's 2023 National Retail Security Survey); "external
theft, including organized retail crime, caused an average 36% of total loss;
employee theft 29%; and process, control failures and errors 27%" (Grocery
Dive). No rule read shrink: every reader was told the story had no bearing on
them.

A market's ``shrink_rate`` (of sales) and ``shrink`` (the money) are each
read against the year before, and ``shrink_share`` by cause (the segment)
goes to the reader whose work answering that cause is (the vocabulary
segment's ``answers``: theft a factory's, external theft a platform's,
process errors a provider's). A brand reads the rate as money lost per
US$100 sold, a seller the losses' growth as stores locking up or dropping
lines shoppers then look for online, a researcher the dollar figure as the
rate times all retail sales (the base it implies), so it grows with prices
even when the rate holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute, moved
from .kinds import answered, facets_with, stances_of
from .registry import Check, rule
from .timeline import latest

#: What shrink is to each reader; a reader whose figure is missing is left out.
FACETS = {
    "seller": "opportunity",
    "brand": "cost",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "risk",
    "researcher": "research",
}

#: The figure each reader's point rests on (a cause's share goes to the
#: reader its segment answers to).
NEEDS = {"seller": "loss_move", "brand": "rate", "researcher": "base",
         "factory": "factory", "service_provider": "service_provider",
         "platform_operator": "platform_operator"}


def _pair(ix: FactIndex, metric: str, entity: str) -> tuple[Fact | None, Fact | None]:
    """The latest reading of ``metric`` and the same period a year earlier
    (``FactIndex.earlier``: what "from 1.4%" and "a year earlier" say)."""
    cur = latest(f for f in ix.metrics(metric, entity=entity, segment="", stated=False)
                 if f.period and f.quantity is not None and f.quantity.upper is None)
    return (ix.earlier(cur) if cur is not None else None), cur


@rule("retail_shrink", needs=("metric:shrink_rate", "metric:shrink", "metric:shrink_share"))
def retail_shrink(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A market's shrink: its rate of sales, its money, and what causes it."""
    entities = dict.fromkeys(f.entity for m in ("shrink_rate", "shrink")
                             for f in ix.metrics(m))
    for entity in entities:
        prev_rate, rate = _pair(ix, "shrink_rate", entity)
        prev_loss, loss = _pair(ix, "shrink", entity)
        if rate is None and loss is None:
            continue
        newest = rate or loss
        assert newest is not None
        causes = answered(ix.metrics("shrink_share", entity=entity, period=newest.period))
        loss_move = moved(prev_loss, loss) if prev_loss and loss else None
        base = per100 = None
        try:
            if rate is not None and loss is not None and rate.period == loss.period:
                base = compute(lambda m, r: m / r * HUNDRED, Num.of(loss), Num.of(rate),
                               unit=loss.quantity.unit if loss.quantity else "")
            if rate is not None and loss is not None and loss.quantity is not None:
                per100 = replace(Num.of(rate), unit=loss.quantity.unit)  # lost per 100 sold
        except UndefinedFigureError:
            base = per100 = None
        have = {"loss_move": loss_move is not None, "rate": rate is not None,
                "base": base is not None, **{role: role in causes for role in FACETS}}
        facets = facets_with(FACETS, NEEDS, have)
        if not any(facets.values()):
            continue
        values: dict[str, Any] = {
            "rate": rate, "prev_rate": prev_rate, "loss": loss, "prev_loss": prev_loss,
            "loss_move": loss_move, "base": base, "per100": per100, "causes": causes,
            "role_facets": facets, "role_stances": stances_of(facets),
        }
        told = [f for f in (rate, prev_rate, loss, prev_loss, *causes.values()) if f is not None]
        yield Takeaway(
            rule="retail_shrink",
            message="retail_shrink",
            facet="cost",
            priority=73,
            facts=tuple(f.id for f in told),
            values=values,
            entity=entity,
        )
