"""Drafting a raw material's price (Portland Business Journal, 2011-04-08: "A year ago,
cotton prices were hovering around 80 cents per pound. As of Tuesday, the price of cotton
deliveries had risen to $2.01 per pound"): drafted as a model's API price, neither figure
per pound, and both dated the Tuesday (the period after the first figure's sentence was
taken for its own)."""

from __future__ import annotations

from summarizer.draft import draft_figures

COTTON = (
    "Cotton crunch\n\nPortland Business Journal, 8 April 2011\n\n"
    "A year ago, cotton prices were hovering around 80 cents per pound. As of Tuesday, the "
    "price of cotton deliveries had risen to $2.01 per pound.\n"
)


def test_a_materials_price_is_an_input_price_per_pound_each_of_its_own_day() -> None:
    _, figures = draft_figures(COTTON, "c.txt")
    got = [(f.value, f.metric, f.per, f.period, f.qualifier) for f in figures]
    assert got == [
        ("0.80", "input_price", "pound", "2010-04", "about"),
        ("2.01", "input_price", "pound", "2011-04-05", ""),
    ]
