"""return_load: how much of what is sold comes back, and when most of it does.

"Total returns projected to reach $890 billion in 2024 … retailers estimate
that 16.9% of their annual sales will be returned … for the 2024 winter
holidays, retailers expect their return rate to be 17% higher." Told as a
forecast like any other, a return rate read as growth to plan stock for:
sellers were told to buy for the expected growth of their own returns. A
return rate is a cost (the vocabulary's ``good: down``), so it has its own
rule.

A ``return_rate`` level (a forecast, or a result the story gives no other
reading of: a move between two is ``rate_move``'s) is one point, with the
value of goods returned (``returned_sales`` of the same entity and period),
the rate as one sale in N (about one in six), and a season's rate stated as
a change on it (``measure: change`` with ``base:`` the year's rate and the
season as ``segment``: 17% higher, so about 19.8%). Each reader reads it from
its side (templates/*/meanings/return_load.j2): a cost in every order's
margin for a seller, product pages that set expectations for a brand, the
defects buyers push back on for a factory, reverse logistics to sell for a
provider, a return policy priced against abuse for a platform operator, and
for a researcher the rate against sales.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_EVEN, Decimal

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of
from .registry import Check, rule

#: What a return rate is to each reader.
RETURN_FACETS = {
    "seller": "cost",
    "brand": "cost",
    "factory": "supply",
    "service_provider": "demand",
    "platform_operator": "competition",
    "researcher": "research",
}


@rule("return_load", needs=("metric:return_rate",))
def return_load(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A return rate with the goods' value, one sale in N and a season's rate."""
    for f in (*ix.facts, *ix.forecasts):
        q = f.quantity
        if f.metric != "return_rate" or f.measure != "level" or f.segment or q is None:
            continue
        if q.unit != "percent" or q.upper is not None or not Decimal(0) < q.value < HUNDRED:
            continue
        if not f.forecast and _moved(ix, f):
            continue  # a move between two readings: rate_move tells it, per reader
        value = next(
            (
                g
                for g in (*ix.facts, *ix.forecasts)
                if g.metric == "returned_sales" and g.entity == f.entity
                and g.period == f.period and g.measure == "level" and not g.segment
                and g.quantity is not None and g.quantity.is_money
            ),
            None,
        )
        season, season_rate = _season(ix, f)
        yield Takeaway(
            rule="return_load",
            message="return_load",
            facet="cost",
            priority=75,
            facts=tuple(x.id for x in (f, value, season) if x is not None),
            values={
                "cur": f,
                "value": value,
                "one_in": _one_in(q.value),
                "season": season,
                "season_rate": season_rate,
                "season_one_in": _one_in(season_rate.value) if season_rate else 0,
                "role_facets": RETURN_FACETS,
                "role_stances": stances_of(RETURN_FACETS),
            },
            entity=f.entity,
        )


#: Metrics whose forecasts this rule tells: a cost no one plans stock for, so
#: not ``outlook``'s to tell as growth.
FORECASTS_TOLD = frozenset({"return_rate", "returned_sales"})


def _moved(ix: FactIndex, f: Fact) -> bool:
    """Whether the story gives another reading of the same rate (another period)."""
    return any(
        g.metric == f.metric and g.entity == f.entity and g.measure == "level"
        and not g.segment and g.period != f.period
        for g in ix.facts
    )


def _season(ix: FactIndex, rate: Fact) -> tuple[Fact | None, Num | None]:
    """A season's rate stated as a change on the year's (17% higher): the
    change and the rate it comes to."""
    for g in (*ix.facts, *ix.forecasts):
        if g.metric != "return_rate" or g.measure != "change" or g.base != rate.id:
            continue
        if not g.segment or g.quantity is None or g.quantity.unit != "percent":
            continue
        try:
            level = compute(lambda r, c: r * (HUNDRED + c) / HUNDRED, Num.of(rate), Num.of(g),
                            unit="percent")
        except UndefinedFigureError:
            continue
        if Decimal(0) < level.value < HUNDRED:
            return g, level
    return None, None


def _one_in(rate: Decimal) -> int:
    """A rate as one in N, N whole (16.9% -> 6, 19.8% -> 5); 0 when that would
    round a real difference away (above a third, N is 1 or 2: say the rate)."""
    if rate <= Decimal(0) or rate > HUNDRED / 3:
        return 0
    return int((HUNDRED / rate).to_integral_value(rounding=ROUND_HALF_EVEN))
