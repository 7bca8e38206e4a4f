"""download_move: shopping apps gaining or losing new users, as their downloads say.

"Temu averaged around 650K downloads/week from the App Store and Google Play
in the US in early March … as of last week, Temu's downloads in the US
dropped to 176K and SHEIN's to 172K." App-intelligence firms (Appfigures,
Sensor Tower, Apptopia) estimate first-time installs: how many new shoppers a
platform brings in, most of them bought with ads. Read as growth, a fall was
"a shrinking channel" for every reader, once per app, and the same sentence
twice under each label; but fewer installs are fewer *new* buyers, not less
spending by those a platform has, and two apps falling together are one piece
of news.

Each entity's latest figure is set against its ``base`` (or the figure of the
latest earlier period of the same metric, entity and segment), or, with no
levels, its stated rate (``change`` or ``yoy`` in percent). The moves that go
the way most of them go are one point, largest first. Estimates stay
estimates: a rate of installs is printed whole, and "about" where a figure it
comes from is written so (about 73%, not 72.9%). Each reader reads it from its side
(templates/*/meanings/download_move.j2): where new buyers will (or will not)
come from for a seller, the bargain shoppers left to win for a brand, orders
from those platforms for a factory, the ad and app-marketing budgets behind
the installs for a provider, a rival's intake for a platform, and for a
researcher what installs measure. Which metrics are read so is vocabulary
data (``told_by: download_move``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of, told_by
from .registry import Check, rule
from .timeline import period_end

#: What apps losing new users are to each reader: fewer new buyers where a
#: seller lists, their shoppers to win for a brand and a rival platform.
FALL_FACETS = {
    "seller": "demand",
    "brand": "opportunity",
    "factory": "demand",
    "service_provider": "demand",
    "platform_operator": "competition",
    "researcher": "research",
}
#: ... and gaining them: new buyers to list for, a rival buying shoppers.
RISE_FACETS = {**FALL_FACETS, "seller": "opportunity", "brand": "competition",
               "service_provider": "opportunity"}

#: Apps named in one point: beyond three a sentence becomes a table.
MOST = 3


@rule("download_move", needs=("metric:downloads",))
def download_move(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Each app's latest move in downloads, the apps moving the same way as one point."""
    moves = [m for m in _moves(ix) if m["rate"].value != 0]
    if not moves:
        return
    falls = [m for m in moves if m["rate"].value < 0]
    rises = [m for m in moves if m["rate"].value > 0]
    fell = len(falls) >= len(rises)
    side = sorted(falls if fell else rises, key=lambda m: -abs(m["rate"].value))[:MOST]
    facets = FALL_FACETS if fell else RISE_FACETS
    ids = [i for m in side for i in m["facts"]]
    yield Takeaway(
        rule="download_move",
        message="download_move",
        facet="customers",
        priority=74,
        facts=tuple(dict.fromkeys(ids)),
        values={
            "moves": side,
            "fell": fell,
            "cur": side[0]["cur"],
            "role_facets": facets,
            "role_stances": stances_of(facets),
        },
        entity=side[0]["cur"].entity,
    )


def _moves(ix: FactIndex) -> Iterator[dict[str, Any]]:
    """Per (metric, entity, segment): the latest level against its base, else a stated rate."""
    levels: dict[tuple[str, str, str], list[Fact]] = {}
    rates: dict[tuple[str, str, str], list[Fact]] = {}
    for f in ix.metrics(measure=None):
        q = f.quantity
        if told_by(f.metric) != "download_move" or q is None or q.upper is not None:
            continue
        if not f.period or f.forecast:
            continue
        key = (f.metric, f.entity, f.segment)
        if f.measure == "level" and not f.stated:
            levels.setdefault(key, []).append(f)
        elif f.measure in ("change", "yoy") and q.unit == "percent":
            rates.setdefault(key, []).append(f)
    for key in sorted(set(levels) | set(rates)):
        move = _from_levels(ix, levels.get(key, []))
        if move is None and key in rates:
            latest = max(rates[key], key=lambda f: period_end(f.period))
            move = {"cur": latest, "base": None, "rate": Num.of(latest),
                    "rough": _rough(latest), "facts": (latest.id,)}
        if move is not None:
            yield move


def _from_levels(ix: FactIndex, facts: list[Fact]) -> dict[str, Any] | None:
    if len(facts) < 2:
        return None
    facts = sorted(facts, key=lambda f: period_end(f.period))
    cur = facts[-1]
    named = ix.fact(cur.base) if cur.base else None
    base = named if named in facts else facts[-2]
    if base is None or base.quantity is None or cur.quantity is None:
        return None
    if base.quantity.unit != cur.quantity.unit or base.quantity.per != cur.quantity.per:
        return None  # a week's installs against a month's are no move
    try:
        rate = compute(lambda a, b: (a / b - 1) * HUNDRED, Num.of(cur), Num.of(base),
                       unit="percent")
    except UndefinedFigureError:
        return None
    return {"cur": cur, "base": base, "rate": rate, "rough": _rough(cur) or _rough(base),
            "facts": (base.id, cur.id)}


def _rough(f: Fact) -> bool:
    """Any qualifier (about, nearly, over, ...) makes a written figure an estimate,
    and a rate computed from it one too."""
    return bool(f.quantity and f.quantity.qualifier)
