"""Whose figure it is decides what it means to a platform operator: a rival
platform's subsidies and ad spending are a price war and bought traffic, a
brand's ad budget is ad income to win, a government's subsidies are neither;
a rival platform's fees are a yardstick for its own, and a rising fee of a
platform's own service is independent providers' opening."""

from __future__ import annotations

import re

import pytest
from ministory import mini_story, sections, two_years


def _reader(metric: str, kind: str, role: str, lang: str = "en") -> str:
    entity = f"  p: {{kind: {kind}, name: {{zh-Hans: 甲, en: Alpha}}}}\n"
    facts = (
        f"  a: {{metric: {metric}, entity: p, period: FY2024, value: 100, scale: 亿, "
        "currency: USD, source: {quote: 原文一}}\n"
        f"  b: {{metric: {metric}, entity: p, period: FY2025, value: 130, scale: 亿, "
        "currency: USD, source: {quote: 原文二}}\n"
    )
    return sections(mini_story(entity, facts, published="2026-01-10"), lang)[role]


@pytest.mark.parametrize(
    ("metric", "kind", "role", "said"),
    [
        ("subsidy", "platform", "platform_operator", "a rival is paying to win shoppers on price"),
        ("ad_spend", "platform", "platform_operator", "a rival is buying traffic"),
        ("ad_spend", "brand", "platform_operator", "ad income for the platforms that win them"),
        ("item_price", "brand", "platform_operator", "commission on each of its sales rises"),
        ("fulfilment_fee", "platform", "platform_operator", "set your fees against its dearer"),
        ("fulfilment_fee", "platform", "service_provider", "its own service gets dearer"),
        ("fulfilment_fee", "company", "service_provider", "an opening to win its clients over"),
    ],
)
def test_a_figure_means_what_its_owner_makes_it(
    metric: str, kind: str, role: str, said: str
) -> None:
    text = _reader(metric, kind, role)
    assert said in text, text
    assert "rises with it" not in text and "more rivals compete" not in text


@pytest.mark.parametrize(("metric", "kind"), [("subsidy", "government"), ("subsidy", "brand")])
def test_subsidies_that_are_no_rivals_are_no_platform_operators_competition(
    metric: str, kind: str
) -> None:
    assert "1. " not in _reader(metric, kind, "platform_operator")


@pytest.mark.parametrize(
    ("metric", "kind", "role", "said"),
    [
        ("subsidy", "platform", "platform_operator", "对手在花钱以价格争抢消费者"),
        ("ad_spend", "platform", "platform_operator", "对手在花钱买流量"),
        (
            "fulfilment_fee",
            "company",
            "service_provider",
            "它的服务变贵，正是以价格争取其客户的机会",
        ),
    ],
)
def test_the_same_in_chinese(metric: str, kind: str, role: str, said: str) -> None:
    assert said in _reader(metric, kind, role, "zh-Hans")


def _prices(role: str, new: int, lang: str = "en") -> str:
    entity = "  p: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
    facts = (
        "  a: {metric: item_price, entity: p, period: '2025-05-01', value: 120, currency: USD, "
        "source: {quote: 原文一}}\n"
        f"  b: {{metric: item_price, entity: p, period: '2025-06-01', value: {new}, base: a, "
        "currency: USD, source: {quote: 原文二}}\n"
    )
    return sections(mini_story(entity, facts, published="2025-06-05"), lang)[role]


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("seller", "prices on Alpha are 17.5% lower: check which of your listings now sit above"),
        ("brand", "watch price parity with your other channels"),
        ("factory", "its sellers will press your quotes to keep their margins"),
        ("platform_operator", "Alpha is 17.5% cheaper: check where shoppers compare your prices"),
        ("researcher", "to see whether lower prices bring more orders"),
    ],
)
def test_prices_on_a_platform_are_each_readers_own(role: str, said: str) -> None:
    assert said in _prices(role, 99)


def test_prices_rising_on_a_platform_read_the_other_way_in_chinese() -> None:
    assert "甲的价格上涨15%，卖家有了余地" in _prices("factory", 138, "zh-Hans")
    assert "甲的价格上涨15%：是以价格争取消费者的机会" in _prices(
        "platform_operator", 138, "zh-Hans"
    )


