"""A platform buying a brand's goods from the brand (Modern Retail on Amazon
and Nike, May 2025: Amazon resumed a wholesale relationship with Nike, and
third-party sellers lost some Nike lines, with until July 19, 2025 to sell
their stock through). Told as any platform partnership, sellers were told to
"try the deal early, while few rivals use it", and the resale limit as a
product-compliance rule asked for labels and test reports, a factory too."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

ENTITIES = (
    "  a: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
    "  n: {kind: brand, name: {zh-Hans: 乙, en: Beta}}\n"
    "  o: {kind: company, name: {zh-Hans: 丙, en: Gamma}}\n"
)
DEAL = (
    "  deal: {event: partnership, entity: a, parties: [n], date: '2025-05-20', "
    "text: {zh-Hans: 甲将直接向乙采购部分商品, en: Alpha will source some of Beta's products "
    "directly}, source: {quote: 原文一}}\n"
)
LIMIT = (
    "  limit: {event: policy_change, entity: a, object: n, area: resale, date: '2025-07-19', "
    "text: {zh-Hans: 第三方卖家不能再销售部分乙的商品, en: third-party sellers can no longer "
    "sell some of Beta's products}, source: {quote: 原文二}}\n"
)


def _sections(facts: str, lang: str = "en") -> dict[str, str]:
    return sections(mini_story(ENTITIES, facts, published="2025-05-21"), lang)


def test_a_platform_sourcing_a_brand_is_its_own_offer_against_the_brands_resellers() -> None:
    en = _sections(DEAL)
    assert "Alpha now buys Beta's goods from Beta and sells them itself" in en["seller"]
    assert "try it early" not in en["seller"]
    assert "Beta now sells to Alpha wholesale: a way to take back your listings" in en["brand"]
    assert "clearing resellers" not in en["brand"]  # the story bars no reseller
    assert "1. " not in en["factory"]
    assert "A rival has signed Beta as a direct supplier" in en["platform_operator"]
    assert "Track how much of Beta's range Alpha buys directly" in en["researcher"]
    zh = _sections(DEAL, "zh-Hans")
    assert "甲现在直接向乙进货、自己来卖" in zh["seller"]


def test_resellers_barred_from_the_brands_lines_have_stock_to_clear_by_the_day() -> None:
    en = _sections(DEAL + LIMIT)
    assert ("If you resell Beta on Alpha, find which of your listings the new limits cover, "
            "sell that stock through by") in en["seller"]
    assert "and Alpha is clearing resellers from the lines it buys" in en["brand"]
    assert "must clear the barred lines by July 19, 2025" in en["service_provider"]
    assert "1. " not in en["factory"]  # no labels or test reports to ask a maker for
    assert "labels" not in en["seller"]
    firsts = [line for r in READERS for line in en[r].splitlines() if line.startswith("1. ")]
    assert len({line.split(": ", 1)[1][:30] for line in firsts}) == len(firsts)
    zh = _sections(DEAL + LIMIT, "zh-Hans")
    assert "在那之前把这部分库存卖完" in zh["seller"] or "在2025年7月19日前把这部分库存卖完" in zh["seller"]


def test_a_platforms_partnership_with_a_company_stays_a_deal_to_try() -> None:
    deal = DEAL.replace("parties: [n]", "parties: [o]")
    en = _sections(deal)
    assert "try it early" in en["seller"]
    assert "sells them itself" not in en["seller"]
