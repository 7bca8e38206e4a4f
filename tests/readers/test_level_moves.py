"""A price level and its move over a week, route by route
(seeds/drewry-wci-2025-11-27.yaml: Drewry's World Container Index down 2%
to US$1,806 a 40ft container, Shanghai–New York down 6%, Genoa and
Rotterdam down 1% each). The article gives no earlier level, so no base_change
and no yearly rule applied, and the story reached no reader; level_move pairs
each level with its change, backs out the level before it and tells each
reader what the move means for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.facts.load import load_story, parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Brief
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "drewry-wci-2025-11-27.yaml"
READERS = ("brand", "seller", "factory", "service_provider", "platform_operator", "researcher")


def _brief(lang: str) -> Brief:
    return make_brief(load_project(), load_story(SEED), lang)  # type: ignore[arg-type]


def _text(brief: Brief, persona: str) -> str:
    (section,) = [s for s in brief.sections if s.persona == persona]
    return " ".join(s.text for p in section.points for s in p.sentences)


def test_the_index_and_its_routes_are_one_move_largest_first() -> None:
    (t,) = [t for t in derive(load_story(SEED)).takeaways if t.rule == "level_move"]
    assert t.facts[:4] == ("wci", "wci-change", "ny", "ny-change")
    assert [m["cur"].id for m in t.values["least"]] == ["genoa", "rotterdam"]
    assert t.values["week"] is True and t.values["up"] is False


def test_the_move_backs_out_the_earlier_level_and_names_every_tied_route() -> None:
    en, zh = _text(_brief("en"), "brand"), _text(_brief("zh-Hans"), "brand")
    assert (
        "Drewry's World Container Index fell 2% in the week to November 27, 2025, to US$1,806 "
        "a 40ft container, from about US$1,840: the Shanghai–New York route down 6% to US$2,735; "
        "the Shanghai–Los Angeles route down 4% to US$2,089; the Shanghai–Genoa route and the "
        "Shanghai–Rotterdam route down 1% each, to US$2,300 and US$2,165."
    ) in en
    assert "截至2025年11月27日的一周下跌2%，至每个40英尺集装箱1806美元（此前约为1840美元）" in zh
    assert "上海至热那亚航线和上海至鹿特丹航线均下跌1%，分别至2300美元和2165美元" in zh


def test_more_parts_than_can_be_named_give_the_most_and_the_least() -> None:
    """Beyond four parts, one by one reads as a table: the part that moved
    most, and every part tied for least."""
    parts = "".join(
        f"  p{i}: {{kind: market, name: {{zh-Hans: 航线{i}, en: route {i}}}}}\n" for i in range(5)
    )
    facts = "".join(
        f"  l{i}: {{metric: freight_rate, entity: idx, segment: p{i}, period: '2025-12-04', "
        f"value: {1000 + i}, currency: USD, per: container, source: {{quote: 原文}}}}\n"
        f"  c{i}: {{metric: freight_rate, measure: change, entity: idx, segment: p{i}, "
        f"period: 2025-11-21/2025-12-04, value: {[9, 7, 5, 3, 3][i]}, unit: percent, "
        "source: {quote: 原文}}\n"
        for i in range(5)
    )
    text = RISE.replace("entities:\n", "entities:\n" + parts) + facts
    en = make_brief(load_project(), parse_story(load_yaml_text(text, "r.yaml")), "en")
    assert _text(en, "general").endswith(
        ": most on route 0 (up 9% to US$1,000), least on route 3 and route 4 (up 3% each, "
        "to US$1,003 and US$1,004)."
    )


@pytest.mark.parametrize(
    ("persona", "en"),
    [
        ("seller", "Shipping a 40ft container on the Shanghai–New York route now costs US$2,735, 6% less than a week earlier"),
        ("factory", "pass part of the saving into quotes to win orders"),
        ("service_provider", "margins on spot freight are squeezed: steer clients toward contract rates"),
        ("platform_operator", "Sellers' inbound ocean freight is 2% cheaper than a week earlier"),
        ("researcher", "the Shanghai–New York route down 6% against the Shanghai–Genoa route and the Shanghai–Rotterdam route down 1%"),
    ],
)  # fmt: skip
def test_each_reader_reads_the_move_from_its_side(persona: str, en: str) -> None:
    assert en in _text(_brief("en"), persona)


def test_no_two_readers_share_a_sentence() -> None:
    for lang in ("en", "zh-Hans"):
        seen: set[str] = set()
        for section in _brief(lang).sections:
            for point in section.points:
                for s in point.sentences:
                    assert s.text not in seen, s.text
                    seen.add(s.text)


RISE = """\
story:
  id: rise
  source: a.txt
  title: {zh-Hans: 运价上涨, en: Rates rise}
  published: '2025-12-05'
  lede: {zh-Hans: 运价上涨。, en: Rates rise.}
entities:
  idx: {kind: index, name: {zh-Hans: 某运价指数, en: the rate index}}
facts:
  lvl: {metric: freight_rate, entity: idx, period: '2025-12-04', value: 2100, currency: USD, per: container, source: {quote: 原文}}
  chg: {metric: freight_rate, measure: change, entity: idx, period: 2025-11-21/2025-12-04, value: 5, unit: percent, source: {quote: 原文}}
