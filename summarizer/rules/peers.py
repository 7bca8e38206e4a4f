"""peer_rates: one measure of several companies over the same days, side by side.

Card-spending panels, app trackers and results round-ups report a figure for
many companies at once ("Temu's sales rose 18%, Shein's 16%, Amazon's were
flat, Nike's fell 19.9%"), with no total to split and no company's own
series. Each rate alone is a line in a table; side by side they say where
buyers' money is going. The point names who grew fastest and who fell most,
and each reader reads it from its side: channels to list on or leave for a
seller, stockists and channels for a brand, whose orders grow for a factory,
clients for a provider, rivals for a platform, the spread for a researcher.

Only the article's own year-on-year rates of one metric over the same
months or days (a fiscal quarter is its calendar months: Alibaba's second
fiscal quarter beside others' third), for three or more entities with no
segment; rates its rounding cannot tell from zero
are "flat".
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import FactIndex, Num, apart
from .registry import Check, rule

#: Fewest companies that make a league rather than a comparison.
MIN_PEERS = 3

#: Companies named on each side: beyond three a sentence becomes a table.
MAX_NAMED = 3

#: What the league is to each reader: channels for a seller and a brand,
#: openings for a provider, rivals for a platform, orders for a factory.
PEER_FACETS = {
    "seller": "opportunity",
    "brand": "marketing",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}

_ZERO = Num(Decimal(0), Decimal(0), Decimal(0), (), "percent")


def _rate(f: Fact) -> Decimal:
    assert f.quantity is not None
    return f.quantity.value


@rule("peer_rates", needs=("metric:gmv", "metric:revenue"))
def peer_rates(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Year-on-year rates of one metric and period for three or more
    companies: who grew fastest, who fell most, who stayed flat. Trackers
    counting the same market (entities of kind ``index``: Sensormatic's and
    RetailNext's store visits) are no peers: ``store_traffic`` reads them."""
    groups: dict[tuple[str, date, date], dict[str, Fact]] = {}
    for g in ix.metrics(measure="yoy"):
        q = g.quantity
        if g.segment or g.forecast or q is None or q.unit != "percent" or q.upper is not None:
            continue
        if ix.kind(g.entity) == "index":
            continue  # a tracker's or an index's count of a market is not a company's growth
        span = parse_period(g.period, g.year_end)  # Alibaba's fiscal Q2 is July–September
        groups.setdefault((g.metric, span.start, span.end), {}).setdefault(g.entity, g)
    for (metric, _start, _end), by_entity in groups.items():
        rates = list(by_entity.values())
        if len(rates) < MIN_PEERS:
            continue
        way = {f.id: apart(Num.of(f), _ZERO) for f in rates}
        up = sorted((f for f in rates if way[f.id] > 0), key=lambda f: -_rate(f))
        down = sorted((f for f in rates if way[f.id] < 0), key=_rate)
        flat = [f for f in rates if way[f.id] == 0]
        if not up and not down:
            continue
        named = up[:MAX_NAMED] + down[:MAX_NAMED] + flat[:MAX_NAMED]
        fastest = up[0] if up else down[-1]
        slowest = down[0] if down else up[-1]
        yield Takeaway(
            rule="peer_rates",
            message="peer_rates",
            facet="competition",
            priority=63,
            facts=tuple(f.id for f in named),
            values={
                "up": up[:MAX_NAMED],
                "down": down[:MAX_NAMED],
                "flat": flat[:MAX_NAMED],
                "count": len(rates),
                "metric": metric,
                "cur": fastest,
                "slowest": slowest,
                # the league's period in calendar words where any company
                # reports by the calendar (Alibaba's fiscal Q2 is others' Q3)
                "when": next((f for f in rates if f.year_end == 12), fastest),
                "role_facets": PEER_FACETS,
            },
            entity=fastest.entity,
        )
