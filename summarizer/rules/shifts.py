"""How a split moved and which marks a figure passed (a total's parts
against its own growth are ``outpace``'s).

``mix_shift``: the same total split into the same parts in two periods (a
company's on-premise and cloud revenue in 2023 and 2024): each part's share
in both, and the part whose share moved most, in percentage points.

``milestone``: an amount that went past a round mark between two readings
(GMV past US$10 billion, a market value past HK$1 trillion). Marks are 1, 2
and 5 times a power of ten in the figure's own unit; only the largest mark
passed is said, and only when it is at least half the later figure, so the
point is a milestone, not a truism.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .consistency import same_day_unordered
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import facet_of, grows, levied_on
from .registry import Check, rule
from .timeline import period_end


def _alike(a: Fact, b: Fact) -> bool:
    """Periods of the same kind and length (two years, two first halves)."""
    pa, pb = parse_period(a.period), parse_period(b.period)
    if pa.kind != pb.kind:
        return False
    return abs((pa.end - pa.start).days - (pb.end - pb.start).days) <= 3


def share(part: Decimal, total: Decimal) -> Decimal:
    """``part`` as a percentage of ``total``."""
    return part / total * HUNDRED


def split(ix: FactIndex, total: Fact) -> list[Fact]:
    """The parts of ``total``: same metric, entity, period and unit, a segment."""
    return [
        p
        for p in ix.metrics(total.metric, entity=total.entity, period=total.period, stated=False)
        if p.segment and p.quantity and total.quantity and p.quantity.unit == total.quantity.unit
    ]


@rule("mix_shift", needs=("metric:revenue",))
def mix_shift(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Each part's share of a total in two periods, and the biggest move."""
    totals: dict[tuple[str, str], list[Fact]] = {}
    for f in ix.metrics(segment="", stated=False):
        if grows(f.metric) and f.quantity and f.period:
            totals.setdefault((f.entity, f.metric), []).append(f)
    for facts in totals.values():
        if len(facts) < 2:
            continue
        first, last = sorted(facts, key=lambda f: period_end(f.period))[-2:]
        before = {p.segment: p for p in split(ix, first)}
        after = {p.segment: p for p in split(ix, last)}
        common = [s for s in after if s in before]
        if len(common) < 2 or same_day_unordered(first, last) or not _alike(first, last):
            continue
        moves = []
        try:
            for seg in common:
                old = compute(share, Num.of(before[seg]), Num.of(first), unit="percent")
                new = compute(share, Num.of(after[seg]), Num.of(last), unit="percent")
                delta = compute(lambda a, b: b - a, old, new, unit="pp")
                moves.append((after[seg], old, new, delta))
        except UndefinedFigureError:
            continue
        moves.sort(key=lambda m: -abs(m[3].value))
        part, old, new, delta = moves[0]
        yield Takeaway(
            rule="mix_shift",
            message="mix_shift",
            facet=facet_of(last.metric),
            priority=66,
            facts=tuple(dict.fromkeys((*old.facts, *new.facts))),
            values={
                "first": first,
                "last": last,
                "part": part,
                "old": old,
                "new": new,
                "delta": delta,
            },
            entity=last.entity,
        )


def _marks(low: Decimal, high: Decimal) -> Decimal | None:
    """The largest round mark (1, 2 or 5 x 10^n) in (low, high]."""
    best = None
    n = Decimal(10) ** max(0, high.adjusted() - 1)
    for exponent in range(3):
        for k in (1, 2, 5):
            mark = k * n * Decimal(10) ** exponent
            if low < mark <= high and (best is None or mark > best):
                best = mark
    return best


@rule("milestone", needs=("metric:gmv",))
def milestone(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """An amount that passed a round mark between its two latest readings."""
    series: dict[tuple[str, str, str], list[Fact]] = {}
    for f in ix.metrics(stated=False):
        # an amount per unit (a price, a fee, a duty per item) moves; it passes no
        # mark; nor does a charge (the duty on one order: Mexico's US$95 -> US$167.50)
        if (
            grows(f.metric)
            and f.quantity
            and f.period
            and not f.base
            and not f.quantity.per
            and not levied_on(f.metric)
        ):
            series.setdefault((f.entity, f.metric, f.segment), []).append(f)
    for facts in series.values():
        if len(facts) < 2:
            continue
        first, last = sorted(facts, key=lambda f: period_end(f.period))[-2:]
        if same_day_unordered(first, last) or first.quantity is None or last.quantity is None:
            continue
        if first.quantity.value <= 0 or first.quantity.unit != last.quantity.unit:
            continue  # from nothing, every mark is passed
        if not _alike(first, last):
            continue  # a day's GMV against a year's is no milestone
        mark = _marks(first.quantity.value, last.quantity.value)
        if mark is None or mark * 2 < last.quantity.value:
            continue
        yield Takeaway(
            rule="milestone",
            message="milestone",
            facet=facet_of(last.metric),
            priority=58,
            facts=(first.id, last.id),
            values={
                "first": first,
                "last": last,
                "mark": Num(mark, mark, mark, (), last.quantity.unit),
            },
            entity=last.entity,
        )
