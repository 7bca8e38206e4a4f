"""buyers_per_seller: a marketplace's buyers against its sellers, each over a
year: how crowded each shop's share of the buyers became.

"Etsy marketplace GMS declined 2.4% YoY; active buyers down 5% YoY; active
sellers down 10.9% YoY". Each rate alone read as a shrinking channel to a
seller and fewer rivals to another; read together, the sellers left faster
than the buyers did, so each shop that stayed has about 7% more buyers than a
year earlier (0.95 / 0.891). That balance is the news for whoever sells or
serves there: a seller meets fewer rivals per buyer (or more), a brand's
range is carried by fewer shops, a provider's clients are fewer but busier,
a rival platform sees sellers leaving faster than demand (or crowding), and
a researcher a ratio to track quarter by quarter.

A side's rate is the one the article states (``measure: yoy``), or the one
its levels a year apart give. The two rates must be of one platform and one
period; a balance that moved by under 1% is no news.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of
from .registry import Check, rule
from .timeline import previous_period

#: The two sides of a marketplace, as vocabulary metrics.
SIDES = ("active_buyers", "sellers")

#: What each side's balance is to each reader ('' = no point).
FACETS = {
    "seller": "competition",
    "brand": "competition",
    "factory": "",
    "service_provider": "demand",
    "platform_operator": "competition",
    "researcher": "research",
}

#: A balance that moved by less than this (percent) is no news.
MIN_MOVE = 1


def _rate(
    ix: FactIndex, metric: str, entity: str, period: str
) -> tuple[Num, tuple[Fact, ...]] | None:
    """The side's year-on-year rate in percent for the period, and the facts it
    comes from: the stated rate, else the level against the level a year earlier."""
    if (g := ix.stated_yoy(metric, entity, period)) is not None:
        return Num.of(g), (g,)
    prev = previous_period(period)
    now = ix.metrics(metric, entity=entity, segment="", period=period)
    then = ix.metrics(metric, entity=entity, segment="", period=prev) if prev else []
    if not now or not then or now[0].quantity is None or then[0].quantity is None:
        return None
    try:
        rate = compute(lambda a, b: (b / a - 1) * HUNDRED, Num.of(then[0]), Num.of(now[0]),
                       unit="percent")
    except UndefinedFigureError:
        return None
    return rate, (now[0], then[0])


@rule("buyers_per_seller", needs=("metric:active_buyers", "metric:sellers"))
def buyers_per_seller(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A platform's buyers against its sellers over a year: buyers per seller."""
    seen: set[tuple[str, str]] = set()
    for f in ix.metrics("sellers", measure=None):
        key = (f.entity, f.period)
        if key in seen or f.segment or not f.period:
            continue
        seen.add(key)
        if ix.story.entities[f.entity].kind != "platform":
            continue
        sides = [_rate(ix, m, f.entity, f.period) for m in SIDES]
        if sides[0] is None or sides[1] is None:
            continue
        (buyers, bfacts), (sellers, sfacts) = sides[0], sides[1]
        try:
            change = compute(lambda b, s: ((HUNDRED + b) / (HUNDRED + s) - 1) * HUNDRED,
                             buyers, sellers, unit="percent")
        except UndefinedFigureError:
            continue
        if abs(change.value) < MIN_MOVE:
            continue
        yield Takeaway(
            rule="buyers_per_seller",
            message="buyers_per_seller",
            facet="competition",
            priority=75,
            facts=tuple(x.id for x in (*bfacts, *sfacts)),
            values={
                "buyers": buyers, "sellers": sellers, "change": change,
                "buyer_fact": bfacts[0], "seller_fact": sfacts[0],
                "roomier": change.value > 0,
                "role_facets": FACETS, "role_stances": stances_of(FACETS),
            },
            entity=f.entity,
        )
