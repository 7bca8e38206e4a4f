"""ads_per_sale: a marketplace's ad revenue against the units it sold, read
as what advertising now costs per sale there.

"$17.7 billion in advertising revenue, growing 22% year-over-year … Worldwide
paid units increased 11% year-over-year" (Amazon's third quarter of 2025).
Before this rule every reader got the ad revenue's growth under another
label ("brands there are paying more to be seen"); the units sold beside it
were read apart.

A platform's ``ad_revenue`` rate on a year earlier (stated, or from its
levels) and its ``units_sold`` rate for the same period, both without a
segment (all the ads, all the units). Ad revenue per unit sold moved by
their ratio (1.22 / 1.11: about 10% more). A seller reads that per-unit move
(ads cost more per sale), a factory the units against it (more goods wanted,
at prices squeezed from the ad side), a brand how much faster ads grew than
units (more of the shelf is paid for), a provider the extra money
advertisers spent (when the level is given), a platform ads against its
whole revenue (its fastest income), a researcher that the per-unit figure is
an upper bound (a platform's ad revenue includes ads sold off its store).
The ad revenue's own growth point is told in full by this one
(``readers.news.covered``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ..model import Takeaway
from ..realise.digits import round_significant
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import facets_with, stances_of
from .perunit import latest_pair, per_unit
from .registry import Check, rule

#: What ad revenue per unit sold is to each reader.
FACETS = {
    "seller": "cost",
    "brand": "marketing",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "income",
    "researcher": "research",
}

#: The figure each reader's point rests on.
NEEDS = {"service_provider": "added", "platform_operator": "whole"}


@rule("ads_per_sale", needs=("metric:ad_revenue",))
def ads_per_sale(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A platform's ad revenue growth over its units sold growth, one period."""
    for entity in dict.fromkeys(f.entity for f in ix.metrics("ad_revenue", measure=None)):
        if ix.kind(entity) != "platform":
            continue
        pair = latest_pair(ix, "ad_revenue", "units_sold", entity)
        if pair is None:
            continue
        period, ads, level, units = pair
        whole, _ = ix.yoy_rate("revenue", entity, period)
        try:
            per_sale = per_unit(ads, units)
            faster = (compute(lambda a, u: a / u, ads, units, unit="times")
                      if units.value > 0 and ads.value > units.value else None)
            added = (compute(lambda lv, a: lv - lv / (1 + a / HUNDRED), Num.of(level), ads,
                             unit=level.quantity.unit if level.quantity else "")
                     if level is not None else None)
        except UndefinedFigureError:
            continue
        if added is not None:  # from a rounded level and rate: US$3.2 billion, not 3.19
            added = replace(added, value=round_significant(added.value, 2))
        have = {"added": added is not None, "whole": whole is not None}
        facets = facets_with(FACETS, NEEDS, have)
        values: dict[str, Any] = {
            "ads": ads, "units": units, "level": level, "per_unit": per_sale, "faster": faster,
            "added": added, "whole": whole, "when": ix.fact(ads.facts[0]),
            "role_facets": facets, "role_stances": stances_of(facets),
        }
        told = dict.fromkeys((*ads.facts, *units.facts, *((level.id,) if level else ())))
        yield Takeaway(
            rule="ads_per_sale",
            message="ads_per_sale",
            facet="marketing",
            priority=73,
            facts=tuple(told),
            values=values,
            entity=entity,
        )
