"""sourcing_shift: a company moving production out of a country.

"Production in China represents about 16 percent of the footwear that Nike
imports into the U.S. … That production will be cut to the high-single-digit
range by the end of the 2026 fiscal year as Nike shifts production
elsewhere." Tariff news turns into orders leaving one country's factories
for another's, and no rule read it: a share of production is no growth,
price or fee. A ``sourcing_share`` fact (the share of the company's goods
made in a country: the country as ``segment``, what is counted as ``of``,
an entity such as "the footwear Nike imports into the US") read now and
where the company plans it (a ``forecast`` of the company) or where it was
(an earlier period) is one point: the share, its target or its earlier
reading, and, if the total holds, how much of that country's volume moves
(44%-56% of Nike's China footwear for the US).

Each reader reads it from its side (templates/*/meanings/sourcing_shift.j2):
orders leaving that country's plants and volume to bid for elsewhere for a
factory, a rival's way out of the tariffs for a brand, new factories and new
prices behind the goods a seller restocks, audits, sourcing and freight
lanes for a provider, and for a researcher the share to track against the
plan. A platform operator has no point.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of
from .registry import Check, rule
from .timeline import period_end

#: What a company moving production is to each reader ('' = no point).
SHIFT_FACETS = {
    "seller": "supply",
    "brand": "competition",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "",
    "researcher": "research",
}


@rule("sourcing_shift", needs=("metric:sourcing_share",))
def sourcing_shift(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A country's share of a company's production, now and planned (or before)."""
    groups: dict[tuple[str, str, str], list[Fact]] = {}
    for f in ix.metrics("sourcing_share"):
        if f.period and f.quantity is not None and f.quantity.unit == "percent":
            groups.setdefault((f.entity, f.segment, f.of), []).append(f)
    for (entity, segment, of), facts in groups.items():
        now = max(facts, key=lambda f: period_end(f.period))
        plan = _plan(ix, entity, segment, of, now)
        before = None if plan else _before(facts, now)
        if plan is None and before is None:
            continue  # one reading: a figure, not a shift
        frm, to = (now, plan) if plan else (before, now)
        assert frm is not None and to is not None
        yield Takeaway(
            rule="sourcing_shift",
            message="sourcing_shift",
            facet="supply",
            priority=77,
            facts=tuple(f.id for f in (frm, to)),
            values={
                "cur": now,
                "plan": plan,
                "before": before,
                "moved": _moved(frm, to),
                # what is counted: an entity ("the footwear Nike imports into the
                # US"); an 'of' naming a fact says no scope a sentence can name
                "of": of if of in ix.story.entities else "",
                "role_facets": SHIFT_FACETS,
                "role_stances": stances_of(SHIFT_FACETS),
            },
            entity=entity,
        )


def _plan(ix: FactIndex, entity: str, segment: str, of: str, now: Fact) -> Fact | None:
    """The company's own target for the share, later than the reading."""
    return next(
        (
            f
            for f in ix.forecasts
            if f.metric == "sourcing_share"
            and (f.entity, f.segment, f.of) == (entity, segment, of)
            and f.forecast == entity
            and f.period
            and period_end(f.period) > period_end(now.period)
            and f.quantity is not None
            and f.quantity.unit == "percent"
        ),
        None,
    )


def _before(facts: list[Fact], now: Fact) -> Fact | None:
    """The earliest reading before ``now``, where the share moved since."""
    earlier = [f for f in facts if period_end(f.period) < period_end(now.period)]
    first = min(earlier, key=lambda f: period_end(f.period), default=None)
    if first is None or first.quantity is None or now.quantity is None:
        return None
    return first if first.quantity.value != now.quantity.value else None


def _moved(frm: Fact, to: Fact) -> Num | None:
    """The share of the country's volume that moves if the total holds: 16% to
    7%-9% moves 44%-56% of it (a rise: the share it grows by, negative)."""
    try:
        return compute(lambda a, b: (a - b) / a * HUNDRED, Num.of(frm), Num.of(to), unit="percent")
    except UndefinedFigureError:
        return None