@pytest.mark.parametrize(
    ("kind", "role", "said"),
    [
        ("brand", "seller", "its goods come back more often: check the returns on its lines"),
        ("platform", "seller", "each order costs more"),
        ("brand", "service_provider", "reverse-logistics work to offer"),
    ],
)
def test_returns_rising_are_a_resellers_stock_or_a_sellers_orders(
    kind: str, role: str, said: str
) -> None:
    entity = f"  p: {{kind: {kind}, name: {{zh-Hans: 甲, en: Alpha}}}}\n"
    facts = (
        "  a: {metric: return_rate, entity: p, period: FY2024, value: 10, unit: percent, "
        "source: {quote: 原文一}}\n"
        "  b: {metric: return_rate, entity: p, period: FY2025, value: 12, unit: percent, "
        "source: {quote: 原文二}}\n"
    )
    assert said in sections(mini_story(entity, facts, published="2026-01-10"), "en")[role]


def test_a_price_rises_in_chinese_it_does_not_grow() -> None:
    assert "从120美元上调至138美元，上涨15%。" in _prices("general", 138, "zh-Hans")
    assert "從120美元上調至138美元，上漲15%。" in _prices("general", 138, "zh-Hant")


def _fee(metric: str, kind: str, new: str, lang: str = "en") -> dict[str, str]:
    """A fee over two fiscal years with no ``base:`` (the growth rule, not a
    dated fee change), charged by a platform or a provider."""
    return two_years(metric, kind, "3.00", new, lang, extra="per: unit, ")


@pytest.mark.parametrize(
    ("metric", "kind", "role", "said"),
    [
        ("fulfilment_fee", "platform", "seller", "every sale you make through Alpha costs more"),
        ("fulfilment_fee", "platform", "brand", "selling through Alpha costs more"),
        ("fulfilment_fee", "company", "seller", "every shipment Alpha handles for you costs more"),
        ("fulfilment_fee", "company", "brand", "compare other service providers"),
        ("freight_rate", "company", "factory", "check which of your quotes include freight"),
        ("fulfilment_fee", "company", "researcher", "whether Alpha prices above the market"),
        ("storage_fee", "company", "researcher", "whether Alpha prices above the market"),
        ("storage_fee", "company", "service_provider", "an opening to win its clients over"),
        ("freight_rate", "company", "service_provider", "an opening to win its clients over"),
        (
            "freight_rate",
            "company",
            "platform_operator",
            "sellers who ship with Alpha pay more: expect pressure",
        ),
        ("fulfilment_fee", "platform", "general", "rose from US$3.00 a unit in 2024 to US$3.90"),
    ],
)
def test_a_fee_growing_is_worded_for_each_reader_who_pays(
    metric: str, kind: str, role: str, said: str
) -> None:
    """Before: the brand alone read 'cost pressure rises; budget for it now'
    and the seller, who pays the fee, got nothing (the same sentence is not
    shown twice); the researcher read a rising fee as 'gaining ground'."""
    text = _fee(metric, kind, "3.90")[role]
    assert said in text, text
    assert "cost pressure" not in text and "gaining ground" not in text
    assert "income rises with it" not in text and "exposure grows" not in text


def test_every_payer_reads_its_own_point() -> None:
    got = _fee("fulfilment_fee", "platform", "3.90")
    points = [got[role] for role in ("seller", "brand")]
    assert all("1. " in p for p in points), points
    assert points[0].split(": ", 1)[1] != points[1].split(": ", 1)[1]


@pytest.mark.parametrize(
    ("kind", "role", "new", "said"),
    [
        ("platform", "seller", "3.90", "在甲卖出的每一单成本都更高：把涨幅算进价格和毛利"),
        ("company", "brand", "3.90", "它的服务变贵：下次签约前多找几家服务商比价"),
        ("company", "seller", "2.40", "甲替你发出的每一单成本都更低"),
        ("platform", "general", "3.90", "从2024年的每件3.00美元升至2025年的3.90美元，上涨30%"),
        ("platform", "researcher", "3.90", "甲的配送费上涨30%，可与同行同期对同类服务的收费对比"),
    ],
)
def test_a_fee_rises_and_falls_in_chinese(kind: str, role: str, new: str, said: str) -> None:
    text = _fee("fulfilment_fee", kind, new, "zh-Hans")[role]
    assert said in text, text
    assert "增长" not in text and "成本压力" not in text


