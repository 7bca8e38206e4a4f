"""parcel_yield: what each parcel brings a courier in, and how it moved.

"YTO Express had a revenue of 4.067 billion yuan from express delivery
products in August, a year-on-year increase of 6.19%; completed delivery
orders were 1.741 billion, a year-on-year increase of 14.51%" (TMTPost,
September 2023) says, without saying it, that each parcel brought YTO 7%
less than a year before: volume bought with price, the courier price war.
Read as two growth figures each, it told sellers to "set the growth of the
channels you sell in" against a courier's and nobody what a parcel costs.

This rule divides each entity's ``revenue`` by its ``parcels`` of the same
period (revenue per parcel, 单票收入: the vocabulary's ratio
``revenue_per_parcel``, checked against a stated figure of it) and, where
the story gives both figures' year-on-year rates, backs out the year before
and how far it moved; a move is said only when the rates' rounding cannot
reverse it. Couriers are listed steepest fall first; an industry's figure
(an entity of kind ``market``) is told apart, as the average it is. Each
reader reads it from its side (templates ``parcel_yield.j2``): a seller's
and a brand's shipping rates, a provider's volume bought with price, a
platform's free shipping and delivery quality, a researcher's price and mix.
A factory is not told.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of
from .outpace import stated_rate
from .registry import Check, rule
from .timeline import period_end, year_to_month

#: The ratio's id in the vocabulary (``ratios:``), for stated figures of it.
RATIO = "revenue_per_parcel"

#: What a parcel's revenue is to each reader, falling (cheaper delivery) ...
FALL_FACETS = {
    "seller": "cost",
    "brand": "cost",
    "factory": "",
    "service_provider": "competition",
    "platform_operator": "operations",
    "researcher": "research",
}
#: ... and rising (dearer delivery, a price war ending).
RISE_FACETS = {**FALL_FACETS, "service_provider": "income"}


@dataclass(frozen=True)
class Yield:
    """One entity's revenue per parcel, and its move on a year earlier."""

    revenue: Fact
    parcels: Fact
    value: Num
    """Revenue ÷ parcels, in the revenue's currency."""
    change: Num | None
    """Percent on the year before, from both stated rates; None when either
    rate is missing or their rounding cannot tell which way it moved."""
    rates: tuple[Fact, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return (*self.value.facts, *(f.id for f in self.rates))


@rule("parcel_yield", needs=("metric:parcels", "metric:revenue"))
def parcel_yield(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Revenue per parcel for each entity with both figures, couriers
    against each other and against their industry's average."""
    found: list[Yield] = []
    for p in ix.metrics("parcels", segment="", stated=False):
        if p.quantity is None or p.quantity.unit != "parcels" or not p.period:
            continue
        rev = next((r for r in ix.metrics("revenue", entity=p.entity, segment="",
                                          period=p.period, stated=False)
                    if r.quantity is not None and r.quantity.is_money and not r.quantity.per),
                   None)
        if rev is None:
            continue
        y = _yield(ix, rev, p)
        if y is None:
            continue
        found.append(y)
        for s in ix.metrics(RATIO, entity=p.entity, period=p.period):
            if s.stated:
                yield Check("parcel_yield", s.id, y.value.figure, y.value.facts)
    if not found:
        return
    period = max((y.parcels.period for y in found), key=period_end)
    latest = [y for y in found if y.parcels.period == period]
    kinds = {e: ix.story.entities[e].kind for e in {y.revenue.entity for y in latest}}
    market = next((y for y in latest if kinds[y.revenue.entity] == "market"), None)
    firms = sorted((y for y in latest if y is not market), key=_order)
    lead = firms[0] if firms else market
    assert lead is not None
    moves = [y.change.value for y in (*firms, market) if y is not None and y.change is not None]
    down = bool(moves) and sum(1 for m in moves if m < 0) * 2 >= len(moves)
    facets = FALL_FACETS if down or not moves else RISE_FACETS
    ids = [i for y in (*firms, market) if y is not None for i in y.ids]
    ytd = _year_so_far(ix, (market or lead).parcels)
    ids += [f.id for f in ytd]
    yield Takeaway(
        rule="parcel_yield",
        message="parcel_yield",
        facet="cost",
        priority=74,
        facts=tuple(dict.fromkeys(ids)),
        values={
            "firms": firms,
            "market": market,
            "lead": lead,
            # each reader's way in: the cheapest courier (what a shipper can ask
            # for), the widest gap between parcels' and revenue's growth (volume
            # bought with price), the spread of moves (where the mix differs)
            "cheapest": min(firms, key=lambda y: y.value.value) if firms else lead,
            "widest": _widest(firms),
            "spread": [y for y in firms if y.change is not None],
            "down": down,
            "moved": bool(moves),
            # the year so far's parcels and their rate, of the industry (or the one courier)
            "ytd": ytd[0] if ytd else None,
            "ytd_rate": ytd[1] if len(ytd) > 1 else None,
            "cur": lead.parcels,
            "role_facets": facets,
            "role_stances": stances_of(facets),
        },
        entity=lead.revenue.entity,
    )


def _yield(ix: FactIndex, rev: Fact, parcels: Fact) -> Yield | None:
    """``rev`` ÷ ``parcels``, and its move from both stated rates."""
    try:
        value = compute(lambda r, n: r / n, Num.of(rev), Num.of(parcels),
                        unit=rev.quantity.unit if rev.quantity else "")
    except UndefinedFigureError:
        return None
    gr, gp = stated_rate(ix, rev), stated_rate(ix, parcels)
    if gr is None or gp is None or not gr.quantity or not gp.quantity:
        return Yield(rev, parcels, value, None, ())
    if gr.quantity.unit != "percent" or gp.quantity.unit != "percent":
        return Yield(rev, parcels, value, None, ())
    try:
        change = compute(lambda a, b: ((HUNDRED + a) / (HUNDRED + b) - 1) * HUNDRED,
                         Num.of(gr), Num.of(gp), unit="percent")
    except UndefinedFigureError:
        return Yield(rev, parcels, value, None, ())
    if change.low <= 0 <= change.high:
        return Yield(rev, parcels, value, None, (gr, gp))  # the rounding could reverse it
    return Yield(rev, parcels, value, change, (gr, gp))


def _year_so_far(ix: FactIndex, month: Fact) -> tuple[Fact, ...]:
    """The parcels of the year to ``month``'s month (``2023M1-M8``) and their
    stated rate: how the price war's volume runs over the year."""
    code = year_to_month(month.period)
    found = [f for f in ix.metrics("parcels", entity=month.entity, segment="", period=code)
             if f.quantity is not None] if code else []
    if not found:
        return ()
    rate = stated_rate(ix, found[0])
    return (found[0], rate) if rate is not None else (found[0],)


def _widest(firms: list[Yield]) -> Yield | None:
    """The courier whose parcels outgrew its revenue by the most points."""
    rated = [y for y in firms if len(y.rates) == 2 and y.change is not None]
    if not rated:
        return None
    return max(rated, key=lambda y: _value(y.rates[1]) - _value(y.rates[0]))


def _value(f: Fact) -> Decimal:
    assert f.quantity is not None, f.id
    return f.quantity.value


def _order(y: Yield) -> tuple[int, object]:
    """Steepest fall first, then those whose move is not known, by level."""
    return (0, y.change.value) if y.change is not None else (1, y.value.value)
