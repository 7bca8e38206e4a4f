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
    assert "A rival has fresh money to spend (US$2 billion), with a valuation of US$66 billion" in en[
        "platform_operator"]
    assert "Set the valuation of US$66 billion against Shein's sales" in en["researcher"]
    assert all("1. " in en[r] for r in READERS)
    zh = sections(_story("platform"), "zh-Hans")
    assert "对手有了新资金（20亿美元），估值660亿美元：预计会加大补贴和招募卖家的力度" in zh["platform_operator"]


def test_another_businesss_round_is_no_trade_readers_point() -> None:
    story = _story("company")
    assert not [t for t in derive(story).takeaways if t.rule == "dated_event"]


def test_a_round_is_not_the_valuation_move_of_its_day() -> None:
    """Shein's valuation fell from US$100 billion to about US$66 billion the
    day of the round: the figure 'covered' the round, and no reader heard of it."""
    facts = ROUND.replace("period: '2023-05-17', value: 66,", "period: '2023-05-17', value: 66, "
                          "base: old,") + (
        "  old: {metric: valuation, entity: s, period: FY2022, value: 100, scale: billion, "
        "currency: USD, source: {quote: 原文三}}\n")
    story = mini_story("  s: {kind: platform, name: {zh-Hans: SHEIN, en: Shein}}\n", facts,
                       published="2023-05-18")
    en = sections(story, "en")
    assert "expect it on traffic, subsidies and incentives for sellers" in en["seller"]
    assert "from US$100 billion to US$66 billion" in "\n".join(en.values())
