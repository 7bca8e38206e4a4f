"""price_move: a company's own prices raised or cut on one date -- Nike's
"up to US$5 on sneakers between US$100 and US$150, up to US$10 over US$150,
US$2 to US$10 on apparel" -- each line with the most it can be of its price
band (at most 5%, at most 6.7%), and read from each side: a rival's room for
a brand, stock to reprice for a seller, shoppers paying rather than
suppliers for a factory, repricing work for a provider, order values for a
platform, and the tariff's pass-through for a researcher."""

from __future__ import annotations

from pathlib import Path

from ministory import mini_story
from ministory import sections as _sections

from summarizer.facts.load import load_story
from summarizer.model import Story, Takeaway
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive
from summarizer.writers.markdown import brief_markdown

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nike-us-price-increase-2025.yaml"


def _moves(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule == "price_move"]


def _points(sections: dict[str, str]) -> list[str]:
    return [line for s in sections.values() for line in s.splitlines() if line[:1].isdigit()]


def test_price_bands_give_the_most_each_rise_can_be() -> None:
    story = load_story(SEED)
    [t] = _moves(story)
    shares = [x["share"] for x in t.values["tiers"]]
    assert [str(round(s.value, 2)) if s else None for s in shares] == ["5.00", "6.67", None]
    # the apparel line has no price band: no share for the whole rise, its top amount instead
    assert t.values["most"] is None and t.values["top"].value == 10 and t.values["up"]
    en = _sections(story, "en")
    assert ("Nike raises its prices from June 1, 2025: by up to US$5 on sneakers priced US$100 "
            "to US$150 (at most 5%), by up to US$10 on sneakers priced over US$150 (at most "
            "6.7%), and by US$2–10 on other apparel and equipment.") in en["general"]
    assert "a rival will be dearer on those lines" in en["brand"]
    assert "Reprice the Nike stock you hold before its prices rise by up to US$10" in en["seller"]
    assert "rather than only squeezing suppliers' quotes" in en["factory"]
    assert "repricing and price-monitoring work" in en["service_provider"]
    assert "lift order values in its categories" in en["platform_operator"]
    assert "move to its cheaper lines or to rival products." in en["platform_operator"]
    assert "against the 30% tariff rate on Chinese goods" in en["researcher"]
    said = _points(en)
    assert len(said) == len(set(said))
    zh = _sections(story, "zh-Hans")
    assert ("100至150美元的运动鞋最多上调5美元（涨幅不超过5%），150美元以上的运动鞋最多上调10美元"
            "（涨幅不超过6.7%），其他服装和装备上调2至10美元。") in zh["general"]
    assert "耐克2025年6月1日起最多涨价10美元，对手" in zh["brand"]
    # shoppers turn to rival products, not to brand companies (品牌商, the reader)
    assert "转向它更便宜的款式或竞品" in zh["platform_operator"]
    assert "品牌商" not in zh["platform_operator"]
    assert "漲價（最多10美元）前" in brief_markdown(make_brief(load_project(), story, "zh-Hant"))


def _story(entities: str, facts: str) -> Story:
    return mini_story(entities, facts, published="2025-08-01")


BRAND = "  b: {kind: brand, name: {zh-Hans: 甲品牌, en: Brand A}}\n"
GAME = "  g: {kind: product, name: {zh-Hans: 游戏机, en: the console}}\n"


def test_an_old_and_a_new_price_is_the_move_and_its_exact_share() -> None:
    story = _story(
        "  c: {kind: company, name: {zh-Hans: 甲公司, en: Company A}}\n" + GAME,
        "  old: {metric: item_price, entity: c, segment: g, period: '2025-08-02', value: 299.99,"
        " currency: USD, source: {quote: 原文}}\n"
        "  new: {metric: item_price, entity: c, segment: g, period: '2025-08-03', value: 329.99,"
        " currency: USD, base: old, source: {quote: 原文}}\n")
    [t] = _moves(story)
    assert t.values["exact"] and str(round(t.values["most"].value, 1)) == "10.0"
    en = _sections(story, "en")
    assert ("Company A raises the price of the console from US$299.99 to US$329.99 (10%) "
            "from August 3, 2025.") in en["general"]
    # base_change leaves a company's own price to price_move: no fee's cost per order
    assert not [t for t in derive(story).takeaways if t.rule == "base_change"]
    assert "every order" not in "".join(en.values())
    zh = _sections(story, "zh-Hans")
    assert "甲公司把游戏机的售价从299.99美元上调至329.99美元（涨幅10%）。" in zh["general"]


