"""Drafting a platform's new fee per order in ringgit (BigSeller on TikTok
Shop Malaysia's platform support fee, 2026-02-05): 'RM0.50' was no amount
(no RM prefix), and 'Platform Support Fee' named no metric."""

from __future__ import annotations

from summarizer.draft import draft_figures

TEXT = (
    "TikTok Shop Introduces Platform Support Fee in Malaysia\n\n"
    "BigSeller 2026-02-05\n\n"
    "The Platform Support Fee is a fixed, per-order charge:\n"
    "RM0.50 per order (excluding SST)\n"
)


def test_a_ringgit_fee_per_order_is_an_order_fee_in_myr() -> None:
    _, figures = draft_figures(TEXT, "t.txt")
    fee = next(f for f in figures if f.value in ("0.50", "0.5"))
    assert (fee.currency, fee.metric, fee.per) == ("MYR", "order_fee", "order")
