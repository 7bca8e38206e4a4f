"""Drafting an air freight report (ALS on Xeneta's June 2025 figures, 2025-07-25). Before: the
rates per kilogram had no ``per``, the lanes' "Rates fell 11% YoY, averaging $4.79/kg" were
revenue, "(–4% YoY)" with an en dash was a rise of 4%, "the first time in 19 months" was a
figure of 19 months, and the load factor and the volumes had no metric."""

from __future__ import annotations

from summarizer.draft import draft_figures

XENETA = (
    "Air cargo prices lose more altitude in June\n\n25.07.2025\n\n"
    "Xeneta reported that global airfreight spot rates in June declined for the second "
    "consecutive month, falling 4% year-over-year (YoY) to an average of $2.50 per kilogram. "
    "This marks the first time in 19 months that available capacity outpaced demand.\n\n"
    "Southeast Asia to North America: Rates fell 11% YoY, averaging $4.79/kg.\n\n"
    "+1%: Global air cargo volume growth (YoY)\n\n"
    "$2.50/kg: Average global spot rate (–4% YoY)\n\n"
    "56%: Global dynamic load factor (–2 percentage points YoY)\n"
)


def test_air_freight_rates_are_per_kilogram_and_the_load_factor_is_its_own_metric() -> None:
    _, figures = draft_figures(XENETA, "x.txt")
    got = [(f.value, f.unit or f.currency, f.metric, f.measure, f.per) for f in figures]
    assert ("2.50", "USD", "freight_rate", "", "kilogram") in got
    assert ("-4", "percent", "freight_rate", "yoy", "") in got
    assert ("-11", "percent", "freight_rate", "yoy", "") in got
    assert ("4.79", "USD", "freight_rate", "", "kilogram") in got
    assert ("56", "percent", "load_factor", "", "") in got
    assert [g[:3] for g in got if g[2] == "load_factor"][1] == ("-2", "pp", "load_factor")
    assert any(g[2] == "air_cargo_volume" for g in got)
    assert not [g for g in got if g[1] == "months"]  # "the first time in 19 months"
    assert ("4", "percent") not in [g[:2] for g in got]  # the en dash is a minus


def test_a_lane_heading_its_line_is_the_figures_segment_and_a_market() -> None:
    from summarizer.draft import draft_article

    _, figures = draft_figures(XENETA, "x.txt")
    lane = [f for f in figures if f.value in ("-11", "4.79")]
    assert [(f.segment, f.segment_name) for f in lane] == [
        ("southeast-asia-north-america", "Southeast Asia–North America")
    ] * 2
    assert ('southeast-asia-north-america: {kind: market, name: {zh-Hans: "Southeast Asia–North '
            'America"') in draft_article(XENETA, "x.txt")
