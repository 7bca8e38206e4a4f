"""wage_move: a minimum wage raised, read as the labour-cost floor it is.

Minimum wages move every year or two in every manufacturing region
(Shanghai's from RMB 2,690 to RMB 2,740 a month and from RMB 24 to RMB 25
an hour on July 1, 2025). No fee or price moves, yet every factory's
wage bill for its lowest grades does, and through it the quotes its
buyers get. As a plain figure change the move reads as a fee ("count it in
every order's margin"), and the hourly and monthly floors as two points.

This rule reads one region's ``minimum_wage`` levels that apply from one
day, each against its old level (``base:`` or a period earlier), monthly
and hourly together in one point, with what a month's rise comes to in a
year per worker (RMB 50 a month: RMB 600 a year) and the other regions'
floors the story gives (Beijing's RMB 26.4 an hour, higher). Each reader
reads it from its side (templates ``wage_move.j2``): a factory's wage bill
and quotes, a seller's suppliers' quotes for labour-heavy goods, a brand's
choice of where to make, a provider's hourly-billed packing and service
work, a researcher's yardstick for low-end labour costs. A platform is not
told. A floor held or cut is no point: no seed or article has one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from ..model import Fact, Takeaway
from .facts import FactIndex, Num, compute, moved
from .registry import Check, rule
from .timeline import in_force

#: What a higher minimum wage is to each reader ('' = no point).
WAGE_FACETS = {
    "seller": "cost",
    "brand": "cost",
    "factory": "cost",
    "service_provider": "cost",
    "platform_operator": "",
    "researcher": "research",
}

#: The order a region's floors are told in: the monthly one leads.
PER_ORDER = {"month": 0, "hour": 1}

#: Months in a year, for what a monthly rise costs per worker in a year.
MONTHS = Decimal(12)


@dataclass(frozen=True)
class Move:
    """One floor's rise: the new level, the old, the rise and its share."""

    cur: Fact
    base: Fact
    delta: Num
    share: Num

    @property
    def per(self) -> str:
        q = self.cur.quantity
        return q.per if q is not None and q.per else ""


@dataclass(frozen=True)
class Other:
    """Another region's floor of the same kind, this region's new one it is
    set against, and whether it is higher."""

    fact: Fact
    own: Fact
    higher: bool


def _move(ix: FactIndex, f: Fact) -> Move | None:
    """``f`` against its old level: the rise and its share; None if it has
    none, or it did not rise."""
    b = ix.earlier(f)
    q, bq = f.quantity, b.quantity if b else None
    if b is None or q is None or bq is None or q.per != bq.per or q.unit != bq.unit:
        return None
    got = moved(b, f)
    if got is None or got[0].value <= 0:
        return None
    delta, share = got
    return Move(f, b, delta, share)


@rule("wage_move", needs=("metric:minimum_wage",))
def wage_move(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A region's minimum wages raised on one day: monthly and hourly, each
    from its old level, the year's cost per worker, and other regions'."""
    facts = ix.metrics("minimum_wage")
    bases = ix.olds("minimum_wage")
    groups: dict[tuple[str, str], list[Move]] = {}
    for f in facts:
        if f.id not in bases and f.period and (m := _move(ix, f)) is not None:
            groups.setdefault((f.entity, f.period), []).append(m)
    for (entity, period), moves in groups.items():
        moves.sort(key=lambda m: PER_ORDER.get(m.per, 9))
        lead = moves[0]
        yearly = None
        if lead.per == "month":
            yearly = compute(lambda d: d * MONTHS, lead.delta, unit=lead.delta.unit)
        others = _others(ix, entity, moves, bases)
        yield Takeaway(
            rule="wage_move",
            message="wage_move",
            facet="cost",
            priority=82,
            facts=(
                *(x.id for m in moves for x in (m.base, m.cur)),
                *(o.fact.id for o in others),
            ),
            values={
                "moves": moves,
                "cur": lead.cur,
                "base": lead.base,
                "delta": lead.delta,
                "share": lead.share,
                "hourly": next((m for m in moves if m.per == "hour"), None),
                "yearly": yearly,
                "others": others,
                "past": in_force(period, ix.story.published),
                "start": period,
                "role_facets": WAGE_FACETS,
            },
            entity=entity,
        )


def _others(ix: FactIndex, entity: str, moves: list[Move], bases: set[str]) -> list[Other]:
    """Other regions' current floors of the same kind (a month, an hour) as
    one of this region's, each marked higher or lower than this one's."""
    mine = {m.per: m.cur for m in moves}
    out = []
    for o in ix.metrics("minimum_wage"):
        q = o.quantity
        own = mine.get(q.per if q is not None and q.per else "")
        if o.entity == entity or o.id in bases or q is None or own is None:
            continue
        if own.quantity is None or q.unit != own.quantity.unit:
            continue
        out.append(Other(o, own, q.value > own.quantity.value))
    return out
