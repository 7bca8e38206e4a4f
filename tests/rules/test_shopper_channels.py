"""A consumer survey: where shoppers plan to buy (rule shopper_channels) and
what they plan to spend each (planned_spend, read as a budget).

The NRF's 2025 holiday survey (55% plan to shop online, then grocery stores
46%, department stores 44%, discount stores 42%; US$890.49 a person, 1.3%
below last year's US$901.99) told no reader anything: shares of shoppers
that overlap are no market's shares, and a budget per person is no sales."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.rules import derive

ENTITIES = (
    "  m: {kind: market, name: {zh-Hans: 美国假日季消费者, en: US holiday shoppers}}\n"
    "  online: {kind: channel, name: {zh-Hans: 线上, en: online}}\n"
    "  grocery: {kind: channel, name: {zh-Hans: 杂货店, en: grocery stores}}\n"
    "  dept: {kind: channel, name: {zh-Hans: 百货商店, en: department stores}}\n"
)


def _share(fid: str, seg: str, value: int, period: str = "FY2025") -> str:
    return (f"  {fid}: {{metric: shopper_share, entity: m, segment: {seg}, period: {period}, "
            f"value: {value}, unit: percent, source: {{quote: 原文}}}}\n")


def _spend(value: str, period: str) -> str:
    return (f"  s{period.lower()}: {{metric: planned_spend, entity: m, period: {period}, value: {value}, "
            "currency: USD, per: person, source: {quote: 原文}}\n")


def test_the_channel_most_shoppers_name_leads_and_the_rest_follow_in_order() -> None:
    story = mini_story(ENTITIES, _share("a", "grocery", 46) + _share("b", "online", 55)
                       + _share("c", "dept", 44), "2025-10-21")
    en = sections(story, "en")
    assert ("Where US holiday shoppers plan to shop in 2025: online (55%), 9 percentage points "
            "ahead of grocery stores (46%), then department stores (44%).") in en["general"]
    # a channel only a few points ahead: a brand's budget is not for it alone
    assert ("grocery stores (46%) are only 9 percentage points behind, so a plan for online "
            "alone misses nearly as many shoppers") in en["brand"]
    assert "put stock and ads there first" in en["seller"]
    assert "the shares add up to more than 100%" in en["researcher"]
    zh = sections(story, "zh-Hans")
    assert ("2025年美国假日季消费者计划购物的渠道中，线上居首（55%），比杂货店（46%）高9个百分点，"
            "其后是百货商店（44%）。") in zh["general"]


def test_a_channel_far_ahead_takes_most_of_a_brands_budget() -> None:
    story = mini_story(ENTITIES, _share("a", "grocery", 30) + _share("b", "online", 60),
                       "2025-10-21")
    brand = sections(story, "en")["brand"]
    assert "most of it to online, 30 percentage points ahead of the next channel" in brand
    assert "nearly as many" not in sections(story, "en")["seller"]


def test_an_earlier_survey_says_how_the_leader_moved_and_one_channel_is_no_ranking() -> None:
    story = mini_story(ENTITIES, _share("a", "grocery", 46) + _share("b", "online", 55)
                       + _share("p", "online", 57, "FY2024"), "2025-10-21")
    assert "online (55%, down from 57% in 2024)" in sections(story, "en")["general"]
    lone = mini_story(ENTITIES, _share("b", "online", 55), "2025-10-21")
    rules = [t.rule for t in derive(lone).takeaways]
    assert "shopper_channels" not in rules


def test_a_budget_about_level_is_won_from_rivals_and_a_bigger_one_is_stocked_for() -> None:
    level = sections(mini_story(ENTITIES, _spend("890.49", "FY2025") + _spend("901.99", "FY2024"),
                                "2025-10-21"), "en")
    assert ("US holiday shoppers' planned spending per person fell from US$901.99 in 2024 to "
            "US$890.49 in 2025, down 1.3%.") in level["general"]
    assert "shoppers plan to spend about what they did a year ago" in level["seller"]
    assert "holiday reorders will track last season's" in level["factory"]
    assert "a survey counts plans, not purchases" in level["researcher"]
    more = sections(mini_story(ENTITIES, _spend("950", "FY2025") + _spend("900", "FY2024"),
                               "2025-10-21"), "en")
    assert "shoppers plan to spend more each" in more["seller"]
    assert "per order" not in more["seller"]  # a budget, not a basket
