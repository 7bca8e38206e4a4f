"""sentiment_read: a consumer survey's index against the month before, with the inflation its
consumers expect (The Fiscal Times, May 2025: the University of Michigan's index down to 50.8
from 52.2, year-ahead inflation expected at 7.3% against 6.5%). The drafter took every figure
for revenue and no reader was told anything; now the reading is what shoppers will do."""

from __future__ import annotations

from decimal import Decimal

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = "  u: {kind: index, name: {zh-Hans: 甲指数, en: the Alpha index}}\n"


def _level(fid: str, metric: str, period: str, value: str, base: str = "",
           segment: str = "") -> str:
    unit = "index" if metric == "consumer_sentiment" else "percent"
    extra = (f", base: {base}" if base else "") + (f", segment: {segment}" if segment else "")
    return (f"  {fid}: {{metric: {metric}, entity: u, period: {period}, value: {value}, "
            f"unit: {unit}{extra}, source: {{quote: {fid}原文}}}}\n")


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2025-05-16")


MAY = (_level("m", "consumer_sentiment", "2025-05", "50.8", "a")
       + _level("a", "consumer_sentiment", "2025-04", "52.2")
       + _level("e", "inflation_expectations", "2025-05", "7.3", "e0")
       + _level("e0", "inflation_expectations", "2025-04", "6.5")
       + _level("l", "inflation_expectations", "2025-05", "4.6", "l0", "long-run")
       + _level("l0", "inflation_expectations", "2025-04", "4.4", segment="long-run"))


def test_gloomier_shoppers_expecting_dearer_prices() -> None:
    [t] = [t for t in derive(_story(MAY)).takeaways if t.rule == "sentiment_read"]
    assert t.values["down"] and t.values["dearer"]
    assert set(t.facts) == {"m", "a", "e", "e0", "l", "l0"}
    en = sections(_story(MAY), "en")
    assert ("The Alpha index fell 1.4 points to 50.8 in May 2025, from 52.2 the month before; "
            "consumers expect inflation of 7.3% over the year ahead (6.5% a month earlier) and "
            "4.6% in the long run (4.4%).") in en["general"]
    assert "With shoppers gloomier and expecting 7.3% inflation over the year ahead, expect them" \
        in en["seller"]
    assert "1.4 points below the month before," in en["researcher"]
    assert "protect your entry price points" in en["brand"]
    assert "expect smaller, later orders" in en["factory"]
    assert "some buy ahead of the price rises they expect" in en["platform_operator"]
    assert "expected inflation of 7.3% against the price figures" in en["researcher"]
    assert "nothing here calls for" in en["service_provider"]
    zh = sections(_story(MAY), "zh-Hans")
    assert ("2025年5月，甲指数从上月的52.2降至50.8，下降1.4点；消费者预期的通胀率未来一年为"
            "7.3%（上月6.5%），长期为4.6%（上月4.4%）。") in zh["general"]


def test_brighter_shoppers_with_no_expectations_read_the_other_way() -> None:
    # against February's reading (its base), not the month before: that month is named
    story = _story(_level("m", "consumer_sentiment", "2025-05", "55.1", "a")
                   + _level("a", "consumer_sentiment", "2025-02", "52.2"))
    [t] = [t for t in derive(story).takeaways if t.rule == "sentiment_read"]
    assert not t.values["down"] and not t.values["dearer"] and t.values["expects"] == []
    en = sections(story, "en")
    assert "The Alpha index rose 2.9 points to 55.1 in May 2025, from 52.2 in February 2025." \
        in en["general"]
    assert "2.9 points above February 2025's reading" in en["researcher"]
    assert "甲指数从2025年2月的52.2升至55.1" in sections(story, "zh-Hans")["general"]
    assert "room to sell at full price" in en["seller"]
    assert "price figures" not in en["researcher"]


def test_a_reading_alone_is_no_move_and_a_stated_change_is_checked() -> None:
    alone = _story(_level("m", "consumer_sentiment", "2025-05", "50.8"))
    assert not [t for t in derive(alone).takeaways if t.rule == "sentiment_read"]
    stated = MAY + ("  c: {metric: consumer_sentiment, measure: change, stated: true, entity: u, "
                    "period: 2025-05, value: -3, unit: percent, source: {quote: 下降3%}}\n")
    [check] = [c for c in derive(_story(stated)).checks if c.fact == "c"]
    assert check.rule == "sentiment_read" and round(check.figure.value, 1) == Decimal("-2.7")
