"""Growth rules: year-on-year change, CAGR, margin moves (shares of a total: ``mix``)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import (
    facet_of,
    grows,
    is_loss,
    kind_of,
    of_a_period,
    points_told,
    told_by,
    trade_flow,
)
from .moves import yearly
from .registry import Check, rule
from .swings import below_zero, profit_swing
from .timeline import period_end, previous_period

#: The messages that tell a rate of change at face value (growth, a level with
#: its growth, a rate alone): read per reader by the partners, a platform's
#: revenue and, net of prices, by ``realgrowth``; one list for all of them.
RATE_MESSAGES = frozenset({"growth", "level_with_growth", "growth_rate"})


def _key(f: object) -> tuple[str, str, str]:
    return (f.entity, f.metric, f.segment)  # type: ignore[attr-defined]


@rule("yoy_growth", needs=("metric:revenue", "metric:arr", "metric:net_loss"))
def yoy_growth(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Change against the same period a year earlier, computed from both levels."""
    seen: set[tuple[str, str, str, str]] = set()
    for f in ix.metrics():
        if not grows(f.metric) or f.stated:
            continue
        earlier = period_base(ix, f)
        if earlier is not None:  # the editor linked last year's figure: growth, not a move
            seen.add((*_key(f), f.period))
            t = growth_between("yoy_growth", f, earlier, priority=66)
            if t is not None:
                yield t
            continue
        prev_period = previous_period(f.period)
        if not prev_period or (*_key(f), f.period) in seen:
            continue
        prev = ix.metrics(
            f.metric, entity=f.entity, segment=f.segment, period=prev_period, stated=False
        )
        prev = [p for p in prev if p.quantity and f.quantity and p.quantity.unit == f.quantity.unit]
        if not prev or f.base == prev[0].id:
            continue  # a move from the base the editor named: base_change says it
        seen.add((*_key(f), f.period))
        t = growth_between("yoy_growth", f, prev[0], priority=66)
        if t is None:
            continue
        growth = t.values.get("growth")
        if not isinstance(growth, Num):  # a profit's swing: no rate to check a stated one by
            yield t
            continue
        for s in ix.metrics(
            f.metric, entity=f.entity, segment=f.segment, period=f.period, measure="yoy"
        ):
            yield Check("yoy_growth", s.id, growth.figure, growth.facts)
        yield t


def period_base(ix: FactIndex, f: Fact) -> Fact | None:
    """The figure of another period that ``f`` names as its ``base:``, when
    both are figures of their periods (a day's GMV against the same event's
    a year earlier, a day's average order value): that is growth between
    two periods, not a charge moved to a new level (``base_change``)."""
    b = ix.fact(f.base) if f.base else None
    if b is None or b.kind != "metric" or b.measure != "level" or b.period == f.period:
        return None
    if not of_a_period(f.metric) or not b.quantity or not f.quantity:
        return None
    return b if b.quantity.unit == f.quantity.unit else None


def growth_between(
    rule_name: str, f: Fact, prev: Fact, priority: int, step: str = ""
) -> Takeaway | None:
    """The move from ``prev`` to ``f`` as the growth message every reader has
    meanings for (a loss growing is a risk, told just after); None for a zero
    base: growth "from nothing" has no rate. ``step``: the kind of period
    the move took when it is not a year ('half': "up 22.7% in six months").
    A profit at or below 0 on either side has no rate either: it swung, or
    its loss narrowed or widened (``swings.profit_swing``)."""
    if below_zero(f) or below_zero(prev):
        return profit_swing(rule_name, f, prev, priority, step)
    try:
        growth = compute(lambda a, b: (a / b - 1) * HUNDRED, Num.of(f), Num.of(prev),
                         unit="percent")
        ratio = compute(lambda a, b: a / b, Num.of(f), Num.of(prev), unit="times")
    except UndefinedFigureError:
        return None
    loss = is_loss(f.metric)
    return Takeaway(
        rule=rule_name,
        message="loss_growth" if loss else "growth",
        facet="risk" if loss else facet_of(f.metric),
        priority=priority - 4 if loss else priority,
        facts=growth.facts,
        values={
            "cur": f, "prev": prev, "growth": growth, "ratio": ratio,
            "trade": trade_flow(f.metric), "step": step,
        },
        entity=f.entity,
    )


