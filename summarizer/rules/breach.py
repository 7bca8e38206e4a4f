"""data_breach: customer data taken from a platform or retailer, read as the
phishing its shoppers will get, the fine its owner risks and what a
precedent says of that risk.

"Coupang said last week that the personal information of 33.7 million
customers had been compromised … companies that suffer personal information
leaks can be fined up to 3 percent of their total sales … Based on Coupang's
sales last year of 41 trillion won … a fine of up to 1.2 trillion won … the
privacy watchdog fined wireless carrier SK Telecom Co. a record 134.8 billion
won … far short of the highest possible amount that could have been imposed
of over 300 billion won" (UPI). No rule read a breach: every reader was told
the story had no bearing on them.

The breached entity's latest ``breached_accounts`` is the news. A law's
``fine_cap_rate`` (a regulation entity's, ``limit``) times the entity's
latest ``revenue`` is the most it can be fined (checked against a stated
``fine_cap`` of the entity); another entity's ``fine`` against its own
``fine_cap`` is the precedent (how far below the ceiling a regulator went).
A seller reads the accounts as phishing aimed at its buyers, a brand as
shoppers' trust in the channel, a provider as security work every platform
will now buy, a platform the ceiling, a researcher the precedent. A factory
is not told.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import facets_with, stances_of
from .registry import Check, rule
from .timeline import latest

#: What a breach of customer data is to each reader.
FACETS = {
    "seller": "risk",
    "brand": "customers",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "compliance",
    "researcher": "research",
}

#: The figure each reader's point rests on.
NEEDS = {"platform_operator": "ceiling", "researcher": "precedent"}


def _one(ix: FactIndex, metric: str, entity: str, stated: bool | None = False) -> Fact | None:
    """The entity's latest single-valued reading of ``metric``."""
    return latest(f for f in ix.metrics(metric, entity=entity, segment="", stated=stated)
                  if f.quantity is not None and f.quantity.upper is None)


def _ceiling(ix: FactIndex, entity: str) -> tuple[Fact | None, Fact | None, Num | None]:
    """The law's cap as a share of sales, the entity's sales, and the most it
    can be fined (None where the story lacks either)."""
    rate = next((f for f in ix.metrics("fine_cap_rate", segment="")
                 if f.quantity is not None and f.quantity.unit == "percent"
                 and (e := ix.story.entities.get(f.entity)) is not None
                 and e.kind == "regulation"), None)
    sales = _one(ix, "revenue", entity)
    if rate is None or sales is None or sales.quantity is None:
        return rate, sales, None
    try:
        most = compute(lambda r, s: r * s / HUNDRED, Num.of(rate), Num.of(sales),
                       unit=sales.quantity.unit)
    except UndefinedFigureError:
        return rate, sales, None
    return rate, sales, most


def _precedent(ix: FactIndex, entity: str) -> dict[str, Any] | None:
    """Another entity's fine against the most it could have been, as a share."""
    for fine in ix.metrics("fine", segment="", stated=False):
        if fine.entity == entity or fine.quantity is None:
            continue
        cap = _one(ix, "fine_cap", fine.entity, stated=None)
        if cap is None or cap.quantity is None or cap.quantity.unit != fine.quantity.unit:
            continue
        try:
            share = compute(lambda f, c: f / c * HUNDRED, Num.of(fine), Num.of(cap),
                            unit="percent")
        except UndefinedFigureError:
            continue
        return {"fine": fine, "cap": cap, "share": share}
    return None


@rule("data_breach", needs=("metric:breached_accounts",))
def data_breach(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A breach of customer accounts, the fine it may bring and its precedent."""
    for entity in ix.entities_with("breached_accounts"):
        accounts = _one(ix, "breached_accounts", entity)
        if accounts is None:
            continue
        rate, sales, most = _ceiling(ix, entity)
        if most is not None:  # the stated ceiling, checked against the law's rate
            for s in ix.metrics("fine_cap", entity=entity, stated=True):
                yield Check("data_breach", s.id, most.figure, most.facts)
        precedent = _precedent(ix, entity)
        have = {"ceiling": most is not None, "precedent": precedent is not None}
        facets = facets_with(FACETS, NEEDS, have)
        values: dict[str, Any] = {
            "accounts": accounts, "rate": rate, "sales": sales, "most": most,
            "precedent": precedent,
            "role_facets": facets, "role_stances": stances_of(facets),
        }
        told = [f for f in (accounts, rate if most else None, sales if most else None,
                            *((precedent["fine"], precedent["cap"]) if precedent else ()))
                if f is not None]
        yield Takeaway(
            rule="data_breach",
            message="data_breach",
            facet="risk",
            priority=76,
            facts=tuple(f.id for f in told),
            values=values,
            entity=entity,
        )
