"""Ratios declared in the vocabulary, and where they stood a year earlier.

``ratio``: one metric over another for one entity and period (take rate =
revenue / GMV, AOV = GMV / orders, net margin = net income / revenue),
checked against a stated figure of the ratio's metric. Where the article
gives both figures' year-on-year rates (revenue up 32%, GMV up 32%), a
percentage ratio is also backed out a year earlier, and said to have moved
up or down, or held, only when the rates' rounding cannot reverse that: the
point a seller reads as "the platform's cut did not grow" and a researcher as
a series to track.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..model import Fact, Takeaway
from ..vocabulary.vocab import default_vocabulary
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, apart, compute
from .outpace import stated_rate
from .registry import Check, rule


@rule("ratio", needs=("metric:gmv",))
def ratio(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Ratios declared in the vocabulary (take rate = revenue ÷ GMV, AOV =
    GMV ÷ orders, net margin = net income ÷ revenue) for one entity and
    period, checked against a stated figure of the ratio's metric; for a
    line of business (both figures of one segment) only where it moved
    sharply in a year (Alibaba's China e-commerce margin, squeezed by
    quick commerce)."""
    for r in default_vocabulary().ratios.values():
        if r.rule:
            continue  # a named rule computes it (P/S, cash runway)
        for top in (f for m in r.of for f in ix.metrics(m, stated=False)):
            den = next(
                (d for m in r.per for d in ix.metrics(m, entity=top.entity, segment=top.segment,
                                                       period=top.period, stated=False)),
                None,
            )
            if den is None or not top.quantity or not den.quantity:
                continue
            try:
                num = Num.of(top)
                if top.quantity.unit != den.quantity.unit:
                    conv = ix.to_currency(num, den.quantity.unit)
                    if conv is None:
                        continue
                    num = conv
                unit = top.quantity.unit if r.unit == "money" else r.unit
                value = compute(lambda a, b, k=r.scale: a / b * k, num, Num.of(den), unit=unit)
            except UndefinedFigureError:
                continue
            for s in ix.metrics(r.id, entity=top.entity, period=top.period, segment=top.segment):
                if s.stated:
                    yield Check("ratio", s.id, value.figure, value.facts)
            values: dict[str, object] = {"ratio": r.id, "num": top, "den": den, "value": value}
            values.update(prev=None, move="", num_rate=None, den_rate=None)
            if r.unit == "percent":
                values.update(_year_earlier(ix, top, den, r.scale))
            if top.segment and not _sharp(value, values.get("prev")):
                continue  # a line's margin is news when it moved sharply (Alibaba's China)
            yield Takeaway(
                rule="ratio",
                message="ratio",
                facet=r.facet,
                priority=_priority(top, value, values.get("prev")),
                facts=tuple(dict.fromkeys((*value.facts, *_rate_ids(values)))),
                values=values,
                entity=top.entity,
            )


#: A line of business's margin that moved this many percentage points in a
#: year (Alibaba's China e-commerce: about 38% to 8%) is the story of the
#: results, told above the company's own margin; a line's margin that moved
#: less (JD Retail's 5.2% to 5.9%) is not told: its level and growth say it.
SHARP = Decimal(10)


def _sharp(value: Num, prev: object) -> bool:
    return isinstance(prev, Num) and abs(value.value - prev.value) >= SHARP


def _priority(top: Fact, value: Num, prev: object) -> int:
    """The company's own ratio at 68; a line's sharp move at 69."""
    return 69 if top.segment and _sharp(value, prev) else 68


#: A ratio's move within this many of its units (percentage points for a take
#: rate) reads as unchanged: less than half the last digit it is shown with.
FLAT = Decimal("0.05")


def _year_earlier(ix: FactIndex, num: Fact, den: Fact, scale: Decimal) -> dict[str, object]:
    """The ratio a year earlier, backed out of the article's own growth rates
    for both of its figures (revenue up 32%, GMV up 32%: the take rate held),
    and which way it moved: ``prev``, ``move`` ('up', 'down' or 'flat') and the
    two rates ``num_rate`` and ``den_rate``; empty (the ratio's values keep
    None and '' for them) when either rate is missing
    or the rates cannot tell a move from no move (their rounding spans both).
    """
    gn, gd = stated_rate(ix, num), stated_rate(ix, den)
    if gn is None or gd is None or not gn.quantity or not gd.quantity:
        return {}
    if gn.quantity.unit != "percent" or gd.quantity.unit != "percent":  # a multiple
        return {}
    if num.quantity is None or den.quantity is None or num.quantity.unit != den.quantity.unit:
        return {}  # a converted currency would add the rate's own rounding

    def before(n: Decimal, rn: Decimal, d: Decimal, rd: Decimal) -> Decimal:
        return n / (1 + rn / HUNDRED) / (d / (1 + rd / HUNDRED)) * scale

    args = (Num.of(num), Num.of(gn), Num.of(den), Num.of(gd))
    try:
        prev = compute(before, *args, unit="percent")
        # from all four inputs at once, as outpace does: both years share them
        moved = compute(lambda n, rn, d, rd: n / d * scale - before(n, rn, d, rd), *args, unit="pp")
    except UndefinedFigureError:
        return {}
    if moved.low > 0:
        move = "up"
    elif moved.high < 0:
        move = "down"
    elif moved.low > -FLAT and moved.high < FLAT:
        move = "flat"
    else:
        return {}  # the rates are too coarse to say
    return {"prev": prev, "move": move, "num_rate": gn, "den_rate": gd}


def _rate_ids(values: dict[str, object]) -> tuple[str, ...]:
    return tuple(f.id for k in ("num_rate", "den_rate") if isinstance(f := values.get(k), Fact))


@rule("ratio_move", needs=("metric:revenue",))
def ratio_move(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Which way a percentage ratio went, from its two figures' stated rates
    alone: the article gives net income's rate but not its amount (net income
    down 31%, revenue up 1%), so the net margin cannot be worked out, but it
    certainly fell. Said only when the two rates' rounding cannot make them
    equal; where the numerator's amount is given, ``ratio`` says more."""
    for r in default_vocabulary().ratios.values():
        if r.rule or r.unit != "percent":
            continue
        for g in (f for m in r.of for f in ix.metrics(m, segment="", measure="yoy")):
            if g.quantity is None or g.quantity.unit != "percent" or not g.period:
                continue
            if ix.metrics(g.metric, entity=g.entity, segment="", period=g.period, stated=False):
                continue  # its amount is given: the ratio rule says the ratio itself
            d = next(
                (
                    d
                    for m in r.per
                    for d in ix.metrics(m, entity=g.entity, segment="", period=g.period,
                                        measure="yoy")
                    if d.quantity is not None and d.quantity.unit == "percent"
                ),
                None,
            )
            if d is None:
                continue
            side = apart(Num.of(g), Num.of(d))
            if not side:
                continue  # within their rounding: no move to report
            move = "up" if side > 0 else "down"
            yield Takeaway(
                rule="ratio_move",
                message="ratio_move",
                facet=r.facet,
                priority=62,
                facts=(g.id, d.id),
                values={"ratio": r.id, "num_rate": g, "den_rate": d, "move": move},
                entity=g.entity,
            )
