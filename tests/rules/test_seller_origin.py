"""Where a platform's sellers are based (Modern Retail on Marketplace Pulse's figures, February 2025:
China-based sellers on Walmart Marketplace grew from fewer than 25,000 in 2023 to 50,000 in 2024, 28%
of its active sellers against 20% at the end of 2023). Read before as a seller count in a segment, the
story said "Walmart Marketplace's China number of sellers … up 100%" and sent a provider to sell "store
services in China"; now each reader is told what sellers from China arriving means to it, and a count
that grew from "under 25,000" more than doubled."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = ("  walmart: {kind: platform, name: {zh-Hans: 沃尔玛电商平台, en: Walmart Marketplace}}\n"
            "  china: {kind: market, name: {zh-Hans: 中国, en: China}}\n")


def _fact(fid: str, metric: str, period: str, value: str, extra: str = "") -> str:
    unit = "percent" if metric == "origin_share" else "sellers"
    seg = "" if metric == "sellers" else "segment: china, "
    return (f"  {fid}: {{metric: {metric}, entity: walmart, {seg}period: '{period}', value: {value}, "
            f"unit: {unit}, {extra}source: {{quote: {fid}原文}}}}\n")


COUNTS = (_fact("c23", "origin_sellers", "FY2023", "25000", "qualifier: under, ")
          + _fact("c24", "origin_sellers", "FY2024", "50000"))
SHARES = _fact("s23", "origin_share", "2023-12-31", "20") + _fact("s24", "origin_share", "FY2024", "28")
TOTAL = _fact("all", "sellers", "2025-02-26", "160000", "qualifier: about, ")


def _story(facts: str = COUNTS + SHARES + TOTAL) -> Story:
    return mini_story(ENTITIES, facts, published="2025-02-26")


def test_sellers_from_a_place_are_counted_as_a_floor_and_their_share_moved_by_points() -> None:
    [t] = [t for t in derive(_story()).takeaways if t.rule == "seller_origin"]
    assert t.values["more"] and str(t.values["times"].value) == "2"
    assert not [t for t in derive(_story()).takeaways if t.rule in ("yoy_growth", "milestone")]
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("China-based sellers on Walmart Marketplace more than doubled, from under 25,000 in 2023 to "
            "50,000 in 2024; their share of its sellers rose to 28% in 2024 from 20% at the end of 2023; "
            "Walmart Marketplace has about 160,000 sellers in all.") in en["general"]
    assert ("沃尔玛电商平台上的中国卖家从2023年的不到2.5万家增至2024年的5万家，增加一倍多；占其卖家的比例从2023年底的20%"
            "升至2024年的28%；沃尔玛电商平台的卖家总数约16万家。") in zh["general"]
    assert "100%" not in en["general"] and "number of sellers in China" not in "".join(en.values())


def test_each_reader_is_told_what_sellers_from_there_arriving_means_to_it() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert "more of your rivals there ship from China at low prices" in en["seller"]
    assert "if you sell from China yourself, Walmart Marketplace is recruiting sellers like you" in en["seller"]
    assert "check it for unauthorised and copycat listings of your products, and register your trademarks" in en["brand"]
    assert "open a shop of your own there, or supply the sellers from China who are joining it" in en["factory"]
    assert "the newcomers need help with account approval, fulfilment and compliance" in en["service_provider"]
    assert "up 8 percentage points to 28%, Walmart Marketplace is recruiting sellers" in en["platform_operator"]
    assert "is a share of sellers, not of sales" in en["researcher"]
    assert "如果你本身从中国发货，沃尔玛电商平台正在招募你这样的卖家" in zh["seller"]
    assert "或为正在入驻的中国卖家供货" in zh["factory"]


def test_a_count_alone_or_a_share_alone_still_makes_the_point() -> None:
    en = sections(_story(COUNTS), "en")
    assert "China-based sellers on Walmart Marketplace more than doubled, from under 25,000" in en["general"]
    assert "The 50,000 China-based sellers on Walmart Marketplace are a count of sellers" in en["researcher"]
    en = sections(_story(SHARES), "en")
    assert ("China-based sellers' share of Walmart Marketplace's sellers rose to 28% in 2024 from 20% at "
            "the end of 2023.") in en["general"]
    assert "China-based sellers' share of Walmart Marketplace's sellers rose 8 percentage points" in en["factory"]


def test_an_exact_count_that_doubled_is_not_said_to_have_more_than_doubled() -> None:
    facts = _fact("c23", "origin_sellers", "FY2023", "25000") + _fact("c24", "origin_sellers", "FY2024", "60000")
    en, zh = sections(_story(facts), "en"), sections(_story(facts), "zh-Hans")
    assert ("China-based sellers on Walmart Marketplace grew to 2.4 times their earlier number, from 25,000 "
            "in 2023 to 60,000 in 2024.") in en["general"]
    assert "增至原来的2.4倍" in zh["general"] and "多" not in zh["general"].split("倍")[1][:1]


def test_one_reading_is_a_figure_not_sellers_arriving() -> None:
    facts = _fact("c24", "origin_sellers", "FY2024", "50000")
    assert not [t for t in derive(_story(facts)).takeaways if t.rule == "seller_origin"]


def test_sellers_from_there_leaving_are_read_as_leaving() -> None:
    facts = _fact("c23", "origin_sellers", "FY2023", "25000") + _fact("c24", "origin_sellers", "FY2024", "20000")
    en, zh = sections(_story(facts), "en"), sections(_story(facts), "zh-Hans")
    assert "China-based sellers on Walmart Marketplace fell 20%, from 25,000 in 2023 to 20,000 in 2024." in en["general"]
    assert "从2023年的2.5万家降至2024年的2万家，减少20%" in zh["general"]
    assert "sellers from China are leaving Walmart Marketplace: a chance to recruit them" in en["platform_operator"]
    assert "**Opportunity**" in en["platform_operator"] and "**Risk**" in en["factory"]
    assert "fewer of your rivals there ship from China" in en["seller"]
    assert "recruiting" not in en["seller"] and "grew" not in "".join(en.values())


def test_a_count_from_a_floor_gives_no_multiple() -> None:
    """From "more than 25,000" to 50,000 is at most a doubling: the rise is told, not 'doubled'."""
    facts = (_fact("c23", "origin_sellers", "FY2023", "25000", "qualifier: over, ")
             + _fact("c24", "origin_sellers", "FY2024", "50000"))
    en, zh = sections(_story(facts), "en"), sections(_story(facts), "zh-Hans")
    assert ("China-based sellers on Walmart Marketplace rose from more than 25,000 in 2023 to 50,000 "
            "in 2024.") in en["general"]
    assert "doubled" not in "".join(en.values()) and "一倍" not in "".join(zh.values())
    assert "从2023年的超2.5万家增至2024年的5万家。" in zh["general"]
