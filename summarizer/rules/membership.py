"""membership_fee: what shoppers pay for a platform's paid membership, and what its members spend.

"Amazon raised the monthly rate for its Prime service by 18% … from $10.99 to
$12.99. The annual Prime membership stays at $99 … Prime members spend
$1,300 on average each year, compared with $700 for non-Prime customers."
A fee shoppers pay is no seller's cost (``base_change`` read it as one), and
what the move means lies between the figures: a year paid by the month now
costs US$155.88, 57% more than the annual plan, a push towards paying yearly;
and members spend 1.9 times as much as other customers, which is why a
platform keeps them and why sellers want to be where they shop.

A ``membership_fee`` with its ``base`` (the plan's old price) is the move; a
fee of the other billing period on the same entity and segment with no base
is the plan that stayed; ``customer_spend`` of the ``member`` and
``non-member`` segments is what each spends. Each reader reads it from its
side (templates/*/meanings/membership_fee.j2): members' shopping for a seller,
member deals for a brand, a yardstick for a platform's own membership, and
how price-sensitive membership is for a researcher; a factory and a provider
are not concerned. Which metrics are read so is vocabulary data (``told_by:
membership_fee``).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of
from .registry import Check, rule

#: What a membership's price is to each reader (no factory, no provider).
MEMBERSHIP_FACETS = {
    "seller": "customers",
    "brand": "marketing",
    "platform_operator": "pricing",
    "researcher": "research",
}

#: Billing periods a year of the other is counted in.
PER_YEAR = {"month": Decimal(12), "year": Decimal(1)}


@rule("membership_fee", needs=("metric:membership_fee",))
def membership_fee(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A membership plan's move, the plan that stayed, and members' spending against others'."""
    for cur in ix.metrics("membership_fee"):
        base = ix.fact(cur.base) if cur.base else None
        q = cur.quantity
        if base is None or base.quantity is None or q is None or q.upper is not None:
            continue
        if base.quantity.unit != q.unit or base.quantity.per != q.per or q.per not in PER_YEAR:
            continue
        try:
            change = compute(lambda b, c: (c / b - 1) * HUNDRED, Num.of(base), Num.of(cur),
                             unit="percent")
            delta = compute(lambda b, c: c - b, Num.of(base), Num.of(cur), unit=q.unit)
        except UndefinedFigureError:
            continue
        for stated in ix.metrics("membership_fee", entity=cur.entity, segment=cur.segment,
                                 period=cur.period, measure="change"):
            if stated.quantity is not None and stated.quantity.unit == "percent":
                yield Check("membership_fee", stated.id, change.figure, change.facts)
        other = _other_plan(ix, cur)
        yearly = premium = None
        if other is not None and other.quantity is not None and q.per == "month":
            try:
                yearly = compute(lambda c: c * PER_YEAR["month"], Num.of(cur), unit=q.unit)
                premium = compute(lambda y, a: (y / a - 1) * HUNDRED, yearly, Num.of(other),
                                  unit="percent")
            except UndefinedFigureError:
                yearly = premium = None
        members, others = _spend(ix, cur.entity)
        times = None
        if members is not None and others is not None:
            try:
                times = compute(lambda m, o: m / o, Num.of(members), Num.of(others), unit="times")
            except UndefinedFigureError:
                times = None
        facts = [f.id for f in (base, cur, other, members, others) if f is not None]
        yield Takeaway(
            rule="membership_fee",
            message="membership_fee",
            facet="pricing",
            priority=80,
            facts=tuple(facts),
            values={
                "cur": cur,
                "base": base,
                "change": change,
                "delta": delta,
                "other": other,
                "yearly": yearly,
                "premium": premium,
                "members": members,
                "others": others,
                "times": times,
                "role_facets": MEMBERSHIP_FACETS,
                "role_stances": stances_of(MEMBERSHIP_FACETS),
            },
            entity=cur.entity,
        )


def _other_plan(ix: FactIndex, cur: Fact) -> Fact | None:
    """The same membership billed over the other period, its price unmoved (no base)."""
    for f in ix.metrics("membership_fee", entity=cur.entity, segment=cur.segment):
        q = f.quantity
        if f.base or q is None or q.upper is not None or q.unit != cur.quantity.unit:  # type: ignore[union-attr]
            continue
        if q.per in PER_YEAR and q.per != cur.quantity.per:  # type: ignore[union-attr]
            return f
    return None


def _spend(ix: FactIndex, entity: str) -> tuple[Fact | None, Fact | None]:
    """What the entity's members and its other customers spend, where both are given."""
    def one(segment: str) -> Fact | None:
        found = [f for f in ix.metrics("customer_spend", entity=entity, segment=segment)
                 if f.quantity is not None and f.quantity.upper is None and f.quantity.value > 0]
        return found[0] if found else None

    members, others = one("member"), one("non-member")
    if members is None or others is None or members.quantity.unit != others.quantity.unit:  # type: ignore[union-attr]
        return None, None
    return members, others
