"""Drafting couriers' monthly figures (TMTPost, 2023-09-20: "YTO Express had a revenue of
4.067 billion yuan from express delivery products in August, a year-on-year increase of
6.19%; completed delivery orders were 1.741 billion, a year-on-year increase of 14.51%"):
both rates were drafted as shipping rates ("express delivery" read as a price word), the
delivery orders as orders and the industry's "business volume" as units sold; the
parcel_yield rule divides revenue by parcels, so both must be what they are."""

from __future__ import annotations

from summarizer.draft import draft_figures

COURIERS = (
    "Couriers in August\n\nTMTPost, 20 September 2023\n\n"
    "YTO Express had a revenue of 4.067 billion yuan from express delivery products in August, "
    "a year-on-year increase of 6.19%; completed delivery orders were 1.741 billion, a "
    "year-on-year increase of 14.51%. In August 2023, the express delivery business volume "
    "reached 11.16 billion items, a year-on-year increase of 18.3%.\n"
)


def test_a_couriers_revenue_and_parcels_are_revenue_and_parcels() -> None:
    _, figures = draft_figures(COURIERS, "c.txt")
    got = [(f.value, f.metric, f.measure) for f in figures]
    assert got == [
        ("4.067", "revenue", ""),
        ("6.19", "revenue", "yoy"),
        ("1.741", "parcels", ""),
        ("14.51", "parcels", "yoy"),
        ("11.16", "parcels", ""),
        ("18.3", "parcels", "yoy"),
    ]


def test_a_base_price_for_express_deliveries_is_still_a_shipping_rate() -> None:
    text = ("Couriers\n\nSCMP, 4 August 2025\n\nThe base price for express deliveries in "
            "Guangdong Province has increased by 0.4 yuan per package.\n")
    _, figures = draft_figures(text, "g.txt")
    assert [f.metric for f in figures] == ["parcel_rate"]
