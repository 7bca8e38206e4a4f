"""input_cost: a raw material's price moved, read as the cost it is to
whoever makes, brands and sells goods made of it.

"A year ago, cotton prices were hovering around 80 cents per pound. As of
Tuesday, the price of cotton deliveries had risen to $2.01 per pound"
(Portland Business Journal, April 2011) is no company's revenue or price:
it is every apparel maker's cost, and through them every brand's and
seller's. Read as a plain price it said nothing to anyone; the drafter
took it for a model's API price.

This rule reads each material's latest ``input_price`` level against its
old one (``base:`` or a period earlier): the move, its share and, when the
material costs twice as much or more, the multiple; "about" when either
figure is an estimate (its rates are printed whole). Beside it go the
retail price rises the story gives for goods (``price_move``'s lines), so
a brand and a researcher can set the shelf against the material: cotton
about 2.5 times, Agave's jeans 5.9% dearer. Each reader reads it from its
side (templates ``input_cost.j2``): a factory's quotes and fabric buying,
a brand's prices and materials, a seller's buying before new price lists,
a platform's category prices, a researcher's pass-through. A provider is
told only of a rise (sourcing and materials work).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from ..model import Fact, Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute, moved
from .kinds import stances_of
from .pricing import line_move, own_price
from .registry import Check, rule
from .timeline import period_end

#: What a dearer material is to each reader.
RISE_FACETS = {
    "seller": "cost",
    "brand": "cost",
    "factory": "cost",
    "service_provider": "opportunity",
    "platform_operator": "pricing",
    "researcher": "research",
}
#: ... and a cheaper one: room on price, a provider has no new work in it.
FALL_FACETS = {**RISE_FACETS, "seller": "pricing", "brand": "pricing",
               "service_provider": ""}

#: From this multiple up a move is told as "2.5 times as much", not "151% more".
TIMES_FROM = Decimal(2)


@rule("input_cost", needs=("metric:input_price",))
def input_cost(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Each material's latest price against its old one, with the goods'
    price rises the story gives beside it; a rate the article states is
    checked against it, and told alone where no levels are given."""
    bases = ix.olds("input_price")
    told: set[tuple[str, str]] = set()
    for f in ix.metrics("input_price"):
        if f.id in bases or not f.period or f.forecast:
            continue
        move = _move(ix, f)
        if move is None:
            continue
        told.add((f.entity, f.segment))
        share = move["share"]
        for r in _rates(ix, f):
            yield Check("input_cost", r.id, share.figure, share.facts)
        yield _point(ix, move)
    latest: dict[tuple[str, str], Fact] = {}
    for r in _rates(ix):
        key = (r.entity, r.segment)
        if key not in told and (key not in latest or period_end(r.period) > period_end(
                latest[key].period)):
            latest[key] = r
    for r in latest.values():
        q = r.quantity
        assert q is not None
        yield _point(ix, {"cur": r, "base": None, "delta": None, "share": Num.of(r),
                          "times": None, "rough": bool(q.qualifier)})


def _rates(ix: FactIndex, level: Fact | None = None) -> list[Fact]:
    """The rates of a material's price the article states (up 150% on a
    year): of ``level``'s material and period, or all of them."""
    out = []
    for r in ix.metrics("input_price", measure=None):
        q = r.quantity
        if r.measure not in ("yoy", "change") or q is None or q.unit != "percent":
            continue
        if not r.period or r.forecast or q.upper is not None:
            continue
        if level is None or (r.entity, r.segment, r.period) == (
                level.entity, level.segment, level.period):
            out.append(r)
    return out


def _point(ix: FactIndex, move: dict[str, Any]) -> Takeaway:
    up = move["share"].value > 0
    facets = RISE_FACETS if up else FALL_FACETS
    shelf = _shelf(ix) if up else []
    ids = tuple(x.id for x in (move["base"], move["cur"]) if x is not None)
    return Takeaway(
        rule="input_cost",
        message="input_cost",
        facet="cost",
        priority=81,
        facts=(*ids, *(i for t in shelf for i in _ids(t))),
        values={
            **move,
            "up": up,
            "shelf": shelf,
            "role_facets": facets,
            "role_stances": stances_of(facets),
        },
        entity=move["cur"].entity,
    )


def _move(ix: FactIndex, f: Fact) -> dict[str, Any] | None:
    """``f`` against its old level, in the same unit and per the same unit."""
    b = ix.earlier(f)
    q, bq = f.quantity, b.quantity if b else None
    if b is None or q is None or bq is None or (q.unit, q.per) != (bq.unit, bq.per):
        return None
    got = moved(b, f)
    if got is None or got[1].value == 0:
        return None
    delta, share = got
    times = None
    if share.value > 0:
        try:
            times = compute(lambda x, y: x / y, Num.of(f), Num.of(b), unit="times")
        except UndefinedFigureError:
            times = None
        if times is not None and times.value < TIMES_FROM:
            times = None
    rough = bool(q.qualifier or bq.qualifier)
    return {"cur": f, "base": b, "delta": delta, "share": share, "times": times, "rough": rough}


def _shelf(ix: FactIndex) -> list[dict[str, object]]:
    """The goods' price rises the story gives, old price and new, in the
    editor's order: what reaches the shelf."""
    out = []
    for p in ix.metrics("item_price", measure="level"):
        t = line_move(ix, p) if p.base and own_price(ix, p) else None
        move = t.get("move") if t else None
        if t and isinstance(move, Num) and move.value > 0:
            out.append(t)
    return out


def _ids(t: dict[str, object]) -> tuple[str, ...]:
    return tuple(x.id for k in ("band", "cur") if isinstance(x := t.get(k), Fact))
