"""Shares of a total (``segment_mix``): each segment's amount over its
entity's total, and every share the article states checked against the
amounts it is a share of, its own entity's total or, where ``of`` names it,
another entity's (online sales of physical goods as a share of all retail
sales: 10.08 of 41.2 trillion yuan, 24.5%)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, compute
from .kinds import adds_up
from .registry import Check, rule


def _whole_of(ix: FactIndex, s: Fact, total: Fact) -> Fact:
    """What a stated share is of: the fact its ``of`` names, when that is an
    amount of the same metric and period (another entity's total), else the
    entity's own ``total``."""
    w = ix.fact(s.of) if s.of else None
    if w is not None and w.quantity and w.metric == total.metric and w.period == total.period:
        return w
    return total


@rule("segment_mix", needs=("metric:revenue",))
def segment_mix(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Shares of a total: each segment's amount over the entity's total."""
    for total in ix.metrics(segment="", stated=False):
        if not adds_up(total.metric) or not total.quantity:
            continue
        parts = [
            p
            for p in ix.metrics(
                total.metric, entity=total.entity, period=total.period, stated=False
            )
            if p.segment and p.quantity and p.quantity.unit == total.quantity.unit
        ]
        kinds = [ix.story.entities[p.segment].kind if p.segment in ix.story.entities else ""
                 for p in parts]
        if len(set(kinds)) > 1:  # two splits of one total (regions, products): keep the first
            parts = [p for p, k in zip(parts, kinds, strict=True) if k == kinds[0]]
        shares = []
        for p in parts:
            share = compute(lambda a, b: a / b * HUNDRED, Num.of(p), Num.of(total), unit="percent")
            for s in ix.metrics(
                total.metric,
                entity=total.entity,
                segment=p.segment,
                period=total.period,
                measure="share",
            ):
                yield Check("segment_mix", s.id, share.figure, share.facts)
            shares.append((p, share))
        stated_only = [
            s
            for s in ix.metrics(
                total.metric, entity=total.entity, period=total.period, measure="share"
            )
            if s.segment not in {p.segment for p in parts}
        ]
        for s in stated_only:  # a share stated with a mismatched amount: check against it
            # of another entity's total (online sales' share of all retail) when ``of`` says so;
            # a share of the entity's own total with no segment is no part of it
            whole = _whole_of(ix, s, total)
            if whole is total and not s.segment:
                continue
            amounts = [
                a
                for a in ix.metrics(
                    total.metric, entity=total.entity, segment=s.segment, period=total.period
                )
                if a.quantity
            ]
            for a in amounts:
                conv = ix.to_currency(Num.of(a), whole.quantity.unit if whole.quantity else "")
                if conv is None and a.quantity and a.quantity.unit != total.quantity.unit:
                    conv = None
                if conv is not None:
                    share = compute(
                        lambda x, y: x / y * HUNDRED, conv, Num.of(whole), unit="percent"
                    )
                    yield Check("segment_mix", s.id, share.figure, share.facts)
        if shares:
            shares.sort(key=lambda ps: -ps[1].value)
            yield Takeaway(
                rule="segment_mix",
                message="segment_mix",
                facet="customers",
                priority=58,
                facts=(total.id, *(p.id for p, _ in shares)),
                values={"total": total, "shares": shares},
                entity=total.entity,
            )
