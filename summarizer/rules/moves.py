"""A price level with its stated change, part by part.

Rate indexes and prices are reported as a level and how far it moved since
the last reading: "the World Container Index decreased 2% to $1,806 per 40ft
container" this week, "Shanghai to New York falling 6% to $2,735". The
article gives no earlier level, so there is no ``base`` for ``base_change``.
This rule pairs each level with its change (a ``change`` in percent whose
days end on the level's day), backs out the level before the move (1,806 ÷
0.98 ≈ 1,843), and tells the whole and its parts as one piece of news, the
part that moved most first; parts moving the other way are news of their
own. A monthly freight reading with its stated year-on-year rate ("global
airfreight spot rates in June … falling 4% year-over-year to $2.50 per
kilogram"; a lane "increased 8% YoY to $4.72/kg") is the same news a year
apart, and told here too when the rate is per a container or a kilogram
(``yearly``): a freight rate is a price, so a part's share of a total makes
no sense of it, and ``stated_growth`` leaves it to this rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import facet_of, freight_mode, kind_of, levied_on, told_by
from .registry import Check, rule


def _pairs(ix: FactIndex) -> Iterator[tuple[Fact, Fact]]:
    """(level, change): a percent change over days and the level on its last
    day, or a stated year-on-year rate and the level of its period."""
    for g in (*ix.metrics(measure="change"), *ix.metrics(measure="yoy")):
        if not g.quantity or g.quantity.unit != "percent" or g.forecast:
            continue
        if g.quantity.value == 0:
            continue  # flat: no move to tell (it read "fell 0%", "0% lower than a week earlier")
        if kind_of(g.metric) not in ("money", "count") or told_by(g.metric):
            continue
        try:
            span = parse_period(g.period)
        except ValueError:
            continue
        if g.measure == "change" and span.kind != "days":
            continue
        when = span.end.isoformat() if g.measure == "change" else g.period
        levels = ix.metrics(g.metric, entity=g.entity, segment=g.segment, period=when)
        if levels and levels[0].quantity and (g.measure == "change" or yearly(levels[0])):
            yield levels[0], g


def yearly(level: Fact) -> bool:
    """A freight rate by the container or the kilogram (``freight_modes``),
    whose year-on-year rate this rule tells with its lanes; any other level's
    stated rate is ``stated_growth``'s."""
    q = level.quantity
    return levied_on(level.metric) == "shipments" and bool(freight_mode(q.per if q else ""))


def _move(level: Fact, change: Fact) -> dict[str, object] | None:
    try:
        prior = compute(
            lambda v, g: v / (1 + g / HUNDRED), Num.of(level), Num.of(change),
            unit=level.quantity.unit if level.quantity else "",
        )  # fmt: skip
    except UndefinedFigureError:
        return None
    return {"cur": level, "change": change, "prior": prior, "delta": Num.of(change)}


@rule("level_move", needs=("metric:freight_rate",))
def level_move(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A level and its stated change (over a run of days, or a year), the
    whole and its parts together, the part that moved most first."""
    groups: dict[tuple[str, str, str, bool], list[dict[str, object]]] = {}
    for level, change in _pairs(ix):
        move = _move(level, change)
        assert change.quantity is not None
        if move is not None:
            key = (level.entity, level.metric, change.period, change.quantity.value > 0)
            groups.setdefault(key, []).append(move)
    leads: dict[tuple[str, str, str, bool], tuple[dict[str, object], list[dict[str, object]]]] = {}
    for key, moves in groups.items():
        whole = [m for m in moves if not _fact(m, "cur").segment]
        parts = sorted(
            (m for m in moves if _fact(m, "cur").segment),
            key=lambda m: -abs(_fact(m, "change").quantity.value),  # type: ignore[union-attr]
        )
        lead = whole[0] if whole else parts.pop(0)
        leads[key] = (lead, parts)
    for (entity, metric, span, up), (told, parts) in leads.items():
        lead_cur = _fact(told, "cur")
        # a part moving against the whole (a lane up 8% while the global rate
        # fell 4%): said against the whole's move, which is news of its own
        other = leads.get((entity, metric, span, not up), (None, []))[0]
        whole_other = other is not None and not _fact(other, "cur").segment
        against = other if lead_cur.segment and whole_other else None
        # ... and the whole's researcher reads that part's spread with its own
        countered = other if not lead_cur.segment and other and not whole_other else None
        yield _takeaway(told, parts, up, against, countered)


def _takeaway(
    lead: dict[str, object], parts: list[dict[str, object]], up: bool,
    against: dict[str, object] | None, countered: dict[str, object] | None,
) -> Takeaway:
    told = (lead, *parts, *(m for m in (against, countered) if m))
    ids = [f.id for m in told for f in (_fact(m, "cur"), _fact(m, "change"))]
    cur, change = _fact(lead, "cur"), _fact(lead, "change")
    return Takeaway(
        rule="level_move",
        message="level_move",
        facet=facet_of(cur.metric),
        priority=76,
        facts=tuple(dict.fromkeys(ids)),
        values={
            **lead,
            "parts": parts,
            # the parts that moved least, all of them when they tie (Genoa and
            # Rotterdam, down 1% each): naming one would single it out
            "least": _least(parts),
            # every part, those moving by the same rate together, while few
            # enough to name one by one (four routes of a freight index)
            "groups": _groups(parts) if len(parts) <= MAX_NAMED else [],
            "up": up,
            "span": change.period,
            # a weekly index: worded 'in the week to …' rather than as two days
            "week": change.measure == "change" and _days(change.period) == 7,
            # a month's reading against the same month a year earlier
            "yoy": change.measure == "yoy",
            # the whole moving the other way, when this move is a part's
            "against": against,
            # the part moving the other way, when this move is the whole's
            "countered": countered,
            # the spread between the part and the whole is the whole's to tell
            # the researcher (with its own parts), not told twice
            **({"role_facets": {"researcher": ""}} if against else {}),
            "levied_on": levied_on(cur.metric),
            # ocean or air freight (a rate per 40ft container, per kg)
            "mode": freight_mode(cur.quantity.per if cur.quantity else ""),
        },
        entity=cur.entity,
    )


#: Parts named one by one at most; beyond, the one that moved most and least.
MAX_NAMED = 4


def _groups(parts: list[dict[str, object]]) -> list[list[dict[str, object]]]:
    out: list[list[dict[str, object]]] = []
    for m in parts:
        rate = abs(_fact(m, "change").quantity.value)  # type: ignore[union-attr]
        if out and abs(_fact(out[-1][0], "change").quantity.value) == rate:  # type: ignore[union-attr]
            out[-1].append(m)
        else:
            out.append([m])
    return out


def _least(parts: list[dict[str, object]]) -> list[dict[str, object]]:
    if len(parts) < 2:
        return []
    rate = abs(_fact(parts[-1], "change").quantity.value)  # type: ignore[union-attr]
    tied = [m for m in parts[1:] if abs(_fact(m, "change").quantity.value) == rate]  # type: ignore[union-attr]
    return tied


def _days(period: str) -> int:
    span = parse_period(period)
    return (span.end - span.start).days + 1


def _fact(move: dict[str, object], key: str) -> Fact:
    f = move[key]
    assert isinstance(f, Fact)
    return f
