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

from ..model import Takeaway
from .facts import FactIndex
from .registry import Check, rule
from .terms import dated_terms

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


@rule("payout_reserve", needs=("metric:payout_reserve",))
def payout_reserve(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A platform's hold on its sellers' money: from when, how long after
    delivery, and how much longer or shorter than before."""
    yield from dated_terms(
        ix, "payout_reserve", "payout_reserve", LONGER_FACETS, SHORTER_FACETS, "cash"
    )


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
    yield from dated_terms(
        ix, "seller_deposit", "deposit_move", DEPOSIT_FACETS, DEPOSIT_CUT_FACETS, "cash"
    )
