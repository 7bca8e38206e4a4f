"""A shopping event's sales against last year's run of it, per day
(``event_pace``).

Singles Day 2024 sales rose 27% to RMB 1.44 trillion, but the event ran
from October 14, ten days earlier than in 2023: 29 days against 19. Told as
growth, the figure says shoppers spent 27% more; per day they spent about
17% less (RMB 49.7 billion a day against RMB 60 billion). Platforms stretch
their events each year, so this is the reading a reader needs before the
headline rate: ``yoy_growth`` compares only runs of the same days a year
apart and says nothing here.

The rule pairs an amount over a run of days with the same entity's amount
over a run of days ending about a year earlier, when the two runs differ in
length: the total's growth (checked against a stated rate), the days each
ran, each run's amount per day and the change per day. The growth point of
the same figures is told in full by it (``readers.news.covered``). Each
reader reads it from its side (templates ``event_pace.j2``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

from ..facts.periods import Period, parse_period
from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import adds_up
from .registry import Check, rule

#: What a longer (or shorter) event's pace is to each reader.
PACE_FACETS = {
    "seller": "operations",
    "brand": "marketing",
    "factory": "demand",
    "service_provider": "operations",
    "platform_operator": "competition",
    "researcher": "research",
}


def _days(p: Period) -> int:
    return (p.end - p.start).days + 1


def _year_before(cur: Period, other: Period) -> bool:
    """Whether ``other`` ends about a year before ``cur`` (within a month)."""
    gap = cur.end - other.end
    return timedelta(days=335) <= gap <= timedelta(days=395)


def _a_year_on(d: date) -> date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # February 29
        return d + timedelta(days=365)


def _count(days: int) -> Num:
    d = Decimal(days)
    return Num(d, d, d, (), "days")


@rule("event_pace", needs=("metric:gmv",))
def event_pace(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A run of days against the year-earlier run of another length."""
    for f in ix.metrics(stated=False):
        if not adds_up(f.metric) or not f.period or f.quantity is None:
            continue
        cur = parse_period(f.period)
        if cur.kind != "days":
            continue
        earlier = [
            g for g in ix.metrics(f.metric, entity=f.entity, segment=f.segment, stated=False)
            if g.period and g.quantity and g.quantity.unit == f.quantity.unit
            and parse_period(g.period).kind == "days"
            and _year_before(cur, parse_period(g.period))
        ]
        if not earlier:
            continue
        g = earlier[0]
        prev = parse_period(g.period)
        days, prev_days = _days(cur), _days(prev)
        if days == prev_days:
            continue  # runs of the same length: yoy_growth's
        try:
            growth = compute(lambda a, b: (b / a - 1) * HUNDRED, Num.of(g), Num.of(f),
                             unit="percent")
            per_day = compute(lambda b, n: b / n, Num.of(f), _count(days), unit=f.quantity.unit)
            prev_per_day = compute(lambda a, n: a / n, Num.of(g), _count(prev_days),
                                   unit=f.quantity.unit)
            change = compute(lambda a, b: (b / a - 1) * HUNDRED, prev_per_day, per_day,
                             unit="percent")
        except UndefinedFigureError:
            continue
        stated = ix.metrics(f.metric, entity=f.entity, segment=f.segment, period=f.period,
                            measure="yoy")
        for s in stated:
            yield Check("event_pace", s.id, growth.figure, growth.facts)
        yield Takeaway(
            rule="event_pace",
            message="event_pace",
            facet="market",
            priority=84,
            facts=(g.id, f.id, *(s.id for s in stated)),
            values={
                "cur": f,
                "prev": g,
                "stated": stated[0] if stated else None,
                "growth": growth,
                "days": days,
                "prev_days": prev_days,
                "more_days": abs(days - prev_days),
                "longer": days > prev_days,
                # days the run starts earlier than a year before (Oct 24 -> Oct 14: 10)
                "start_shift": (_a_year_on(prev.start) - cur.start).days,
                "per_day": per_day,
                "prev_per_day": prev_per_day,
                "change": change,
                "up": change.value > 0,
                "event": _event(ix, f),
                "role_facets": PACE_FACETS,
            },
            entity=f.entity,
        )


def _event(ix: FactIndex, f: Fact) -> Fact | None:
    """The shopping day the run leads up to (Singles Day), for its name."""
    run = parse_period(f.period)
    return next((e for e in ix.events("shopping_day", entity=f.entity)
                 if e.date is not None and run.start <= e.date <= run.end), None)
