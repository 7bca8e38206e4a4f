"""Capital rules: cash runway, free float at lock-up expiries, listings."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Takeaway
from .facts import FactIndex, Num, compute
from .listing import commerce_listing
from .registry import Check, rule
from .timeline import latest


@rule("cash_runway", needs=("metric:cash", "metric:monthly_burn", "metric:cash_runway"))
def cash_runway(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Months the cash lasts: cash on hand / monthly burn, same currency."""
    for entity in ix.entities_with("cash"):
        cash = latest(ix.metrics("cash", entity=entity, stated=False))
        burns = ix.metrics("monthly_burn", entity=entity, stated=False)
        if cash is None or cash.quantity is None or not burns:
            continue
        burn = next(
            (b for b in burns if b.quantity and b.quantity.unit == cash.quantity.unit), burns[0]
        )
        burn_num = ix.to_currency(Num.of(burn), cash.quantity.unit)
        if burn_num is None:
            continue
        months = compute(lambda c, b: c / b, Num.of(cash), burn_num, unit="months")
        stated = ix.metrics("cash_runway", entity=entity, measure=None)
        for s in stated:
            yield Check("cash_runway", s.id, months.figure, months.facts)
        yield Takeaway(
            rule="cash_runway",
            message="cash_runway",
            facet="capital",
            priority=76,
            facts=months.facts + tuple(s.id for s in stated),
            values={
                "cash": cash,
                "burn": burn,
                "months": months,
                "stated": stated[0] if stated else None,
            },
            entity=entity,
        )


@rule("lockup_float", needs=("metric:free_float", "event:lockup_expiry"))
def lockup_float(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Free float before and after each lock-up expiry, and how many times it grows."""
    for entity in ix.entities_with("free_float"):
        levels = [
            f
            for f in ix.metrics("free_float", entity=entity, stated=False)
            if f.quantity and f.quantity.unit == "percent"
        ]
        expiries = sorted(
            (
                e
                for e in ix.events("lockup_expiry", entity=entity)
                if e.quantity and e.quantity.unit == "percent"
            ),
            key=lambda e: e.date or e.span.line,
        )
        if not levels or not expiries:
            continue
        before = Num.of(levels[0])
        steps = []
        running = before
        for e in expiries:
            running = compute(lambda a, b: a + b, running, Num.of(e), unit="percent")
            steps.append((e, running))
        first_after = steps[0][1]
        multiple = compute(lambda a, b: a / b, first_after, before, unit="times")
        for s in ix.metrics("free_float", entity=entity, measure="multiple"):
            yield Check("lockup_float", s.id, multiple.figure, multiple.facts)
        stated_levels = ix.metrics("free_float", entity=entity, stated=True)
        for s in stated_levels:  # a stated float after the expiries: match by order
            target = steps[-1][1] if len(steps) > 1 or s is stated_levels[-1] else first_after
            yield Check("lockup_float", s.id, target.figure, target.facts)
        yield Takeaway(
            rule="lockup_float",
            message="lockup_float",
            facet="capital",
            priority=80,
            facts=tuple(dict.fromkeys((levels[0].id, *(f for _, n in steps for f in n.facts)))),
            values={"before": levels[0], "steps": steps, "multiple": multiple},
            entity=entity,
        )


@rule("listings", needs=("event:listing",))
def listings(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Who listed where and when (one takeaway for the story's listings); a
    brand's or a platform's is ``listing_raise``'s."""
    events = sorted(
        (e for e in ix.events("listing") if not commerce_listing(ix.story, e)),
        key=lambda e: (e.date, e.span.line),
    )
    if events:
        yield Takeaway(
            rule="listings",
            message="listings",
            facet="capital",
            priority=56,
            facts=tuple(e.id for e in events),
            values={"events": events},
            entity=events[0].entity,
        )
