"""delivery_speed: how long shoppers wait from an order to its delivery, read
as the bar each reader's own delivery is held to.

"April 2021 saw an average of 5.8 days between the order date and delivery
date and April 2022 saw an average of 5.6 days. This has decreased to only
4 days in April 2023, which is a 31% decrease in delivery times" (project44's
State of Last Mile, May 2023). No rule read a delivery time: every reader was
told the story had no bearing on them, and the 31%, which is against 2021
and not against a year earlier, went unchecked.

An entity's latest ``delivery_time`` level (days), the level a year earlier
(``FactIndex.earlier``) and the one before that, when given. A stated change
in percent is checked against the level it names (``base:``), else against
the year before. A seller reads the level (the wait its own promise is set
against: handling days first), a brand the days cut in a year (its own
store's orders against the marketplaces'), a factory the cut as a rate
(stock held near shoppers is replenished smaller and more often), a service
provider the path over two years (how recent the cut is: ``early`` is the
year before's) and to quote its own time measured the same way, a platform
operator the level (delivery dates shown in search), a researcher the stated
rate against the computed one and what the average covers. A factory is
told only of a cut.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import facets_with, stances_of
from .registry import Check, rule
from .timeline import latest

#: What a delivery time is to each reader.
FACETS = {
    "seller": "operations",
    "brand": "operations",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "customers",
    "researcher": "research",
}

#: The figure each reader's point rests on.
NEEDS = {"brand": "move", "factory": "faster", "service_provider": "move"}


def _days(f: Fact) -> bool:
    q = f.quantity
    return q is not None and q.upper is None and q.unit in ("days", "business_days")


def _rate(cur: Fact, base: Fact) -> Num | None:
    """The move from ``base`` to ``cur`` in percent; None for a zero base (a
    stated rate's own ``base:``, which ``FactIndex.against_earlier`` of the
    level does not know of)."""
    try:
        return compute(lambda a, b: (b / a - 1) * HUNDRED, Num.of(base), Num.of(cur),
                       unit="percent")
    except UndefinedFigureError:
        return None


@rule("delivery_speed", needs=("metric:delivery_time",))
def delivery_speed(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """The latest delivery time per entity, against a year earlier."""
    levels = [f for f in ix.metrics("delivery_time", segment="", stated=False)
              if _days(f) and f.period]
    for entity in dict.fromkeys(f.entity for f in levels):
        cur = latest([f for f in levels if f.entity == entity])
        if cur is None:
            continue
        prev, rate = ix.against_earlier(cur)  # the level a year earlier, and the move in %
        if prev is None or not _days(prev):
            prev = rate = None
        first = ix.earlier(prev) if prev is not None else None
        first = first if first is not None and _days(first) else None
        cut = early = None
        if prev is not None:
            unit = cur.quantity.unit if cur.quantity is not None else "days"
            cut = compute(lambda a, b: a - b, Num.of(prev), Num.of(cur), unit=unit)
        if first is not None and prev is not None:
            early = compute(lambda a, b: a - b, Num.of(first), Num.of(prev), unit=unit)
        stated = next((f for f in ix.metrics("delivery_time", entity=entity, segment="",
                                             period=cur.period, measure="change")
                       if f.quantity is not None and f.quantity.unit == "percent"
                       and f.quantity.upper is None), None)
        said = against = None
        if stated is not None:
            against = ix.fact(stated.base) if stated.base else prev
            said = _rate(cur, against) if against is not None and _days(against) else None
            if said is not None:
                yield Check("delivery_speed", stated.id, said.figure, said.facts)
        checked = stated if said is not None else None  # a stated rate is told when checked
        have = {"move": cut is not None and cut.value != 0,
                "faster": cut is not None and cut.value > 0}
        facets = facets_with(FACETS, NEEDS, have)
        values: dict[str, Any] = {
            "cur": cur, "prev": prev, "first": first, "cut": cut, "rate": rate, "early": early,
            "stated": checked, "against": against, "said": said,
            "role_facets": facets, "role_stances": stances_of(facets),
        }
        told = [f for f in (cur, prev, first, checked, against if checked else None) if f]
        yield Takeaway(
            rule="delivery_speed",
            message="delivery_speed",
            facet="operations",
            priority=72,
            facts=tuple(dict.fromkeys(f.id for f in told)),
            values=values,
            entity=entity,
        )
