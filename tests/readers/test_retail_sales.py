"""A whole market's retail sales (the US Census Bureau's total retail sales
and e-commerce's part of them): read like a market's GMV, named as retail
sales ("The US's retail sales grew 1.6%", not "US retail's gross merchandise
value"), and a platform sets its own GMV, not its "retail sales", against
them."""

from __future__ import annotations

from ministory import mini_story, sections

STORY = mini_story(
    "  us: {kind: market, name: {zh-Hans: 美国, en: the US}}\n"
    "  ecom: {kind: channel, name: {zh-Hans: 电商, en: e-commerce}}\n",
    "  r: {metric: retail_sales, entity: us, period: 2015Q3, value: 1185, scale: billion, "
    "currency: USD, source: {quote: 原文}}\n"
    "  ry: {metric: retail_sales, measure: yoy, entity: us, period: 2015Q3, value: 1.6, "
    "unit: percent, stated: true, source: {quote: 原文}}\n"
    "  e: {metric: retail_sales, entity: us, segment: ecom, period: 2015Q3, value: 87.5, "
    "scale: billion, currency: USD, source: {quote: 原文}}\n"
    "  ey: {metric: retail_sales, measure: yoy, entity: us, segment: ecom, period: 2015Q3, "
    "value: 15.1, unit: percent, stated: true, source: {quote: 原文}}\n",
    published="2015-11-17",
)


def test_a_markets_retail_sales_are_named_so_and_set_against_a_platforms_gmv() -> None:
    en = sections(STORY, "en")
    assert "The US's retail sales grew 1.6% to US$1.185 trillion" in en["general"]
    assert "e-commerce grew 15.1% to US$87.5 billion, faster than the whole" in en["general"]
    assert "gross merchandise value" not in en["general"]
    assert ("Given that the US's retail sales are up 1.6%, set your own gross merchandise value "
            "(GMV) growth over the same period against that rate") in en["platform_operator"]
    bar = ("set your own sales growth over the same period against that rate", "is the bar for your own sales")
    assert sum(any(b in en[r].lower() for b in bar) for r in ("seller", "brand")) == 1
    assert "sales are shifting toward it" in en["seller"]  # its place goes to its own point
    zh = sections(STORY, "zh-Hans")
    assert "美国的零售额同比增长1.6%至1.185万亿美元" in zh["general"]
