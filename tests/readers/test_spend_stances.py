"""Whose figure it is decides what it means to a platform operator: a rival
platform's subsidies and ad spending are a price war and bought traffic, a
brand's ad budget is ad income to win, a government's subsidies are neither;
a rival platform's fees are a yardstick for its own, and a rising fee of a
platform's own service is independent providers' opening."""

from __future__ import annotations

import pytest
from ministory import mini_story, sections


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
