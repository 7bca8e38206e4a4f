"""A platform's security deposit (TikTok Shop US: US$500 a shop from
August 16, 2024, for cross-border self-operated sellers; raised to US$1,500
in December 2025). Before, no metric named a deposit (the draft made it a
listing threshold) and a platform's policy_change read as a compliance
rule for everyone. Now rule ``deposit_move`` tells the deposit, against the
old one as a multiple, and each reader reads its own side: cash locked in
per shop, a bar against throwaway shops, setup and financing to sell."""

from __future__ import annotations

from ministory import first_points, mini_story, sections

ENTITIES = (
    "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Alpha}}\n"
    "  xb: {kind: group, reader: seller, name: {zh-Hans: 跨境商家, en: cross-border sellers}}\n"
)
EVENT = (
    "  ev: {event: policy_change, entity: p, date: '2025-12-15', "
    "text: {zh-Hans: 甲平台调整保证金, en: Alpha changes its deposit}, source: {quote: 原文ev}}\n"
)


def _deposit(fid: str, value: int, period: str, base: str = "") -> str:
    return (
        f"  {fid}: {{metric: seller_deposit, entity: p, segment: xb, value: {value}, "
        f"currency: USD, per: shop, period: '{period}', {base}source: {{quote: 原文{fid}}}}}\n"
    )


def _brief(facts: str, lang: str = "en", published: str = "2025-12-01") -> dict[str, str]:
    return sections(mini_story(ENTITIES, facts, published=published), lang)


def test_a_new_deposit_is_told_per_shop_and_the_event_not_again() -> None:
    s = _brief(EVENT + _deposit("d", 500, "2025-12-15"))
    assert (
        "From December 15, 2025, Alpha will ask cross-border sellers for a security deposit of "
        "US$500 a shop before they may sell." in s["general"]
    )
    assert "Alpha changes its deposit" not in s["general"]
    zh = _brief(EVENT + _deposit("d", 500, "2025-12-15"), "zh-Hans")
    assert "从2025年12月15日起，甲平台向跨境商家收取每家店铺500美元的保证金，缴足后才能经营。" in zh["general"]


def test_each_reader_reads_its_side_and_a_factory_none() -> None:
    points = first_points(_brief(EVENT + _deposit("d", 500, "2025-12-15")))
    assert "each shop must leave US$500 with Alpha before it may sell" in points["seller"]
    assert points["seller"].startswith("1. **Cash flow**")
    assert "throwaway shops dearer to open" in points["brand"]
    assert "short-term financing" in points["service_provider"]
    assert "if your bar is lower" in points["platform_operator"]
    assert points["researcher"].startswith("1. **For research**: Track how many shops open")
    assert points["factory"] == ""
    told = [p for p in points.values() if p]
    assert len(set(told)) == len(told) == 5


def test_a_raised_deposit_is_a_multiple_and_a_top_up() -> None:
    facts = _deposit("old", 500, "2025-12-14") + _deposit("d", 1500, "2025-12-15", "base: old, ")
    s = _brief(facts)
    assert "security deposit of US$1,500 a shop, 3 times the US$500 before." in s["general"]
    assert "each shop must hold US$1,000 more with Alpha" in s["seller"]
    zh = _brief(facts, "zh-Hans")
    assert "收取每家店铺1500美元的保证金，是此前500美元的3倍。" in zh["general"]


def test_a_cut_deposit_frees_cash() -> None:
    facts = _deposit("old", 1500, "2025-12-14") + _deposit("d", 500, "2025-12-15", "base: old, ")
    points = first_points(_brief(facts))
    assert "US$1,000 less with Alpha (US$500 a shop): cash freed" in points["seller"]
    assert points["service_provider"].startswith("1. **Risk**")
    assert "lets more small shops in" in points["brand"]
