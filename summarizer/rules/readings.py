"""An index's latest reading against the month before: shared by the rules
that read survey indices (``pmi_read``: purchasing managers; ``sentiment_read``:
consumers).

A survey index is published monthly as a level (49.0, 50.8) and read against
the month before, not as growth: "down 1.4 points from 52.2 in April". The
month before is the reading's ``base:`` where the editor names it, else the
same index's level of the previous month in the story.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact
from .facts import FactIndex, Num, UndefinedFigureError, compute
from .timeline import period_end, previous_month


def latest(ix: FactIndex, metric: str) -> Iterator[tuple[Fact, list[Fact]]]:
    """Each index of ``metric`` (its entity): its headline's latest reading and
    its sub-indices' (``segment``), the latest of each; readings other facts
    name as their ``base``, forecasts and ranges are not latest readings."""
    bases = ix.olds(metric)
    found: dict[tuple[str, str], Fact] = {}
    for f in ix.metrics(metric):
        q = f.quantity
        if f.id in bases or not f.period or f.forecast or q is None or q.upper is not None:
            continue
        key = (f.entity, f.segment)
        if key not in found or period_end(f.period) > period_end(found[key].period):
            found[key] = f
    for entity in dict.fromkeys(e for e, _ in found):
        head = found.get((entity, ""))
        if head is not None:  # sub-indices without their headline are no reading of the index
            yield head, [f for (e, s), f in found.items() if e == entity and s]


def before(ix: FactIndex, f: Fact) -> tuple[Fact | None, Num | None]:
    """The reading ``f`` moved from (its base, or the month before's level) and
    the move in points; (None, None) when the story gives neither."""
    b = ix.fact(f.base) if f.base else month_before(ix, f)
    if b is None or b.quantity is None:
        return None, None
    try:
        return b, compute(lambda x, y: y - x, Num.of(b), Num.of(f), unit="points")
    except UndefinedFigureError:
        return None, None


def month_before(ix: FactIndex, f: Fact) -> Fact | None:
    """The level of the month before ``f``'s, where the story gives it."""
    prev = previous_month(f.period)
    found = ix.metrics(f.metric, entity=f.entity, segment=f.segment, period=prev) if prev else []
    return found[0] if found else None
