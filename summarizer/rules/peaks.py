"""Peaks: one day's amount set against the run of days it belongs to.

``peak_day``: a shopping festival's or a sales event's biggest day (Black
Friday's US$11.8 billion of US online sales) is news because of how much of
the whole it holds. Given the day's amount and the amount over a run of days
that contains it (November 1-28), the rule says the day's share of the run
and how many average days of the run it is worth (111.4 / 28 = 3.98 a day, so
11.8 is about 3 of them). That multiple is what a warehouse, a payment
provider or a platform's checkout has to be sized for, and the share is what
a seller who is out of stock that day misses.

A day at or below the run's average is no peak, and the rule says nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..facts.periods import Period, parse_period
from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import adds_up, facet_of
from .registry import Check, rule

#: The shortest run a day is set against: a peak stands out from a week or more.
MIN_RUN_DAYS = 7

#: A day's share of its run (percent) from which the peak is the story's lead
#: figure: Black Friday's tenth of November, not one day's 1% of a year.
PEAK_SHARE = 5

#: What kind of point a peak is for each reader, whatever its stake in the
#: metric: stock and staffing for a seller, promotion timing for a brand,
#: capacity for a platform (the reader's label follows it).
ROLE_FACETS = {
    "seller": "operations",
    "brand": "marketing",
    "factory": "demand",
    "service_provider": "demand",
    "platform_operator": "operations",
    "researcher": "research",
}


def _days(p: Period) -> int:
    return (p.end - p.start).days + 1


def _run(ix: FactIndex, day: Fact, on: Period) -> Fact | None:
    """The shortest run of days (a month, a festival's days) holding ``on``,
    of the same metric, entity, segment and unit as ``day``."""
    best: tuple[int, Fact] | None = None
    assert day.quantity is not None
    for f in ix.metrics(day.metric, entity=day.entity, segment=day.segment, stated=False):
        if f is day or not f.period or f.quantity is None or f.quantity.unit != day.quantity.unit:
            continue
        p = parse_period(f.period, f.year_end)  # an 11.11 inside a fiscal quarter
        if p.kind in ("instant", "span") or not p.start <= on.end <= p.end:
            continue
        n = _days(p)
        if n >= MIN_RUN_DAYS and (best is None or n < best[0]):
            best = (n, f)
    return best[1] if best else None


def _day_name(ix: FactIndex, day: Fact, on: Period) -> Fact | None:
    """The story's shopping_day event on that day (Black Friday, 双十一), if any:
    the day is said by its name, beside its date."""
    for e in ix.events("shopping_day"):
        if e.date == on.end and e.text is not None and e.entity in (day.entity, ""):
            return e
    return None


@rule("peak_day", needs=("metric:gmv", "event:shopping_day"))
def peak_day(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """One day's amount as a share of the run of days that holds it, and in
    average days of that run."""
    for day in ix.metrics(stated=False):
        if not adds_up(day.metric) or day.quantity is None or not day.period:
            continue
        on = parse_period(day.period)
        if on.kind != "instant":
            continue
        run = _run(ix, day, on)
        if run is None:
            continue
        n = Decimal(_days(parse_period(run.period, run.year_end)))
        try:
            share = compute(lambda a, b: a / b * HUNDRED, Num.of(day), Num.of(run), unit="percent")
            multiple = compute(
                lambda a, b, days=n: a / (b / days), Num.of(day), Num.of(run), unit="times"
            )
        except UndefinedFigureError:
            continue
        if multiple.low <= 1:
            continue  # an ordinary day, or one the figures cannot tell from one
        sharp = share.value >= PEAK_SHARE
        named = _day_name(ix, day, on)
        for s in ix.metrics(
            day.metric, entity=day.entity, segment=day.segment, period=day.period, measure="share"
        ):
            if s.of == run.id:
                yield Check("peak_day", s.id, share.figure, share.facts)
        yield Takeaway(
            rule="peak_day",
            message="peak_day",
            facet=facet_of(day.metric),
            # a festival's peak (a tenth of the month) leads; one day of a year is a detail
            priority=67 if sharp else 57,
            facts=(day.id, run.id) + ((named.id,) if named else ()),
            values={
                "day": day,
                "run": run,
                "share": share,
                "multiple": multiple,
                "days": n,
                "sharp": sharp,  # its share is the story (else: its multiple of a day)
                "name": named,  # the day's shopping_day event, or None
                "role_facets": ROLE_FACETS,
            },
            entity=day.entity,
        )
