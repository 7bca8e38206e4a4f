"""Money a business puts into its suppliers' factories (Shein's US$70
million Supplier Community Empowerment Program by 2028, US$33 million spent;
seed shein-supplier-program-2025).

Read as a platform building its own capacity, it told sellers "what it
builds will become services for the platform's sellers" and providers that
the platform competes with them, neither true of a supplier program. A
segment whose readers are factories (``reader: factory``) makes it the
suppliers' reading: upgrades to join for a factory, shared suppliers for a
brand, a rival's cheaper supply for a seller, upgrade work for a provider.
What is spent so far is said with its share, the pledge running "by" its
period's end."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.rules import derive

ENTITIES = (
    "  s: {kind: platform, name: {zh-Hans: 甲平台, en: ShopCo}}\n"
    "  p: {kind: fund, reader: %s, name: {zh-Hans: 供应商计划, en: the supplier program}}\n"
)
FACTS = (
    "  b: {metric: investment, entity: s, segment: p, period: FY2028, value: 70, scale: million,"
    " currency: USD, source: {quote: 原文一}}\n"
    "  c: {metric: cumulative_spend, entity: s, segment: p, period: '2025-04', value: 33,"
    " scale: million, currency: USD, source: {quote: 原文二}}\n"
)


def _story(reader: str = "factory"):  # type: ignore[no-untyped-def]
    return mini_story(ENTITIES % reader, FACTS, published="2025-04-11")


def test_a_program_for_factories_reads_as_the_suppliers() -> None:
    [t] = [t for t in derive(_story()).takeaways if t.rule == "investment_pace"]
    assert t.values["investor"] == "suppliers"
    assert round(t.values["spent_share"].value) == 47  # type: ignore[union-attr]
    assert set(t.facts) == {"b", "c"}
    en = sections(_story(), "en")
    text = " ".join(en.values())
    assert "services for the platform's sellers" not in text
    assert ("ShopCo plans to invest US$70 million in the supplier program by 2028; US$33 million"
            " of it (47%) had been spent by April 2025.") in text
    assert "its money pays for layouts, equipment and working conditions" in en["factory"]
    assert "it is making its own supply faster and cheaper" in en["seller"]
    zh = " ".join(sections(_story(), "zh-Hans").values())
    assert "甲平台计划到2028年为供应商计划投入7000万美元，截至2025年4月已花3300万美元（占47%）" in zh


def test_a_platforms_own_program_keeps_the_platform_reading() -> None:
    [t] = [t for t in derive(_story(reader="seller")).takeaways if t.rule == "investment_pace"]
    assert t.values["investor"] == "platform"
    assert "services for the platform's sellers" in sections(_story(reader="seller"), "en")[
        "seller"]
