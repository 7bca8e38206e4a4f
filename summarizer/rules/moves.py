"""A price level with its stated change over a run of days, part by part.

Rate indexes and prices are reported as a level and how far it moved since
the last reading: "the World Container Index decreased 2% to $1,806 per 40ft
container" this week, "Shanghai to New York falling 6% to $2,735". The
article gives no earlier level, so there is no ``base`` for ``base_change``,
and the yearly rules do not apply. This rule pairs each level with its
change (a ``change`` in percent whose days end on the level's day), backs
out the level before the move (1,806 ÷ 0.98 ≈ 1,843), and tells the whole
and its parts as one piece of news, the part that moved most first; parts
moving the other way are news of their own.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import facet_of, grows, levied_on
from .registry import Check, rule


def _pairs(ix: FactIndex) -> Iterator[tuple[Fact, Fact]]:
    """(level, change): a percent change over days and the level on its last day."""
    for g in ix.metrics(measure="change"):
        if not g.quantity or g.quantity.unit != "percent" or not grows(g.metric) or g.forecast:
            continue
        try:
            span = parse_period(g.period)
        except ValueError:
            continue
        if span.kind != "days":
            continue
        day = span.end.isoformat()
        levels = ix.metrics(g.metric, entity=g.entity, segment=g.segment, period=day)
        if levels and levels[0].quantity:
            yield levels[0], g


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
    """A level and its stated change over a run of days, the whole and its
    parts together, the part that moved most first."""
    groups: dict[tuple[str, str, str, bool], list[dict[str, object]]] = {}
    for level, change in _pairs(ix):
        move = _move(level, change)
        assert change.quantity is not None
        if move is not None:
            key = (level.entity, level.metric, change.period, change.quantity.value > 0)
            groups.setdefault(key, []).append(move)
    for (*_, up), moves in groups.items():
        whole = [m for m in moves if not _fact(m, "cur").segment]
        parts = sorted(
            (m for m in moves if _fact(m, "cur").segment),
            key=lambda m: -abs(_fact(m, "change").quantity.value),  # type: ignore[union-attr]
        )
        lead = whole[0] if whole else parts.pop(0)
        ids = [
            f.id for m in (lead, *parts) for f in (_fact(m, "cur"), _fact(m, "change"))
        ]
        cur = _fact(lead, "cur")
        yield Takeaway(
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
                "span": _fact(lead, "change").period,
                # a weekly index: worded 'in the week to …' rather than as two days
                "week": _days(_fact(lead, "change").period) == 7,
                "levied_on": levied_on(cur.metric),
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
