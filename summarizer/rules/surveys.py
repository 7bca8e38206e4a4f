"""shopper_channels: where a consumer survey's shoppers say they will buy.

"Online shopping continues to be the top destination for holiday shopping,
with 55% of consumers planning to shop online, followed by grocery stores
(46%), department stores (44%) and discount stores (42%)." Each share is of
the same shoppers, and a shopper names several channels, so the shares add up
to no whole: no rule read them (``segment_rank`` ranks amounts that add up,
``share_shift`` companies' shares of one market), and no reader heard where
the season's shoppers will be.

A ``shopper_share`` fact per channel (its ``segment``) of one market and
period is one point: the channel most shoppers name, how far ahead of the
next it is (in percentage points: 9 points over grocery stores), the rest in
order, and, where the story gives the same channel's share of an earlier
survey, how it moved. Each reader reads the ranking from its own side
(templates/*/meanings/shopper_channels.j2): where to put a seller's stock and
ads, a brand's channel budget, the capacity a provider plans, the shoppers a
platform competes for against stores, and what a researcher checks against
the season's sales. Which metrics are read so is vocabulary data
(``told_by: shopper_channels``).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of, told_by
from .registry import Check, rule
from .timeline import period_end, previous_period

#: What the ranking of channels is to each reader.
CHANNEL_FACETS = {
    "seller": "operations",
    "brand": "marketing",
    "service_provider": "demand",
    "platform_operator": "competition",
    "researcher": "research",
}

#: At most this many channels are named after the first.
OTHERS = 4


@rule("shopper_channels", needs=("metric:shopper_share",))
def shopper_channels(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """The channel most shoppers plan to use, its lead, and the rest in order."""
    groups: dict[tuple[str, str, str], list[Fact]] = {}
    for f in ix.metrics(stated=False):
        q = f.quantity
        if told_by(f.metric) != "shopper_channels" or q is None or q.unit != "percent":
            continue
        if f.segment and f.period and q.upper is None:
            groups.setdefault((f.metric, f.entity, f.period), []).append(f)
    latest: dict[tuple[str, str], str] = {}
    for metric, entity, period in groups:  # the latest survey of each market
        now = latest.get((metric, entity))
        if now is None or period_end(period) > period_end(now):
            latest[(metric, entity)] = period
    for (metric, entity), period in latest.items():
        parts = sorted(groups[(metric, entity, period)], key=lambda f: -f.quantity.value)  # type: ignore[union-attr]
        if len(parts) < 2:
            continue  # one channel's share is a figure, not a ranking
        try:
            lead = compute(lambda a, b: a - b, Num.of(parts[0]), Num.of(parts[1]), unit="pp")
        except UndefinedFigureError:
            continue
        before = groups.get((metric, entity, previous_period(period) or ""), [])
        earlier = {f.segment: f for f in before}
        top_before = earlier.get(parts[0].segment)
        yield Takeaway(
            rule="shopper_channels",
            message="shopper_channels",
            facet="customers",
            priority=62,
            facts=tuple(f.id for f in (*parts[: OTHERS + 1], *filter(None, [top_before]))),
            values={
                "cur": parts[0],
                "top": parts[0],
                "lead": lead,
                "others": parts[1 : OTHERS + 1],
                "before": top_before,
                "role_facets": CHANNEL_FACETS,
                "role_stances": stances_of(CHANNEL_FACETS),
            },
            entity=entity,
        )