"""


def test_a_rise_over_two_weeks_is_worded_as_a_rise_between_its_days() -> None:
    story = parse_story(load_yaml_text(RISE, "rise.yaml"))
    en = make_brief(load_project(), story, "en")
    zh = make_brief(load_project(), story, "zh-Hans")
    assert _text(en, "general") == (
        "The rate index rose 5% between November 21 and December 4, 2025, to US$2,100 a 40ft "
        "container, from about US$2,000."
    )
    assert _text(zh, "general").startswith(
        "某运价指数2025年11月21日至12月4日上涨5%，至每个40英尺集装箱2100美元"
    )
    seller = _text(en, "seller")
    assert "budget the dearer freight into landed costs" in seller and "cheaper" not in seller
    assert "Risk" in [
        p.label for s in en.sections if s.persona == "platform_operator" for p in s.points
    ]


def test_a_price_that_is_no_freight_gets_no_shipping_advice() -> None:
    """The freight wording (book space, quotes with freight included) is for
    a charge levied on shipments; a platform's storage fee moving over two
    weeks is a plain cost to its sellers."""
    text = RISE.replace("freight_rate", "storage_fee").replace("kind: index", "kind: platform")
    text = text.replace("per: container, ", "")
    story = parse_story(load_yaml_text(text, "fee.yaml"))
    en = make_brief(load_project(), story, "en")
    seller = _text(en, "seller")
    assert seller == (
        "With the rate index's storage fee up 5% over the period, build the rise into your "
        "costs and prices."
    )
    assert "space" not in " ".join(_text(en, p) for p in READERS if p != "general")


def test_the_facts_table_says_what_a_rate_is_per() -> None:
    from summarizer.pipeline import fact_rows

    rows = {r.id: r.value for r in fact_rows(load_project(), load_story(SEED), "en")}
    assert rows["wci"] == "US$1,806 a 40ft container"
    zh = {r.id: r.value for r in fact_rows(load_project(), load_story(SEED), "zh-Hans")}
    assert zh["wci"] == "每个40英尺集装箱1806美元"


def test_a_facts_table_subject_starts_with_a_capital() -> None:
    """A table cell starts a line: 'Carriers on Asia–Europe routes', not the
    entity's mid-sentence 'carriers …'; 'iPhone' and Chinese names stay."""
    from summarizer.pipeline import fact_rows

    rows = {r.id: r.subject for r in fact_rows(load_project(), load_story(SEED), "en")}
    assert rows["fak-plan"] == "Carriers on Asia–Europe routes"
    assert rows["wci"] == "Drewry's World Container Index"


#: The same rise as RISE, but a carrier's own rate: a company charges it.
CARRIER = RISE.replace(
    "idx: {kind: index, name: {zh-Hans: 某运价指数, en: the rate index}}",
    "idx: {kind: company, name: {zh-Hans: 马士基, en: Maersk}}",
)


@pytest.mark.parametrize(
    ("persona", "en", "zh"),
    [
        ("seller", "Maersk's freight rate is 5% higher than at the start of the period, at US$2,100 a 40ft container: budget the dearer freight into landed costs and ask other carriers for quotes", "马士基的运价比期初上涨5%，需把上涨的运费计入到岸成本，并向其他承运商询价"),
        ("factory", "With Maersk's freight rate up 5% over the period, freight eats into quotes", "马士基的运价这段时间里上涨5%，含运费的报价"),
        ("service_provider", "its customers pay more: quote them your own rates and space while they compare", "其客户的运费随之上涨：可趁他们比价时报出自己的运价和舱位"),
        ("platform_operator", "Sellers shipping with Maersk pay 5% more than at the start of the period", "用马士基发货的卖家运费比期初贵5%"),
        ("researcher", "Set Maersk's 5% rise against other carriers' rates and a market index over the same period.", "可把马士基这次上调5%，与其他承运商的运价和同期的市场运价指数对比"),
    ],
)  # fmt: skip
def test_a_carriers_own_rate_is_read_as_a_rivals_price(persona: str, en: str, zh: str) -> None:
    """An index's spot rate is a forwarder's margin ('freight revenue
    rises'); a carrier's own rate is what its customers pay: rival providers
    can win them, sellers and platforms read the carrier's name, and a
    researcher sets it against other carriers, not import volumes."""
    story = parse_story(load_yaml_text(CARRIER, "carrier.yaml"))
    briefs = {lang: make_brief(load_project(), story, lang) for lang in ("en", "zh-Hans")}
    assert en in _text(briefs["en"], persona)
    assert zh in _text(briefs["zh-Hans"], persona)
    said = " ".join(_text(briefs["en"], p) for p in READERS)
    assert "freight revenue" not in said and "index against import volumes" not in said
    assert "Competition" in [
        p.label for s in briefs["en"].sections if s.persona == "service_provider" for p in s.points
    ]


def test_an_index_still_reads_as_a_forwarders_margin() -> None:
    story = parse_story(load_yaml_text(RISE, "rise.yaml"))
    en = make_brief(load_project(), story, "en")
    assert "freight revenue rises: secure carrier space" in _text(en, "service_provider")
