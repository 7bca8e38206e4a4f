"""How long shoppers wait from an order to its delivery (project44's State of Last Mile, April
2023: 4 days, 5.6 a year earlier, 5.8 two years earlier; the report's "31% decrease" is against
2021). Before the rule every reader was told the story had no bearing on them, and the 31% went
unchecked; now each reader reads its own figure: a seller the level, a brand the days cut in a
year, a factory the cut as a rate, a provider the path over two years, a platform the level as
the date shoppers compare, a researcher the stated rate against the year's."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = "  o: {kind: market, name: {zh-Hans: 网购订单, en: online orders}}\n"


def _level(fid: str, period: str, value: str) -> str:
    return (f"  {fid}: {{metric: delivery_time, entity: o, period: {period}, value: {value}, "
            f"unit: days, source: {{quote: {fid}原文}}}}\n")


LEVELS = _level("d23", "2023-04", "4") + _level("d22", "2022-04", "5.6")
TWO_YEARS = LEVELS + _level("d21", "2021-04", "5.8")
STATED = ("  cut: {metric: delivery_time, measure: change, stated: true, entity: o, period: 2023-04, "
          "base: d21, value: -31, unit: percent, source: {quote: cut原文}}\n")


def _story(facts: str = TWO_YEARS + STATED) -> Story:
    return mini_story(ENTITIES, facts, published="2023-06-01")


def test_the_wait_is_told_with_the_years_before() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("In April 2023, the click-to-delivery time of online orders averaged 4 days, down from "
            "5.6 days a year earlier and 5.8 days in April 2021.") in en["general"]
    assert ("2023年4月，网购订单的送达时长平均为4天，比上年同期的5.6天缩短1.6天；2021年4月为5.8天。"
            in zh["general"])


def test_the_stated_rate_is_checked_against_the_level_it_names() -> None:
    checks = [c for c in derive(_story()).checks if c.rule == "delivery_speed"]
    assert [c.fact for c in checks] == ["cut"]
    assert checks[0].figure.low <= -31 <= checks[0].figure.high  # 4 / 5.8 - 1 = -31.0%
    # "4" could be 3.5 to 4.5 days, which 31% off either level fits; "4.0" is exact enough
    exact = TWO_YEARS.replace("value: 4,", "value: 4.0,")
    assert [c.fact for c in derive(_story(exact + STATED)).checks if c.rule == "delivery_speed"]
    wrong = derive(_story(exact + STATED.replace("base: d21", "base: d22"))).checks
    figure = next(c.figure for c in wrong if c.rule == "delivery_speed")
    assert not figure.low <= -31 <= figure.high  # against 5.6 days the cut is 28.6%


def test_each_reader_reads_a_different_figure() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert "Shoppers now wait 4 days on average from order to delivery, 1.6 days less" in en["seller"]
    assert "shorten your handling time first" in en["seller"]
    assert "Delivery got 1.6 days faster in a year, to 4 days: orders from your own online store" in en["brand"]
    assert "Orders reached shoppers about 29% faster than a year earlier" in en["factory"]
    assert ("The wait fell from 5.8 days in April 2021 to 5.6 days a year later and 4 days now, "
            "most of the cut in the last year") in en["service_provider"]
    assert "shoppers compare platforms on the delivery date they see" in en["platform_operator"]
    assert ("The stated 31% cut is against 5.8 days in April 2021; against a year earlier, the "
            "click-to-delivery time fell about 29%") in en["researcher"]
    assert "先压缩订单发出前的处理时间" in zh["seller"] and "快了约29%" in zh["factory"]
    assert "文中所说的下降31%是与2021年4月的5.8天相比" in zh["researcher"]
    firsts = [next(line for line in en[r].splitlines() if "**" in line).split(": ", 1)[-1][:30]
              for r in READERS]
    assert len(set(firsts)) == len(firsts), firsts


def test_one_year_only_and_no_stated_rate() -> None:
    en = sections(_story(LEVELS), "en")
    assert "down from 5.6 days a year earlier." in en["general"]
    assert "The wait fell 1.6 days in a year, to 4 days" in en["service_provider"]
    assert "The click-to-delivery time fell about 29% in a year; it averages the shipments" in en["researcher"]
    assert not derive(_story(LEVELS)).checks


def test_a_level_alone_tells_the_bar_and_no_cut() -> None:
    en = sections(_story(_level("d23", "2023-04", "4")), "en")
    assert "Shoppers now wait 4 days on average from order to delivery: that is the wait" in en["seller"]
    assert "little bearing" in en["factory"] and "little bearing" in en["brand"]
    assert "averages the shipments one tracker sees" in en["researcher"]


def test_slower_deliveries_read_the_other_way() -> None:
    en = sections(_story(_level("d23", "2023-04", "6") + _level("d22", "2022-04", "5")), "en")
    assert "up from 5 days a year earlier" in en["general"]
    assert "1 day more than a year earlier: carriers are slower for everyone" in en["seller"]
    assert "a store that keeps last year's speed now stands out" in en["brand"]
    assert "little bearing" in en["factory"]  # a factory is told only of a cut
    assert "offer them lanes you deliver on time" in en["service_provider"]
    assert "a missed promise costs more than a later one" in en["platform_operator"]
    assert "rose about 20% in a year" in en["researcher"]


def test_a_stated_rate_without_a_base_is_against_a_year_earlier_and_told_as_stated() -> None:
    stated = ("  cut: {metric: delivery_time, measure: change, stated: true, entity: o, "
              "period: 2023-04, value: -28.6, unit: percent, source: {quote: cut原文}}\n")
    story = _story(LEVELS.replace("value: 4,", "value: 4.0,") + stated)
    checks = [c for c in derive(story).checks if c.rule == "delivery_speed"]
    assert [c.fact for c in checks] == ["cut"] and checks[0].figure.low <= -28.6 <= checks[0].figure.high
    en, zh = sections(story, "en"), sections(story, "zh-Hans")
    assert "The click-to-delivery time fell 28.6% in a year; it averages" in en["researcher"]
    assert "送达时长一年里下降28.6%" in zh["researcher"]
