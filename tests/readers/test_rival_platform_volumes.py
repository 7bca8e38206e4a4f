"""A platform's orders and sellers, read by the other kinds of platform and a
researcher: a rival's orders are a yardstick, its sellers growing are sellers
choosing it; neither is the reader's income ('Pricing: income rises with
it', as a platform operator was told before)."""

from __future__ import annotations

from ministory import mini_story, sections

STORY = mini_story(
    "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n",
    "  a: {metric: orders, entity: p, period: FY2024, value: 100, scale: 亿, unit: orders, "
    "source: {quote: 原文}}\n"
    "  b: {metric: orders, entity: p, period: FY2025, value: 130, scale: 亿, unit: orders, "
    "source: {quote: 原文}}\n"
    "  c: {metric: sellers, entity: p, period: FY2024, value: 10, scale: 万, unit: sellers, "
    "source: {quote: 原文}}\n"
    "  d: {metric: sellers, entity: p, period: FY2025, value: 16, scale: 万, unit: sellers, "
    "source: {quote: 原文}}\n",
    published="2026-01-10",
)


def test_a_rival_platforms_orders_and_sellers_for_a_platform_operator() -> None:
    en = sections(STORY, "en")
    platform = en["platform_operator"]
    assert "income rises" not in platform and "Pricing" not in platform
    assert "a rival growing its orders this fast is taking share" in platform
    assert ("Given that Platform A's number of sellers is up 60%, sellers are choosing Platform A: "
            "set "
            "its fees and onboarding terms against yours") in platform
    # the seller's own reading of the same figure is its own sentence
    assert "more shops compete for the same buyers there: stand out on range" in en["seller"]
    assert "Platform A is gaining ground" in en["researcher"]
    zh = sections(STORY, "zh-Hans")
    assert "卖家在选择甲平台：对照它的费率和入驻条件看自家的" in zh["platform_operator"]


def _growing(metric: str, unit: str) -> dict[str, str]:
    story = mini_story(
        "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n",
        f"  a: {{metric: {metric}, entity: p, period: FY2024, value: 100, scale: 亿, {unit}, "
        "source: {quote: 原文}}\n"
        f"  b: {{metric: {metric}, entity: p, period: FY2025, value: 130, scale: 亿, {unit}, "
        "source: {quote: 原文}}\n",
        published="2026-01-10",
    )
    return sections(story, "en")


def test_only_ad_revenue_is_paying_to_be_seen_and_a_platforms_units_are_a_channel() -> None:
    assert "paying more to be seen" in _growing("ad_revenue", "currency: USD")["seller"]
    fee = _growing("fulfilment_fee", "currency: USD")
    assert "paying more to be seen" not in "".join(fee.values())
    units = _growing("units_sold", "unit: items")
    assert "income rises" not in units["brand"] and "a channel growing" in units["brand"]
    assert "Platform A is gaining ground" in units["researcher"]
    # a platform's subsidies growing are not sellers choosing it
    assert "sellers are choosing" not in _growing("subsidy", "currency: USD")["platform_operator"]


def test_a_markets_sellers_growing_are_not_sellers_choosing_one_platform() -> None:
    story = mini_story(
        "  m: {kind: market, name: {zh-Hans: 东南亚电商, en: Southeast Asian e-commerce}}\n",
        "  a: {metric: sellers, entity: m, period: FY2024, value: 10, scale: 万, unit: sellers, "
        "source: {quote: 原文}}\n"
        "  b: {metric: sellers, entity: m, period: FY2025, value: 13, scale: 万, unit: sellers, "
        "source: {quote: 原文}}\n",
        published="2026-01-10",
    )
    assert "are choosing" not in sections(story, "en")["platform_operator"]


def test_a_markets_orders_are_set_against_a_platforms_own_orders() -> None:
    story = mini_story(
        "  m: {kind: market, name: {zh-Hans: 东南亚电商, en: Southeast Asian e-commerce}}\n",
        "  a: {metric: orders, entity: m, period: FY2024, value: 100, scale: 亿, unit: orders, "
        "source: {quote: 原文}}\n"
        "  b: {metric: orders, entity: m, period: FY2025, value: 130, scale: 亿, unit: orders, "
        "source: {quote: 原文}}\n",
        published="2026-01-10",
    )
    assert "set your own orders growth over the same period against that rate" in \
        sections(story, "en")["platform_operator"]
    assert "可拿自家平台同期订单量增速对照" in sections(story, "zh-Hans")["platform_operator"]


