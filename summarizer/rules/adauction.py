"""ad_auction: a platform's ads served and the average price of each, read
as what an advertiser's money buys there and where the platform's ad
revenue came from.

"Meta's advertising revenue rose 24% year-on-year to $58.14 billion … with
ad impressions rising 18% year-on-year in the fourth quarter and the average
price per ad increasing 6% over the same period" (Pitchonnet on Meta's
results). Before this rule the only figure any reader got was the revenue's
growth, the same sentence under six labels, and read backwards: a platform
earning more from ads does not by itself make each ad dearer.

A platform's ``ad_impressions`` and ``ad_price`` rates on a year earlier
(``measure: yoy``, percent) for one period, with its ``ad_revenue`` then
when the story has it (levels, else its stated rate). Ad revenue is ads
served times the average price, so the two rates multiply to the revenue's
(not checked against a stated one: platforms round both rates to whole
percents, and ``check`` takes a rule's inputs as exact). A seller reads the price as the ad cost of
an order at the same conversion, a brand what the same budget buys, a
provider the extra ads to fill with creative, a platform the extra money
advertisers spent there (its own ads compete for it), a researcher how much
of the growth came from volume and how much from price. A factory is not
told. The revenue's own growth point is told in full by this one
(``readers.news.covered``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import facets_with, stances_of
from .registry import Check, rule
from .timeline import latest

#: What a platform's ad volume and prices are to each reader.
FACETS = {
    "seller": "cost",
    "brand": "marketing",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}

#: The figure each reader's point rests on.
NEEDS = {"platform_operator": "added", "seller": "priced", "brand": "priced"}


def _revenue(ix: FactIndex, entity: str, period: str) -> tuple[Fact | None, Fact | None]:
    """The ad revenue of the period and the level it grew from, if given."""
    cur = next((f for f in ix.metrics("ad_revenue", entity=entity, segment="", period=period,
                                      stated=False)
                if f.quantity is not None and f.quantity.upper is None), None)
    return cur, (ix.earlier(cur) if cur is not None else None)


def volume_share(volume: Num, price: Num) -> str:
    """Which side carried the revenue's move, in words the rounded inputs
    bear: 'volume' when more ads made most of it (18% more ads at 6% more
    each: three quarters by logarithms), 'price' when dearer ads did, 'both'
    when neither made two thirds of it, 'against' when one moved against the
    other (31% more ads at 6% less each)."""
    v, p = float(volume.value) / 100, float(price.value) / 100
    if v <= -1 or p <= -1 or (v >= 0) != (p >= 0) or v == p == 0:
        return "against"
    lv, lp = math.log1p(v), math.log1p(p)
    share = lv / (lv + lp)
    return "volume" if share >= 2 / 3 else "price" if share <= 1 / 3 else "both"


@rule("ad_auction", needs=("metric:ad_price",))
def ad_auction(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A platform's ads served and price per ad on a year earlier, multiplied."""
    for entity in ix.entities_with("ad_price", measure="yoy"):
        price = latest(f for f in ix.metrics("ad_price", entity=entity, segment="",
                                             measure="yoy") if f.period)
        if price is None or ix.stated_yoy("ad_price", entity, price.period) is None:
            continue
        volume = ix.stated_yoy("ad_impressions", entity, price.period)
        if volume is None:
            continue  # a price alone: the generic rates tell it
        try:
            implied = compute(lambda v, p: ((1 + v / HUNDRED) * (1 + p / HUNDRED) - 1) * HUNDRED,
                              Num.of(volume), Num.of(price), unit="percent")
            buys = compute(lambda p: (HUNDRED / (1 + p / HUNDRED) - HUNDRED), Num.of(price),
                           unit="percent")
        except UndefinedFigureError:
            continue
        revenue, before = _revenue(ix, entity, price.period)
        stated = ix.stated_yoy("ad_revenue", entity, price.period)
        added = growth = None
        if revenue is not None and before is not None and before.quantity is not None:
            added = compute(lambda a, b: a - b, Num.of(revenue), Num.of(before),
                            unit=revenue.quantity.unit if revenue.quantity else "")
            growth = ix.against_earlier(revenue)[1]
        facets = facets_with(FACETS, NEEDS, {"added": added is not None,
                                             "priced": Num.of(price).value != 0})
        values: dict[str, Any] = {
            "volume": volume, "price": price, "implied": implied, "buys": buys,
            "revenue": revenue, "before": before, "added": added,
            "growth": Num.of(stated) if stated is not None else growth,
            "carried": volume_share(Num.of(volume), Num.of(price)),
            "role_facets": facets, "role_stances": stances_of(facets),
        }
        told = [f for f in (volume, price, revenue, before, stated) if f is not None]
        yield Takeaway(
            rule="ad_auction",
            message="ad_auction",
            facet="marketing",
            priority=73,
            facts=tuple(f.id for f in told),
            values=values,
            entity=entity,
        )
