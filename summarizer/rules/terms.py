"""A platform's terms for its sellers, told from the day they apply.

Payout holds, security deposits and dispatch deadlines are levels a
platform sets for every seller, and their news is one new level from one
day, read against the old one when the article gives it. The rules that
tell them (``payouts``, ``fulfilment``) differ in what each reader makes
of a rise or a cut, not in how the move is found, so the finding lives
here once: each level from its day, its old level, the difference and the
multiple, and the platform's ``policy_change`` of that day, which the
point carries so the event is not told a second time (``readers.news``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute
from .timeline import in_force


def _base(ix: FactIndex, f: Fact) -> Fact | None:
    """The old level the new one replaces, in the same unit; None if none:
    the ``base:`` the editor named or a period earlier (``earlier``), else the
    latest level of the same terms that applies from an earlier day (a first
    phase from January 12 before the deadline of January 26)."""
    b = ix.earlier(f) or _before(ix, f)
    if b is None or b.quantity is None or f.quantity is None:
        return None
    return b if b.quantity.unit == f.quantity.unit else None


def _before(ix: FactIndex, f: Fact) -> Fact | None:
    """The latest level of ``f``'s metric, entity and segment that starts
    before ``f`` does; None if there is none (or ``f`` is undated)."""
    if not f.period:
        return None
    start = parse_period(f.period).start
    found = [
        (parse_period(g.period).start, i, g)
        for i, g in enumerate(ix.metrics(f.metric, entity=f.entity, segment=f.segment))
        if g.period and g.id != f.id and parse_period(g.period).start < start
    ]
    return max(found)[2] if found else None


def day_event(ix: FactIndex, f: Fact) -> Fact | None:
    """The platform's policy change on the day a level applies, if any."""
    for e in ix.events("policy_change", entity=f.entity):
        if e.date is not None and e.date.isoformat() == f.period:
            return e
    return None


def dated_terms(
    ix: FactIndex,
    metric: str,
    message: str,
    up: dict[str, str],
    down: dict[str, str],
    facet: str,
    extra: Callable[[Fact], dict[str, Fact | None]] = lambda f: {},
    new_is_rise: bool = True,
) -> Iterator[Takeaway]:
    """Each level of ``metric`` from its day, against the old level when
    there is one: the difference and the multiple; an old level of 0 makes
    it new. No point for an unchanged level, nor for one already in force
    with no old level and no change that day (the platform's standing
    terms, not news: "Since …, Shopee has held …" would say it began then).
    ``up``/``down``: what a rise (or a new level) and a cut are to each
    reader; ``new_is_rise``: whether a new level (no old one) reads as a
    rise (a hold or a deposit asked) or as a cut (a deadline set, which
    binds as a shorter one does); ``extra``: further facts a point tells
    beside the level, by name (a deadline's penalty: ``limit``, ``fine``),
    cited with it and passed under those names (None where there is none)."""
    levels = ix.metrics(metric)
    bases = {f.id: _base(ix, f) for f in levels}
    olds = {b.id for b in bases.values() if b is not None}
    for f in levels:
        q = f.quantity
        if q is None or not f.period or f.id in olds or q.upper is not None or q.value < 0:
            continue  # an old level is read with its new one; a range has no single move
        base = bases[f.id]
        old = base.quantity.value if base is not None and base.quantity is not None else 0
        delta = ratio = None
        if base is not None and old > 0:
            delta = compute(lambda a, b: b - a, Num.of(base), Num.of(f), unit=q.unit)
            try:
                ratio = compute(lambda a, b: b / a, Num.of(base), Num.of(f), unit="times")
            except UndefinedFigureError:  # an old level whose rounding reaches 0: as if none
                base = delta = None
        else:
            base = None  # from nothing: a new level
        if delta is not None and delta.value == 0:
            continue  # unchanged: no news
        event = day_event(ix, f)
        past = in_force(f.period, ix.story.published)
        if base is None and event is None and past:
            continue  # standing terms, not news
        rise = delta.value > 0 if delta is not None else new_is_rise
        more = extra(f)
        yield Takeaway(
            rule=message,
            message=message,
            facet=facet,
            priority=82,
            facts=tuple(x.id for x in (f, base, event, *more.values()) if x is not None),
            values={
                "cur": f,
                "base": base,
                "base_future": base is not None and not in_force(base.period, ix.story.published),
                "base_start": parse_period(base.period).start.isoformat() if base else "",
                "delta": delta,
                "ratio": ratio,
                "up": rise,
                "past": past,
                "start": f.period,
                **more,
                "role_facets": up if rise else down,
            },
            entity=f.entity,
        )
