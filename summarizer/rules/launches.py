"""launch_sales: a brand's new product and what it sold on its first day.

"Luckin Coffee said it sold more than 5.42 million cups of the latte it
rolled out with Kweichow Moutai on the first day … sales of the single item
topped 100 million yuan … far outsold a cheese latte that sold 1.31 million
cups on its launch day … the 38 yuan latte, which Luckin discounted to 19
yuan on the first day." A brand's launch is background to ``dated_event``
(a product, not a storefront), so a story like this gave every reader
nothing. Its figures say more than the headline: the day's sales against the
brand's best launch before it (over 4 times), and the money per unit sold
(about RMB 18.5 a cup) against the list price and the launch price, which
tells how much of the day was bought at a discount. A partner brand (a
co-branded launch) is named with it.

Each reader reads it from its side (templates/*/meanings/launch_sales.j2):
what a co-branded or discounted launch buys and costs for a brand, the surge
to supply and the reorder to plan for a factory, launch campaigns to sell
for a provider, and for a researcher whether sales hold at the full price.
A seller and a platform operator have no point: the goods are the brand's
own, sold in its own stores.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of
from .registry import Check, rule

#: Whose launches this rule tells: a brand's or a company's own goods.
LAUNCHER_KINDS = ("brand", "company")

#: What a launch's first day is to each reader ('' = no point).
LAUNCH_FACETS = {
    "seller": "",
    "brand": "competition",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "",
    "researcher": "research",
}


@rule("launch_sales", needs=("metric:units_sold",))
def launch_sales(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A brand's product launch with the units it sold on its launch day."""
    for e in ix.events("product_launch"):
        who = ix.story.entities.get(e.entity)
        if who is None or who.kind not in LAUNCHER_KINDS or e.date is None:
            continue
        if e.segment not in ix.story.entities:  # the product launched, by name
            continue
        day = e.date.isoformat()
        units = _on(ix, "units_sold", e, day)
        if units is None or units.quantity is None:
            continue
        sales = _on(ix, "revenue", e, day) or _on(ix, "gmv", e, day)
        best = _best_before(ix, e, units)
        list_price, launch_price = _prices(ix, e, day)
        ids = [x.id for x in (e, units, sales, best, list_price, launch_price) if x is not None]
        yield Takeaway(
            rule="launch_sales",
            message="launch_sales",
            facet="demand",
            priority=76,
            facts=tuple(ids),
            values={
                "event": e,
                "units": units,
                "sales": sales,
                "best": best,
                "times": _ratio(units, best),
                "per_unit": _per_unit(sales, units),
                "list_price": list_price,
                "launch_price": launch_price,
                "discount": _discount(list_price, launch_price),
                "paid": _paid(_per_unit(sales, units), list_price, launch_price),
                "role_facets": LAUNCH_FACETS,
                "role_stances": stances_of(LAUNCH_FACETS),
            },
            entity=e.entity,
        )


def _on(ix: FactIndex, metric: str, e: Fact, day: str) -> Fact | None:
    """The launched product's figure of ``metric`` on its launch day."""
    return next(iter(ix.metrics(metric, entity=e.entity, segment=e.segment, period=day)), None)


def _best_before(ix: FactIndex, e: Fact, units: Fact) -> Fact | None:
    """The brand's best earlier launch in the story: the most units another of
    its products sold (on its own launch day), in the same unit."""
    assert units.quantity is not None
    others = [
        f
        for f in ix.metrics("units_sold", entity=e.entity)
        if f.segment in ix.story.entities and f.segment != e.segment  # a product it names
        and f.quantity is not None and f.quantity.unit == units.quantity.unit
        and f.quantity.upper is None
    ]
    return max(others, key=lambda f: f.quantity.value, default=None)  # type: ignore[union-attr]


def _prices(ix: FactIndex, e: Fact, day: str) -> tuple[Fact | None, Fact | None]:
    """The product's list price (no day) and its price on the launch day."""
    prices = [
        f for f in ix.metrics("item_price", entity=e.entity, segment=e.segment)
        if f.quantity is not None and f.quantity.is_money and f.quantity.upper is None
    ]
    listed = next((f for f in prices if not f.period), None)
    on_day = next((f for f in prices if f.period == day), None)
    return listed, on_day


def _ratio(units: Fact, best: Fact | None) -> Num | None:
    """How many times the best earlier launch's units the day sold."""
    if best is None:
        return None
    try:
        return compute(lambda a, b: a / b, Num.of(units), Num.of(best), unit="times")
    except UndefinedFigureError:
        return None


def _per_unit(sales: Fact | None, units: Fact) -> Num | None:
    """The day's money per unit sold, in the sales' currency."""
    if sales is None or sales.quantity is None or not sales.quantity.is_money:
        return None
    try:
        return compute(lambda m, c: m / c, Num.of(sales), Num.of(units), unit=sales.quantity.unit)
    except UndefinedFigureError:
        return None


def _discount(listed: Fact | None, on_day: Fact | None) -> Num | None:
    """How far below the list price the launch day's price was, in percent."""
    if listed is None or on_day is None:
        return None
    try:
        cut = compute(lambda a, b: (a - b) / a * HUNDRED, Num.of(listed), Num.of(on_day),
                      unit="percent")
    except UndefinedFigureError:
        return None
    return cut if cut.value > Decimal(0) else None


#: How close the money per unit must come to a price to be read as sold at it.
NEAR = Decimal("0.05")


def _paid(per_unit: Num | None, listed: Fact | None, on_day: Fact | None) -> str:
    """Which price the day sold at, from the money per unit: 'launch' (no
    more than the launch day's price, a little over for rounding), 'list'
    (near the list price), or '' (between them, or no price to tell)."""
    if per_unit is None:
        return ""
    day = on_day.quantity if on_day is not None else None
    full = listed.quantity if listed is not None else None
    if day is not None and per_unit.value <= day.value * (1 + NEAR):
        return "launch"
    if full is not None and per_unit.value >= full.value * (1 - NEAR):
        return "list"
    return ""
