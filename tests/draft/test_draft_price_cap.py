"""Drafting a price cap (Sherwood News on Amazon Haul): "Amazon's sub-$20
service" was drafted as a fall of US$20 (the hyphen of 'sub-' read as a
minus sign). "Below" and "under" stay unbounded: "orders below $150" and
"supply below 28 days" name thresholds, exact figures."""

from __future__ import annotations

from summarizer.draft import draft_figures

TEXT = (
    "TITLE: Amazon launches Haul\n\n"
    "According to Amazon, all items are priced below $20. "
    "The key to Amazon's sub-$20 service is shipping directly from China. "
    "De minimis makes imported goods under $800 duty-free. "
    "Delivery fees apply on orders below $150, and prices fell by -$5 on some lines.\n"
)


def test_sub_is_an_upper_bound_not_a_fall_and_thresholds_stay_exact() -> None:
    _, figures = draft_figures(TEXT, "t.txt")
    got = [(f.value, f.qualifier, f.measure) for f in figures]
    assert ("20", "up_to", "") in got  # sub-$20
    assert ("-20", "up_to", "change") not in got and ("-20", "", "change") not in got
    assert ("800", "", "") in got and ("150", "", "") in got


def test_a_minus_sign_before_an_amount_is_still_a_fall() -> None:
    _, figures = draft_figures(TEXT, "t.txt")
    assert any(f.value == "-5" and f.measure == "change" for f in figures)
