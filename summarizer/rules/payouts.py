"""Sellers' money a platform holds: payout holds and security deposits.

payout_reserve: how long a platform holds an order's money after delivery.

Marketplaces do not pay sellers when a buyer pays: they hold the money
until some days after delivery, to cover refunds, claims and their fees.
When a platform changes that hold (Amazon's "DD+7" from March 12, 2026:
each order's money becomes available seven days after delivery; an escrow
released sooner), no fee moves, yet every seller's cash does. As a dated
``policy_change`` alone the news reads like a compliance rule ("check your
listings and labels"), which says nothing a seller can act on.

This rule reads a platform's ``payout_reserve`` level (days after delivery)
from the day it applies, against the old level when the editor gives one
(``base:`` or a period earlier), and words it per reader from which way it
moved (templates ``payout_reserve.j2``). A longer hold, or a new one with no
old level beside it: a seller waits longer for money it has already earned
and needs cash for the switch, and slow delivery now delays pay too; a brand
weighs how soon each channel pays; a factory's customers have less cash, so
payment terms are at risk; a service provider can bridge the wait (payout
advances, tracked delivery); a rival platform can court sellers with faster
payouts; a researcher tracks the money held and how sellers finance it. A
shorter hold frees cash: the factory is not told, and for a provider the
need for advances shrinks.

The takeaway carries the platform's ``policy_change`` of that day, so the
event is not told a second time as a bare rule change (``readers.news``).
A hold already in force at publication with no old level and no change
that day is the platform's standing terms, not news: no point.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute, in_force
from .registry import Check, rule

#: What a longer (or a new) hold is to each reader.
LONGER_FACETS = {
    "seller": "cash",
    "brand": "cash",
    "factory": "risk",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}

#: What a shorter hold is: cash freed, less call for advances, no factory point.
SHORTER_FACETS = {**LONGER_FACETS, "factory": "", "service_provider": "risk"}


def _base(ix: FactIndex, f: Fact) -> Fact | None:
    """The old hold the new one replaces, in the same unit; None if none."""
    b = ix.earlier(f)
    if b is None or b.quantity is None or f.quantity is None:
        return None
    return b if b.quantity.unit == f.quantity.unit else None


def _event(ix: FactIndex, f: Fact) -> Fact | None:
    """The platform's policy change on the day the hold applies, if any."""
    for e in ix.events("policy_change", entity=f.entity):
        if e.date is not None and e.date.isoformat() == f.period:
            return e
    return None


@rule("payout_reserve", needs=("metric:payout_reserve",))
def payout_reserve(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A platform's hold on its sellers' money: from when, how long after
    delivery, and how much longer or shorter than before."""
    olds = _bases(ix)
    for f in ix.metrics("payout_reserve"):
        q = f.quantity
        if q is None or not f.period or f.id in olds:
            continue  # an old level is read with the new one, not on its own
        if q.upper is not None or q.value < 0:
            continue  # a range of days has no single move to tell
        base = _base(ix, f)
        delta = None
        if base is not None:
            try:
                delta = compute(lambda old, new: new - old, Num.of(base), Num.of(f), unit=q.unit)
            except UndefinedFigureError:
                base = None
        if delta is not None and delta.value == 0:
            continue  # an unchanged hold is no news
        event = _event(ix, f)
        past = in_force(f.period, ix.story.published)
        if base is None and event is None and past:
            continue  # a hold already in force, not said to be new: background, no news
        longer = delta is None or delta.value > 0
        yield Takeaway(
            rule="payout_reserve",
            message="payout_reserve",
            facet="cash",
            priority=82,
            facts=tuple(x.id for x in (f, base, event) if x is not None),
            values={
                "cur": f,
                "base": base,
                "delta": delta,
                "up": longer,
                "past": past,
                "start": f.period,
                "role_facets": LONGER_FACETS if longer else SHORTER_FACETS,
            },
            entity=f.entity,
        )


def _bases(ix: FactIndex) -> set[str]:
    """Facts some other level of the metric names as its old level."""
    out = set()
    for f in ix.metrics("payout_reserve"):
        b = ix.earlier(f)
        if b is not None:
            out.add(b.id)
    return out


#: What a deposit asked or raised is to each reader: cash a seller locks in, a
#: bar that keeps throwaway shops out for a brand, setup and financing for a
#: provider, a cost of joining to set against a rival's, shop counts to track.
DEPOSIT_FACETS = {
    "seller": "cash",
    "brand": "competition",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}

#: A deposit cut: cash freed for a seller, a lower bar for a brand, less to
#: finance for a provider.
DEPOSIT_CUT_FACETS = {**DEPOSIT_FACETS, "service_provider": "risk"}


@rule("deposit_move", needs=("metric:seller_deposit",))
def deposit_move(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A platform's security deposit asked from its day, against the old one
    (a multiple and a difference) or, with none, as a new requirement."""
    olds = {b.id for f in ix.metrics("seller_deposit") if (b := ix.earlier(f)) is not None}
    for f in ix.metrics("seller_deposit"):
        q = f.quantity
        if q is None or not f.period or f.id in olds or q.upper is not None:
            continue
        base = _base(ix, f)
        delta = ratio = None
        if base is not None and base.quantity is not None and base.quantity.value > 0:
            delta = compute(lambda old, new: new - old, Num.of(base), Num.of(f), unit=q.unit)
            ratio = compute(lambda old, new: new / old, Num.of(base), Num.of(f), unit="times")
        elif base is not None:
            base = None  # from nothing: a new requirement
        if delta is not None and delta.value == 0:
            continue
        event = _event(ix, f)
        past = in_force(f.period, ix.story.published)
        up = delta is None or delta.value > 0
        yield Takeaway(
            rule="deposit_move",
            message="deposit_move",
            facet="cash",
            priority=82,
            facts=tuple(x.id for x in (f, base, event) if x is not None),
            values={
                "cur": f,
                "base": base,
                "delta": delta,
                "ratio": ratio,
                "up": up,
                "past": past,
                "start": f.period,
                "role_facets": DEPOSIT_FACETS if up else DEPOSIT_CUT_FACETS,
            },
            entity=f.entity,
        )
