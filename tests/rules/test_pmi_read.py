"""pmi_read: a purchasing managers' index against its 50 line (China's official manufacturing
PMI down from 50.5 to 49.0 in April 2025, new export orders from 49.0 to 44.7). As plain levels
the readings told no one anything; read against 50 they say whether more factories are winning
orders than losing them, and what that means for each reader."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.pipeline import fact_rows, load_project
from summarizer.rules import derive

ENTITIES = (
    "  pmi: {kind: index, name: {zh-Hans: 甲国制造业PMI, en: Alphaland's manufacturing PMI}}\n"
    "  svc: {kind: index, name: {zh-Hans: 甲国非制造业指数, en: Alphaland's services PMI}}\n"
    "  exports: {kind: index, name: {zh-Hans: 新出口订单指数, en: new export orders}}\n"
)


def _read(fid: str, period: str, value: str, base: str = "", segment: str = "",
          metric: str = "pmi", entity: str = "pmi") -> str:
    extra = (f", base: {base}" if base else "") + (f", segment: {segment}" if segment else "")
    return (f"  {fid}: {{metric: {metric}, entity: {entity}, period: {period}, value: {value}, "
            f"unit: index{extra}, source: {{quote: {fid}原文}}}}\n")


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2025-04-30")


APRIL = (_read("m", "2025-03", "50.5") + _read("a", "2025-04", "49.0", "m")
         + _read("em", "2025-03", "49.0", segment="exports")
         + _read("ea", "2025-04", "44.7", "em", segment="exports"))


def test_a_fall_below_50_is_told_against_the_line_with_the_weakest_sub_index() -> None:
    [t] = [t for t in derive(_story(APRIL)).takeaways if t.rule == "pmi_read"]
    assert t.facts == ("m", "a", "em", "ea")
    en = sections(_story(APRIL), "en")
    assert ("Alphaland's manufacturing PMI fell below 50 to 49.0 in April 2025, from 50.5 the "
            "month before: more purchasing managers reported shrinking activity than growing; "
            "new export orders at 44.7 (49.0 the month before).") in en["general"]
    assert "fewer factories are winning new orders than losing them" in en["factory"]
    assert "negotiate prices, order minimums and lead times" in en["seller"]
    assert "smaller runs at sharper prices" in en["brand"]
    assert "fewer shipments from factories" in en["service_provider"]
    assert "whether new export orders recover from 44.7" in en["researcher"]
    assert "nothing here calls for a platform operator's attention" in en["platform_operator"]
    zh = sections(_story(APRIL), "zh-Hans")
    assert ("2025年4月，甲国制造业PMI从上月的50.5降至49.0，跌破50荣枯线：报告收缩的采购经理多于报告增长的；"
            "其中新出口订单指数44.7（上月49.0）。") in zh["general"]


def test_a_rise_above_50_and_a_reading_that_holds_read_the_other_way() -> None:
    up = sections(_story(_read("m", "2025-03", "49.8") + _read("a", "2025-04", "50.2", "m")), "en")
    assert "rose above 50 to 50.2 in April 2025, from 49.8 the month before" in up["general"]
    assert "book materials and labour early" in up["factory"]
    assert "place peak-season orders early" in up["seller"]
    held = sections(_story(_read("m", "2025-03", "48.0") + _read("a", "2025-04", "48.5", "m")),
                    "zh-Hans")
    assert "甲国制造业PMI为48.5（上月48.0），仍在50荣枯线下方" in held["general"]
    lone = sections(_story(_read("a", "2025-04", "51.0")), "en")
    assert "was 51.0 in April 2025, above the 50 line" in lone["general"]


def test_a_services_index_is_told_with_the_factories_one_and_alone_only_to_researchers() -> None:
    both = sections(_story(APRIL + _read("s", "2025-04", "50.4", metric="services_pmi",
                                         entity="svc")), "en")
    assert "Alphaland's services PMI was 50.4 in April 2025, above 50." in both["general"]
    assert "set it beside Alphaland's services PMI (50.4)" in both["researcher"]
    alone = sections(_story(_read("s", "2025-04", "50.4", metric="services_pmi", entity="svc")),
                     "en")
    assert "services and construction, not factories" in alone["researcher"]
    assert "Alphaland" not in alone["factory"] + alone["seller"]


def test_the_facts_table_prints_each_reading_to_one_decimal() -> None:
    rows = {r.id: r.value for r in fact_rows(load_project(), _story(APRIL), "en")}
    assert (rows["a"], rows["m"], rows["em"]) == ("49.0", "50.5", "49.0")


def test_the_facts_table_names_an_index_once_and_its_level_a_reading() -> None:
    """The subject is the index ("Alphaland's manufacturing PMI"): its level is labelled its
    reading, not the metric's name a second time."""
    en = {r.id: (r.subject, r.label) for r in fact_rows(load_project(), _story(APRIL), "en")}
    assert en["a"] == ("Alphaland's manufacturing PMI", "reading")
    zh = {r.id: r.label for r in fact_rows(load_project(), _story(APRIL), "zh-Hans")}
    assert zh["a"] == "读数" and zh["em"].startswith("读数（")
