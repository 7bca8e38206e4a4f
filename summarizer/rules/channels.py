"""channel_share: how much of a market's sales goes through one kind of seller.

"In the first 11 months of 2024, livestreaming e-commerce in China generated
4.3 trillion yuan in sales, with store-led livestreams accounting for nearly
52 percent of the total." A share of a market stated with no amount for its
part was only checked (``segment_mix`` computes shares from amounts, not
amounts from shares), so the story said nothing to any reader. What it says
is who sells: more than half of livestream sales came from brands' and
stores' own sessions, about 2.2 trillion yuan, not from influencers.

A ``measure: share`` fact of ``gmv`` (or ``revenue``) whose segment is a
vocabulary channel with ``sells`` (``own-livestreams``, 店播;
``creator-livestreams``, 达人直播) is one point, with the amount it comes to
when the total of the same entity and period is given, and whether it is
more than half. Each reader reads it by who sells through the channel
(templates/*/meanings/channel_share.j2): own hosts against influencers'
commissions for a brand and a seller, stock and a studio of its own for a
factory, studios, hosts and stream operations to sell for a provider, the
tools merchants who host their own streams need for a platform operator, and
for a researcher whether the share holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..model import Fact, Takeaway
from ..realise.digits import round_significant
from ..vocabulary.vocab import default_vocabulary
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, apart, compute
from .kinds import stances_of
from .registry import Check, rule

#: What a channel's share is to each reader, by who sells through it.
CHANNEL_FACETS = {
    "own": {
        "seller": "operations",
        "brand": "opportunity",
        "factory": "opportunity",
        "service_provider": "demand",
        "platform_operator": "competition",
        "researcher": "research",
    },
    "creators": {
        "seller": "cost",
        "brand": "cost",
        "factory": "demand",
        "service_provider": "demand",
        "platform_operator": "competition",
        "researcher": "research",
    },
}

#: Metrics a channel's share is told of: sales through it.
SALES = ("gmv", "retail_sales", "revenue")

HALF = Num(Decimal(50), Decimal(50), Decimal(50), (), "percent")


@rule("channel_share", needs=("metric:gmv",))
def channel_share(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A market's (or platform's) share of sales through one kind of seller."""
    segments = default_vocabulary().segments
    for metric in SALES:
        for f in ix.metrics(metric, measure="share"):
            seg = segments.get(f.segment)
            q = f.quantity
            if seg is None or not seg.sells or q is None or q.unit != "percent":
                continue
            if not Decimal(0) < q.value < HUNDRED:
                continue
            total = _total(ix, f)
            facets = CHANNEL_FACETS[seg.sells]
            yield Takeaway(
                rule="channel_share",
                message="channel_share",
                facet="trend",
                priority=74,
                facts=tuple(x.id for x in (f, total) if x is not None),
                values={
                    "share": f,
                    "total": total,
                    "amount": _amount(f, total),
                    "sells": seg.sells,
                    "over_half": apart(Num.of(f), HALF) > 0,
                    "role_facets": facets,
                    "role_stances": stances_of(facets),
                },
                entity=f.entity,
            )


def _total(ix: FactIndex, f: Fact) -> Fact | None:
    """The whole the share is of: ``of`` when it names an amount, else the
    entity's own total of the metric for the same period."""
    named = ix.fact(f.of) if f.of else None
    if named is not None and named.quantity is not None and named.quantity.is_money:
        return named
    return next(
        (
            t
            for t in ix.metrics(f.metric, entity=f.entity, segment="", period=f.period)
            if t.quantity is not None and t.quantity.is_money and t.quantity.upper is None
        ),
        None,
    )


def _amount(share: Fact, total: Fact | None) -> Num | None:
    """What the share of the total comes to, in the total's currency."""
    if total is None or total.quantity is None:
        return None
    try:
        n = compute(lambda t, s: t * s / HUNDRED, Num.of(total), Num.of(share),
                    unit=total.quantity.unit)
    except UndefinedFigureError:
        return None
    # no more digits than the less precise input has: 4.3 trillion x nearly 52% is
    # about 2.2 trillion, not the 2.24 a desk's three digits would print
    digits = min(_significant(total), _significant(share))
    return Num(round_significant(n.value, digits), n.low, n.high, n.facts, n.unit)


def _significant(f: Fact) -> int:
    """How many significant digits ``f`` was written with (4.3 trillion: 2; 52%: 2)."""
    q = f.quantity
    assert q is not None
    if not q.value or not q.resolution:
        return 3
    return max(1, q.value.adjusted() - q.resolution.adjusted() + 1)
