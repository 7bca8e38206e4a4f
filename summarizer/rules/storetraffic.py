"""store_traffic: visits to physical stores on a day, as trackers count
them, read against the year so far, the same weekday before and each
other.

"In-store traffic was down 2.1% compared to 2024 Black Friday results, on
par with 2025 results year-to-date (-2.2%) … Shopper traffic on Black Friday
(Nov. 28) exceeded the previous Friday (Nov. 21) by 248.9%" (Sensormatic);
"RetailNext's analysis … showed overall U.S. in-store traffic was down by
3.6% on Friday … Pass_by … found traffic up 1.17% year-over-year, resulting
in 53.04 million visits vs. 52.43 million in 2024" (Interior Digest). No rule
read store visits: every reader was told the story had no bearing on them.

Each tracker is an entity (kind ``index``) with ``store_visits`` for the
latest day: a ``yoy`` rate, or its level against the level a year earlier
(``base:``). The first tracker's rate for a run of days ending that day is
the year so far; its ``change`` over a run ending that day the day against
the same weekday before. A brand reads the day against the year so far (the
yardstick for its own stores), a provider the surge over the week before (a
one-day peak in store staff and services), a researcher how far the
trackers disagree (a spread larger than the moves they count). Sellers,
factories and platforms are not told: store visits are not their sales.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import facets_with, stances_of
from .registry import Check, rule

#: What a day's store visits are to each reader.
FACETS = {
    "seller": "",
    "brand": "customers",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "",
    "researcher": "research",
}

#: The figure each reader's point rests on.
NEEDS = {"brand": "year", "service_provider": "surge", "researcher": "trackers"}


def _day(period: str) -> bool:
    return len(period) == 10 and period[4] == "-" and "/" not in period


def _rate(ix: FactIndex, tracker: str, day: str) -> tuple[Num | None, Fact | None, Num | None]:
    """The tracker's rate on the day a year earlier as told (its stated one,
    else its level over its ``base:``), the stated fact, and the rate worked
    out from the levels when there are both (to check the stated one by)."""
    stated = next((f for f in ix.metrics("store_visits", entity=tracker, segment="", period=day,
                                         measure="yoy")
                   if f.quantity is not None and f.quantity.unit == "percent"), None)
    level = next((f for f in ix.metrics("store_visits", entity=tracker, segment="", period=day,
                                        stated=False) if f.quantity is not None), None)
    grown = ix.against_earlier(level)[1] if level is not None else None
    return (Num.of(stated) if stated is not None else grown), stated, grown


def _ending(ix: FactIndex, tracker: str, day: str, measure: str) -> Fact | None:
    """The tracker's rate over a run of days ending on ``day``."""
    return next((f for f in ix.metrics("store_visits", entity=tracker, segment="",
                                       measure=measure)
                 if f.period and "/" in f.period and f.period.endswith("/" + day)
                 and f.quantity is not None and f.quantity.unit == "percent"), None)


@rule("store_traffic", needs=("metric:store_visits",))
def store_traffic(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Trackers' store visits on the latest day, with the first one's year so far and surge."""
    days = sorted({f.period for f in ix.metrics("store_visits", measure=None)
                   if f.period and _day(f.period)})
    if not days:
        return
    day = days[-1]
    rows: list[dict[str, Any]] = []
    for tracker in dict.fromkeys(f.entity for f in ix.metrics("store_visits", measure=None)):
        rate, stated, grown = _rate(ix, tracker, day)
        if rate is None:
            continue
        level = next((f for f in ix.metrics("store_visits", entity=tracker, segment="",
                                            period=day, stated=False)
                      if f.quantity is not None), None)
        rows.append({"entity": tracker, "rate": rate, "level": level,
                     "fact": stated if stated is not None else level,
                     "said": stated})  # the rate as written (1.17%), when stated
        if stated is not None and grown is not None:
            yield Check("store_traffic", stated.id, grown.figure, grown.facts)
    if not rows:
        return
    main = rows[0]
    year = _ending(ix, main["entity"], day, "yoy")
    surge = _ending(ix, main["entity"], day, "change")
    times = spread = gap = None
    try:
        if year is not None:
            gap = compute(lambda d, y: d - y, main["rate"], Num.of(year), unit="pp")
        if surge is not None:
            times = compute(lambda c: 1 + c / HUNDRED, Num.of(surge), unit="times")
        if len(rows) >= 2:
            hi = max(rows, key=lambda r: r["rate"].value)["rate"]
            lo = min(rows, key=lambda r: r["rate"].value)["rate"]
            spread = compute(lambda a, b: a - b, hi, lo, unit="pp")
    except UndefinedFigureError:
        times = spread = gap = None
    have = {"year": gap is not None, "surge": times is not None, "trackers": spread is not None}
    facets = facets_with(FACETS, NEEDS, have)
    values: dict[str, Any] = {
        "day": day, "rows": rows, "main": main, "year": year, "surge": surge,
        "year_rate": Num.of(year) if year is not None else None, "times": times,
        "spread": spread, "gap": gap,
        "widest": max((abs(r["rate"].value) for r in rows), default=0),
        "role_facets": facets, "role_stances": stances_of(facets),
    }
    told = dict.fromkeys(fid for r in rows for fid in r["rate"].facts)
    told.update(dict.fromkeys(f.id for f in (year, surge) if f is not None))
    yield Takeaway(
        rule="store_traffic",
        message="store_traffic",
        facet="customers",
        priority=71,
        facts=tuple(told),
        values=values,
        entity=main["entity"],
    )
