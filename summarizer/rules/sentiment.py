"""sentiment_read: a consumer survey's index against the month before, with
the inflation its consumers expect, read as what shoppers will do.

"The University of Michigan's consumer sentiment index dropped to a
preliminary reading of 50.8, down 3% from the final reading of 52.2 in April
… Consumers now expect to see inflation hit 7.3% in the next year, up from
the 6.5% rate projected last month" (The Fiscal Times, May 2025) is no
company's figure: it is how shoppers feel before they spend. The drafter
took every figure for revenue, and no reader was told anything.

This rule reads each index of ``consumer_sentiment`` (its entity, kind
``index``) at its latest month against the month before (``readings``), in
points; a stated relative change ("down 3%") is checked against the levels.
The same survey's ``inflation_expectations`` (the year ahead; segment
``long-run`` beyond it) go with it, each against its month before. Gloomier
shoppers trade down and wait for deals (a seller's value lines and
promotions, a brand's entry prices, a factory's cautious buyers, a
platform's bargain hunters); shoppers who expect prices to rise may buy
ahead and pull back later; a researcher sets the reading against what
shoppers then spend. A provider is not told.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of
from .readings import before, latest
from .registry import Check, rule
from .timeline import previous_month

#: What a consumer index's move is to each reader ('' = no point).
SENTIMENT_FACETS = {
    "seller": "demand",
    "brand": "pricing",
    "factory": "demand",
    "service_provider": "",
    "platform_operator": "demand",
    "researcher": "research",
}


@rule("sentiment_read", needs=("metric:consumer_sentiment", "metric:inflation_expectations"))
def sentiment_read(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Each consumer index's latest month against the month before, with the
    inflation its consumers expect; a stated relative change is checked."""
    expected = {head.entity: [head, *parts] for head, parts in latest(ix, "inflation_expectations")}
    for head, _ in latest(ix, "consumer_sentiment"):
        base, delta = before(ix, head)
        if base is None or delta is None:
            continue  # a level alone: no move to read
        yield from _checks(ix, head, base)
        expects = [_expectation(ix, f) for f in expected.get(head.entity, [])]
        ids = [head.id, base.id, *(i for e in expects for i in e.ids)]
        yield Takeaway(
            rule="sentiment_read",
            message="sentiment_read",
            facet="demand",
            priority=73,
            facts=tuple(dict.fromkeys(ids)),
            values={
                "cur": head,
                "base": base,
                "delta": delta,
                "down": delta.value < 0,
                # the reading it moved from is the month before's: said "上月" / "the month before"
                "last_month": base.period == previous_month(head.period),
                "expects": expects,
                # shoppers expecting prices to rise faster than they did a month before
                "dearer": any(e.up for e in expects if not e.fact.segment),
                "role_facets": SENTIMENT_FACETS,
                "role_stances": stances_of(SENTIMENT_FACETS),
            },
            entity=head.entity,
        )


def _checks(ix: FactIndex, head: Fact, base: Fact) -> Iterator[Check]:
    """A stated relative change of the index ("down 3%") against its levels."""
    for s in ix.metrics("consumer_sentiment", entity=head.entity, segment=head.segment,
                        period=head.period, measure="change"):
        if not s.stated or s.quantity is None or s.quantity.unit != "percent":
            continue
        try:
            rate = compute(lambda a, b: (a / b - 1) * HUNDRED, Num.of(head), Num.of(base),
                           unit="percent")
        except UndefinedFigureError:
            continue
        yield Check("sentiment_read", s.id, rate.figure, rate.facts)


@dataclass(frozen=True)
class Expectation:
    """One horizon's expected inflation (the year ahead, or ``long-run``) with
    the month before's, and whether it certainly rose."""

    fact: Fact
    base: Fact | None
    up: bool

    @property
    def ids(self) -> list[str]:
        return [self.fact.id] + ([self.base.id] if self.base is not None else [])


def _expectation(ix: FactIndex, f: Fact) -> Expectation:
    b, delta = before(ix, f)
    return Expectation(f, b, delta is not None and delta.low > 0)
