"""inventory_build: a business's stock growing faster (or slower) than its sales.

"Global revenue rose 17% … While inventories jumped 43% from a year earlier,
the increase was a slight improvement from last quarter's 44% increase …
Nike's gross margin fell 300 basis points to 42.9% as management moved
aggressively to liquidate inventory." Stock is no sales: told as growth, a
43% rise in inventories read as demand for a factory. What it says is in the
gap: stock growing 2.5 times as fast as sales is stock that must be cleared,
at a discount, before the next orders.

An ``inventory`` rate (``measure: yoy``, stated, or computed from the
levels a year apart) is one point with the revenue growth of the same
entity and period; without a sales rate there is no gap to read and no
point, with the revenue it grew to: the point says in full what the
revenue's own growth point would, so ``readers.news.covered`` drops that
one, whose 'steady demand' a glut belies. The rate of the quarter before,
when given, says whether the glut is easing (44% then, 43% now); the gross
margin that clearing it costs is the margin rules' to tell. Each reader reads the gap from its side
(templates/*/meanings/inventory_build.j2): markdowns to buy into or price
around for a seller, a rival's discounts for a brand, smaller or later
orders for a factory, clearance work for a provider, branded stock looking
for an outlet for a platform operator, and for a researcher the gap closing;
stock growing slower than sales reads the other way (fewer discounts,
reorders sooner).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, apart, compute
from .kinds import stances_of
from .registry import Check, rule
from .timeline import previous_period

#: What stock outgrowing sales is to each reader.
GLUT_FACETS = {
    "seller": "competition",
    "brand": "competition",
    "factory": "demand",
    "service_provider": "demand",
    "platform_operator": "opportunity",
    "researcher": "research",
}
#: What stock growing slower than sales is.
LEAN_FACETS = {
    "seller": "supply",
    "brand": "competition",
    "factory": "demand",
    "service_provider": "demand",
    "platform_operator": "",
    "researcher": "research",
}


@rule("inventory_build", needs=("metric:inventory",))
def inventory_build(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Stock growth against sales growth, with the revenue and the quarter before."""
    for f in ix.metrics("inventory", measure=None, segment=""):
        if f.forecast or not f.period or f.measure not in ("yoy", "level"):
            continue
        rate = _rate(ix, f)
        sales = _sales(ix, f)
        if rate is None or sales is None:
            continue
        glut = apart(rate, Num.of(sales)) > 0
        facets = GLUT_FACETS if glut else LEAN_FACETS
        before = _quarter_before(ix, f)
        revenue = next(
            (
                g
                for g in ix.metrics("revenue", entity=f.entity, segment="", period=f.period)
                if g.quantity is not None and g.quantity.is_money
            ),
            None,
        )
        yield Takeaway(
            rule="inventory_build",
            message="inventory_build",
            facet="operations",
            priority=76,
            facts=tuple(x.id for x in (f, sales, revenue, before) if x is not None),
            values={
                "cur": f,
                "rate": rate,
                "sales": sales,
                "revenue": revenue,
                "times": _times(rate, sales) if glut else None,
                "glut": glut,
                "before": before,
                "role_facets": facets,
                "role_stances": stances_of(facets),
            },
            entity=f.entity,
        )


def _rate(ix: FactIndex, f: Fact) -> Num | None:
    """The stock's growth on a year earlier: the stated rate, or the one its
    levels a year apart give (only for a level with no stated rate beside it)."""
    if f.measure == "yoy":
        return Num.of(f) if f.quantity is not None and f.quantity.unit == "percent" else None
    stated = ix.metrics("inventory", entity=f.entity, measure="yoy", segment="", period=f.period)
    year_ago = previous_period(f.period)
    if stated or not year_ago:
        return None
    old = next(iter(ix.metrics("inventory", entity=f.entity, segment="", period=year_ago)), None)
    if old is None or old.quantity is None or f.quantity is None:
        return None
    if old.quantity.unit != f.quantity.unit:
        return None
    try:
        return compute(lambda a, b: (a - b) / b * HUNDRED, Num.of(f), Num.of(old), unit="percent")
    except UndefinedFigureError:
        return None


def _sales(ix: FactIndex, f: Fact) -> Fact | None:
    """The entity's stated revenue growth for the same period."""
    return next(
        (
            g
            for g in ix.metrics("revenue", entity=f.entity, measure="yoy", segment="",
                                period=f.period)
            if g.quantity is not None and g.quantity.unit == "percent"
        ),
        None,
    )


def _quarter_before(ix: FactIndex, f: Fact) -> Fact | None:
    """The stock's stated growth in the period just before (last quarter's 44%)."""
    if f.measure != "yoy":
        return None
    this = parse_period(f.period, f.year_end)
    for g in ix.metrics("inventory", entity=f.entity, measure="yoy", segment=""):
        if not g.period or g.period == f.period or g.quantity is None:
            continue
        other = parse_period(g.period, g.year_end)
        if other.kind == this.kind and other.end + timedelta(days=1) == this.start:
            return g
    return None


def _times(rate: Num, sales: Fact) -> Num | None:
    """How many times as fast as sales the stock grew (43% against 17%: 2.5),
    when both grew and the multiple says more than the two rates."""
    if sales.quantity is None or sales.quantity.value <= 0 or rate.value <= 0:
        return None
    try:
        t = compute(lambda a, b: a / b, rate, Num.of(sales), unit="times")
    except UndefinedFigureError:
        return None
    return t if t.value >= Decimal("1.5") else None
