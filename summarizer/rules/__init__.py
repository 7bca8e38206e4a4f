"""Derive stage: small registered rules that read facts and emit takeaways.

Each rule is a plain function in a family module (growth, valuation, capital,
pricing, regulation, claims), registered by name with the inputs it needs.
Rules are pure: no I/O, no wording, no number formatting. They return
``Takeaway`` values (structured numbers + the fact ids used), and stated
figures they recomputed as ``Check`` records, which ``summarizer check``
compares.
"""

from __future__ import annotations

from ..vocabulary.vocab import default_vocabulary
from . import (  # noqa: F401  (registers)
    buyerfee,
    capital,
    change,
    charges,
    claims,
    events,
    fixedfee,
    footprint,
    fulfilment,
    fx,
    growth,
    incentives,
    investment,
    levies,
    lone_rate,
    losses,
    mix,
    momentum,
    moves,
    netcharge,
    outlook,
    outpace,
    pace,
    pay,
    payouts,
    peaks,
    peers,
    pricing,
    rates,
    ratios,
    regulation,
    schedule,
    shares,
    shifts,
    taxes,
    twopart,
    valuation,
    wages,
)
from .registry import RULES, Check, Derived, check_needs, derive, rule, rule_names, set_order

#: The order rules run in. When two takeaways tie on priority the earlier
#: rule wins, so this list is part of the output (and a test pins it).
ORDER = (
    "yoy_growth",
    "sequential_growth",
    "stated_growth",
    "lone_rate",
    "event_pace",
    "cagr",
    "base_change",
    "two_part_fee",
    "fixed_fee",
    "buyer_fee",
    "fee_schedule",
    "charge_step",
    "charge_introduced",
    "net_charge",
    "sales_tax",
    "payout_reserve",
    "deposit_move",
    "dispatch_deadline",
    "stock_floor",
    "wage_move",
    "pay_move",
    "level_move",
    "fx_move",
    "span_change",
    "segment_rank",
    "ratio",
    "ratio_move",
    "margin_change",
    "segment_loss",
    "rate_move",
    "segment_mix",
    "mix_shift",
    "outpace",
    "momentum",
    "peer_rates",
    "subsidy_pace",
    "investment_pace",
    "rebate_move",
    "store_change",
    "staff_change",
    "price_move",
    "threshold_move",
    "share_shift",
    "milestone",
    "peak_day",
    "outlook",
    "ps_ratio",
    "years_to_multiple",
    "multiple_compare",
    "price_from_peak",
    "market_cap_rise",
    "cash_runway",
    "lockup_float",
    "listings",
    "pricing_power",
    "regulation_effective",
    "dated_event",
    "obligations",
    "enforcement",
    "penalty",
    "claims",
)
set_order(ORDER)
check_needs(set(default_vocabulary().metrics), set(default_vocabulary().events))

__all__ = ["ORDER", "RULES", "Check", "Derived", "derive", "rule", "rule_names"]
