"""real_growth: a market's sales growth set against its consumer prices over the same period.

"Retail and food service sales in May 2022 … a 8.1% leap from May 2021 …
Consumer prices rose by 8.6% compared to a year ago." Sales figures are in
money, so with prices rising 8.6% an 8.1% rise is shoppers buying about 0.5%
less, not more: the article says both and never says that, and no rule read
the two together. Where a story gives a market's year-on-year (or period)
rate of a sales metric and ``consumer_prices`` of the same market over the
same period and measure, the real rate is (1 + g) / (1 + p) - 1, for the
whole and each segment the story gives, one point led by the whole.

Each reader reads it from its side (templates/*/meanings/real_growth.j2):
stock planned on units for a seller, what price rises are carrying for a
brand, orders and capacity that follow volumes for a factory and a provider,
growth that is price for a platform, and for a researcher that overall
consumer prices are a rough deflator for goods. Which metrics are read so is
vocabulary data (``told_by: real_growth`` on the price index; ``sales: true``
on the sales metrics).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..model import Fact, Takeaway
from ..vocabulary.vocab import default_vocabulary
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .growth import RATE_MESSAGES
from .kinds import stances_of, told_by
from .registry import Check, rule

#: What sales growth net of prices is to each reader.
REAL_FACETS = {
    "seller": "demand",
    "brand": "pricing",
    "factory": "demand",
    "service_provider": "demand",
    "platform_operator": "competition",
    "researcher": "research",
}

#: Segments told beside the whole, at most.
PARTS = 3

#: Readers whose work follows the goods sold, not their prices: a sales rise that
#: is all prices is no more orders or parcels for them.
VOLUME_ROLES = frozenset({"factory", "service_provider"})



def deflated(takeaways: Sequence[Takeaway]) -> frozenset[int]:
    """Takeaways that read a sales rate at face value where this rule found it
    negative in real terms: for ``VOLUME_ROLES`` they would say more orders or
    parcels where there are fewer (US retail sales up 8.1%, prices up 8.6%)."""
    shrinking: set[str] = set()
    for t in takeaways:
        if t.rule != "real_growth":
            continue
        parts: list[dict[str, Any]] = list(t.values.get("parts", ()))  # type: ignore[call-overload]
        for m in (t.values, *parts):
            if m["real"].value < 0:
                shrinking.add(m["cur"].id)
    return frozenset(
        i for i, t in enumerate(takeaways)
        if t.message in RATE_MESSAGES and any(f in shrinking for f in t.facts)
    )


@rule("real_growth", needs=("metric:consumer_prices",))
def real_growth(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Sales rates of a market net of its consumer prices, the whole first."""
    for prices in ix.metrics(measure=None):
        q = prices.quantity
        if told_by(prices.metric) != "real_growth" or q is None or q.unit != "percent":
            continue
        if prices.measure not in ("yoy", "change") or q.upper is not None or prices.forecast:
            continue
        moves = [m for f in _sales_rates(ix, prices) if (m := _real(f, prices)) is not None]
        if not moves:
            continue
        moves.sort(key=lambda m: (m["cur"].segment != "", -abs(m["real"].value)))
        lead, parts = moves[0], moves[1 : PARTS + 1]
        facts = [prices.id, *(m["cur"].id for m in (lead, *parts))]
        yield Takeaway(
            rule="real_growth",
            message="real_growth",
            facet="demand",
            priority=70,
            facts=tuple(dict.fromkeys(facts)),
            values={
                "cur": lead["cur"],
                "real": lead["real"],
                "prices": prices,
                "parts": parts,
                "role_facets": REAL_FACETS,
                "role_stances": stances_of(REAL_FACETS),
            },
            entity=lead["cur"].entity,
        )


def _sales_rates(ix: FactIndex, prices: Fact) -> list[Fact]:
    """The rates of a sales metric over the prices' period and measure: of the prices'
    own market, or, where the story gives one price index only, of any market in it
    (the US's consumer prices against US retail's sales)."""
    metrics = default_vocabulary().metrics
    alone = len([f for f in ix.metrics(measure=None) if f.metric == prices.metric]) == 1
    out = []
    for f in ix.metrics(period=prices.period, measure=prices.measure):
        e = ix.story.entities.get(f.entity)
        if f.entity != prices.entity and not (alone and e is not None and e.kind == "market"):
            continue
        m = metrics.get(f.metric)
        q = f.quantity
        if m is None or not m.sales or q is None or q.unit != "percent" or q.upper is not None:
            continue
        out.append(f)
    return out


def _real(f: Fact, prices: Fact) -> dict[str, Any] | None:
    try:
        real = compute(lambda g, p: ((HUNDRED + g) / (HUNDRED + p) - 1) * HUNDRED,
                       Num.of(f), Num.of(prices), unit="percent")
    except UndefinedFigureError:
        return None
    return {"cur": f, "real": real}
