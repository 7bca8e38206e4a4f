"""A platform raising money (Shein's US$2 billion at a US$66 billion
valuation): nobody was told anything -- a funding round had no stances, so
the story read 'a straight news report' in every section. An AI start-up's
round stays capital news the figures tell, no trade reader's point."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.rules import derive

ROUND = (
    "  r: {event: funding_round, entity: s, date: '2023-05-17', value: 2, scale: billion, "
    "currency: USD, text: {zh-Hans: SHEIN完成新一轮融资，金额为, en: Shein raised a new round of}, "
    "source: {quote: 原文}}\n"
    "  v: {metric: valuation, entity: s, period: '2023-05-17', value: 66, scale: billion, "
    "currency: USD, source: {quote: 原文二}}\n"
)


def _story(kind: str) -> object:
    return mini_story(f"  s: {{kind: {kind}, name: {{zh-Hans: SHEIN, en: Shein}}}}\n", ROUND,
                      published="2023-05-18")


def test_a_platforms_round_is_money_for_traffic_and_a_rivals_war_chest() -> None:
    en = sections(_story("platform"), "en")
    assert "On May 17, 2023, Shein raised a new round of US$2 billion." in en["general"]
    assert "expect it on traffic, subsidies and incentives for sellers" in en["seller"]
    assert "A rival has fresh money to spend (US$2 billion), valued at US$66 billion" in en[
        "platform_operator"]
    assert "Set the US$66 billion valuation against Shein's sales" in en["researcher"]
    assert all("1. " in en[r] for r in READERS)
    zh = sections(_story("platform"), "zh-Hans")
    assert "对手有了新资金（20亿美元），估值660亿美元" in zh["platform_operator"]


def test_another_businesss_round_is_no_trade_readers_point() -> None:
    story = _story("company")
    assert not [t for t in derive(story).takeaways if t.rule == "dated_event"]
