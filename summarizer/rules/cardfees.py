"""card_fee_cut: a cut (or a rise) in what card payments cost merchants, set
against the fee it comes off and how fast that fee has been rising.

"Mastercard and Visa will lower these fees by approximately 0.1% on most
credit card transactions in the U.S. over the next five years … a small
fraction of the 2.35% average swipe fee charged to merchants in 2024 …
averaged 2.26% in 2023" (Visa's and Mastercard's proposed settlement,
November 2025). Read as a percent of each sale, the fee looked like a tax
to the generic rules ("2.35% of every sale goes in tax"); the cut was not
read at all.

A ``swipe_fee`` move in points (``measure: change``, ``unit: pp``) and the
latest ``swipe_fee`` level, with the level a year before it when given. The
cut is about 4% of the fee (0.1 of 2.35 points); the fee after it is about
2.25%; against a rise of 0.09 points in a year it undoes about a year of
rises (the NRF's own reading, recomputed). A seller reads the share of its
fee (and that a flat-rate processor may keep it), a brand the fee after the
cut against the year before (a year's rise undone, not a lower cost base), a
service provider the statements merchants will ask for, a platform operator
its own flat payment fee's margin, a researcher the cut against the trend.
A factory is not told: it is paid by invoice, not by card.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..facts.periods import parse_period
from ..model import Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import facets_with, stances_of
from .registry import Check, rule
from .timeline import latest

#: What a card fee cut is to each reader.
FACETS = {
    "seller": "cost",
    "brand": "cost",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "income",
    "researcher": "research",
}

#: The figure each reader's point rests on.
NEEDS = {"brand": "prior", "researcher": "prior", "seller": "level"}


@rule("card_fee_cut", needs=("metric:swipe_fee",))
def card_fee_cut(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A card fee's move in points, against its latest level and last year's rise."""
    move = next((f for f in ix.metrics("swipe_fee", measure="change")
                 if f.quantity is not None and f.quantity.unit == "pp"
                 and f.quantity.upper is None), None)
    if move is None:
        return
    level = latest(f for f in ix.metrics("swipe_fee", stated=False)
                   if f.quantity is not None and f.quantity.unit == "percent" and f.period)
    cut = Num.of(move)
    prior = rise = after = share = years = None
    try:
        if level is not None:
            after = compute(lambda lv, c: lv + c, Num.of(level), cut, unit="percent")
            share = compute(lambda lv, c: abs(c) / lv * HUNDRED, Num.of(level), cut,
                            unit="percent")
            if parse_period(level.period).kind == "year":  # a cut is read against a year's rise
                prior, rise = ix.against_earlier(level, unit="pp")
            if rise is not None and rise.value > 0:
                years = compute(lambda c, r: abs(c) / r, cut, rise, unit="years")
    except UndefinedFigureError:
        return
    have = {"level": level is not None, "prior": rise is not None and rise.value > 0}
    facets = facets_with(FACETS, NEEDS, have)
    values: dict[str, Any] = {
        "move": move, "cut": cut, "level": level, "prior": prior, "rise": rise,
        "after": after, "share": share, "years": years,
        "role_facets": facets, "role_stances": stances_of(facets),
    }
    told = (move.id, *((level.id,) if level else ()), *((prior.id,) if prior else ()))
    yield Takeaway(
        rule="card_fee_cut",
        message="card_fee_cut",
        facet="cost",
        priority=74,
        facts=told,
        values=values,
        entity=move.entity,
    )
