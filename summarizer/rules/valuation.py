"""Valuation rules: price-to-sales, peer multiples, years to a target multiple,
"A is N times B", and share-price moves from a peak."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..model import Fact, Takeaway
from .consistency import same_day_unordered
from .facts import HUNDRED, FactIndex, Num, compute
from .registry import Check, rule
from .timeline import latest, period_end


def _assumed(fact: Fact, key: str) -> str:
    return dict(fact.assume).get(key, "")


def _sum(ix: FactIndex, ids: list[str], currency: str) -> Num | None:
    """Sum of money facts in ``currency`` (converted with the story's rates)."""
    total: Num | None = None
    for fid in ids:
        f = ix.fact(fid)
        if f is None or f.quantity is None:
            return None
        n = ix.to_currency(Num.of(f), currency)
        if n is None:
            return None
        total = n if total is None else compute(lambda a, b: a + b, total, n, unit=currency)
    return total


def ps_inputs(ix: FactIndex, entity: str) -> tuple[Num, Num] | None:
    """Market value and the sales base the article used (or the natural one).

    A stated P/S may name its base in ``assume: {revenue: a+b, market_cap: id}``;
    otherwise the latest market cap (else valuation) over the latest ARR
    (else revenue of a fiscal year).
    """
    stated = ix.metrics("ps_ratio", entity=entity, measure=None)
    cap_id = _assumed(stated[0], "market_cap") if stated else ""
    rev_ids = (
        _assumed(stated[0], "revenue").split("+")
        if stated and _assumed(stated[0], "revenue")
        else []
    )
    cap = (
        ix.fact(cap_id)
        if cap_id
        else (
            latest(ix.metrics("market_cap", entity=entity, stated=False))
            or latest(ix.metrics("valuation", entity=entity, stated=False))
        )
    )
    if cap is None or cap.quantity is None:
        return None
    if not rev_ids:
        base = latest(ix.metrics("arr", entity=entity, segment="", stated=False)) or latest(
            [
                f
                for f in ix.metrics("revenue", entity=entity, segment="", stated=False)
                if f.period.startswith("FY")
            ]
        )
        if base is None:
            return None
        rev_ids = [base.id]
    first = ix.fact(rev_ids[0])
    if first is None or first.quantity is None:
        return None
    revenue = _sum(ix, rev_ids, first.quantity.unit)
    cap_num = ix.to_currency(Num.of(cap), first.quantity.unit)
    if revenue is None or cap_num is None:
        return None
    return cap_num, revenue


def ps_of(ix: FactIndex, entity: str) -> Num | None:
    inputs = ps_inputs(ix, entity)
    if inputs is None:
        return None
    return compute(lambda c, r: c / r, *inputs, unit="times")


def ps_basis(ix: FactIndex, ps: Num) -> dict[str, object]:
    """The facts a P/S rests on, for the wording: value fact and sales facts."""
    facts = [ix.fact(f) for f in ps.facts]
    value = next((f for f in facts if f and f.metric in ("market_cap", "valuation")), None)
    sales = [f for f in facts if f and f.metric in ("arr", "revenue")]
    return {"value": value, "sales": sales}


@rule("ps_ratio", needs=("metric:market_cap", "metric:valuation", "metric:arr", "metric:ps_ratio"))
def ps_ratio(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Price-to-sales from market value and revenue/ARR, compared across peers."""
    entities = list(
        dict.fromkeys(
            [f.entity for f in ix.metrics("ps_ratio", measure=None)]
            + ix.entities_with("market_cap")
            + ix.entities_with("valuation")
        )
    )
    rows: list[tuple[str, Num, Fact | None, dict[str, object]]] = []
    for e in entities:
        ps = ps_of(ix, e)
        stated = ix.metrics("ps_ratio", entity=e, measure=None)
        if ps is None:
            continue
        for s in stated:
            yield Check("ps_ratio", s.id, ps.figure, ps.facts)
        rows.append((e, ps, stated[0] if stated else None, ps_basis(ix, ps)))
    if not rows:
        return
    rows.sort(key=lambda r: -r[1].value)
    focus = rows[0]
    yield Takeaway(
        rule="ps_ratio",
        message="ps_peers" if len(rows) > 1 else "ps_ratio",
        facet="capital",
        priority=82,
        facts=tuple(
            dict.fromkeys(f for _, n, s, _ in rows for f in (*n.facts, *((s.id,) if s else ())))
        ),
        values={
            "focus": focus,
            "peers": rows[1:],
            "why": (
                ix.unconverted(focus[2].quantity.value, focus[1].value)
                if focus[2] is not None and focus[2].quantity is not None
                else None
            ),
        },
        entity=focus[0],
    )


@rule("years_to_multiple", needs=("metric:years_to_multiple", "metric:ps_ratio"))
def years_to_multiple(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Years for a P/S to fall to a target if sales grow at an assumed rate
    and the market value stands still: ln(ps / target) / ln(1 + g)."""
    stated = ix.metrics("years_to_multiple", measure=None)
    rows = []
    for s in stated:
        growth, target = _assumed(s, "growth_pct"), _assumed(s, "target")
        if not growth or not target:
            continue
        ps = ps_of(ix, s.entity)
        if ps is None:
            continue
        g, t = Decimal(growth), Decimal(target)
        years = compute(lambda p, t=t, g=g: (p / t).ln() / (1 + g / HUNDRED).ln(), ps, unit="years")
        yield Check("years_to_multiple", s.id, years.figure, years.facts)
        rows.append((s, years, g, t))
    if rows:
        yield Takeaway(
            rule="years_to_multiple",
            message="years_to_multiple",
            facet="risk",
            priority=78,
            facts=tuple(dict.fromkeys(f for s, y, _, _ in rows for f in (s.id, *y.facts))),
            values={"rows": rows, "ps": ps_of(ix, rows[0][0].entity)},
            entity=rows[0][0].entity,
        )


@rule("multiple_compare", needs=("metric:market_cap",))
def multiple_compare(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """ "A is N times B": recompute a stated multiple from both amounts."""
    for s in ix.metrics(measure="multiple"):
        if s.metric in ("free_float", "price"):
            continue  # lock-up and pricing rules own these
        a = latest(ix.metrics(s.metric, entity=s.entity, stated=False))
        base_fact = ix.fact(s.of)
        if base_fact and base_fact.metric == s.metric and base_fact.entity == s.entity:
            continue  # the same amount at another time: span_change owns it
        b = (
            base_fact
            if base_fact and base_fact.kind == "metric"
            else latest(ix.metrics(s.metric, entity=s.of, stated=False))
        )
        if a is None or b is None or a.quantity is None or b.quantity is None:
            continue
        bn = ix.to_currency(Num.of(b), a.quantity.unit)
        if bn is None:
            continue
        ratio = compute(lambda x, y: x / y, Num.of(a), bn, unit="times")
        yield Check("multiple_compare", s.id, ratio.figure, ratio.facts)
        yield Takeaway(
            rule="multiple_compare",
            message="multiple",
            facet="market",
            priority=68,
            facts=(*ratio.facts, s.id),
            values={"a": a, "b": b, "ratio": ratio, "stated": s},
            entity=s.entity,
        )


@rule("price_from_peak", needs=("metric:share_price",))
def price_from_peak(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """How far a share price stands from its peak (or its rise from listing)."""
    for entity in ix.entities_with("share_price"):
        prices = ix.metrics("share_price", entity=entity, stated=False)
        if len(prices) < 2:
            continue
        peak = max(prices, key=lambda f: f.quantity.value if f.quantity else Decimal(0))
        last = latest(prices)
        if last is None or last is peak or same_day_unordered(peak, last):
            continue  # readings of one day in unknown order are no trend
        if period_end(last.period) == period_end(peak.period) and last.at != "close":
            continue
        change = compute(
            lambda a, b: (b / a - 1) * HUNDRED, Num.of(peak), Num.of(last), unit="percent"
        )
        yield Takeaway(
            rule="price_from_peak",
            message="drawdown",
            facet="capital",
            priority=70,
            facts=change.facts,
            values={"peak": peak, "last": last, "change": change},
            entity=entity,
        )


@rule("market_cap_rise", needs=("metric:ipo_market_cap", "metric:market_cap"))
def market_cap_rise(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Market value now against the value at listing, as a multiple."""
    for entity in ix.entities_with("ipo_market_cap"):
        start = latest(ix.metrics("ipo_market_cap", entity=entity))
        now = latest(ix.metrics("market_cap", entity=entity, stated=False))
        if start is None or now is None or start.quantity is None or now.quantity is None:
            continue
        sn = ix.to_currency(Num.of(start), now.quantity.unit)
        if sn is None:
            continue
        ratio = compute(lambda a, b: b / a, sn, Num.of(now), unit="times")
        yield Takeaway(
            rule="market_cap_rise",
            message="market_cap_rise",
            facet="capital",
            priority=74,
            facts=ratio.facts,
            values={"start": start, "now": now, "ratio": ratio},
            entity=entity,
        )
