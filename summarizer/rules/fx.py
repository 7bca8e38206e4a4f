"""An exchange rate's move: what the same dollar of sales is worth in yuan.

``fx_rate`` is written as the article quotes it, yuan (the fact's currency)
per US dollar (``per: dollar``): 6.9969 per dollar. Articles state the move
as the yuan's own ("the yuan has gained roughly 5% since early April"), so a
``change`` fact of ``fx_rate`` is the yuan's gain (or loss, below 0) over its
days, not the quote's: a 5% gain takes the quote from about 7.35 to 6.9969
(6.9969 x 1.05), and an earlier reading given as ``base`` is used as it is.

The point every cross-border reader needs is money, not a rate: US$100 of
sales converts to about RMB 700 now against RMB 735 then, and a round
number the quote crossed (7 per dollar) is said, since markets and
exporters watch it. Each reader reads the move from its side
(templates/*/meanings/fx_move.j2): a seller's and a factory's dollar
receipts, a brand's dollar cost of goods bought in yuan, a provider's
hedging and settlement work, a platform's sellers' margins.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .registry import Check, rule

#: An amount of sales the move is shown on: what US$100 converts to.
SALES = Decimal(100)

#: What the move is to each reader (a stronger or weaker yuan alike):
#: income for those paid in dollars, cost for those paying in yuan.
FX_FACETS = {
    "seller": "income",
    "factory": "income",
    "brand": "cost",
    "service_provider": "opportunity",
    "platform_operator": "risk",
    "researcher": "research",
}


def _earlier(ix: FactIndex, level: Fact) -> tuple[Num, Fact] | None:
    """The quote before the move and the fact that gives it: a ``base``
    reading, else the yuan's stated change over days ending on this day."""
    if level.base:
        base = ix.fact(level.base)
        if base is not None and base.quantity is not None:
            return Num.of(base), base
    for g in ix.metrics(level.metric, entity=level.entity, measure="change"):
        if g.quantity is None or g.quantity.unit != "percent":
            continue
        try:
            span = parse_period(g.period)
        except ValueError:
            continue
        if span.end.isoformat() == level.period and "/" in g.period:
            try:  # the yuan gained g%: a dollar cost (1 + g/100) times as many yuan before
                before = compute(
                    lambda v, r: v * (1 + r / HUNDRED), Num.of(level), Num.of(g),
                    unit=level.quantity.unit if level.quantity else "",
                )  # fmt: skip
            except UndefinedFigureError:
                return None
            return before, g
    return None


def _mark(before: Num, now: Num) -> Decimal | None:
    """A whole number the quote crossed (7 per dollar), if exactly one."""
    low, high = sorted((before.value, now.value))
    marks = range(
        int(low.to_integral_value(ROUND_CEILING)), int(high.to_integral_value(ROUND_FLOOR)) + 1
    )
    inside = [m for m in marks if low < m < high]
    return Decimal(inside[0]) if len(inside) == 1 else None


@rule("fx_move", needs=("metric:fx_rate",))
def fx_move(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """The yuan's move against the dollar, told as what US$100 of sales is
    worth in yuan now and before, and the round quote it crossed."""
    for level in ix.metrics("fx_rate", stated=None):
        q = level.quantity
        if q is None or not q.per or level.forecast:
            continue
        found = _earlier(ix, level)
        if found is None:
            continue
        before, source = found
        now = Num.of(level)
        try:
            then_sales = compute(lambda b: b * SALES, before, unit=q.unit)
            now_sales = compute(lambda v: v * SALES, now, unit=q.unit)
            lost = compute(lambda b, v: (b - v) * SALES, before, now, unit=q.unit)
            share = compute(lambda b, v: (b - v) / b * HUNDRED, before, now, unit="percent")
            # what goods priced in yuan cost in dollars: the yuan's own move
            gain = compute(lambda b, v: (b / v - 1) * HUNDRED, before, now, unit="percent")
            # the dollar quote that earns what US$100 earned before (a factory's price)
            hold = compute(lambda b, v: SALES * b / v, before, now, unit="USD")
        except UndefinedFigureError:
            continue
        if not (lost.low > 0 or lost.high < 0):
            continue  # within the figures' rounding: no move to tell
        stronger = lost.value > 0  # fewer yuan to the dollar: the yuan gained
        yield Takeaway(
            rule="fx_move",
            message="fx_move",
            facet="cost",
            priority=80,
            facts=(level.id, source.id),
            values={
                "cur": level,
                "before": before,
                "source": source,
                "stronger": stronger,
                "now_sales": now_sales,
                "then_sales": then_sales,
                # signed (positive: the yuan gained); templates say the way in words
                "lost": lost,
                "share": share,
                "gain": gain,
                "hold": hold,
                "since": _since(source),
                "mark": _mark(before, now),
                "role_facets": FX_FACETS,
            },
            entity=level.entity,
        )


def _since(source: Fact) -> str:
    """When the earlier quote held: the base's reading, or the first of the
    change's days, as a month when the days run past two months ('since
    early April' is written 2025-04-01/2025-12-30 and said 'April 2025')."""
    if source.measure == "level":
        return source.period
    start, _, end = source.period.partition("/")
    span = parse_period(source.period)
    return start[:7] if (span.end - span.start).days > 62 else start

