"""inventory_build: stock growing faster (or slower) than sales (Nike, the
quarter to November 30, 2022: inventories up 43%, revenue up 17%). Told as
growth, a rise in stock read as demand; and the revenue's own 'steady
demand' point belied the glut beside it."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story

ENTITIES = "  b: {kind: brand, fiscal_year_end: 5, name: {zh-Hans: 甲牌, en: Alpha}}\n"
REVENUE = ("  r: {metric: revenue, entity: b, period: 2023Q2, value: 13.3, scale: billion, "
           "currency: USD, source: {quote: 原文一}}\n")
SALES = ("  s: {metric: revenue, measure: yoy, entity: b, period: 2023Q2, value: 17, "
         "unit: percent, stated: true, source: {quote: 原文二}}\n")
STOCK = ("  i: {metric: inventory, measure: yoy, entity: b, period: 2023Q2, value: 43, "
         "unit: percent, stated: true, source: {quote: 原文三}}\n")
BEFORE = ("  j: {metric: inventory, measure: yoy, entity: b, period: 2023Q1, value: 44, "
          "unit: percent, stated: true, source: {quote: 原文四}}\n")


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2022-12-22")


def test_stock_outgrowing_sales_is_a_glut_to_clear_not_demand() -> None:
    s = sections(_story(REVENUE + SALES + STOCK + BEFORE), "en")
    assert ("Alpha's inventories rose 43% year on year in the second quarter of fiscal 2023, "
            "against 44% the quarter before, while revenue grew 17% to US$13.3 billion: stock "
            "grew 2.5 times as fast as sales.") in s["general"]
    assert "expect its goods discounted" in s["seller"]
    assert "rather than match every markdown" in s["brand"]
    assert "expect smaller or later orders from it" in s["factory"]
    assert "outlet and liquidation channels" in s["service_provider"]
    assert "looks for outlets beyond its maker's own shops" in s["platform_operator"]
    assert "(44% the quarter before, 43% now)" in s["researcher"]
    # the revenue's own growth point ('steady demand') is told within this one
    assert "steady" not in "\n".join(s.values())
    assert s["general"].count("US$13.3 billion") == 1
    zh = sections(_story(REVENUE + SALES + STOCK + BEFORE), "zh-Hans")
    assert ("甲牌2023财年第二季度存货同比增长43%（上一季度为44%），收入增长17%至133亿美元："
            "存货增速是销售的2.5倍。") in zh["general"]


def test_stock_trailing_sales_reads_the_other_way() -> None:
    lean = STOCK.replace("value: 43", "value: 5")
    s = sections(_story(REVENUE + SALES + lean), "en")
    assert "stock grew more slowly than sales." in s["general"]
    assert "secure your allocation early" in s["seller"]
    assert "reorders may come sooner" in s["factory"]
    assert "1. " not in s["platform_operator"]


def test_without_sales_growth_there_is_no_gap_to_read() -> None:
    s = sections(_story(REVENUE + STOCK), "en")
    assert "inventories" not in s["general"]


def test_levels_a_year_apart_give_the_rate() -> None:
    levels = (
        "  i: {metric: inventory, entity: b, period: 2023Q2, value: 9.3, scale: billion, "
        "currency: USD, source: {quote: 原文五}}\n"
        "  k: {metric: inventory, entity: b, period: 2022Q2, value: 6.5, scale: billion, "
        "currency: USD, source: {quote: 原文六}}\n"
    )
    s = sections(_story(REVENUE + SALES + levels), "en")
    assert "Alpha's inventories rose 43.1% year on year" in s["general"]
