"""ad_spend_move: big advertisers cutting or raising what they spend on ads.

"Temu's average daily ad spending across these platforms fell by 31%
between March 31 and April 13 compared to the previous 30 days. Shein's ad
spend declined 19% over the same period." When the biggest bidders for the
same shoppers pull back, the ad auctions they left change for everyone
else, and no rule read it: a rate of change with no level is no growth of a
business's own, and ad spending is no sale. The stated changes of
``ad_spend`` of one period (a change or a year-on-year rate, in percent) are
one point, largest move first, in the direction they share.

Each reader reads it from its side (templates/*/meanings/ad_spend_move.j2):
impressions to bid for (or dearer) for a seller and a brand, orders through
those platforms for a factory, budgets gone or coming for an agency, a
rival's traffic for a platform operator, and for a researcher how much of
their demand the ads were buying. Moves in both directions in one period
are told by the larger side.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Takeaway
from .facts import FactIndex
from .kinds import stances_of
from .registry import Check, rule

#: What big advertisers cutting their spending are to each reader: the
#: impressions and shoppers they leave open, their buyers' orders, the
#: budgets an agency loses, a rival gone quiet.
CUT_FACETS = {
    "seller": "opportunity",
    "brand": "opportunity",
    "factory": "demand",
    "service_provider": "demand",
    "platform_operator": "competition",
    "researcher": "research",
}
#: ... and raising it: dearer auctions for those who bid against them.
RISE_FACETS = {**CUT_FACETS, "seller": "cost", "brand": "cost", "service_provider": "opportunity"}


@rule("ad_spend_move", needs=("metric:ad_spend",))
def ad_spend_move(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Stated moves of advertisers' spending over one period, as one point."""
    by_period: dict[str, list[Fact]] = {}
    for f in ix.metrics("ad_spend", measure=None):
        q = f.quantity
        if f.measure not in ("change", "yoy") or q is None or q.unit != "percent":
            continue
        if not f.period or f.forecast or q.upper is not None or q.value == 0:
            continue
        by_period.setdefault(f.period, []).append(f)
    for _period, moves in sorted(by_period.items()):
        cuts = [f for f in moves if f.quantity.value < 0]  # type: ignore[union-attr]
        rises = [f for f in moves if f.quantity.value > 0]  # type: ignore[union-attr]
        side = cuts if len(cuts) >= len(rises) else rises
        side.sort(key=lambda f: -abs(f.quantity.value))  # type: ignore[union-attr]
        lead = side[0]
        platforms = any(
            ix.kind(f.entity) == "platform"
            for f in side
        )
        facets = dict(CUT_FACETS if side is cuts else RISE_FACETS)
        if not platforms:
            facets["factory"] = ""  # a brand's ads sell its own goods: no buyer's orders to read
        yield Takeaway(
            rule="ad_spend_move",
            message="ad_spend_move",
            facet="marketing",
            priority=76,
            facts=tuple(f.id for f in side),
            values={
                "moves": side,
                "cut": side is cuts,
                "platforms": platforms,
                "role_facets": facets,
                "role_stances": stances_of(facets),
            },
            entity=lead.entity,
        )