def test_a_past_cut_reads_the_other_way_round() -> None:
    story = _story(BRAND, "  cut: {metric: item_price, entity: b, measure: change, "
                          "period: '2025-07-20', value: -4, unit: percent, source: {quote: 原文}}\n")
    [t] = _moves(story)
    assert not t.values["up"] and t.values["past"] and t.values["exact"]
    en = _sections(story, "en")
    assert "Brand A cut its prices by 4% on July 20, 2025." in en["general"]
    assert "a rival is cheaper on those lines" in en["brand"]
    assert "**Risk**" in en["seller"] and "price protection" in en["seller"]
    assert "wait for the cut" not in en["seller"]  # it is done: nothing left to wait for
    assert "**Risk**" in en["factory"] and "pressure on your quotes" in en["factory"]
    assert "Track Brand A's sales volume" in en["researcher"]
    zh = _sections(story, "zh-Hans")
    assert "2025年7月20日起，甲品牌的售价下调4%。" in zh["general"]


def test_a_platforms_item_price_is_a_band_not_a_price_it_moves() -> None:
    story = _story(
        "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n",
        "  c: {metric: item_price, entity: p, measure: change, period: '2025-09-01', value: 5,"
        " currency: USD, source: {quote: 原文}}\n")
    assert _moves(story) == []


def test_a_band_with_no_floor_gives_no_share() -> None:
    story = _story(
        BRAND + GAME,
        "  band: {metric: item_price, entity: b, segment: g, period: '2025-08-01', value: 100,"
        " qualifier: up_to, currency: USD, source: {quote: 原文}}\n"
        "  rise: {metric: item_price, entity: b, segment: g, measure: change, period: '2025-09-01',"
        " value: 5, currency: USD, source: {quote: 原文}}\n")
    [t] = _moves(story)
    assert t.values["tiers"][0]["share"] is None and t.values["top_exact"]
    en = _sections(story, "en")
    assert "Brand A raises its prices for the console by US$5 from September 1, 2025." in en[
        "general"]
    assert "%" not in en["general"]


def test_a_range_of_percentages_is_up_to_its_top() -> None:
    """'prices up 3% to 5%': the most is 5%, never the bottom of the range."""
    story = _story(BRAND, "  r: {metric: item_price, entity: b, measure: change, "
                          "period: '2025-09-01', value: [3, 5], unit: percent, "
                          "source: {quote: 原文}}\n")
    [t] = _moves(story)
    assert t.values["most"].value == 5 and not t.values["exact"]
    en = _sections(story, "en")
    assert "Brand A raises its prices by 3%–5% from September 1, 2025." in en["general"]
    assert "by up to 5%" in en["seller"]


SELLERS = (
    "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Alpha}}\n"
    "  s: {kind: group, reader: seller, plural: true, name: {zh-Hans: 甲平台卖家, "
    "en: sellers on Alpha}}\n"
    "  i: {kind: product, name: {zh-Hans: 被追踪的930件商品, en: the 930 items tracked}}\n"
)
HIKES = ("  h: {metric: item_price, measure: change, entity: s, segment: i, period: '2025-04-25', "
         "value: 29, unit: percent, source: {quote: 原文一}}\n")


def test_a_platforms_sellers_raising_their_prices_are_rivals_and_shoppers_to_win() -> None:
    story = mini_story(SELLERS, HIKES, published="2025-04-26")
    en = _sections(story, "en")
    assert ("Sellers on Alpha had raised their prices on the 930 items tracked by an average of "
            "29% by April 25, 2025.") in en["general"]
    assert "With rivals raising their prices by 29%, raise yours only where your own landed cost" \
        in en["seller"]
    assert "can hold their prices and win the shoppers who compare" in en["brand"]
    assert "will sell fewer units: expect smaller reorders" in en["factory"]
    assert "need repricing tools, landed-cost checks" in en["service_provider"]
    assert "Prices up 29% from sellers on Alpha lift order values" in en["platform_operator"]
    # no 'stock you bought at the old cost' or 'ask them for price protection': that is a brand's rise
    assert "reprice the" not in en["seller"] and "protection" not in "\n".join(en.values())
    zh = _sections(story, "zh-Hans")
    assert "截至2025年4月25日，甲平台卖家已把被追踪的930件商品的售价平均上调29%。" in zh["general"]
