"""input_cost: a raw material's price moved (cotton from about US$0.80 to US$2.01 a pound in a
year, Portland Business Journal, April 2011). Read as a plain price it told no one anything, and
the drafter took it for a model's API price; now it is every maker's, brand's and seller's cost,
each reader told what to do about it."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  cotton: {kind: product, name: {zh-Hans: 棉花, en: cotton}}\n"
    "  b: {kind: brand, name: {zh-Hans: 甲牌, en: Alpha}}\n"
    "  jeans: {kind: product, name: {zh-Hans: 牛仔裤, en: jeans}}\n"
)


def _price(fid: str, period: str, value: str, base: str = "", qualifier: str = "") -> str:
    extra = (f", base: {base}" if base else "") + (f", qualifier: {qualifier}" if qualifier else "")
    return (f"  {fid}: {{metric: input_price, entity: cotton, period: '{period}', value: {value}, "
            f"currency: USD, per: pound{extra}, source: {{quote: {fid}原文}}}}\n")


SHELF = (
    "  j0: {metric: item_price, entity: b, segment: jeans, period: 2011-03, value: 170, "
    "currency: USD, per: item, source: {quote: j0原文}}\n"
    "  j1: {metric: item_price, entity: b, segment: jeans, period: '2011-04-08', value: 180, "
    "currency: USD, per: item, base: j0, source: {quote: j1原文}}\n"
)


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2011-04-08")


def test_a_material_that_more_than_doubled_is_told_as_a_multiple_every_maker_pays() -> None:
    story = _story(_price("c0", "2010-04", "0.80", qualifier="about")
                   + _price("c1", "2011-04-05", "2.01", base="c0") + SHELF)
    [t] = [t for t in derive(story).takeaways if t.rule == "input_cost"]
    assert t.facts == ("c0", "c1", "j0", "j1")
    en = sections(story, "en")
    assert ("Cotton cost US$2.01 a pound as of April 5, 2011, against about US$0.80 in "
            "April 2010: about 2.5 times as much.") in en["general"]
    assert "quote new orders on today's cost of cotton" in en["factory"]
    assert "raise prices style by style" in en["brand"]
    assert "buy ahead of their new price lists" in en["seller"]
    assert "sourcing, material testing and hedging work" in en["service_provider"]
    assert "grow on price rather than units" in en["platform_operator"]
    assert "so far 5.9% on Alpha's jeans" in en["researcher"]
    zh = sections(story, "zh-Hans")
    assert "截至2011年4月5日，棉花价格为每磅2.01美元，2010年4月约为0.80美元，约为当时的2.5倍。" in zh["general"]
    assert "目前甲牌的牛仔裤涨了5.9%" in zh["researcher"]


def test_a_smaller_exact_rise_is_a_rate_and_a_fall_gives_room_on_price() -> None:
    rise = sections(_story(_price("c0", "2010-04", "1.00") + _price("c1", "2011-04", "1.20", "c0")),
                    "en")
    assert "against US$1.00 in April 2010: 20% more." in rise["general"]
    assert "With cotton at US$1.20 a pound, 20% above its price in April 2010" in " ".join(
        rise[r] for r in ("factory", "brand", "seller", "platform_operator", "researcher"))
    fall = sections(_story(_price("c0", "2010-04", "2.00") + _price("c1", "2011-04", "1.50", "c0")),
                    "en")
    assert "25% less" in fall["general"]
    assert "buyers will ask for lower quotes" in fall["factory"]
    assert "room to hold prices against rivals" in fall["brand"]
    assert "ask for the saving at your next order" in fall["seller"]
    assert "sourcing, material testing" not in fall["service_provider"]
    zh = sections(_story(_price("c0", "2010-04", "2.00") + _price("c1", "2011-04", "1.50", "c0")),
                  "zh-Hans")
    assert "下降25%" in zh["general"]
    assert "跟踪这轮降价有多少" in zh["researcher"]


def test_a_price_with_no_old_level_is_no_move() -> None:
    story = _story(_price("c1", "2011-04-05", "2.01"))
    assert not [t for t in derive(story).takeaways if t.rule == "input_cost"]


RATE = ("  r: {metric: input_price, measure: yoy, stated: true, entity: cotton, period: '2011-04-05', "
        "value: 150, unit: percent, qualifier: over, source: {quote: r原文}}\n")


def test_a_stated_rate_is_checked_against_the_levels_and_told_alone_without_them() -> None:
    both = derive(_story(_price("c0", "2010-04", "0.80", qualifier="about")
                         + _price("c1", "2011-04-05", "2.01", base="c0") + RATE))
    assert [c.fact for c in both.checks if c.rule == "input_cost"] == ["r"]
    assert [t.rule for t in both.takeaways if "r" in t.facts] == []  # no generic growth point
    alone = _story(RATE)
    en = sections(alone, "en")
    assert "Cotton's price rose more than 150% year on year as of April 5, 2011." in en["general"]
    assert "With cotton's price up more than 150% year on year, quote new orders" in en["factory"]
    zh = sections(alone, "zh-Hans")
    assert "截至2011年4月5日，棉花价格同比上涨超150%。" in zh["general"]
