"""A breach of customer data (UPI on Coupang, December 2025: 33.7 million customers' personal
information compromised; the law allows a fine of up to 3% of total sales, up to 1.2 trillion won
on 41 trillion won of 2024 sales; SK Telecom's record 134.8 billion won fine was far short of the
over 300 billion won it could have been). No rule read a breach before: every reader was told the
story had no bearing on them."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  cp: {kind: platform, name: {zh-Hans: Coupang, en: Coupang}}\n"
    "  skt: {kind: company, name: {zh-Hans: SK电讯, en: SK Telecom}}\n"
    "  law: {kind: regulation, name: {zh-Hans: 韩国《个人信息保护法》, "
    "en: \"South Korea's Personal Information Protection Act\"}}\n"
)


def _fact(fid: str, body: str) -> str:
    return f"  {fid}: {{{body}, source: {{quote: {fid}原文}}}}\n"


ACCOUNTS = _fact("a", "metric: breached_accounts, entity: cp, period: 2025-11-29, value: 33.7, "
                      "scale: million, unit: accounts")
CEILING = (_fact("r", "metric: fine_cap_rate, entity: law, value: 3, unit: percent, qualifier: up_to")
           + _fact("s", "metric: revenue, entity: cp, period: FY2024, value: 41, scale: trillion, "
                        "currency: KRW"))
PRECEDENT = (_fact("f", "metric: fine, entity: skt, period: 2025-08, value: 134.8, scale: billion, "
                        "currency: KRW")
             + _fact("c", "metric: fine_cap, entity: skt, period: 2025-08, value: 300, "
                          "scale: billion, currency: KRW, qualifier: over"))


def _story(facts: str = ACCOUNTS + CEILING + PRECEDENT) -> Story:
    return mini_story(ENTITIES, facts, published="2025-12-04")


def test_the_accounts_then_the_most_the_law_allows() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("Coupang said personal information from 33.7 million accounts had been compromised (as of "
            "November 29, 2025); South Korea's Personal Information Protection Act lets a leak be fined "
            "up to 3% of sales, as much as KRW 1.23 trillion on Coupang's KRW 41 trillion of 2024 "
            "revenue.") in en["general"]
    assert ("最高可被处以销售额3%的罚款，以Coupang 2024年41万亿韩元的收入计，最多可达1.23万亿韩元。"
            in zh["general"])


def test_each_reader_reads_the_breach_from_its_side() -> None:
    en = sections(_story(), "en")
    assert "expect messages to Coupang's shoppers posing as sellers or couriers" in en["seller"]
    assert "some shoppers will hold back from Coupang for a while" in en["brand"]
    assert "access audits, key management and phishing response" in en["service_provider"]
    assert "as much as KRW 1.23 trillion for Coupang: check who can reach" in en["platform_operator"]
    assert ("SK Telecom's fine of KRW 134.8 billion in August 2025 was under 45% of the most it could "
            "have been (more than KRW 300 billion)") in en["researcher"]
    assert "little bearing" in en["factory"]
    told = [r for r in READERS if r != "factory"]
    firsts = [en[r].split(": ", 1)[-1][:40] for r in told]
    assert len(set(firsts)) == len(firsts), firsts


def test_without_a_ceiling_or_a_precedent_those_readers_are_not_told() -> None:
    en = sections(_story(ACCOUNTS), "en")
    assert "33.7 million accounts" in en["seller"] and "." in en["general"]
    assert "fined" not in en["general"]
    for role in ("platform_operator", "researcher"):
        assert "fine" not in en[role] and "33.7" not in en[role], role


def test_the_stated_ceiling_is_checked_and_a_story_without_accounts_makes_no_point() -> None:
    stated = _fact("m", "metric: fine_cap, stated: true, entity: cp, period: FY2024, value: 1.2, "
                        "scale: trillion, currency: KRW, qualifier: up_to")
    checks = [c for c in derive(_story(ACCOUNTS + CEILING + stated)).checks if c.rule == "data_breach"]
    assert [c.fact for c in checks] == ["m"] and round(checks[0].figure.value / 10**9) == 1230
    assert not [t for t in derive(_story(CEILING + PRECEDENT)).takeaways if t.rule == "data_breach"]
