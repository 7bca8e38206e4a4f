"""A fee set by category: the rates a platform charges per product line
(``fee_schedule``).

Platforms announce a new commission as a schedule, often without the old
rates: Shopee Indonesia's admin fee "effective January 2026" is 10% for FMCG,
daily necessities and some fashion goods and 4.25% to 6.75% for baby
equipment and jewellery. Without a ``base`` no rule told those levels, and
the readers got only the editor's dated event ("Shopee Indonesia's higher
fees apply: work out each order's margin") with no figure to work it out on.

This rule tells the rates of one fee on sales (a percent metric levied on
sales: a commission, a referral fee) that one entity charges on two or more
segments from one period, none of them moved from a base (``base_change``
tells those), dearest first, with how far apart the dearest and the
cheapest are in percentage points: the point a seller reads to see which
lines bear the fee most, and a rival platform to set its own category rates
against. Segments of kind ``group`` are tiers of sellers (Shopee's rates by a
seller's performance), told as such; any other segments are categories. The
entity's fee change dated in that period (its ``direction``) is
told with it, and the dated event itself is left out of a reader's section
(``readers.news``: this is one of the ``FIGURE_CHANGES``).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute
from .kinds import FEE_FACETS, FEE_STANCES, kind_of, levied_on
from .registry import Check, rule

#: Who reads a category schedule and as what: a factory too, since the
#: sellers of the dearest lines will press its quotes.
SCHEDULE_STANCES = {**FEE_STANCES, "factory": "cost"}
SCHEDULE_FACETS = {**FEE_FACETS, "factory": "cost"}


def _schedules(ix: FactIndex) -> dict[tuple[str, str, str], list[Fact]]:
    """(entity, metric, period) -> the segments' rates, for each fee on sales
    an entity sets per segment with no old level beside it."""
    bases = {f.base for f in ix.facts if f.base}
    periods: dict[tuple[str, str, str], set[str]] = {}
    for f in ix.metrics(stated=False):
        periods.setdefault((f.entity, f.metric, f.segment), set()).add(f.period)
    groups: dict[tuple[str, str, str], list[Fact]] = {}
    for f in ix.metrics(stated=False):
        if (kind_of(f.metric) != "percent" or levied_on(f.metric) != "sales"
                or not f.segment or not f.period or f.base or f.id in bases
                or f.quantity is None or f.quantity.unit != "percent"):
            continue
        if len(periods[(f.entity, f.metric, f.segment)]) > 1:
            continue  # the segment's rate in another period too: its move is told (rate_move)
        groups.setdefault((f.entity, f.metric, f.period), []).append(f)
    return {k: v for k, v in groups.items() if len({f.segment for f in v}) >= 2}


def _top(f: Fact) -> Decimal:
    """A rate's dearest end (a band's upper end)."""
    assert f.quantity is not None
    return f.quantity.upper if f.quantity.upper is not None else f.quantity.value


def _end(f: Fact, upper: bool) -> Num:
    """One end of a rate as a figure of its own, with its rounding."""
    n = Num.of(f)
    if not upper or n.upper is None:
        return Num(n.value, n.low, n.high, n.facts, n.unit)
    half = n.value - n.low
    return Num(n.upper, n.upper - half, n.upper + half, n.facts, n.unit)


def _event(ix: FactIndex, entity: str, period: str) -> Fact | None:
    """The entity's fee change dated in the schedule's period (a month, or
    its first day), which the schedule tells with its figures."""
    for e in ix.events():
        if e.event != "fee_change" or e.entity != entity or e.date is None:
            continue
        day = e.date.isoformat()
        on = day if e.date_precision == "day" else day[:7]
        # the same day or month; a month's event and a day in it; a day's event in a month
        if period == on or period.startswith(on) or on.startswith(period):
            return e
    return None


@rule("fee_schedule", needs=("metric:commission_fee",))
def fee_schedule(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A fee on sales set per category with no old rates: the rates, dearest
    first, and how many points apart the dearest and the cheapest are."""
    for (entity, _metric, period), rates in _schedules(ix).items():
        ranked = sorted(rates, key=lambda f: (-_top(f), f.id))
        cheapest = min(rates, key=lambda f: (f.quantity.value if f.quantity else 0, f.id))
        try:
            gap = compute(lambda a, b: a - b, _end(ranked[0], True), _end(cheapest, False),
                          unit="pp")
        except UndefinedFigureError:
            continue
        if gap.value <= 0:
            continue  # one rate for every category: no schedule to tell
        event = _event(ix, entity, period)
        kinds = {ix.story.entities[f.segment].kind if f.segment in ix.story.entities else ""
                 for f in rates}
        yield Takeaway(
            rule="fee_schedule",
            message="fee_schedule",
            facet="cost",
            priority=78,
            facts=tuple(f.id for f in ranked) + ((event.id,) if event else ()),
            values={
                "rates": ranked,
                "cheapest": cheapest,
                "gap": gap,
                # what the rates depend on: the goods (product categories) or the
                # seller (tiers by performance or programme, segments of kind group)
                "basis": "tier" if kinds == {"group"} else "category",
                "banded": any(f.quantity and f.quantity.upper is not None for f in rates),
                "event": event,
                "up": event.direction == "up" if event and event.direction else None,
                # in force once its first day has come (a month's schedule: from the 1st)
                "past": parse_period(period).start <= ix.story.published,
                # each reader's meaning says something of its own (which lines, which
                # quotes, which rates to set): not one sentence re-labelled per role
                "per_role": True,
                "role_stances": SCHEDULE_STANCES,
                "role_facets": SCHEDULE_FACETS,
            },
            entity=entity,
        )
