"""The average order value (``per_order: true``): what shoppers spend per
basket, read by a seller (bundles, free-shipping thresholds), a brand
(premium lines or an entry price), a platform (its own baskets) and a
researcher (prices against items per order) -- not as sales growing ('that
rate is the bar for your own sales'), and on its day, not 'as of' it."""

from __future__ import annotations

from ministory import first_points, mini_story, sections, two_years

BLACK_FRIDAY = (
    "  a: {metric: aov, entity: us, segment: online, period: '2025-11-28', value: 120, "
    "currency: USD, source: {quote: 原文}}\n"
    "  b: {metric: aov, entity: us, segment: online, measure: yoy, period: '2025-11-28', "
    "value: 9.1, unit: percent, stated: true, source: {quote: 原文}}\n"
)
US = "  us: {kind: market, name: {zh-Hans: 美国, en: the US}}\n"


def test_a_days_average_order_value_is_baskets_for_each_reader() -> None:
    story = mini_story(US, BLACK_FRIDAY, published="2025-11-30")
    en = sections(story, "en")
    assert ("The US's online average order value was US$120 on November 28, 2025, up 9.1% year "
            "on year.") in en["general"]
    first = first_points(en)
    assert "the bar for your own sales" not in " ".join(first.values())
    assert "shoppers are spending more per order online: room for bundles" in first["seller"]
    assert "baskets are bigger online: room to push premium lines" in first["brand"]
    assert "set your own average order value against it" in first["platform_operator"]
    assert "split it into prices and items per order" in first["researcher"]
    zh = sections(story, "zh-Hans")
    assert "2025年11月28日，美国线上客单价120美元，同比增长9.1%。" in zh["general"]
    assert "线上消费者每单花得更多" in zh["seller"]


def test_a_platforms_baskets_shrinking_read_as_trading_down() -> None:
    first = first_points(two_years("aov", "platform", 60, 50))
    assert "shoppers are spending less per order: lead with entry-level items" in first["seller"]
    assert "shoppers are trading down: keep an entry-level line in view" in first["brand"]
    assert "check whether your own average order value fell too" in first["platform_operator"]
    assert "to tell trading down from smaller baskets" in first["researcher"]
    said = [x for x in first.values() if x]
    assert len(said) == len(set(said)) == 4
