"""The Quick Summary tells each kind of thing once, and two dated events of
different kinds are two kinds of news: a government drafting rules on platform
fees and a rival platform raising its fees (seed
shopee-tokopedia-admin-fees-2026) both reach the summary; two platforms'
fee rises are one kind, told once there."""

from __future__ import annotations

from ministory import mini_story, sections

ENTITIES = (
    "  a: {kind: platform, name: {zh-Hans: 甲平台, en: Alpha}}\n"
    "  b: {kind: platform, name: {zh-Hans: 乙平台, en: Beta}}\n"
    "  g: {kind: government, name: {zh-Hans: 甲国政府, en: Ruritania's government}}\n"
)


def _fee(fid: str, who: str, en: str) -> str:
    return (
        f"  {fid}: {{event: fee_change, entity: {who}, date: '2026-01-05', direction: up,"
        f" text: {{zh-Hans: {who}上调费用, en: {en}}}, source: {{quote: 原文{fid}}}}}\n"
    )


RULES = (
    "  rules: {event: policy_change, entity: g, planned: true, area: fees, direction: down,"
    " text: {zh-Hans: 甲国起草平台收费规则, en: Ruritania is drafting rules on platform fees},"
    " source: {quote: 原文二}}\n"
)


def test_a_rule_change_and_a_fee_rise_are_both_in_the_summary() -> None:
    general = sections(mini_story(ENTITIES, _fee("f1", "a", "Alpha raised its fees") + RULES,
                                  published="2026-01-20"), "en")["general"]
    assert "Alpha raised its fees" in general
    assert "Ruritania is drafting rules on platform fees" in general


def test_two_fee_rises_are_one_kind_of_news_in_the_summary() -> None:
    facts = _fee("f1", "a", "Alpha raised its fees") + _fee("f2", "b", "Beta raised its fees")
    general = sections(mini_story(ENTITIES, facts, published="2026-01-20"), "en")["general"]
    assert ("Alpha raised its fees" in general) != ("Beta raised its fees" in general)
