"""seller_origin: where a platform's sellers are based, and what sellers
from one place arriving means to each reader.

"From 2023-2024, the number of China-based Walmart marketplace sellers grew
from fewer than 25,000 to 50,000 … Chinese sellers represented 28% of all
active sellers on Walmart in 2024, up from 20% at the end of 2023" (Modern
Retail on Marketplace Pulse's figures). Read as a platform's seller count in
a segment, the generic rules said "Walmart Marketplace's number of sellers
in China is up 100%" and sent a provider to sell "store services in China":
a count of sellers *from* a place is where a marketplace's supply comes
from, and the move from "fewer than 25,000" is a floor ("more than
doubled"), not 100%.

The count (``origin_sellers``) and the share of all the platform's sellers
(``origin_share``) are each read from the earliest reading to the latest,
with the place as the segment. A seller meets more rivals from there (and,
selling from there, a platform recruiting it), a brand checks the newcomers'
listings of its goods, a factory may sell there or supply them, a provider
onboards them, a rival platform sees its sellers courted, and a researcher
is told that a share of sellers is not a share of sales.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Fact, Takeaway
from ..vocabulary.vocab import default_vocabulary
from .facts import FactIndex, Num, UndefinedFigureError, compute, ids_of
from .kinds import stances_of
from .registry import Check, rule
from .timeline import first_and_latest, latest

#: What sellers from one place arriving on a platform are to each reader.
FACETS = {
    "seller": "competition",
    "brand": "risk",
    "factory": "opportunity",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}

#: ... and sellers from there leaving it: a provider's and a factory's clients
#: going elsewhere, a rival platform's chance to recruit them.
LEAVING = FACETS | {"factory": "risk", "service_provider": "risk",
                    "platform_operator": "opportunity"}


def _bound(f: Fact) -> str:
    """'low' for a floor (over 50,000), 'high' for a ceiling (under 25,000)."""
    q = f.quantity
    qd = default_vocabulary().qualifiers.get(q.qualifier) if q else None
    return qd.bound if qd and not qd.slack else ""


def _count(facts: list[Fact]) -> dict[str, Any]:
    """The count now and before, how many times it grew, and whether that is a
    floor (from under 25,000 to 50,000: more than doubled)."""
    cur, base = first_and_latest(facts)
    assert cur is not None  # a group holds at least one reading
    out: dict[str, Any] = {"count": cur, "count_base": base, "times": None, "more": False,
                           "capped": False}
    if base is None:
        return out
    try:
        out["times"] = compute(lambda a, b: b / a, Num.of(base), Num.of(cur), unit="times")
        out["growth"] = compute(lambda a, b: (b / a - 1) * 100, Num.of(base), Num.of(cur),
                                unit="percent")
    except UndefinedFigureError:
        return out
    floor = _bound(base) == "high" or _bound(cur) == "low"  # from under 25,000: at least
    ceiling = _bound(base) == "low" or _bound(cur) == "high"  # from over 25,000: at most
    out["more"] = floor and not ceiling
    out["capped"] = ceiling  # a multiple that is only a ceiling is not said
    return out


def _share(facts: list[Fact]) -> dict[str, Any]:
    """The share of all the platform's sellers now and before, and its move in points."""
    cur, base = first_and_latest(facts)
    assert cur is not None  # a group holds at least one reading
    delta = None
    if base is not None:
        delta = compute(lambda a, b: b - a, Num.of(base), Num.of(cur), unit="pp")
    return {"share": cur, "share_base": base, "delta": delta}


@rule("seller_origin", needs=("metric:origin_sellers", "metric:origin_share"))
def seller_origin(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Sellers from one place on one platform: how many, and what share."""
    groups: dict[tuple[str, str], dict[str, list[Fact]]] = {}
    for metric in ("origin_sellers", "origin_share"):
        for f in ix.metrics(metric):
            if f.quantity is None or not f.period or not f.segment or f.quantity.upper is not None:
                continue
            groups.setdefault((f.entity, f.segment), {}).setdefault(metric, []).append(f)
    for (platform, place), by in groups.items():
        values: dict[str, Any] = dict.fromkeys(
            ("count", "count_base", "times", "growth", "share", "share_base", "delta"))
        values |= {"platform": platform, "place": place, "more": False, "capped": False}
        if counts := by.get("origin_sellers"):
            values |= _count(counts)
        if shares := by.get("origin_share"):
            values |= _share(shares)
        if values["times"] is None and values["delta"] is None:
            continue  # one reading, never moved: a figure, not sellers arriving
        # which way sellers from there went: by their count where the story gives one
        moved = values["growth"] if values["times"] is not None else values["delta"]
        if moved.value == 0:
            continue  # as many as before: nothing arrived or left
        values["up"] = moved.value > 0
        values["total"] = latest(f for f in ix.metrics("sellers", entity=platform)
                                 if not f.segment)
        facets = FACETS if values["up"] else LEAVING
        told = [x for x in (values["count"], values["count_base"], values["share"],
                            values["share_base"], values["total"]) if isinstance(x, Fact)]
        yield Takeaway(
            rule="seller_origin",
            message="seller_origin",
            facet="competition",
            priority=76,
            facts=ids_of([{"f": f} for f in told], "f"),
            values={**values, "role_facets": facets, "role_stances": stances_of(facets)},
            entity=platform,
        )
