"""fx_move: the yuan's rate against the dollar, moved since an earlier
quote (a base reading, or the yuan's stated gain over days), told as what
US$100 of sales converts to now and then, the round quote it crossed, and
what that is to each reader -- fewer yuan for a seller's and a factory's
dollars, dearer goods for a brand buying in yuan, hedging work for a
provider, thinner margins for a platform's sellers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from summarizer.facts.load import load_story, parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Story, Takeaway
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive
from summarizer.writers.markdown import brief_markdown

SEED = Path(__file__).resolve().parents[2] / "seeds" / "yuan-breaks-7-2025-12-30.yaml"
READERS = ("brand", "seller", "factory", "service_provider", "platform_operator", "researcher")

HEAD = """\
story:
  id: fx
  source: fx.txt
  title: {zh-Hans: 标题, en: Title}
  published: '2025-12-30'
  lede: {zh-Hans: 导语。, en: Lede.}
entities:
  cny: {kind: market, name: {zh-Hans: 人民币, en: the yuan}}
facts:
"""


def _quote(fid: str, day: str, value: str, base: str = "") -> str:
    extra = f", base: {base}" if base else ""
    return (
        f"  {fid}: {{metric: fx_rate, entity: cny, period: '{day}', value: {value}, "
        f"currency: CNY, per: dollar{extra}, source: {{quote: 原文}}}}\n"
    )


def _gain(value: str, days: str = "2025-04-01/2025-12-30") -> str:
    return (
        f"  g: {{metric: fx_rate, measure: change, entity: cny, period: {days}, value: {value}, "
        "unit: percent, source: {quote: 原文}}\n"
    )


def _story(facts: str) -> Story:
    return parse_story(load_yaml_text(HEAD + facts, "fx.yaml"))


def _moves(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule == "fx_move"]


def _sections(story: Story, lang: str = "en") -> dict[str, str]:
    md = brief_markdown(make_brief(load_project(), story, lang, ("general", *READERS)))
    return dict(zip(("general", *READERS), md.split("\n## ")[1:-1], strict=True))


def test_the_yuan_past_seven_is_money_for_each_reader() -> None:
    story = load_story(SEED)
    [t] = _moves(story)
    v = t.values
    assert round(v["before"].value, 2) == Decimal("7.35")  # 6.9969 x 1.05
    assert round(v["now_sales"].value, 2) == Decimal("699.69")
    assert round(v["lost"].value) == 35 and round(v["share"].value, 1) == Decimal("4.8")
    assert round(v["gain"].value) == 5 and v["mark"] == 7 and v["stronger"]
    assert not [t for t in derive(story).takeaways if t.rule == "level_move"]
    s = _sections(story)
    assert ("The yuan strengthened past 7 to the US dollar on December 30, 2025, to RMB 6.9969 "
            "per dollar, about 5% stronger than in April 2025, when a dollar bought about "
            "RMB 7.35.") in s["brand"]
    assert "Goods bought in yuan cost about 5% more in dollars than in April 2025" in s["brand"]
    assert "every US$100 of sales now converts to about RMB 700, RMB 35 less than in April 2025" in s["seller"]
    # the factory's own figure: the dollar price that earns what US$100 did (a 5% stronger yuan)
    assert round(v["hold"].value, 2) == Decimal("105.00")
    assert ("an order that earned RMB 735 at US$100 in April 2025 must now be priced at about "
            "US$105 to earn as much") in s["factory"]
    assert "exporters keep about 4.8% less of each dollar in yuan" in s["service_provider"]
    assert "cross-border sellers keep up to 4.8% less in yuan" in s["platform_operator"]
    assert "track whether exporters pass the 5% on in dollar prices" in s["researcher"]
    zh = _sections(story, "zh-Hans")
    assert "每美元兑6.9969元，较2025年4月升值约5%（当时每美元约兑7.35元）" in zh["brand"]
    assert "每100美元销售额现在约折合700元，比2025年4月少35元" in zh["seller"]
    assert "2025年4月一笔100美元的订单折合735元，现在要报约105美元才能拿到这么多" in zh["factory"]


def test_a_weaker_yuan_is_room_to_cut_dollar_prices() -> None:
    story = _story(_quote("q", "2025-12-30", "7.30") + _gain("-3"))
    [t] = _moves(story)
    assert not t.values["stronger"] and t.values["mark"] is None  # 7.30 / 0.97 = 7.09: no 7 crossed
    s = _sections(story)
    assert "RMB 730" in s["seller"] and "more than in April 2025" in s["seller"]
    assert "room to cut dollar prices" in s["seller"]
    assert "ask suppliers in China for sharper dollar prices" in s["brand"]
    assert "now earns as much at about US$97: a cushion for sharper dollar quotes" in s["factory"]


def test_an_earlier_reading_given_as_base_is_the_quote_before() -> None:
    story = _story(_quote("old", "2025-06-30", "7.17") + _quote("q", "2025-12-30", "7.03", "old"))
    [t] = _moves(story)
    assert t.values["before"].value == Decimal("7.17") and t.values["since"] == "2025-06-30"
    md = brief_markdown(make_brief(load_project(), story, "en", ("general", "seller")))
    assert "from RMB 7.17 on June 30, 2025" in md
    assert "RMB 14 less than on June 30, 2025" in md  # a day is said "on", a month "in"


def test_no_move_within_rounding_and_a_short_span_keeps_its_day() -> None:
    assert _moves(_story(_quote("q", "2025-12-30", "7.03") + _gain("0"))) == []
    [t] = _moves(_story(_quote("q", "2025-12-30", "7.03") + _gain("1", "2025-12-23/2025-12-30")))
    assert t.values["since"] == "2025-12-23"


def test_the_facts_table_names_a_stated_change_as_the_yuans_move() -> None:
    """The quote fell 4.8% while the yuan gained about 5%: the table's row
    for the stated gain says whose move it is, not 'exchange rate, change'."""
    from summarizer.pipeline import fact_rows

    for lang, label in (
        ("en", "The yuan's move against the dollar"),
        ("zh-Hans", "人民币对美元涨跌幅"),
        ("zh-Hant", "人民幣對美元漲跌幅"),
    ):
        rows = {r.id: r for r in fact_rows(load_project(), load_story(SEED), lang)}
        assert rows["gain"].label == label
        assert "5%" in rows["gain"].value
