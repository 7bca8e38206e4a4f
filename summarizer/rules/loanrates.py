"""loan_rates: a benchmark lending rate cut or raised, read as what a loan
priced on it costs each reader.

"The People's Bank of China (PBOC) on May 20 cut its one-year loan prime rate
(LPR), referenced for general lending, to 3.0% from 3.1%. The five-year
rate, the benchmark for mortgage lending, was cut to 3.5% from 3.6% … The
latest rate cuts came after the PBOC lowered both the LPRs by 25 basis
points in October 2024" (S&P Global). No rule read a lending rate: every
reader was told the story had no bearing on them, though most of them
borrow on it.

Each tenor (``lending_rate``'s segment; the vocabulary's ``years`` orders
them) is read as its latest level against the level before it: the move in
basis points and the share of the interest it takes off (3.1% to 3.0%:
about 3% less interest on the same loan). An earlier stated move
(``measure: change`` in ``bp``) adds up to the run of cuts. A seller reads
the shortest tenor as the interest on stock it borrows for, a factory the
longest as its loans for plant (which take the rate only at their repricing
date), a brand the run of the longest as households' loans easing, a
provider that lends to merchants the short move its rivals will pass on, a
researcher the gap between the tenors. A platform is not told: a tenth of a
point changes nothing it runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from ..model import Takeaway
from ..vocabulary.vocab import default_vocabulary
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import facets_with, stances_of
from .registry import Check, rule
from .timeline import period_end

#: What a benchmark lending rate moving is to each reader.
FACETS = {
    "seller": "cost",
    "brand": "customers",
    "factory": "cost",
    "service_provider": "competition",
    "platform_operator": "",
    "researcher": "research",
}

#: The figure each reader's point rests on.
NEEDS = {"factory": "long", "brand": "run", "researcher": "long"}


def _tenor(ix: FactIndex, entity: str, segment: str) -> dict[str, Any] | None:
    """One tenor's latest level, the level before it, the move between them
    in basis points and the share of the interest it takes off, and the sum
    of the moves stated before (the run of cuts)."""
    levels = sorted((f for f in ix.metrics("lending_rate", entity=entity, segment=segment,
                                           stated=False)
                     if f.period and f.quantity is not None and f.quantity.upper is None
                     and f.quantity.unit == "percent"),
                    key=lambda f: period_end(f.period))
    if len(levels) < 2 or period_end(levels[-2].period) == period_end(levels[-1].period):
        return None
    cur, prev = levels[-1], levels[-2]
    try:
        move = compute(lambda a, b: (b - a) * HUNDRED, Num.of(prev), Num.of(cur), unit="bp")
        interest = compute(lambda a, b: (b - a) / a * HUNDRED, Num.of(prev), Num.of(cur),
                           unit="percent")
    except UndefinedFigureError:
        return None
    if move.value == 0:
        return None  # held: a rate left where it was is no news to plan on
    before = [f for f in ix.metrics("lending_rate", entity=entity, segment=segment,
                                    measure="change")
              if f.period and f.quantity is not None and f.quantity.unit == "bp"
              and f.quantity.upper is None and period_end(f.period) < period_end(prev.period)]
    run = None
    if before and all((f.quantity.value < 0) == (move.value < 0) for f in before if f.quantity):
        steps = [Num.of(f) for f in before]
        run = compute(lambda m, *s: m + sum(s, Decimal(0)), move, *steps, unit="bp")
    first = min(before, key=lambda f: period_end(f.period)) if run is not None else None
    known = default_vocabulary().segments.get(segment)
    return {"cur": cur, "prev": prev, "move": move, "interest": interest, "run": run,
            "since": first, "steps": len(before) + 1, "years": known.years if known else 0,
            "facts": (cur, prev, *before)}


@rule("loan_rates", needs=("metric:lending_rate",))
def loan_rates(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A benchmark lending rate's tenors, each moved against its last level."""
    for entity in ix.entities_with("lending_rate"):
        segments = dict.fromkeys(f.segment for f in ix.metrics("lending_rate", entity=entity))
        tenors = [t for s in segments if (t := _tenor(ix, entity, s)) is not None]
        if not tenors:
            continue  # one reading per tenor: a level, not a move to plan on
        tenors.sort(key=lambda t: t["years"])
        short, long = tenors[0], (tenors[-1] if len(tenors) > 1 else None)
        runs = [t for t in (long, short) if t is not None and t["run"] is not None]
        gap = gap_before = None
        if long is not None:  # the spread between the tenors, now and before
            gap = compute(lambda a, b: (b - a) * HUNDRED, Num.of(short["cur"]),
                          Num.of(long["cur"]), unit="bp")
            gap_before = compute(lambda a, b: (b - a) * HUNDRED, Num.of(short["prev"]),
                                 Num.of(long["prev"]), unit="bp")
        have = {"long": long is not None, "run": bool(runs)}
        facets = facets_with(FACETS, NEEDS, have)
        values: dict[str, Any] = {
            "short": short, "long": long, "ran": runs[0] if runs else None,
            "gap": gap, "gap_before": gap_before,
            "role_facets": facets, "role_stances": stances_of(facets),
        }
        told = [f for t in tenors for f in t["facts"]]
        yield Takeaway(
            rule="loan_rates",
            message="loan_rates",
            facet="cost",
            priority=74,
            facts=tuple(dict.fromkeys(f.id for f in told)),
            values=values,
            entity=entity,
        )
