"""A retailer's own sales by category (JD.com, third quarter of 2025:
general merchandise 1P revenue up 18.8%, electronics up 4.9%).

Recorded as revenue, a platform's category figures reached no reader who
acts on them: revenue has stances only for researchers. ``product_revenue``
(商品收入, net product revenues) is a shop's sales whoever owns it, read per
reader as shoppers' spending won: a stockist to pitch for a brand, a rival
for a seller, a buyer's reorders for a factory. The Chinese says JD Retail
once (京东零售经营利润, not 京东京东零售), and a margin that moved with one
figure up and one down is said with verbs ("net profit fell 56% while
revenue rose 14.9%", not "was down 56% against up 14.9%")."""

from __future__ import annotations

from pathlib import Path

from ministory import sections

from summarizer.draft import draft_figures
from summarizer.facts.load import load_story

SEED = Path(__file__).resolve().parents[2] / "seeds" / "jd-q3-2025.yaml"


def _md(lang: str) -> dict[str, str]:
    return sections(load_story(SEED), lang)


def test_category_sales_reach_the_readers_who_supply_and_compete() -> None:
    en, zh = _md("en"), _md("zh-Hans")
    assert "pitch for more of its shelf and promotion slots" in en["brand"]
    assert "winning more of shoppers' spending in general merchandise" in en["seller"]
    assert "a buyer selling more in general merchandise will reorder more" in en["factory"]
    assert "More orders to fulfil, deliver and market in electronics" in en["service_provider"]
    assert "京东日百类商品收入同比增长18.8%" in zh["brand"]
    assert "采购方在日百类卖得更多" in zh["factory"]


def test_a_part_named_after_its_company_is_said_once_and_margins_move_with_verbs() -> None:
    zh, en = _md("zh-Hans"), _md("en")
    assert "京东零售经营利润148亿元" in zh["general"]
    assert not any("京东京东" in text for text in zh.values())
    assert "as adjusted net profit fell 56% while revenue rose 14.9%" in en["general"]


def test_the_drafter_reads_first_party_sales_words() -> None:
    text = (
        "DATE: 2025-11-14\n\n1P业务中，日百类商品收入同比增长18.8%。"
        "Net product revenues rose 10.5% in the quarter.\n"
    )
    _, figures = draft_figures(text, "j.txt")
    assert [f.metric for f in figures] == ["product_revenue", "product_revenue"]