def _rate(metric: str, kind: str) -> dict[str, str]:
    story = mini_story(
        f"  p: {{kind: {kind}, name: {{zh-Hans: 甲, en: Alpha}}}}\n",
        f"  a: {{metric: {metric}, entity: p, period: FY2024, value: 10, unit: percent, "
        "source: {quote: 原文}}\n"
        f"  b: {{metric: {metric}, entity: p, period: FY2025, value: 12, unit: percent, "
        "source: {quote: 原文}}\n",
        published="2026-01-10",
    )
    return sections(story, "en")


def test_a_rival_brands_rates_are_a_yardstick_not_the_readers_channel() -> None:
    """A brand's conversion or return rate told another brand 'your spending
    there is earning more' and 'the channel costs more'; a platform's still
    reads as the channel's. Margins are a yardstick for researchers."""
    brand = _rate("conversion_rate", "brand")
    assert "earning more" not in brand["brand"]
    assert "set it against your own conversion rate" in brand["brand"]
    assert "the same traffic brings more sales" not in brand["seller"]
    assert "your spending there is earning more" in _rate("conversion_rate", "platform")["brand"]
    assert "the channel costs more" not in _rate("return_rate", "brand")["brand"]
    assert "the channel costs more" in _rate("return_rate", "platform")["brand"]
    margin = _rate("operating_margin", "brand")
    assert "set it against peers' operating margin" in margin["researcher"]
    assert "set it against your own operating margin" in margin["brand"]


def test_another_brands_orders_are_a_yardstick_for_a_brand() -> None:
    """A brand's orders growing told a brand 'growth at this pace calls for
    more logistics, marketing and channel support: work worth bidding for'
    (a service provider's sentence); a platform's orders still read as a
    channel growing."""
    story = mini_story(
        "  b: {kind: brand, name: {zh-Hans: 乙品牌, en: Brand B}}\n",
        "  a: {metric: orders, entity: b, period: FY2024, value: 100, scale: 万, unit: orders, "
        "source: {quote: 原文}}\n"
        "  c: {metric: orders, entity: b, period: FY2025, value: 130, scale: 万, unit: orders, "
        "source: {quote: 原文}}\n",
        published="2026-01-10",
    )
    brand = sections(story, "en")["brand"]
    assert "work worth bidding for" not in brand
    assert "a rival growing its orders this fast is taking share" in brand
    assert "a channel growing this fast" in sections(STORY, "en")["brand"]


def test_a_platforms_subsidies_growing_are_orders_to_win_and_price_parity() -> None:
    """A platform's subsidies growing told a seller 'income rises with it' and
    a brand 'the exposure grows with it'."""
    en = _growing("subsidy", "currency: CNY")
    assert "more orders on Platform A come with a subsidy" in en["seller"]
    assert "undercut your other channels: watch price parity" in en["brand"]
    assert "rises with it" not in en["seller"] and "grows with it" not in en["brand"]


def test_more_shops_on_a_platform_are_rivals_to_a_seller_and_resellers_to_a_brand() -> None:
    """A platform's count of sellers growing told a seller and a brand one
    sentence between them ('more rivals compete for the same buyers'); the
    seller had nothing (its sentence was the brand's)."""
    story = mini_story(
        "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n",
        "  a: {metric: sellers, entity: p, period: FY2024, value: 100000, unit: sellers, "
        "source: {quote: 原文}}\n"
        "  b: {metric: sellers, entity: p, period: FY2025, value: 130000, unit: sellers, "
        "source: {quote: 原文}}\n", published="2026-02-14")
    en = sections(story, "en")
    assert ("With Platform A's number of sellers up 30%, more shops compete for the same buyers "
            "there: stand out on range and service, and expect ad bids to rise.") in en["seller"]
    assert ("more shops there may list your goods: check who sells your range, and at what "
            "prices") in en["brand"]
    zh = sections(story, "zh-Hans")
    assert "平台上争夺同一批买家的店铺更多了" in zh["seller"]
    assert "平台上可能销售你商品的店铺更多了" in zh["brand"]