def test_a_carriers_rate_reaches_the_sellers_who_ship_with_it_in_chinese() -> None:
    """A carrier's freight rate over two years told a platform 'the exposure
    grows with it' and a rival provider 'income rises with it'."""
    rise, fall = (
        _fee("freight_rate", "company", "3.90", "zh-Hans"),
        _fee("freight_rate", "company", "2.40", "zh-Hans"),
    )
    assert "用甲发货的卖家运费随之上涨：售价和备货会承压" in rise["platform_operator"]
    assert "用甲发货的卖家运费随之下降：有更多空间做促销或降价" in fall["platform_operator"]
    assert "正是以价格争取其客户的机会" in rise["service_provider"]
    assert "风险敞口" not in rise["platform_operator"] + fall["platform_operator"]


def test_a_fee_changed_on_a_day_says_what_it_is_per() -> None:
    """base_change of a fee written per: unit said 'from US$3.22 to US$3.40',
    a total to the reader; a threshold per item keeps its plain amount."""
    entity = "  p: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
    facts = (
        "  a: {metric: fulfilment_fee, entity: p, period: '2025-01-15', value: 3.22, "
        "currency: USD, per: unit, source: {quote: 原文一}}\n"
        "  b: {metric: fulfilment_fee, entity: p, period: '2026-01-15', value: 3.40, base: a, "
        "currency: USD, per: unit, source: {quote: 原文二}}\n"
    )
    story = mini_story(entity, facts, published="2026-01-10")
    assert "rises from US$3.22 a unit to US$3.40" in sections(story, "en")["general"]
    assert "从每件3.22美元上调至3.40美元" in sections(story, "zh-Hans")["general"]


def _ad_revenue(kind: str, new: int, lang: str = "en") -> dict[str, str]:
    return two_years("ad_revenue", kind, 100, new, lang)


@pytest.mark.parametrize(
    ("kind", "new", "lang", "role", "said"),
    [
        ("company", 130, "en", "brand", "advertisers are paying Alpha more to be seen: check your cost per result there"),
        ("company", 130, "en", "seller", "check what your ads with it cost per order"),
        ("company", 70, "en", "seller", "advertisers are spending less with Alpha: clicks may cost you less per order"),
        ("company", 130, "zh-Hans", "brand", "广告主在甲上为曝光付出的更多了：核算在它上面的投放回报"),
        ("platform", 70, "en", "brand", "brands there are spending less to be seen: a chance to win visibility for less"),
        ("platform", 70, "zh-Hans", "seller", "平台上的卖家为曝光花得少了：每单的点击成本可能下降"),
    ],
)  # fmt: skip
def test_ad_revenue_is_what_advertisers_pay_each_worded_for_its_reader(
    kind: str, new: int, lang: str, role: str, said: str
) -> None:
    """A company that sells ads but no shelf (kind company: Meta, Google)
    told brands 'cost pressure rises; budget for it now' and the seller
    nothing; ad revenue falling told a seller and a brand the same sentence."""
    got = _ad_revenue(kind, new, lang)
    assert said in got[role], got[role]
    seller, brand = (re.split(r"\*\*[:：] ?", got[r], maxsplit=1)[1] for r in ("seller", "brand"))
    assert seller != brand
    assert "cost pressure" not in got["brand"] and "成本压力" not in got["brand"]
    if kind == "company":
        assert "your store there" not in got["brand"]


@pytest.mark.parametrize(
    ("metric", "new", "lang", "said"),
    [
        ("ad_revenue", 130, "en", "up 30%, advertisers are spending more with it: campaign management and creative for it are services to sell"),
        ("ad_spend", 130, "en", "pitch it campaign and creative work while the budget grows"),
        ("ad_spend", 70, "en", "expect it to ask its agencies for more for less"),
        ("ad_spend", 130, "zh-Hans", "可趁预算增加，向它推销投放和创意服务"),
    ],
)  # fmt: skip
def test_an_agency_reads_ad_money_as_its_clients_budgets(
    metric: str, new: int, lang: str, said: str
) -> None:
    """A company's ad revenue (what advertisers spend with it) or its own ad
    spending (a client's budget) told service providers 'demand is still
    growing; build on it at a measured pace'."""
    text = two_years(metric, "company", 100, new, lang)["service_provider"]
    assert said in text, text
    assert "demand is" not in text and "需求仍在增长" not in text
