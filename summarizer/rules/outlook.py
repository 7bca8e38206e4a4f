"""Outlook: what someone expects a figure to be (a forecast, a company's guidance).

Commerce news is full of them: Adobe expects the holiday season to pass
US$253.4 billion, a platform guides its next quarter's revenue. A forecast
is not a result, so ``FactIndex`` keeps forecasts (``forecast:`` on a
metric, naming who expects it) away from every other rule: no growth, mix or
peak is computed from one, and ``check`` never sets one against a result.
This rule says each forecast as expected, with the rate the forecaster gives
for it, and, where the story has the result for the same figure a year
earlier, the growth the forecast implies; a forecast rate with no level
(guidance as growth) is said as expected growth.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import TREND_FACETS, facet_of, told_by
from .registry import Check, rule
from .returns import FORECASTS_TOLD as RETURNS_TOLD

#: A forecast is a trend to plan around (kinds.TREND_FACETS).
ROLE_FACETS = TREND_FACETS


#: A forecast of a charge (tariff costs, fees) is not demand: for a stockist
#: it is the price it will be asked, for a rival brand its own bill, for a
#: supplier a price talk, for a provider work.
CHARGE_FACETS = {
    "seller": "pricing",
    "brand": "competition",
    "factory": "pricing",
    "service_provider": "opportunity",
    "researcher": "research",
}


#: Rules that tell a metric's forecast with its reading (a share of production
#: now and where the company plans it): not this rule's to say again.
PLANS_TOLD = frozenset({"sourcing_shift"})


def _same(a: Fact, b: Fact) -> bool:
    return (a.entity, a.metric, a.segment) == (b.entity, b.metric, b.segment)


@rule("outlook", needs=("metric:gmv",))
def outlook(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A forecast level, with its stated rate and the growth over last year's result."""
    for f in ix.forecasts:
        if f.kind != "metric" or f.measure != "level" or f.quantity is None or not f.period:
            continue
        if told_by(f.metric) in PLANS_TOLD:
            continue  # a company's own plan for the figure: its rule tells it with the reading
        if f.metric in RETURNS_TOLD:
            continue  # a return rate is a cost, not growth to plan for: return_load tells it
        rate = next(
            (
                g
                for g in ix.forecasts
                if g.measure == "yoy" and _same(g, f) and g.period == f.period
                and g.forecast == f.forecast
            ),
            None,
        )
        before = parse_period(f.period, f.year_end).previous().text
        result = next(
            (
                r
                for r in ix.metrics(f.metric, entity=f.entity, segment=f.segment, period=before)
                if r.quantity is not None and r.quantity.unit == f.quantity.unit
            ),
            None,
        )
        implied = None
        if result is not None:
            try:
                implied = compute(
                    lambda a, b: (a / b - 1) * HUNDRED, Num.of(f), Num.of(result), unit="percent"
                )
            except UndefinedFigureError:
                implied = None
            if rate is not None and implied is not None:
                yield Check("outlook", rate.id, implied.figure, implied.facts)
        facts = tuple(x.id for x in (f, rate, result) if x is not None)
        charge = facet_of(f.metric) == "cost"
        yield Takeaway(
            rule="outlook",
            message="outlook",
            facet="trend" if facet_of(f.metric) == "market" else facet_of(f.metric),
            priority=60,
            facts=facts,
            values={
                "cur": f,
                # its amount without 超/about: the templates say the bound in a verb
                # ('pass', '将超过'), so it is not said twice
                "bare": replace(f, quantity=replace(f.quantity, qualifier="")),
                "rate": rate,
                "result": result,
                "implied": implied,
                "charge": charge,
                "own": f.forecast == f.entity,  # 'Nike expects its …'
                "rate_only": False,  # a level: _rates_alone's are said as growth
                "role_facets": CHARGE_FACETS if charge else ROLE_FACETS,
            },
            entity=f.entity,
        )
    yield from _rates_alone(ix)


def _rates_alone(ix: FactIndex) -> Iterator[Takeaway]:
    """A forecast rate with no level to go with it: guidance given as growth
    ("expects net sales growth of 4.8 percent to 5.1 percent"), the commonest
    outlook in results news, said as expected growth, range and all."""
    levels = [f for f in ix.forecasts if f.kind == "metric" and f.measure == "level"]
    for g in ix.forecasts:
        if g.kind != "metric" or g.measure != "yoy" or g.quantity is None or not g.period:
            continue
        if any(_same(g, f) and f.period == g.period and f.forecast == g.forecast for f in levels):
            continue  # the rate of a forecast level: told with it
        charge = facet_of(g.metric) == "cost"
        yield Takeaway(
            rule="outlook",
            message="outlook",
            facet="trend" if facet_of(g.metric) == "market" else facet_of(g.metric),
            priority=58,  # a rate without its amount: after a forecast that has one
            facts=(g.id,),
            values={
                "cur": g,
                "bare": g,
                "rate": None,
                "result": None,
                "implied": None,
                "charge": charge,
                "own": g.forecast == g.entity,
                # said as growth: 'expects its revenue to grow 4.8% to 5.1%'
                "rate_only": True,
                "role_facets": CHARGE_FACETS if charge else ROLE_FACETS,
            },
            entity=g.entity,
        )
