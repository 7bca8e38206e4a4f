"""flows_sum: figures the vocabulary says add up (goods trade = exports +
imports) that, as written, cannot.

A customs release gives the total and both flows ("33.61 trillion yuan …
exports 19.95 trillion … imports 13.66 trillion"); an editor who types one of
them wrong, or a wire copy that rounds one differently, leaves a story whose
figures cannot all be true. Like the other consistency checks it compares
written figures only, each standing for the interval its digits and
qualifier allow, so it fires only where no reading of them adds up.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..model import Fact, Finding
from .consistency_figures import (
    Context,
    Interval,
    amount,
    gap,
    label,
    meets,
    written_interval,
)


def _key(f: Fact) -> tuple[str, ...]:
    assert f.quantity is not None
    return (f.entity, f.segment, f.period, f.quantity.unit, f.quantity.per, f.at)


def _plain(f: Fact) -> bool:
    """A written level (not a rate, a forecast or a computed figure)."""
    return (
        f.kind == "metric" and f.measure == "level" and f.quantity is not None
        and not f.forecast and not f.stated
    )


def _add(a: Interval, b: Interval) -> Interval:
    lo = a[0] + b[0] if a[0] is not None and b[0] is not None else None
    hi = a[1] + b[1] if a[1] is not None and b[1] is not None else None
    return lo, hi


def flows_sum(ctx: Context) -> Iterator[Finding]:
    """A total the vocabulary defines as a sum (``sum_of``) whose written
    parts, same entity, segment, period and unit, cannot add up to it."""
    for s in ctx.stories:
        levels: dict[tuple[str, tuple[str, ...]], Fact] = {}
        for f in s.facts:
            if _plain(f):
                levels.setdefault((f.metric, _key(f)), f)
        for (metric, key), total in levels.items():
            m = ctx.vocab.metric(metric)
            if m is None or not m.sum_of:
                continue
            parts = [levels.get((p, key)) for p in m.sum_of]
            if any(p is None for p in parts):
                continue
            found = [p for p in parts if p is not None]
            assert total.quantity is not None
            summed: Interval = (Decimal(0), Decimal(0))
            for p in found:
                assert p.quantity is not None
                summed = _add(summed, written_interval(p.quantity, ctx.vocab))
            if meets(summed, written_interval(total.quantity, ctx.vocab)):
                continue
            plain = sum((p.quantity.value for p in found if p.quantity), Decimal(0))
            unit = total.quantity.unit
            said = " + ".join(
                f"{p.metric} {amount(p.quantity)} ('{p.id}')" for p in found if p.quantity
            )
            yield Finding(
                "warning",
                "sum-differs",
                f"{label(total)}: {said} add up to {gap(plain, unit)}, not the "
                f"{amount(total.quantity)} written ('{total.id}'), a gap of "
                f"{gap(abs(plain - total.quantity.value), unit)}; one of the figures is wrong",
                total.span,
                tuple(p.span for p in found),
            )