@rule("stated_growth", needs=("metric:revenue",))
def stated_growth(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A level the article gives with its own year-on-year rate (no base given)."""
    for g in ix.metrics(measure="yoy"):
        q = g.quantity
        if told_by(g.metric) and (
            kind_of(g.metric) in ("money", "count")
            or (q is not None and q.unit == "percent")
            or points_told(g.metric)
        ):
            continue  # a figure whose rule reads its rates (a material's price: input_cost;
            # a vacancy rate "10% higher": space_market; a load factor "down 2 points":
            # cargo_space), not a rate in points its rule reads only from two levels
            # (a margin's, a market share's): said here
        level = ix.metrics(
            g.metric, entity=g.entity, segment=g.segment, period=g.period, stated=False
        )
        prev_period = previous_period(g.period)
        has_base = prev_period and ix.metrics(
            g.metric, entity=g.entity, segment=g.segment, period=prev_period
        )
        if not level or has_base or yearly(level[0]):
            continue  # a rate alone is lone_rate's; a freight rate by the kg, level_move's
        yield Takeaway(
            rule="stated_growth",
            message="level_with_growth",
            facet="market",
            priority=64,
            facts=(level[0].id, g.id),
            values={
                "cur": level[0], "growth": g, "prior": _prior(level[0], g),
                "trade": trade_flow(g.metric),
                "rate_only": False,  # lone_rate's growth_rate shares its meanings
            },
            entity=g.entity,
        )


def _prior(level: Fact, growth: Fact) -> Num | None:
    """The year-earlier amount the stated rate implies: level ÷ (1 + rate),
    or level - change for a change in points (a load factor of 56%, "down 2
    percentage points": 58%, not 56 ÷ 0.98); none for a rate of nothing
    ("roughly flat"): the level again says nothing."""
    if growth.quantity is not None and growth.quantity.value == 0:
        return None
    try:
        unit = level.quantity.unit if level.quantity else ""
        if growth.quantity is not None and growth.quantity.unit == "pp":
            return compute(lambda v, g: v - g, Num.of(level), Num.of(growth), unit=unit)
        return compute(lambda v, g: v / (1 + g / HUNDRED), Num.of(level), Num.of(growth), unit=unit)
    except UndefinedFigureError:
        return None


def _value(f: Fact) -> Decimal:
    return f.quantity.value if f.quantity else Decimal(0)


def annual_rate(ratio: Decimal, years: int) -> Decimal:
    """Compound annual rate in percent: (ratio ** (1/years) - 1) * 100.

    The fractional power is taken in binary floating point: 15 significant
    digits are far more than the one decimal printed, and a 28-digit Decimal
    power costs more than the rest of the rule.
    """
    if ratio <= 0:
        raise UndefinedFigureError(f"no annual rate for a ratio of {ratio}")
    return (Decimal(repr(float(ratio) ** (1.0 / years))) - 1) * HUNDRED


@rule("cagr", needs=("metric:revenue",))
def cagr(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Compound annual growth across three or more fiscal years, and stated CAGRs."""
    done: set[tuple[str, str, str]] = set()
    for f in ix.metrics():
        key = _key(f)
        if key in done or not grows(f.metric) or f.stated:
            continue
        years = sorted(
            {
                p.period: p
                for p in ix.metrics(f.metric, entity=f.entity, segment=f.segment, stated=False)
                if p.period.startswith("FY") and "/" not in p.period
            }.values(),
            key=lambda p: p.period,
        )
        if len(years) < 3:
            continue
        done.add(key)
        first, last = years[0], years[-1]
        n = int(last.period[2:]) - int(first.period[2:])
        rate = compute(
            lambda a, b, n=n: annual_rate(b / a, n),
            Num.of(first),
            Num.of(last),
            unit="percent",
        )
        span = f"{first.period}/{last.period}"
        stated = ix.metrics(
            f.metric, entity=f.entity, segment=f.segment, period=span, measure="cagr"
        )
        for s in stated:
            yield Check("cagr", s.id, rate.figure, rate.facts)
        loss = is_loss(f.metric)
        yield Takeaway(
            rule="cagr",
            message="loss_cagr" if loss else "cagr",
            facet="risk" if loss else facet_of(f.metric),
            priority=72,
            facts=rate.facts + tuple(s.id for s in stated),
            values={
                "series": years,
                "first": first,
                "last": last,
                "cagr": rate,
                "stated": stated[0] if stated else None,
                # the direction of the latest step: a CAGR never claims
                # "still widening" when the last period turned the other way
                "still": _value(years[-1]) >= _value(years[-2]),
            },
            entity=f.entity,
        )


@rule("margin_change", needs=("metric:gross_margin",))
def margin_change(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """How a margin moved between its earliest and latest reading, in points."""
    groups: dict[tuple[str, str, str], list[Fact]] = {}
    for f in ix.metrics("gross_margin", stated=False):
        groups.setdefault(_key(f), []).append(f)
    for facts in groups.values():
        if len(facts) < 2:
            continue
        ordered = sorted(facts, key=lambda f: period_end(f.period))
        first, last = ordered[0], ordered[-1]
        delta = compute(lambda a, b: b - a, Num.of(first), Num.of(last), unit="pp")
        yield Takeaway(
            rule="margin_change",
            message="margin_change",
            facet="operations",
            priority=60,
            facts=tuple(f.id for f in ordered),
            values={"first": first, "last": last, "series": ordered, "delta": delta},
            entity=first.entity,
        )
