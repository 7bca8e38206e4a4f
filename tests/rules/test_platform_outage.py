"""A disruption of a platform (an outage) is not a port's: orders, ads and
payments stop while it lasts, and once over they are reconciled and the
cost counted. A factory has no goods stuck in it, so no point; a port strike
reads as before (seed us-port-strike-2024's goldens)."""

from __future__ import annotations

from ministory import mini_story, sections


def _outage(until: str, published: str) -> dict[str, str]:
    story = mini_story(
        "  p: {kind: platform, name: {zh-Hans: Shopify, en: Shopify}}\n",
        f"  a: {{event: disruption, entity: p, date: '2025-12-01'{until}, text: {{zh-Hans: "
        "Shopify的商家后台和结账服务宕机, en: Shopify's merchant admin and checkout went down}, "
        "source: {quote: 原文}}\n",
        published=published,
    )
    return sections(story, "en")


def test_a_platform_outage_while_it_lasts_and_once_over() -> None:
    now = _outage("", "2025-12-01")
    assert "pause its ads, point shoppers to your other channels" in now["seller"]
    assert "A rival is down" in now["platform_operator"]
    assert "stuck" not in "".join(now.values()) and "ports" not in "".join(now.values())
    assert "1." not in now["factory"]  # no point: nothing of a factory's is held up
    over = _outage(", until: '2025-12-02'", "2025-12-03")
    assert "may be missing or doubled: reconcile them" in over["seller"]
    assert "test your own failover" in over["platform_operator"]
    assert "estimate what it cost" in over["researcher"]


def test_a_duty_change_for_a_platform_and_a_brand_leaving_a_market_say_something() -> None:
    """Where the event kind had no wording for the role, the reader was told
    'Business models built on the old way need rethinking'."""
    duty = mini_story(
        "  g: {kind: government, name: {zh-Hans: 甲国政府, en: the government of A}}\n",
        "  a: {event: tariff_change, entity: g, date: '2025-12-01', text: {zh-Hans: 甲国政府上调关税, "
        "en: The government of A raised duties}, source: {quote: 原文}}\n",
        published="2025-12-05",
    )
    en = sections(duty, "en")
    assert "old way" not in "".join(en.values())
    assert (
        "Sellers' landed costs on the goods covered have changed since December 1, 2025"
        in en["platform_operator"]
    )
    leave = mini_story(
        "  b: {kind: brand, name: {zh-Hans: 乙品牌, en: Brand B}}\n"
        "  m: {kind: market, name: {zh-Hans: 俄罗斯, en: Russia}}\n",
        "  a: {event: market_exit, entity: b, object: m, date: '2025-12-01', text: {zh-Hans: "
        "乙品牌宣布退出俄罗斯市场, en: Brand B said it would leave Russia}, source: {quote: 原文}}\n",
        published="2025-12-01",
    )
    en = sections(leave, "en")
    # a brand's shoppers are what most sellers gain; its resellers lose supply
    assert ("**Demand**: Brand B's shoppers in Russia will buy elsewhere, much of it online: "
            "stock and advertise goods like its own, and if you resell Brand B's, clear that "
            "stock") in en["seller"]
    assert "court the brands that can fill the gap" in en["platform_operator"]
    assert "Track where Brand B's sales in Russia go" in en["researcher"]
    assert "可跟踪乙品牌在俄罗斯的销售流向" in sections(leave, "zh-Hans")["researcher"]
    # a company leaving: its resellers' risk first
    company = mini_story(
        "  b: {kind: company, name: {zh-Hans: 乙公司, en: Company B}}\n"
        "  m: {kind: market, name: {zh-Hans: 俄罗斯, en: Russia}}\n",
        "  a: {event: market_exit, entity: b, object: m, date: '2025-12-01', text: {zh-Hans: "
        "乙公司宣布退出俄罗斯市场, en: Company B said it would leave Russia}, "
        "source: {quote: 原文}}\n",
        published="2025-12-01",
    )
    assert "**Risk**: If you resell Company B's goods in Russia, clear that stock" in sections(
        company, "en")["seller"]


def test_a_platforms_fee_change_without_figures_is_each_readers_own() -> None:
    """A seller got nothing (the brand had taken the one 'cost' sentence, which
    spoke of landed cost); each reader now reads its own."""
    story = mini_story(
        "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n",
        "  a: {event: fee_change, entity: p, date: '2026-01-05', text: {zh-Hans: 甲平台调整了商家费用, "
        "en: Platform A changed its seller fees}, source: {quote: 原文}}\n",
        published="2026-01-10",
    )
    en = sections(story, "en")
    assert "work out each order's margin on them" in en["seller"]
    assert "against what your other channels cost" in en["brand"]
    assert "will set your fees against Platform A's new fees" in en["platform_operator"]
    assert "repricing and listing work" in en["service_provider"]
    assert "see who bears the new fees" in en["researcher"]
    assert "landed cost" not in "".join(en.values())
