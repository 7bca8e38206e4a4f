"""rate_move: a rate or a share read at two or more times, and how far it moved.

Commerce figures are often rates given for two periods with no link between
them ("conversion rose to 2.6% in the first half from 2.1% a year earlier",
"live selling made up 30% of GMV, against 25%"): a seller's conversion, a
return rate, a channel's share of a platform's sales. Each reading alone is a
level; the move, in percentage points, is the news, and what it means depends
on the reader (more sales from the same traffic, more returns to handle, sales
moving to a channel). Gross margins have their own rule (``margin_change``),
and a rate the editor links to its old level (``base``: a fee, a tariff) is
``base_change``'s, so neither is told twice. A platform's cut of each sale
(commission, referral fee, take rate) given for two years with no link is
read here too: what it costs each reader is worded per role.

Only written readings (a stated share, as the article gives it, but no
derived rate), of one entity, metric, part and base, in periods of one kind
(two halves, two years, two dates): the earliest and the latest, and only
when their rounding cannot make them equal.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import FactIndex, Num, apart, compute
from .kinds import facet_of, is_fee, kind_of, levied_on, told_by
from .outpace import OUTPACE_FACETS
from .registry import Check, rule
from .timeline import period_end

#: A part's share of its whole moving is where sales go, read as a part
#: outgrowing its total is (outpace.OUTPACE_FACETS): a shop to ready, a
#: budget, a service, a rival's channel; nothing for a factory.
SHARE_FACETS = OUTPACE_FACETS


def _linked(ix: FactIndex) -> set[str]:
    """Facts with a ``base`` and the facts they name as one: base_change's."""
    out: set[str] = set()
    for f in ix.story.facts:
        if f.kind == "metric" and f.base:
            out |= {f.id, f.base}
    return out


def _whole(ix: FactIndex, f: Fact) -> str:
    """What a share is of, whatever period: '' for the entity's own total
    (no ``of``, or ``of`` a fact of that total), else the base named."""
    base = ix.fact(f.of) if f.of else None
    if base is None:
        return f.of
    if base.entity == f.entity and base.metric == f.metric and not base.segment:
        return ""
    return f"{base.entity}/{base.metric}/{base.segment}"


def _commission(ix: FactIndex, f: Fact) -> bool:
    """A platform's or a company's cut of each sale (commission, referral
    fee, take rate) given for two years with no link: its move is the news,
    as a conversion rate's is. A tariff or a charge on shipments is not."""
    e = ix.story.entities.get(f.entity)
    return levied_on(f.metric) == "sales" and e is not None and is_fee(f.metric, e.kind)


@rule("rate_move", needs=("metric:conversion_rate", "metric:gmv"))
def rate_move(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A rate (conversion, returns, a margin) or a part's share read in two or
    more periods of one kind: the move from the earliest to the latest, in points."""
    linked = _linked(ix)
    groups: dict[tuple[str, ...], list[Fact]] = {}
    for f in ix.metrics(measure=None):
        q = f.quantity
        if f.id in linked or q is None or q.unit != "percent" or not f.period or f.forecast:
            continue
        share = f.measure == "share" and bool(f.segment)
        if f.stated and not share:
            continue  # a derived rate (a margin) is the ratio rules'; a share is as written
        if not share and (f.measure != "level" or kind_of(f.metric) != "percent"):
            continue
        if told_by(f.metric) or q.upper is not None:
            continue
        if not share and levied_on(f.metric) and not _commission(ix, f):
            continue  # a tariff's or a freight charge's levels: base_change's, with a base
        kind = parse_period(f.period, f.year_end).kind
        key = (f.entity, f.metric, f.measure, f.segment, _whole(ix, f), kind)
        groups.setdefault(key, []).append(f)
    for (_e, metric, measure, _s, _o, _k), facts in groups.items():
        if len(facts) < 2:
            continue
        ordered = sorted(facts, key=lambda f: period_end(f.period))
        first, last = ordered[0], ordered[-1]
        if period_end(first.period) == period_end(last.period):
            continue
        if not apart(Num.of(last), Num.of(first)):
            continue  # within the rounding: no move to report
        delta = compute(lambda a, b: b - a, Num.of(first), Num.of(last), unit="pp")
        share = measure == "share"
        yield Takeaway(
            rule="rate_move",
            message="rate_move",
            facet="market" if share else facet_of(metric),
            priority=61,
            facts=(first.id, last.id),
            values={
                "first": first,
                "last": last,
                "cur": last,
                "delta": delta,
                "up": delta.value > 0,
                "share": share,
                "levied_on": "" if share else levied_on(metric),
                **({"role_facets": SHARE_FACETS} if share else {}),
            },
            entity=last.entity,
        )
