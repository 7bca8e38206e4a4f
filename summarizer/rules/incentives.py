"""Money handed out to sell more: a platform's subsidy budget, spread over
the days it runs, and a government's export tax rebate, cut or raised.

"50 billion yuan over 12 months" is the headline; what merchants, rivals and
analysts weigh is the pace: about RMB 4.2 billion a month, RMB 137 million a
day. A ``subsidy`` fact with a run of days as its period (2025-07-02 to
2026-07-01) is told with that pace, and each reader reads it from its side
(templates/*/meanings/subsidy_pace.j2): subsidised traffic and fees to test
for a seller, discounts that may undercut a brand's set prices, restocking
for a factory, delivery and store work for a provider, a rival's spending
for a platform, and for a researcher what the money buys and what is left
when it stops.

An export tax rebate is a share of export value refunded to the exporter
(China's 13% on solar and battery goods, cut to 9% from December 2024, and
ended for aluminium and copper). ``rebate_move`` tells one announcement's
changes on one date as one point, led by the largest move, and reads it from
each side (templates/*/meanings/rebate_move.j2): the refund lost on each
shipment for a factory, supplier quotes for a seller, the price edge of
goods made there for a brand, shipments brought forward for a provider,
prices in those categories for a platform, and for a researcher how much of
the rebate went into export prices.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute, ids_of
from .kinds import levied_on
from .registry import Check, rule
from .timeline import in_force

#: Days in an average month, for a budget's monthly pace.
MONTH = Decimal("30.4375")

#: What a subsidy is to each reader: a platform's budget (subsidy_pace) or one paid to
#: buyers on their purchases (buyersubsidy.buyer_subsidy).
SUBSIDY_FACETS = {
    "seller": "opportunity",
    "brand": "pricing",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}


@rule("subsidy_pace", needs=("metric:subsidy",))
def subsidy_pace(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A subsidy budget over a run of days, as a monthly and a daily pace."""
    for f in ix.metrics("subsidy"):
        if f.quantity is None or not f.quantity.is_money or f.forecast:
            continue
        try:
            span = parse_period(f.period)
        except ValueError:
            continue
        if span.kind != "days":
            continue  # a year's or a quarter's spending is a flow like any other
        days = (span.end - span.start).days + 1
        try:
            per_day = compute(lambda v, n=days: v / n, Num.of(f), unit=f.quantity.unit)
            per_month = compute(lambda v, n=days: v / n * MONTH, Num.of(f), unit=f.quantity.unit)
        except UndefinedFigureError:
            continue
        yield Takeaway(
            rule="subsidy_pace",
            message="subsidy_pace",
            facet="competition",
            priority=82,
            facts=(f.id,),
            values={
                "cur": f,
                "days": days,
                "per_day": per_day,
                "per_month": per_month if days >= 60 else None,
                "role_facets": SUBSIDY_FACETS,
            },
            entity=f.entity,
        )


#: What a rebate's move is to each reader: the factory's refund, a seller's
#: supplier quotes, the price edge of a brand's goods abroad, shipments
#: timed around the date for a provider, a platform's category prices (a
#: risk when they rise with a cut, an opening when a raise lowers them).
REBATE_FACETS = {
    "seller": "cost",
    "brand": "pricing",
    "factory": "income",
    "service_provider": "demand",
    "platform_operator": "risk",
    "researcher": "research",
}


def is_rebate(metric: str) -> bool:
    """Whether the metric is a share of export value refunded (``levied_on:
    exports``): ``rebate_move`` tells its changes, ``base_change`` does not."""
    return levied_on(metric) == "exports"


def _rebate_move(ix: FactIndex, f: Fact) -> dict[str, object] | None:
    """The move of one rebate fact: points from its base, or its end (a rate
    of 0 with no base: 'cancelled'); None when it is neither."""
    q = f.quantity
    if q is None or q.unit != "percent" or q.upper is not None:
        return None
    b = ix.fact(f.base) if f.base else None
    if b is None:
        return {"cur": f, "ended": True} if q.value == 0 else None
    if b.quantity is None or b.quantity.unit != "percent":
        return None
    try:
        delta = compute(lambda x, y: y - x, Num.of(b), Num.of(f), unit="pp")
    except UndefinedFigureError:
        return None
    return {"cur": f, "base": b, "delta": delta, "ended": q.value == 0}


@rule("rebate_move", needs=("metric:export_rebate",))
def rebate_move(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Export tax rebates changed on one date: the largest move first, the
    others (other goods, rebates ended) with it."""
    groups: dict[tuple[str, str, bool], list[dict[str, object]]] = {}
    for f in ix.metrics(stated=False):
        if not is_rebate(f.metric) or not f.period or f.forecast:
            continue
        move = _rebate_move(ix, f)
        if move is None:
            continue
        delta = move.get("delta")
        up = isinstance(delta, Num) and delta.value > 0
        groups.setdefault((f.entity, f.period, up), []).append(move)
    for (entity, period, up), moves in groups.items():
        moves.sort(key=lambda m: (not isinstance(m.get("delta"), Num), -_size(m)))
        lead, also = moves[0], moves[1:]
        yield Takeaway(
            rule="rebate_move",
            message="rebate_move",
            facet="cost",
            priority=80,
            facts=ids_of(moves, "base", "cur"),
            values={
                **lead,
                "also": also,
                "up": up,
                "past": in_force(period, ix.story.published),
                "role_facets": {**REBATE_FACETS, "platform_operator": "opportunity"}
                if up else REBATE_FACETS,
            },
            entity=entity,
        )


def _size(move: dict[str, object]) -> Decimal:
    delta = move.get("delta")
    return abs(delta.value) if isinstance(delta, Num) else Decimal(0)
