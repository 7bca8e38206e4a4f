"""What a platform's fee moves add up to on one unit (``net_charge``).

Amazon's 2024 fee changes put a new inbound placement fee on each unit sent
to its warehouses (about US$0.27 a unit for standard-size products from
March 1) and cut its fulfilment fee (by US$0.20 a unit from April 15). Each
is news of its own, and each reads as such: a new charge, a cut. What a
seller pays for a unit is their sum, and the headline cut does not cover the
new fee: about US$0.07 a unit more for standard-size products, US$0.97 for
large bulky ones. No single point said so.

Charges of one entity and segment on the same unit (money per unit, item or
order), moved in opposite directions within a quarter of each other (a new
charge from nothing, a level moved from its base, or a stated change), are
added up per segment: the net move and the parts it comes from.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute
from .kinds import FEE_FACETS, FEE_STANCES, PER_SALE, kind_of
from .registry import Check, rule
from .timeline import in_force

#: Moves further apart than this are two seasons' news, not one bill.
WITHIN_DAYS = 92



def _day(f: Fact) -> date | None:
    try:
        return parse_period(f.period).start
    except (ValueError, AttributeError):
        return None


@dataclass(frozen=True, slots=True)
class Part:
    """One charge's move on the unit: the fact, the move, its base (if any)."""

    fact: Fact
    move: Num
    base: Fact | None


@dataclass(frozen=True, slots=True)
class Row:
    """A segment's charges on one unit and what they add up to."""

    parts: tuple[Part, ...]
    net: Num

    @property
    def cur(self) -> Fact:
        return self.parts[0].fact

    @property
    def segment(self) -> str:
        return self.cur.segment


def _moves(ix: FactIndex) -> list[Part]:
    """Every charge per unit that moved: a level from its base (a new charge
    from nothing included) or a stated change."""
    out: list[Part] = []
    for f in ix.metrics(measure=None, stated=None):
        q = f.quantity
        if q is None or not q.is_money or q.per not in PER_SALE or q.upper:
            continue
        if kind_of(f.metric) != "money":
            continue
        try:
            if f.measure == "change":
                out.append(Part(f, Num.of(f), None))
            elif f.measure == "level" and f.base and not f.stated:
                b = ix.fact(f.base)
                if b is not None and b.quantity is not None and b.quantity.unit == q.unit:
                    move = compute(lambda x, y: y - x, Num.of(b), Num.of(f), unit=q.unit)
                    out.append(Part(f, move, b))
        except UndefinedFigureError:
            continue
    return out


def _row(parts: list[Part], unit: str) -> Row | None:
    """The segment's row when its charges moved both ways within a quarter."""
    if len({p.fact.metric for p in parts}) < 2:
        return None
    if not any(p.move.value > 0 for p in parts) or not any(p.move.value < 0 for p in parts):
        return None  # all one way: each move says it
    days = [d for p in parts if (d := _day(p.fact)) is not None]
    if len(days) < len(parts) or (max(days) - min(days)).days > WITHIN_DAYS:
        return None
    parts = sorted(parts, key=lambda p: (-p.move.value, p.fact.id))  # the rise first
    try:
        net = compute(lambda *xs: sum(xs, Decimal(0)), *(p.move for p in parts), unit=unit)
    except UndefinedFigureError:
        return None
    return Row(tuple(parts), net)


@rule("net_charge", needs=("metric:fulfilment_fee",))
def net_charge(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Per entity, the segments where charges on one unit moved both ways:
    what they add up to, the largest net move first."""
    groups: dict[tuple[str, str, str, str], list[Part]] = {}
    for p in _moves(ix):
        q = p.fact.quantity
        assert q is not None
        groups.setdefault((p.fact.entity, p.fact.segment, q.per, q.unit), []).append(p)
    rows: dict[str, list[Row]] = {}
    for (entity, _seg, _per, unit), parts in groups.items():
        row = _row(parts, unit)
        if row is not None:
            rows.setdefault(entity, []).append(row)
    for entity, segs in rows.items():
        segs.sort(key=lambda r: -abs(r.net.value))
        lead = segs[0]
        ids = [x.id for r in segs for p in r.parts for x in (p.base, p.fact) if x is not None]
        last = max(p.fact.period for r in segs for p in r.parts)
        yield Takeaway(
            rule="net_charge",
            message="net_charge",
            facet="cost",
            priority=84,
            facts=tuple(dict.fromkeys(ids)),
            values={
                "rows": segs, "lead": lead, "up": lead.net.value > 0,
                "past": in_force(last, ix.story.published), "last": last,
                "role_stances": FEE_STANCES, "role_facets": FEE_FACETS,
            },
            entity=entity,
        )


def covered(ix: FactIndex) -> frozenset[str]:
    """The facts ``net_charge`` tells (each part with its base), which the
    rules that tell a new charge or a charge's step leave to it."""
    return frozenset(fid for t in net_charge(ix) if isinstance(t, Takeaway) for fid in t.facts)
