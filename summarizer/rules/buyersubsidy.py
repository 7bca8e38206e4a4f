"""buyer_subsidy: a share of the price paid back to the buyer, capped, on goods up to a price.

"Buyers can get a discount of 15 percent on products costing up to CNY6,000
… with the subsidy for each item capped at CNY500." China's trade-in
subsidy for phones, tablets and smartwatches (January 2025) is three figures
in one rule, and what they mean together is nowhere in the article: the
full 15% only up to about CNY3,333 (where 15% reaches the CNY500 cap), a
smaller share above it (8.3% at CNY6,000), and nothing at all one yuan above
the ceiling, a cliff that made brands cut their high-end models to CNY6,000.

The rate (``buyer_subsidy_rate``), the cap per item (``buyer_subsidy``) and
the price ceiling (``subsidy_price_cap``) of one entity and segment are one
point with those break points; any one of them with the rate is enough.
Each reader reads it from its side (templates/*/meanings/buyer_subsidy.j2):
where a seller's stock and listings do best, the line a brand prices its
models against, the demand pulled forward for a factory, the claims and
trade-ins a provider can handle, the price shoppers compare a platform on,
and what a researcher can measure on either side of the line. Which metrics
are read so is vocabulary data (``told_by: buyer_subsidy``).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .incentives import SUBSIDY_FACETS
from .kinds import stances_of
from .registry import Check, rule


@rule("buyer_subsidy", needs=("metric:buyer_subsidy_rate",))
def buyer_subsidy(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A subsidy rate with its cap per item and its price ceiling, and where each binds."""
    for rate in ix.metrics("buyer_subsidy_rate"):
        q = rate.quantity
        if q is None or q.unit != "percent" or q.value <= 0 or q.upper is not None:
            continue
        cap = _one(ix, "buyer_subsidy", rate)
        ceiling = _one(ix, "subsidy_price_cap", rate)
        values: dict[str, object] = {"rate": rate, "cap": cap, "ceiling": ceiling}
        full_to = at_ceiling = None
        try:
            if cap is not None:
                full_to = compute(lambda c, r: c / r * HUNDRED, Num.of(cap), Num.of(rate),
                                  unit=cap.quantity.unit)  # type: ignore[union-attr]
            if cap is not None and ceiling is not None and full_to is not None:
                if full_to.value < ceiling.quantity.value:  # type: ignore[union-attr]
                    at_ceiling = compute(lambda c, p: c / p * HUNDRED, Num.of(cap),
                                         Num.of(ceiling), unit="percent")
                else:
                    full_to = None  # the cap never binds below the ceiling: the rate is all
        except UndefinedFigureError:
            full_to = at_ceiling = None
        facts = [f.id for f in (rate, cap, ceiling) if f is not None]
        values.update(
            full_to=full_to,
            at_ceiling=at_ceiling,
            role_facets=SUBSIDY_FACETS,
            role_stances=stances_of(SUBSIDY_FACETS),
        )
        yield Takeaway(
            rule="buyer_subsidy",
            message="buyer_subsidy",
            facet="pricing",
            priority=80,
            facts=tuple(facts),
            values=values,
            entity=rate.entity,
        )


def _one(ix: FactIndex, metric: str, rate: Fact) -> Fact | None:
    """The money figure of ``metric`` beside the rate: the same entity, and its
    segment or none (a cap written once for every category)."""
    for segment in (rate.segment, ""):
        found = [f for f in ix.metrics(metric, entity=rate.entity, segment=segment)
                 if f.quantity is not None and f.quantity.value > 0 and f.quantity.upper is None]
        if found:
            return found[0]
    return None
