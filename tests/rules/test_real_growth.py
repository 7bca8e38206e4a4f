"""real_growth: a market's sales rate set against its consumer prices over the same period
(US retail sales up 8.1% in May 2022, consumer prices up 8.6%: about 0.5% less bought). The
two rates were two lines, and the nominal one told factories and providers of more orders and
parcels where there were fewer."""

from __future__ import annotations

from dataclasses import replace

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  m: {kind: market, name: {zh-Hans: 甲国, en: Alphaland}}\n"
    "  c: {kind: product, name: {zh-Hans: 服装, en: clothing}}\n"
)


def _rate(fid: str, metric: str, value: str, segment: str = "") -> str:
    seg = f", segment: {segment}" if segment else ""
    return (f"  {fid}: {{metric: {metric}, measure: yoy, stated: true, entity: m{seg}, "
            f"period: 2022-05, value: {value}, unit: percent, source: {{quote: {fid}原文}}}}\n")


LEVEL = ("  s: {metric: retail_sales, entity: m, period: 2022-05, value: 672.9, scale: billion, "
         "currency: USD, source: {quote: s原文}}\n")


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2022-06-15")


def test_sales_up_less_than_prices_are_less_bought_whole_first() -> None:
    story = _story(_rate("g", "retail_sales", "8.1") + _rate("k", "retail_sales", "6.1", "c")
                   + _rate("p", "consumer_prices", "8.6"))
    [t] = [t for t in derive(story).takeaways if t.rule == "real_growth"]
    assert t.facts == ("p", "g", "k")
    en = sections(story, "en")
    assert ("Alphaland's retail sales grew 8.1% year on year in May 2022 while consumer prices "
            "(CPI) rose 8.6%: down about 0.5% in real terms, so shoppers bought less than a year "
            "before; clothing 6.1%, down about 2.3% in real terms.") in en["general"]
    zh = sections(story, "zh-Hans")
    assert ("2022年5月甲国零售额同比增长8.1%，同期居民消费价格（CPI）上涨8.6%，扣除物价因素实际下降约0.5%："
            "消费者买到的东西比一年前少；其中服装增长6.1%，扣除物价因素实际下降约2.3%。") in zh["general"]


def test_volume_readers_are_not_told_of_more_orders_when_real_sales_fall() -> None:
    en = sections(_story(LEVEL + _rate("g", "retail_sales", "8.1")
                         + _rate("p", "consumer_prices", "8.6")), "en")
    assert "plan output on the shrinking volume" in en["factory"]
    assert "will grow steadily" not in en["factory"]
    assert "more sales mean more parcels" not in en["service_provider"]
    assert "plan stock on units, not on sales in dollars" in en["seller"]
    assert "set your own sales growth over the same period against that rate" in en["seller"]


def test_sales_ahead_of_prices_are_more_bought() -> None:
    en = sections(_story(_rate("g", "retail_sales", "6") + _rate("p", "consumer_prices", "2")),
                  "en")
    assert "up about 3.9% in real terms, so shoppers bought more" in en["general"]
    assert "shoppers are buying more goods, not only paying more" in en["seller"]


def test_prices_of_another_period_or_no_prices_make_no_real_rate() -> None:
    other = _rate("p", "consumer_prices", "8.6").replace("2022-05", "2022-04")
    for facts in (_rate("g", "retail_sales", "8.1") + other, _rate("g", "retail_sales", "8.1")):
        assert not [t for t in derive(_story(facts)).takeaways if t.rule == "real_growth"]


def test_the_summary_does_not_give_the_same_rates_twice() -> None:
    """After the real-growth point gave the whole's and clothing's rates, the
    outpace point ("grew 8.1% to US$672.9 billion; clothing 6.1%, slower than
    the whole") adds only the level, which the lede gives: it stays out of the
    summary (it is still the brand's marketing point)."""
    story = replace(_story(LEVEL + _rate("g", "retail_sales", "8.1")
                           + _rate("k", "retail_sales", "6.1", "c")
                           + _rate("p", "consumer_prices", "8.6")), lede_about=("s",))
    en = sections(story, "en")
    assert en["general"].count("8.1%") == 1
    assert "slower than the whole" in en["brand"]


def test_falling_online_prices_are_named_so_and_make_real_growth_larger() -> None:
    """Online sales up 8.7% with online prices down 3.1% (an online price index): the prices
    'fell', not 'rose', and are the online index, not the CPI; every reader's reading keeps
    'online'."""
    story = _story(_rate("g", "retail_sales", "8.7", "online")
                   + _rate("p", "consumer_prices", "-3.1", "online"))
    en = sections(story, "en")
    assert ("Alphaland's online retail sales grew 8.7% year on year in May 2022 while online "
            "prices fell 3.1%: up about 12.2% in real terms") in en["general"]
    assert "(8.7%, with the online price index down 3.1%)" in en["seller"]
    assert "with prices falling, all of that growth is more buying" in en["platform_operator"]
    assert "a closer deflator than the CPI" in en["researcher"]
    zh = sections(story, "zh-Hans")
    assert "同期线上价格下降3.1%，扣除物价因素实际增长约12.2%" in zh["general"]
    assert "（名义8.7%，线上价格下降3.1%）" in zh["seller"]
