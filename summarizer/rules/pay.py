"""pay_move: a business raising what it pays its own staff, read as the
labour cost it is for everyone who buys its services or hires the same
people.

"Amazon said Wednesday the average pay [of its US fulfillment and
transportation workers] is increasing to more than $23 per hour ... Full-time
employees, on average, will see their pay increase by $1,600 per year."
As plain figures this read as revenue; it is neither a fee nor a price, yet
it moves both: a platform's fulfilment fees are set on what its warehouses
and drivers cost, and every warehouse and carrier hiring the same people
must keep up. This rule reads a business's ``average_pay`` (per hour, per
year) at its latest level, with the rise the story states (``measure:
change``) or computes from an earlier level (``base:`` or a period before),
and each reader reads it from its side (templates ``pay_move.j2``): a
seller's and a brand's fulfilment fees to come where the business is a
platform, a provider's and a platform's wages to match, a researcher's
question whether the cost reaches fees. A factory is not told.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Takeaway
from .facts import FactIndex, moved
from .kinds import stances_of
from .registry import Check, rule
from .timeline import period_end

#: What a business's higher pay is to each reader, by whether it is a
#: platform (its fees rest on it) or another business ('' = no point).
PAY_FACETS = {
    True: {"seller": "cost", "brand": "cost", "factory": "", "service_provider": "competition",
           "platform_operator": "competition", "researcher": "research"},
    False: {"seller": "", "brand": "", "factory": "", "service_provider": "competition",
            "platform_operator": "competition", "researcher": "research"},
}


@rule("pay_move", needs=("metric:average_pay",))
def pay_move(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A business's latest average pay, with its rise: one point per business."""
    by_entity: dict[str, list[Fact]] = {}
    for f in ix.metrics("average_pay", measure=None):
        if f.quantity is not None and not f.forecast:
            by_entity.setdefault(f.entity, []).append(f)
    for entity, facts in by_entity.items():
        levels = [f for f in facts if f.measure == "level"]
        changes = [f for f in facts if f.measure == "change" and f.quantity.value > 0]  # type: ignore[union-attr]
        if not levels and not changes:
            continue
        cur = max(levels, key=lambda f: period_end(f.period)) if levels else None
        base = ix.earlier(cur) if cur is not None else None
        rise = moved(base, cur) if base is not None and cur is not None else None
        if rise is not None and rise[0].value <= 0:
            continue  # pay held or cut: no seed or article has one
        platform = ix.story.entities[entity].kind == "platform"
        ids = [f.id for f in (cur, base) if f is not None] + [c.id for c in changes]
        yield Takeaway(
            rule="pay_move",
            message="pay_move",
            facet="operations",
            priority=80,
            facts=tuple(dict.fromkeys(ids)),
            values={
                "cur": cur or changes[0],
                "level": cur,
                "base": base,
                "delta": rise[0] if rise else None,
                "changes": changes,
                "platform": platform,
                "role_facets": PAY_FACETS[platform],
                "role_stances": stances_of(PAY_FACETS[platform]),
            },
            entity=entity,
        )
