"""counterfeit_seizures: the fakes customs stopped, and what that means for
those who make, sell, carry and list goods.

"CBP officers and HSI agents seized 27,599 shipments containing counterfeit
goods in FY 2019, down from 33,810 seizures in FY 2018. However, the total
estimated MSRP of the seized goods, had they been genuine, increased to over
$1.5 billion from nearly $1.4 billion … Over 90 percent of all intellectual
property seizures occur in the international mail and express environments
… mainland China and Hong Kong … 83 percent of all IPR seizures and 92
percent of the estimated MSRP value" (a CBP release). No metric rule read
these: every reader was told the story had no bearing on it.

The count (``seizures``) and the value at genuine retail prices
(``seized_value``) are read from the earliest reading to the latest; the
value per seizure is worked out where both are given for both periods (fewer
but richer seizures: a brand's fakes arrive in bigger lots), its qualifier
carried over from the value ("over US$1.5 billion" over an exact count is
"more than" per seizure). The shares (``seizure_share`` of the count,
``seized_value_share`` of the value) are split by their segment: a declared
market is where the goods came from (a factory's point: goods made under a
mark it holds no licence for are stopped), a vocabulary segment the way they
came in (post and express parcels: a seller's and a platform's point, since
that is how cross-border orders ship), and a provider the value brands lose
to fakes (brand protection to sell). Each reader is told a different
figure; a reader whose figure the story lacks is not told.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Fact, Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute, ids_of
from .kinds import facets_with, stances_of
from .registry import Check, rule
from .timeline import first_and_latest, period_end

#: What the fakes customs stops are to each reader.
FACETS = {
    "seller": "risk",
    "brand": "risk",
    "factory": "risk",
    "service_provider": "opportunity",
    "platform_operator": "risk",
    "researcher": "research",
}

#: Which figure each reader needs to be told anything: its own point rests on it.
NEEDS = {
    "brand": "per",
    "factory": "source",
    "seller": "route",
    "platform_operator": "route",
    "service_provider": "value",
}

#: A value per seizure is as sure as the value's qualifier over an exact count.
PER_QUALIFIER = {"": "", "over": "over", "at_least": "over", "nearly": "nearly",
                 "under": "nearly", "up_to": "nearly", "about": "about"}


def _totals(ix: FactIndex, metric: str, authority: str) -> list[Fact]:
    """An authority's readings of ``metric`` for all it seized (no segment)."""
    return [f for f in ix.metrics(metric, entity=authority)
            if f.quantity is not None and f.period and not f.segment and f.quantity.upper is None]


def _per(value: Fact | None, count: Fact | None) -> tuple[Num | None, str]:
    """The value per seizure and how sure it is ('over', 'nearly', 'about')."""
    if value is None or count is None or value.period != count.period:
        return None, ""
    if value.quantity is None or count.quantity is None:
        return None, ""
    try:
        per = compute(lambda v, n: v / n, Num.of(value), Num.of(count), unit=value.quantity.unit)
    except UndefinedFigureError:
        return None, ""
    sure = "about" if count.quantity.qualifier else PER_QUALIFIER.get(
        value.quantity.qualifier, "about")
    return per, sure


def _shares(ix: FactIndex, authority: str) -> dict[str, Fact]:
    """The latest share of seizures (or of their value) from a source and
    through a way in: keys source, source_value, route."""
    out: dict[str, Fact] = {}
    for metric, tag in (("seizure_share", ""), ("seized_value_share", "_value")):
        for f in sorted(ix.metrics(metric, entity=authority), key=lambda f: period_end(f.period)):
            if f.quantity is None or not f.segment or f.quantity.upper is not None:
                continue
            seg = ix.story.entities.get(f.segment)
            where = "source" if seg is not None and seg.kind == "market" else "route"
            out[where + tag] = f  # the latest of each, the ranking's leader not needed
    return out


@rule("counterfeit_seizures", needs=("metric:seizures", "metric:seized_value",
                                     "metric:seizure_share", "metric:seized_value_share"))
def counterfeit_seizures(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Counterfeits one customs authority seized: how many, worth what, from
    where and through which way in."""
    authorities = dict.fromkeys(
        f.entity for m in ("seizures", "seized_value", "seizure_share", "seized_value_share")
        for f in ix.metrics(m) if f.quantity is not None and f.period)
    for authority in authorities:
        count, count_base = first_and_latest(_totals(ix, "seizures", authority))
        value, value_base = first_and_latest(_totals(ix, "seized_value", authority))
        shares = _shares(ix, authority)
        if count is None and value is None:
            continue  # shares with no total: the researcher's reading has nothing to rest on
        per, per_sure = _per(value, count)
        per_base, per_base_sure = _per(value_base, count_base)
        values: dict[str, Any] = {
            "authority": authority, "count": count, "count_base": count_base,
            "value": value, "value_base": value_base,
            "per": per if per_base is not None else None, "per_sure": per_sure,
            "per_base": per_base if per is not None else None, "per_base_sure": per_base_sure,
            "source": shares.get("source"), "source_value": shares.get("source_value"),
            "route": shares.get("route"),
        }
        values["count_move"] = _move(count_base, count)
        have = {"per": values["per"] is not None, "source": "source" in shares,
                "route": "route" in shares, "value": value is not None}
        facets = facets_with(FACETS, NEEDS, have)
        told = [x for x in (count, count_base, value, value_base, *shares.values())
                if x is not None]
        yield Takeaway(
            rule="counterfeit_seizures",
            message="counterfeit_seizures",
            facet="risk",
            priority=76,
            facts=ids_of([{"f": f} for f in told], "f"),
            values={**values, "role_facets": facets, "role_stances": stances_of(facets)},
            entity=authority,
        )


def _move(base: Fact | None, cur: Fact | None) -> Num | None:
    """The count's change in percent (None without two readings)."""
    if base is None or cur is None:
        return None
    try:
        return compute(lambda a, b: (b / a - 1) * 100, Num.of(base), Num.of(cur), unit="percent")
    except UndefinedFigureError:
        return None
