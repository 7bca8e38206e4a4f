"""A platform's subsidy budget, spread over the days it runs.

"50 billion yuan over 12 months" is the headline; what merchants, rivals and
analysts weigh is the pace: about RMB 4.2 billion a month, RMB 137 million a
day. A ``subsidy`` fact with a run of days as its period (2025-07-02 to
2026-07-01) is told with that pace, and each reader reads it from its side
(templates/*/meanings/subsidy_pace.j2): subsidised traffic and fees to test
for a seller, discounts that may undercut a brand's set prices, restocking
for a factory, delivery and store work for a provider, a rival's spending
for a platform, and for a researcher what the money buys and what is left
when it stops.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..facts.periods import parse_period
from ..model import Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute
from .registry import Check, rule

#: Days in an average month, for a budget's monthly pace.
MONTH = Decimal("30.4375")

#: What a platform's subsidy is to each reader.
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
