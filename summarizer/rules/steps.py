"""A fee's later steps: 2% → 6% on April 1, then 6% → 8% on July 1.

Each step is a move from a named base (``base_change``), but together they
are one piece of news, so the first step's takeaway carries the later ones
in ``then`` and the later ones are not points of their own. A per-item cost
at a price stays its own point: its wording gives amounts per step.
"""

from __future__ import annotations

from decimal import Decimal

from ..model import Fact
from .facts import Num

#: (current fact, base fact, the move's values) of one group's lead move.
Move = tuple[Fact, Fact, dict[str, object]]


def delta(values: dict[str, object]) -> Decimal:
    """The signed size of a move (its ``delta``)."""
    d = values["delta"]
    assert isinstance(d, Num)
    return d.value


def _later(leads: dict[str, Move], f: Fact) -> Move | None:
    """The next step of ``f``'s move: a lead move whose base is ``f``, in
    the same direction, of a percent (a fee 2% → 6% on April 1, 6% → 8% on
    July 1); a per-item cost at a price stays its own point."""
    for g, gb, v in leads.values():
        if gb.id == f.id and g.metric == f.metric and g.segment == f.segment:
            first = leads.get(f.id)
            if first is None or "per_item" in first[2] or "per_item" in v:
                return None
            if v["kind"] == "percent" and (delta(v) > 0) == (delta(first[2]) > 0):
                return (g, gb, v)
    return None


def chains(leads: dict[str, Move]) -> set[str]:
    """Ids of moves that are a later step of another lead move."""
    return {step[0].id for f, _b, _v in leads.values() if (step := _later(leads, f))}


def steps(leads: dict[str, Move], f: Fact) -> list[dict[str, object]]:
    """The later steps of ``f``'s move, in order: one piece of news, so one
    point ("to 6% on April 1, then to 8% on July 1")."""
    out: list[dict[str, object]] = []
    while (step := _later(leads, f)) is not None and len(out) < len(leads):
        out.append(step[2])
        f = step[0]
    return out


def fact_of(values: dict[str, object], key: str) -> Fact:
    """The fact a move's values hold under ``key`` (its base or current level)."""
    f = values[key]
    assert isinstance(f, Fact)
    return f
