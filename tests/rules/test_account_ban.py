"""A platform shutting sellers' accounts for breaking its rules (Benzinga on
Amazon, September 2021: over 600 Chinese brands and 3,000 seller accounts
banned over review abuse, YKS's US$20 million frozen). Without a meaning of
its own the event read "The competitive field shifts; assess what it means
for your business" and "This change is worth tracking"."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

ENTITIES = (
    "  a: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
    "  y: {kind: company, name: {zh-Hans: 乙, en: Beta}}\n"
)
BAN = (
    "  ban: {event: account_ban, entity: a, date: '2021-05', text: {zh-Hans: 甲开始封禁违规卖家账户, "
    "en: Alpha began banning sellers' accounts for breaking its rules}, source: {quote: 原文一}}\n"
)
FROZEN = (
    "  fz: {metric: frozen_funds, entity: y, period: 2021-07, value: 20, scale: million, "
    "currency: USD, qualifier: over, source: {quote: 原文二}}\n"
)
GENERIC = ("assess what it means", "worth tracking", "need rethinking", "That means new demand")


def _sections(entities: str, facts: str, lang: str = "en") -> dict[str, str]:
    return sections(mini_story(entities, facts, published="2021-09-17"), lang)


def test_a_platforms_account_bans_are_each_readers_own_risk_or_opening() -> None:
    en = _sections(ENTITIES, BAN + FROZEN)
    assert ("A closed account can take your stock and money with it (Beta had more than "
            "US$20 million frozen)") in en["seller"]
    assert "Banned rivals leave their search places on Alpha open" in en["brand"]
    assert "may cancel orders or pay late" in en["factory"]
    assert "account appeals, rule audits" in en["service_provider"]
    assert "vet them before you take them" in en["platform_operator"]
    assert "Track how many sellers Alpha bans" in en["researcher"]
    assert not any(g in en[r] for r in READERS for g in GENERIC)
    zh = _sections(ENTITIES, BAN + FROZEN, "zh-Hans")
    assert "（乙被冻结超2000万美元）" in zh["seller"]
    assert "可能砍单或拖延付款" in zh["factory"]


def test_without_frozen_money_the_seller_is_told_the_risk_alone() -> None:
    en = _sections(ENTITIES, BAN)
    assert "A closed account can take your stock and money with it: check" in en["seller"]


def test_a_companys_account_bans_are_background() -> None:
    en = _sections(ENTITIES, BAN.replace("entity: a,", "entity: y,"))
    assert all("1. " not in en[r] for r in READERS)
