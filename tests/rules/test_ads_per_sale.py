"""A marketplace's ad revenue against the units it sold (Amazon's third quarter of 2025: US$17.7
billion of ad revenue, up 22%, on 11% more paid units). Before the rule four readers got the ad
revenue's growth under four labels; now each reader gets a different figure: ad cost per unit,
units against it, ads against units, the extra money, ads against the whole revenue, the upper
bound."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = "  a: {kind: platform, name: {zh-Hans: 亚马逊, en: Amazon}}\n"


def _rate(fid: str, metric: str, value: str) -> str:
    return (f"  {fid}: {{metric: {metric}, measure: yoy, entity: a, period: 2025Q3, value: {value}, "
            f"unit: percent, source: {{quote: {fid}原文}}}}\n")


def _level(fid: str, metric: str, period: str, value: str) -> str:
    return (f"  {fid}: {{metric: {metric}, entity: a, period: {period}, value: {value}, "
            f"scale: billion, currency: USD, source: {{quote: {fid}原文}}}}\n")


FACTS = (_level("ads", "ad_revenue", "2025Q3", "17.7") + _rate("ads-yoy", "ad_revenue", "22")
         + _rate("units", "units_sold", "11") + _level("rev", "revenue", "2025Q3", "180.2")
         + _level("rev0", "revenue", "2024Q3", "158.9"))


def _story(facts: str = FACTS) -> Story:
    return mini_story(ENTITIES, facts, published="2025-10-30")


def test_ad_revenue_against_units_sold_per_unit() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("In the third quarter of 2025, Amazon's advertising revenue rose 22% to US$17.7 billion while "
            "units sold rose 11%: about 10% more advertising revenue per unit sold than a year "
            "earlier.") in en["general"]
    assert ("2025年三季度，亚马逊的广告收入为177亿美元，同比增长22%，销量增长11%：每售出一件商品的广告收入"
            "比上年多约10%。") in zh["general"]
    assert "Amazon's advertising revenue was US$17.7 billion" not in en["general"]  # told in full


def test_each_reader_reads_a_different_figure() -> None:
    en = sections(_story(), "en")
    assert "Amazon took about 10% more in ads for each unit sold than a year earlier" in en["seller"]
    assert "Amazon sold 11% more units than a year earlier, while each sale cost" in en["factory"]
    assert "grew about twice as fast as its units sold (22% against 11%)" in en["brand"]
    assert "Advertisers spent about US$3.2 billion more on Amazon's ads" in en["service_provider"]
    assert "Amazon's ads grew 22% against 13.4% for its whole revenue" in en["platform_operator"]
    assert "is an upper bound for what each sale costs in ads" in en["researcher"]
    mine = {r: next(line for line in en[r].splitlines() if "**" in line and (
        "unit" in line or "ads" in line)) for r in READERS}
    firsts = [m.split(": ", 1)[-1][:40] for m in mine.values()]
    assert len(set(firsts)) == len(firsts), firsts


def test_ads_growing_slower_than_units_read_the_other_way() -> None:
    en = sections(_story(_rate("ads-yoy", "ad_revenue", "5") + _rate("units", "units_sold", "11")), "en")
    assert "about 5% less advertising revenue per unit sold" in en["general"]
    assert "each sale there costs less in ads" in en["seller"]
    assert "grew no faster than its units sold" in en["brand"]
    assert "Advertisers spent" not in en["service_provider"]  # no level: no money to count
    assert "whole revenue" not in en["platform_operator"]  # no revenue growth given


def test_ads_growing_while_units_fall_are_paid_placements_not_slower_ads() -> None:
    en = sections(_story(_rate("ads-yoy", "ad_revenue", "10") + _rate("units", "units_sold", "-5")),
                  "en")
    assert "Amazon's advertising revenue grew 10% while its units sold fell 5%: more of what" in en[
        "brand"]
    zh = sections(_story(_rate("ads-yoy", "ad_revenue", "10") + _rate("units", "units_sold", "-5")),
                  "zh-Hans")
    assert "亚马逊的广告收入增长10%，而销量下降5%" in zh["brand"]


def test_no_units_or_no_platform_is_not_this_rule() -> None:
    alone = _level("ads", "ad_revenue", "2025Q3", "17.7") + _rate("ads-yoy", "ad_revenue", "22")
    assert not [t for t in derive(_story(alone)).takeaways if t.rule == "ads_per_sale"]
    brand = mini_story("  a: {kind: brand, name: {zh-Hans: 甲, en: Alpha}}\n", FACTS)
    assert not [t for t in derive(brand).takeaways if t.rule == "ads_per_sale"]
