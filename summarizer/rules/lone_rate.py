"""A growth rate the article gives without the amount it applies to.

Results stories often give a line's growth and nothing else: "a 53 percent
increase in global advertising revenue", "a 27 percent leap in global
eCommerce sales". ``stated_growth`` needs the level (its message words
"revenue was US$179.5 billion, up 6%"), so such a rate reached no reader at
all, and a results story outside the seeds gave one point to one reader.

Rule ``lone_rate`` tells it as ``growth_rate``: the rate, with the whole's
rate beside it when the rate is a segment's and the article gives the
whole's ("online revenue grew 27%, against 6% for the whole"). Its readers'
meanings are ``level_with_growth``'s (a platform's ad revenue is its
sellers' cost, a brand's growth its suppliers' demand), worded without an
amount.

Not told: a rate in a league of several companies' rates (``peer_rates``
names its ends), a country's trade (its partners and series have rules of
their own), a rate of a fee or a price (a move its payers read per payer, from
its levels), a forecast (``outlook``), a rate of a metric that moves in
points (a share, a margin), and a rate whose period has a level or whose
previous period has one (those are ``stated_growth``'s and ``yoy_growth``'s).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Takeaway
from .facts import FactIndex
from .kinds import facet_of, grows, per_payer, trade_flow
from .peers import MIN_PEERS
from .registry import Check, rule
from .timeline import previous_period


@rule("lone_rate", needs=("metric:revenue",))
def lone_rate(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Each year-on-year rate whose period has no level, nor the period before."""
    for g in ix.metrics(measure="yoy"):
        if ix.metrics(g.metric, entity=g.entity, segment=g.segment, period=g.period, stated=False):
            continue  # stated_growth's
        before = previous_period(g.period)
        if before and ix.metrics(g.metric, entity=g.entity, segment=g.segment, period=before):
            continue
        yield from _told(ix, g)


def _told(ix: FactIndex, g: Fact) -> Iterator[Takeaway]:
    """``g`` as a point, when its metric grows and is no one's charge."""
    q = g.quantity
    if q is None or q.unit != "percent" or not g.period or g.forecast or not grows(g.metric):
        return
    if trade_flow(g.metric):
        return  # a country's trade: its partners and series have rules of their own
    peers = {
        r.entity for r in ix.metrics(g.metric, period=g.period, measure="yoy") if not r.segment
    }
    if len(peers) >= MIN_PEERS:
        return  # a league of companies' rates: peer_rates names the ends of it
    owner = ix.story.entities.get(g.entity)
    kind = owner.kind if owner else ""
    if facet_of(g.metric) in ("cost", "pricing") or per_payer(g.metric, kind):
        return
    whole = None
    if g.segment:
        wholes = [
            w for w in ix.metrics(g.metric, entity=g.entity, period=g.period, measure="yoy")
            if not w.segment and w.quantity is not None and w.quantity.unit == "percent"
        ]
        whole = wholes[0] if wholes else None
    yield Takeaway(
        rule="lone_rate",
        message="growth_rate",
        facet="market",
        priority=52,  # a rate without its amount: after the figures that have one
        facts=(g.id, whole.id) if whole else (g.id,),
        values={
            # ``cur`` is the rate itself: the meanings read its entity,
            # metric, segment and period, and never its amount (``rate_only``)
            "cur": g,
            "growth": g,
            "prior": None,
            "whole": whole,
            "rate_only": True,
            "trade": "",
        },
        entity=g.entity,
    )
