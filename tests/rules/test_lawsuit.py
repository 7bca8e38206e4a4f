"""A platform sued (NACS Daily on the FTC's antitrust suit against Amazon,
September 2023). With no kind for it, the suit was no event a reader could
be told; each reader now gets its own side of a case that changes nothing
until a court rules or the sides settle."""

from __future__ import annotations

import pytest
from ministory import READERS, mini_story, sections

from summarizer.errors import SeedError

ENTITIES = (
    "  a: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
    "  r: {kind: regulator, name: {zh-Hans: 乙局, en: the Beta Agency}}\n"
    "  c: {kind: company, name: {zh-Hans: 丙, en: Gamma}}\n"
)


def _suit(entity: str, extra: str = ", grounds: competition") -> str:
    return (
        f"  s: {{event: lawsuit, entity: {entity}, parties: [r]{extra}, date: '2023-09-26', "
        "text: {zh-Hans: 乙局起诉甲, en: the Beta Agency sued Alpha}, source: {quote: 原文一}}\n"
    )


def test_a_platform_sued_is_each_readers_own_side_of_the_case() -> None:
    story = mini_story(ENTITIES, _suit("a"), published="2023-09-27")
    en = sections(story, "en")
    assert ("The Beta Agency's suit against Alpha over anti-competitive conduct changes nothing "
            "for your store until a court rules") in en["seller"]
    assert "the terms Alpha sets for brands may change" in en["brand"]
    assert "The Beta Agency is taking Alpha to court over anti-competitive conduct" in en[
        "platform_operator"]
    assert "Track the suit's milestones" in en["researcher"]
    assert "1. " not in en["factory"] and "1. " not in en["service_provider"]
    zh = sections(story, "zh-Hans")
    assert "乙局就垄断起诉甲：在法院判决或双方和解之前" in zh["seller"]
    assert "乙局就垄断把甲告上法庭" in zh["platform_operator"]


def test_without_grounds_the_suit_is_told_without_them() -> None:
    en = sections(mini_story(ENTITIES, _suit("a", ""), published="2023-09-27"), "en")
    assert "The Beta Agency's suit against Alpha changes nothing" in en["seller"]


def test_a_suit_against_anyone_else_is_background() -> None:
    en = sections(mini_story(ENTITIES, _suit("c"), published="2023-09-27"), "en")
    assert all("1. " not in en[r] for r in READERS)


def test_a_platform_suing_those_who_abuse_its_store_is_its_rules_enforced() -> None:
    """Amazon's 2023 suits against bad actors posing as copyright owners: the
    platform is the plaintiff, the defendants no platform."""
    facts = (
        "  s: {event: lawsuit, entity: c, parties: [a], grounds: ip, date: '2023-03-30', "
        "text: {zh-Hans: 甲起诉丙, en: Alpha sued Gamma}, source: {quote: 原文一}}\n"
    )
    story = mini_story(ENTITIES, facts, published="2023-03-31")
    en = sections(story, "en")
    assert ("Alpha is taking Gamma to court over intellectual property: keep the invoices and "
            "letters of authorisation") in en["seller"]
    assert "register your trademarks with it" in en["brand"]
    assert "appeals against false ones handled: work to offer" in en["service_provider"]
    assert "check how your own store verifies rights claims" in en["platform_operator"]
    assert "Track the suits' outcome" in en["researcher"]
    assert "1. " not in en["factory"] and "changes nothing" not in en["seller"]
    zh = sections(story, "zh-Hans")
    assert "甲就知识产权把丙告上法庭：留好能证明商品是正品" in zh["seller"]
    assert "甲把权利纠纷诉诸法庭" in zh["service_provider"]


def test_only_a_fine_or_a_lawsuit_has_grounds() -> None:
    facts = (
        "  s: {event: layoffs, entity: a, grounds: competition, date: '2023-09-26', "
        "text: {zh-Hans: 甲裁员, en: Alpha cut jobs}, source: {quote: 原文一}}\n"
    )
    with pytest.raises(SeedError) as info:
        mini_story(ENTITIES, facts)
    assert "only a 'fine' or 'lawsuit' event has grounds" in info.value.render()
