"""General rules over metric kinds: change against a base, change across a
span of periods, ranks of segments, and dated policy changes (declared
ratios are in ``ratios``).

They name no metric: the vocabulary says what a metric's number is (money,
count, percent …), so a GMV, a referral fee or a de minimis threshold is
handled the same way as revenue. A percent-kind metric changes in
percentage points; money and counts in amount, percent and multiple.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from ..vocabulary.vocab import default_vocabulary
from .consistency import same_day_unordered
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .growth import period_base
from .incentives import is_rebate
from .kinds import adds_up, facet_of, kind_of, levied_on, told_by
from .pricing import own_price
from .registry import Check, rule
from .steps import Move, chains, delta, fact_of, steps
from .timeline import in_force, period_end
from .twopart import told_here


def _price_for(ix: FactIndex, f: Fact) -> Fact | None:
    """The item price the article gives for the fee's segment (or entity)."""
    for seg in (f.segment, ""):
        prices = [p for p in ix.metrics("item_price", entity=f.entity, segment=seg) if p.quantity]
        if prices:
            return prices[0]
    return None


@rule("base_change", needs=("metric:referral_fee",))
def base_change(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A figure against the base the editor named (the old fee, the old
    threshold): the move in points or amount and, for a fee on a priced
    item, what it costs per item at that price.

    Parallel moves (one fee cut from 17% to 5% for one price band and to 10%
    for another, on the same day) are one piece of news: they become one
    takeaway led by the largest move, with the others in ``also``, so a
    reader is not handed the same change twice under two segment names."""
    groups: dict[tuple[object, ...], list[tuple[Fact, Fact, dict[str, object]]]] = {}
    two_part = told_here(ix)
    for f in ix.metrics(stated=False):
        b = ix.fact(f.base) if f.base else None
        if is_rebate(f.metric):
            continue  # a refund, not a charge: rebate_move's
        if f.id in two_part:
            continue  # a rate and a fixed fee moved together: two_part_fee's
        if own_price(ix, f) or told_by(f.metric):
            continue  # a company's own price (price_move), or a metric another rule tells
        if period_base(ix, f) is not None:
            continue  # two periods' figures (a day's GMV a year apart): yoy_growth's
        if b is None or not b.quantity or not f.quantity or b.quantity.unit != f.quantity.unit:
            continue
        if same_day_unordered(f, b):
            continue
        values = _moved(ix, f, b)
        if values is None:
            continue
        key = (f.entity, f.metric, f.period, f.quantity.unit, delta(values) > 0)
        groups.setdefault(key, []).append((f, b, values))
    leads: dict[str, Move] = {}
    for members in groups.values():
        members.sort(key=lambda m: (m[0].segment != "", -abs(delta(m[2]))))
        leads[members[0][0].id] = members[0]
    chained = chains(leads)
    for members in groups.values():
        f, b, values = members[0]
        if f.id in chained:
            continue  # a later step, told with the first
        also: list[dict[str, object]] = []
        seen = {_levels(b, f)}
        ids = [b.id, f.id, *_ids(values.get("per_item"))]
        for g, gb, v in members[1:]:
            if _levels(gb, g) not in seen:  # the same move in another segment adds nothing
                seen.add(_levels(gb, g))
                # moved by as much as the lead (eBay's fee: +0.35 points in
                # most categories and in books): a reader's point names the
                # segments together and says the move once
                v["same"] = delta(v) == delta(values)
                also.append(v)
                ids += [g.id, *_ids(v.get("per_item"))]
        values["also"] = also
        # the segments a reader's point names with the lead's (it has one)
        together = bool(f.segment)
        values["alike"] = [v for v in also if together and v["same"]]
        values["unlike"] = [v for v in also if not (together and v["same"])]
        values["then"] = then = steps(leads, f)
        values["later"] = [fact_of(step, "cur") for step in then]  # cited with the first
        for step in then:
            ids += [fact_of(step, "base").id, fact_of(step, "cur").id]
        if then:  # the whole way from the first base to the last level
            last = fact_of(then[-1], "cur")
            values["total"] = compute(lambda x, y: y - x, Num.of(b), Num.of(last), unit="pp")
        yield Takeaway(
            rule="base_change",
            message="base_change",
            facet=facet_of(f.metric),
            priority=78,
            facts=tuple(dict.fromkeys(ids)),
            values=values,
            entity=f.entity,
        )


def _levels(base: Fact, cur: Fact) -> tuple[Decimal | None, Decimal | None]:
    return (
        base.quantity.value if base.quantity else None,
        cur.quantity.value if cur.quantity else None,
    )


def _moved(ix: FactIndex, f: Fact, b: Fact) -> dict[str, object] | None:
    """The move from ``b`` to ``f``: points for a percent, amount, multiple
    and percent change otherwise; None when a figure is undefined."""
    assert f.quantity is not None
    kind = kind_of(f.metric)
    values: dict[str, object] = {
        "cur": f,
        "base": b,
        "kind": kind,
        "levied_on": levied_on(f.metric),
        # in force when the article appeared (worded 'rose' / 'since'), or coming
        "past": in_force(f.period, ix.story.published),
    }
    try:
        if kind == "percent":
            values["delta"] = compute(lambda x, y: y - x, Num.of(b), Num.of(f), unit="pp")
            price = _price_for(ix, f)
            if price is not None and price.quantity is not None:
                q = price.quantity
                at = Num(q.upper or q.value, q.upper or q.value, q.upper or q.value,
                         (price.id,), q.unit)
                values["price"] = at
                fee = lambda p, r: p * r / HUNDRED  # noqa: E731
                values["fee_old"] = compute(fee, at, Num.of(b), unit=q.unit)
                values["fee_new"] = compute(fee, at, Num.of(f), unit=q.unit)
                values["per_item"] = compute(
                    lambda p, x, y: p * (y - x) / HUNDRED, at, Num.of(b), Num.of(f), unit=q.unit
                )
        else:
            unit = f.quantity.unit
            values["delta"] = compute(lambda x, y: y - x, Num.of(b), Num.of(f), unit=unit)
            values["ratio"] = compute(lambda x, y: y / x, Num.of(b), Num.of(f), unit="times")
            values["pct"] = compute(lambda x, y: (y / x - 1) * HUNDRED, Num.of(b), Num.of(f),
                                    unit="percent")
    except UndefinedFigureError:
        return None
    return values


def _ids(x: object) -> tuple[str, ...]:
    return x.facts if isinstance(x, Num) else ()


@rule("span_change", needs=("metric:parcels",))
def span_change(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """The same amount at two periods more than a year apart (139 million
    parcels in FY2015, 1.36 billion in FY2024): the multiple, checked against
    a stated one."""
    groups: dict[tuple[str, str, str], list[Fact]] = {}
    for f in ix.metrics(stated=False):
        if f.period and not f.base and kind_of(f.metric) in ("money", "count") and f.quantity:
            groups.setdefault((f.entity, f.metric, f.segment), []).append(f)
    for facts in groups.values():
        if len(facts) != 2:
            continue
        first, last = sorted(facts, key=lambda f: period_end(f.period))
        if same_day_unordered(first, last) or first.quantity.unit != last.quantity.unit:  # type: ignore[union-attr]
            continue
        years = period_end(last.period)[0] - period_end(first.period)[0]
        if years < 2:
            continue  # a year apart: yoy_growth says it
        try:
            ratio = compute(lambda a, b: b / a, Num.of(first), Num.of(last), unit="times")
        except UndefinedFigureError:
            continue
        stated = ix.metrics(
            last.metric, entity=last.entity, segment=last.segment, measure="multiple"
        )
        for s in stated:
            if s.of == first.id:
                yield Check("span_change", s.id, ratio.figure, ratio.facts)
        after = parse_period(last.period, last.year_end).end
        values = {"first": first, "last": last, "ratio": ratio, "years": years,
                  "rules_change": _rules_change(ix, after)}
        yield Takeaway(
            rule="span_change",
            message="span_change",
            facet=facet_of(last.metric),
            priority=70,
            facts=ratio.facts,
            values=values,
            entity=last.entity,
        )


def _rules_change(ix: FactIndex, after: date) -> Fact | None:
    """The story's first change of rules (an event kind that takes effect: a
    fee, tariff or policy change) dated after ``after``. Growth that the
    rules then change is not a channel to build on but a volume that must
    find other routes (de minimis parcels, up 9.8 times, then taxed), and
    the meaning templates say so."""
    events = default_vocabulary().events
    for e in ix.events():
        kind = events.get(e.event)
        if kind is not None and kind.effective and e.date is not None and e.date > after:
            return e
    return None


@rule("segment_rank", needs=("metric:gmv",))
def segment_rank(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Segments of one amount in one period without a total (GMV by country):
    the largest, how many times the runner-up it is, and the top three."""
    groups: dict[tuple[str, str, str], list[Fact]] = {}
    for f in ix.metrics(stated=False):
        if f.segment and f.quantity and adds_up(f.metric) and f.period:
            groups.setdefault((f.entity, f.metric, f.period), []).append(f)
    for (entity, metric, period), parts in groups.items():
        if ix.metrics(metric, entity=entity, segment="", period=period, stated=False):
            continue  # segment_mix gives shares of the total instead
        kinds = [ix.story.entities[p.segment].kind if p.segment in ix.story.entities else ""
                 for p in parts]
        parts = [p for p, k in zip(parts, kinds, strict=True) if k == max(kinds, key=kinds.count)]
        units = {p.quantity.unit for p in parts if p.quantity}
        if len(parts) < 3 or len(units) != 1:
            continue
        ranked = sorted(parts, key=lambda p: -p.quantity.value)  # type: ignore[union-attr]
        try:
            lead = compute(lambda a, b: a / b, Num.of(ranked[0]), Num.of(ranked[1]), unit="times")
        except UndefinedFigureError:
            continue
        yield Takeaway(
            rule="segment_rank",
            message="segment_rank",
            facet=facet_of(metric),
            # where sales are made leads (GMV by country); which line earns the
            # most profit is background to a line's loss, swing or margin
            priority=60 if _signed(metric) else 76,
            facts=tuple(p.id for p in ranked[:3]),
            values={"ranked": ranked, "top": ranked[:3], "lead": lead, "count": len(ranked)},
            entity=entity,
        )


def _signed(metric: str) -> bool:
    """A profit measure (the vocabulary's ``signed``), which a line may lose."""
    m = default_vocabulary().metrics.get(metric)
    return bool(m and m.signed)

