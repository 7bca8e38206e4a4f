"""momentum: a growth rate that rose (or fell) period after period.

Trade figures, platform results and sales data are often given as the
year-on-year rate of each quarter or month ("trade grew 1.3% in the first
quarter, 4.5% in the second and 6% in the third"). Each rate alone is a
figure; the run of them is the news: growth is picking up, or fading. A reader
plans on the latest pace rather than the average, and a researcher asks
whether the next period keeps it and how much of it is the year-earlier base.

Only the article's own rates are read, for consecutive periods of one kind
(quarters or months of the same entity, metric and segment), three or
more, each clearly above (or below) the one before: rates whose rounding could
make two neighbours equal are no run.

sequential_growth: two levels of consecutive periods of one kind (a half, a
quarter or a month and the one before it: Temu's monthly users in the EU
for one half and the next, a platform's sellers quarter on quarter) are
growth like a year's, told by the same message. A level that has its
year-earlier figure is yoy_growth's, not told twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import FactIndex, Num, apart
from .growth import growth_between
from .kinds import TREND_FACETS, grows
from .registry import Check, rule
from .timeline import previous_period

#: Period kinds whose neighbours make a run ("each quarter", "each month").
RUN_KINDS = frozenset({"quarter", "month"})

#: Period kinds whose neighbour is a comparison worth making (a day's is not).
STEP_KINDS = frozenset({"half", "quarter", "month"})

#: The shortest run worth a point: two rates are a comparison, three a trend.
MIN_RUN = 3

def _follows(a: Fact, b: Fact) -> bool:
    """Whether ``b``'s period starts the day after ``a``'s ends, and is of the same kind."""
    pa, pb = parse_period(a.period), parse_period(b.period)
    return pa.kind == pb.kind and pa.end + timedelta(days=1) == pb.start


def _runs(rates: list[Fact]) -> Iterator[list[Fact]]:
    """Maximal runs of consecutive periods whose rates move one way, clearly."""
    run: list[Fact] = []
    way = 0
    for f in rates:
        if run and _follows(run[-1], f):
            step = apart(Num.of(f), Num.of(run[-1]))
            if step and (len(run) == 1 or step == way):
                run.append(f)
                way = step
                continue
            if len(run) >= MIN_RUN:
                yield run
            # the last rate may start the next run
            run, way = ([run[-1], f], step) if step else ([f], 0)
            continue
        if len(run) >= MIN_RUN:
            yield run
        run, way = [f], 0
    if len(run) >= MIN_RUN:
        yield run


@rule("momentum", needs=("metric:revenue", "metric:trade"))
def momentum(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Year-on-year rates of consecutive quarters or months that rose (or fell)
    each time: growth picking up or fading."""
    groups: dict[tuple[str, str, str], list[Fact]] = {}
    for g in ix.metrics(measure="yoy"):
        q = g.quantity
        if q is None or q.unit != "percent" or not g.period or q.upper is not None or q.qualifier:
            continue
        if parse_period(g.period).kind in RUN_KINDS:
            groups.setdefault((g.entity, g.metric, g.segment), []).append(g)
    for rates in groups.values():
        rates.sort(key=lambda f: parse_period(f.period))
        for run in _runs(rates):
            up = run[-1].quantity.value > run[0].quantity.value  # type: ignore[union-attr]
            yield Takeaway(
                rule="momentum",
                message="momentum",
                facet="trend",
                priority=61,  # after the level it qualifies (stated_growth 64)
                facts=tuple(f.id for f in run),
                values={
                    "rates": run,
                    "up": up,
                    "kind": parse_period(run[0].period).kind,
                    # which quarter or month each is, for "the second", "8月"
                    "ordinals": [parse_period(f.period).first for f in run],
                    "role_facets": TREND_FACETS,
                },
                entity=run[0].entity,
            )


@rule("sequential_growth", needs=("metric:active_buyers", "metric:revenue"))
def sequential_growth(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A level against the level of the period just before it (half on half,
    quarter on quarter, month on month), when no year-earlier level is given."""
    for f in ix.metrics(stated=False):
        q = f.quantity
        if not grows(f.metric) or q is None or f.base or f.forecast or not f.period:
            continue
        try:
            kind = parse_period(f.period, f.year_end).kind
        except ValueError:
            continue
        if kind not in STEP_KINDS:
            continue
        year_ago = previous_period(f.period)
        if year_ago and ix.metrics(f.metric, entity=f.entity, segment=f.segment, period=year_ago):
            continue  # yoy_growth's
        before = [
            p for p in ix.metrics(f.metric, entity=f.entity, segment=f.segment, stated=False)
            if p.quantity and p.quantity.unit == q.unit and p.period and _follows(p, f)
        ]
        if not before:
            continue
        t = growth_between("sequential_growth", f, before[0], priority=64, step=kind)
        if t is not None:
            yield t
