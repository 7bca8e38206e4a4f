"""space_market: warehouse rents and vacancy, read as what storage costs and
who holds the bargaining power.

"Asking rents, at $10.10 per SF, were flat quarter-over-quarter and up 1.7%
annually. Rents slipped by at least 3% in the West and Northeast while
rising nearly 5% in the South … The 7.1% national vacancy rate is still 10%
higher than a year ago" (Bisnow on Cushman & Wakefield, Q3 2025) is what a
seller's storage, a 3PL's leases and a platform's fulfilment network cost,
and which way the next lease talks go. As plain figures a rent read as a
price and a vacancy rate as nobody's.

This rule reads a market's ``warehouse_rent`` (its level and its rate on a
year earlier; the regions the story gives as segments, each with its rate)
and its ``vacancy_rate`` (the level, and the level a year earlier: given, or
backed out of a stated relative rise, "10% higher" on 7.1%: about 6.5%).
Vacancy rising, or rents falling, is a tenants' market. Each reader reads
it from its side (templates ``space_market.j2``): a seller's storage and
3PL rates, a brand's choice of where to hold stock when regions part ways,
a provider's own leases and its clients' asks, a platform's fulfilment
network, a researcher's next quarters. A factory is not told.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of
from .registry import Check, rule
from .timeline import period_end

#: What the market for warehouse space is to each reader ('' = no point).
SPACE_FACETS = {
    "seller": "cost",
    "brand": "operations",
    "factory": "",
    "service_provider": "cost",
    "platform_operator": "operations",
    "researcher": "research",
}


@rule("space_market", needs=("metric:warehouse_rent", "metric:vacancy_rate"))
def space_market(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Each market's latest rent and vacancy, with its regions' rents."""
    entities = dict.fromkeys(
        f.entity for m in ("warehouse_rent", "vacancy_rate") for f in ix.metrics(m)
    )
    for entity in entities:
        rent = _latest(ix, "warehouse_rent", entity)
        vacancy = _latest(ix, "vacancy_rate", entity)
        if rent is None and vacancy is None:
            continue
        rent_rate = _rate(ix, rent) if rent is not None else None
        regions = _regions(ix, entity, rent)
        prior = _prior(ix, vacancy) if vacancy is not None else None
        if rent_rate is None and prior is None and not regions:
            continue  # levels alone: nothing moved
        looser = (prior is not None and prior["up"]) or (
            prior is None and rent_rate is not None and rent_rate.value <= 0)
        ids = [f.id for f in (rent, vacancy) if f is not None]
        ids += [i for x in (rent_rate,) if x for i in x.facts]
        ids += [f.id for r in regions for f in r["where"]]
        ids += list(prior["facts"]) if prior else []
        yield Takeaway(
            rule="space_market",
            message="space_market",
            facet="cost",
            priority=72,
            facts=tuple(dict.fromkeys(ids)),
            values={
                "rent": rent,
                "rent_rate": rent_rate,
                "regions": regions,
                "vacancy": vacancy,
                "prior": prior,
                "looser": looser,
                "cur": rent or vacancy,
                "role_facets": SPACE_FACETS,
                "role_stances": stances_of(SPACE_FACETS),
            },
            entity=entity,
        )


def _latest(ix: FactIndex, metric: str, entity: str) -> Fact | None:
    found = [f for f in ix.metrics(metric, entity=entity, segment="") if f.period]
    return max(found, key=lambda f: period_end(f.period)) if found else None


def _rate(ix: FactIndex, f: Fact) -> Num | None:
    """``f``'s rate on a year earlier the story states."""
    for r in ix.metrics(f.metric, entity=f.entity, segment=f.segment, period=f.period,
                        measure="yoy"):
        if r.quantity is not None and r.quantity.unit == "percent":
            return Num.of(r)
    return None


def _regions(ix: FactIndex, entity: str, rent: Fact | None) -> list[dict[str, Any]]:
    """The regions' rent rates the story gives, highest first, the regions
    with the same rate as written together ("down at least 3% in the West
    and the Northeast")."""
    period = rent.period if rent is not None else None
    groups: dict[tuple[object, ...], dict[str, Any]] = {}
    for r in ix.metrics("warehouse_rent", entity=entity, measure="yoy"):
        q = r.quantity
        if not r.segment or q is None or q.unit != "percent" or r.period != (period or r.period):
            continue
        key = (q.value, q.qualifier)
        if key in groups:
            groups[key]["where"].append(r)
        else:
            groups[key] = {"cur": r, "where": [r], "rate": Num.of(r), "up": q.value > 0}
    return sorted(groups.values(), key=lambda x: -x["rate"].value)


def _prior(ix: FactIndex, vacancy: Fact) -> dict[str, Any] | None:
    """The vacancy rate a year earlier: the level the story gives for it, or
    backed out of a stated relative rise ("10% higher than a year ago")."""
    b = ix.fact(vacancy.base) if vacancy.base else None
    if b is not None and b.quantity is not None and vacancy.quantity is not None:
        return {"level": Num.of(b), "up": vacancy.quantity.value > b.quantity.value,
                "facts": (b.id,), "fact": b}
    for r in ix.metrics("vacancy_rate", entity=vacancy.entity, segment=vacancy.segment,
                        period=vacancy.period, measure="yoy"):
        if r.quantity is None or r.quantity.unit != "percent":
            continue
        try:
            level = compute(lambda v, g: v / (1 + g / HUNDRED), Num.of(vacancy), Num.of(r),
                            unit="percent")
        except UndefinedFigureError:
            continue
        return {"level": level, "up": r.quantity.value > 0, "facts": (r.id,), "fact": None}
    return None
