"""Drafting a marketplace's admin fee by category (Taxindo on Shopee and
Tokopedia, January 2026): 'administrative fees' named no metric, so every
rate was drafted as revenue, and neither Tokopedia nor Indonesia's Ministry
of MSMEs was a player the draft knew."""

from __future__ import annotations

from summarizer.draft import draft_article, draft_figures

TEXT = (
    "Shopee-Tokopedia Admin Fees Skyrocket\n\n"
    "Shopee and Tokopedia officially raise seller administrative fees up to 10% in early 2026.\n\n"
    "Shopee has officially announced a restructuring of administrative fees for sellers "
    "effective January 2026. The e-commerce giant set the highest rate at 10% for fast-moving consumer goods (FMCG), "
    "while baby equipment is charged lower rates ranging from 4.25% to 6.75%.\n\n"
    "The Ministry of MSMEs expressed full commitment to drafting new regulations.\n"
)


def test_admin_fee_rates_are_a_commission_fee_through_their_paragraph() -> None:
    _, figures = draft_figures(TEXT, "t.txt")
    assert [(f.low, f.value, f.metric) for f in figures] == [
        ("", "10", "commission_fee"), ("", "10", "commission_fee"),
        ("4.25", "6.75", "commission_fee"),
    ]


def test_tokopedia_and_the_ministry_are_players() -> None:
    draft = draft_article(TEXT, "t.txt")
    assert "tokopedia: {kind: platform" in draft
    assert "indonesia-msme-ministry: {kind: government" in draft
