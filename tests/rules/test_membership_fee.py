"""membership_fee: what shoppers pay for a platform's paid membership (Amazon Prime in the US,
January 2018: US$10.99 to US$12.99 a month, US$99 a year unchanged; members spending US$1,300
a year against US$700 for other customers). A fee shoppers pay was read as a seller's cost;
what a year of monthly billing costs against the annual plan was no one's point."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  a: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
    "  p: {kind: product, name: {zh-Hans: Plus, en: Plus}}\n"
)


def _fee(fid: str, value: str, per: str, extra: str = "") -> str:
    return (f"  {fid}: {{metric: membership_fee, entity: a, segment: p, period: '2018-01-19', "
            f"value: {value}, currency: USD, per: {per}{extra}, source: {{quote: {fid}原文}}}}\n")


MOVE = _fee("old", "10.99", "month").replace("2018-01-19", "2018-01-18") + _fee(
    "new", "12.99", "month", ", base: old")
ANNUAL = _fee("year", "99", "year")
SPEND = (
    "  m: {metric: customer_spend, entity: a, segment: member, period: FY2017, value: 1300, "
    "currency: USD, per: year, source: {quote: m原文}}\n"
    "  o: {metric: customer_spend, entity: a, segment: non-member, period: FY2017, value: 700, "
    "currency: USD, per: year, source: {quote: o原文}}\n"
)


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2018-01-19")


def test_a_plans_move_the_plan_that_stayed_and_members_spending_are_one_point() -> None:
    story = _story(MOVE + ANNUAL + SPEND)
    [t] = [t for t in derive(story).takeaways if t.rule == "membership_fee"]
    assert set(t.facts) == {"old", "new", "year", "m", "o"}
    en = sections(story, "en")
    assert ("Alpha's Plus membership fee, paid monthly, rose from US$10.99 to US$12.99 a month, "
            "18.2% more; a year of monthly billing now costs US$155.88, 57.5% more than the "
            "annual plan, unchanged at US$99; members spend US$1,300 a year on average against "
            "US$700 for other customers, 1.9 times as much.") in en["general"]
    zh = sections(story, "zh-Hans")
    assert ("甲Plus的按月会员费从每月10.99美元涨至12.99美元，上涨18.2%；按月付费一年要155.88美元，"
            "比按年付费（仍为99美元）高57.5%") in zh["general"]


def test_readers_who_pay_or_sell_to_members_read_it_and_factories_do_not() -> None:
    en = sections(_story(MOVE + ANNUAL + SPEND), "en")
    assert "keep your offers eligible for member delivery" in en["seller"]
    assert "more member-only deals and events" in en["brand"]
    assert "a yardstick for pricing your own membership" in en["platform_operator"]
    assert "how price-sensitive paid membership is" in en["researcher"]
    assert "1. " not in en["factory"] and "1. " not in en["service_provider"]


def test_a_move_alone_is_told_without_the_plans_it_lacks() -> None:
    en = sections(_story(MOVE), "en")
    assert "rose from US$10.99 to US$12.99 a month, 18.2% more." in en["general"]
    assert "annual plan" not in en["general"] and "1.9 times" not in en["general"]
    assert "watch whether price-sensitive members drop away" in en["seller"]


def test_a_fee_with_no_earlier_price_is_not_a_move() -> None:
    assert not [t for t in derive(_story(ANNUAL)).takeaways if t.rule == "membership_fee"]


def test_a_cut_brings_members_rather_than_losing_them() -> None:
    cut = (_fee("old", "99", "year").replace("2018-01-19", "2018-01-18")
           + _fee("new", "89", "year", ", base: old"))
    en = sections(_story(cut), "en")
    assert "fell from US$99 to US$89 a year, 10.1% less." in en["general"]
    assert "a cheaper membership should bring more members" in en["seller"]
    assert "cutting what members pay" in en["brand"] or "more member traffic" in en["brand"]
    assert "charging members more" not in en["brand"] and "drop away" not in en["seller"]
    assert "Given that Alpha's annual Plus membership fee fell 10.1%" in en["platform_operator"]
