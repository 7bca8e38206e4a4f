"""Drafting a country's new import tax on parcels (Mexico Daily Post,
2025-07-30: 'a 33.5% import tax on online purchases from platforms like
Shein and Temu, a sharp increase from the previous 19% rate').

'import tax' matched no keyword (both rates were drafted as revenue);
Mexico was no known government, so the rates went to Shein and Temu, the
names just before them; and 'an increase from the previous 19%' drafted
19 as the size of a change, with no link to the new rate."""

from __future__ import annotations

from summarizer.draft import draft_figures

TEXT = (
    "DATE: 2025-07-30\n\nStarting August 15, 2025, the Mexican government will impose a 33.5% "
    "import tax on online purchases from platforms like Shein and Temu, a sharp increase from "
    "the previous 19% rate.\n"
)


def test_the_new_rate_is_the_governments_and_moved_from_the_old() -> None:
    _, figures = draft_figures(TEXT, "m.txt")
    new, old = figures
    assert (new.metric, new.entity, new.value, new.period) == (
        "tariff_rate", "mexico-government", "33.5", "2025-08-15"
    )
    assert (old.metric, old.entity, old.value, old.measure, old.period) == (
        "tariff_rate", "mexico-government", "19", "", "2025-08-14"
    )
    assert new.base is old


def test_a_platforms_own_rate_keeps_the_platform() -> None:
    text = "DATE: 2025-07-30\n\nTemu said its commission fee rose to 15%, up from 12%.\n"
    _, figures = draft_figures(text, "t.txt")
    assert {f.entity for f in figures} == {"temu"}
