"""Online prices against a year earlier (Bloomberg on Adobe's Digital Price Index for October 2024:
down 2.9%, apparel down 9.9% against the official CPI's 1.8% rise for apparel in September,
groceries down 0.1% against 1.3% for food at home; US$82 billion spent online). No rule read an online
price index before: every reader was told the story had no bearing on it."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = ("  dpi: {kind: index, name: {zh-Hans: Adobe数字价格指数, en: the Adobe Digital Price Index}}\n"
            "  us: {kind: market, name: {zh-Hans: 美国, en: the US}}\n"
            "  apparel: {kind: product, name: {zh-Hans: 服装, en: apparel}}\n"
            "  groceries: {kind: product, name: {zh-Hans: 食品杂货, en: groceries}}\n")


def _rate(fid: str, metric: str, value: str, seg: str = "", period: str = "2024-10",
          entity: str = "dpi") -> str:
    s = f"segment: {seg}, " if seg else ""
    return (f"  {fid}: {{metric: {metric}, measure: yoy, stated: true, entity: {entity}, {s}"
            f"period: {period}, value: {value}, unit: percent, source: {{quote: {fid}原文}}}}\n")


WHOLE = _rate("all", "online_prices", "-2.9")
CATS = _rate("ap", "online_prices", "-9.9", "apparel") + _rate("gr", "online_prices", "-0.1", "groceries")
CPI = (_rate("cap", "consumer_prices", "1.8", "apparel", "2024-09", "us")
       + _rate("cgr", "consumer_prices", "1.3", "groceries", "2024-09", "us"))
SPEND = ("  sp: {metric: gmv, entity: us, period: 2024-10, value: 82, scale: billion, currency: USD, "
         "source: {quote: sp原文}}\n")


def _story(facts: str = WHOLE + CATS + CPI + SPEND) -> Story:
    return mini_story(ENTITIES, facts, published="2024-11-12")


def test_the_index_and_its_categories_steepest_fall_first() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("The Adobe Digital Price Index fell 2.9% on a year earlier in October 2024, with apparel down "
            "9.9% and groceries down 0.1%.") in en["general"]
    assert "2024年10月Adobe数字价格指数同比下降2.9%，其中服装下降9.9%，食品杂货下降0.1%。" in zh["general"]


def test_each_reader_reads_its_own_figure() -> None:
    en = sections(_story(), "en")
    assert "Online apparel prices were 9.9% below a year earlier in October 2024" in en["seller"]
    assert "will ask you for lower cost prices" in en["factory"]
    # the category where online runs furthest below the official figure, both periods said
    assert ("apparel cost 9.9% less than a year earlier in October 2024, while official figures for "
            "consumer prices (CPI) had it 1.8% dearer in September 2024") in en["brand"]
    assert "minimum advertised prices" in en["brand"]
    assert "Shoppers spent US$82 billion online in October 2024 at prices 2.9% below" in en["service_provider"]
    assert "holding GMV takes about 3% more units sold" in en["platform_operator"]
    # the researcher reads the other category's gap, not the brand's
    assert "groceries online fell 0.1% in October 2024 against a 1.3% rise" in en["researcher"]
    firsts = [en[r].split(": ", 1)[-1][:40] for r in READERS]
    assert len(set(firsts)) == len(firsts), firsts


def test_without_official_figures_or_the_whole_index_those_readers_are_not_told() -> None:
    en = sections(_story(WHOLE + CATS), "en")
    assert "9.9%" not in en["brand"] and "minimum advertised" not in en["brand"]
    assert "not goods in shops: set it against official figures" in en["researcher"]
    en = sections(_story(CATS + CPI), "en")
    assert "GMV" not in en["platform_operator"] and "Shoppers spent" not in en["service_provider"]
    assert "In the Adobe Digital Price Index, online prices on a year earlier in October 2024 were" in en["general"]


def test_rising_prices_read_the_other_way() -> None:
    en = sections(_story(_rate("all", "online_prices", "2.5")), "en")
    assert "the same GMV takes about 2% fewer units: growth in GMV overstates growth in orders" in en[
        "platform_operator"]
    assert "Online apparel" not in en["seller"]


def test_a_category_rate_alone_still_reads() -> None:
    assert [t.rule for t in derive(_story(_rate("ap", "online_prices", "-9.9", "apparel"))).takeaways] == [
        "online_prices"]
