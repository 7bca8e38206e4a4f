"""Peak discounts by category (Adobe's 2025 holiday season: electronics 30.9% off listed price
against 30.1%, toys 29.6% against 28%, apparel 25.1% against 23.2%, furniture 18.8% against 19%).
No rule read discount depth: every reader was told the story had no bearing on them. Now each
reader reads a different figure: the list price left, the category that deepened most, how many
deepened, the shallowest, the spread, the average move."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

CATS = (("el", "电子产品", "electronics", "30.9", "30.1"), ("to", "玩具", "toys", "29.6", "28"),
        ("ap", "服装", "apparel", "25.1", "23.2"), ("fu", "家具", "furniture", "18.8", "19"))

ENTITIES = "  m: {kind: market, name: {zh-Hans: 美国网络零售, en: US online retail}}\n" + "".join(
    f"  {k}: {{kind: product, name: {{zh-Hans: {z}, en: {e}}}}}\n" for k, z, e, _, _ in CATS)


def _disc(fid: str, seg: str, period: str, value: str) -> str:
    return (f"  {fid}: {{metric: peak_discount, entity: m, segment: {seg}, period: {period}, "
            f"value: {value}, unit: percent, source: {{quote: {fid}原文}}}}\n")


NOW, BEFORE = "2025-11-01/2025-12-31", "2024-11-01/2024-12-31"
FACTS = "".join(_disc(k, k, NOW, a) + _disc(k + "0", k, BEFORE, b) for k, _, _, a, b in CATS)


def _story(facts: str = FACTS) -> Story:
    return mini_story(ENTITIES, facts, published="2026-01-08")


def test_deepest_first_the_shallowest_last_and_how_many_deepened() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("Between November 1 and December 31, 2025, discounts off listed price peaked at 30.9% for "
            "electronics (against 30.1% a year earlier), 29.6% for toys (28%), and 25.1% for apparel "
            "(23.2%), and were shallowest for furniture, at 18.8% (19%); they ran deeper than a year "
            "earlier in 3 of the 4 categories.") in en["general"]
    assert ("2025年11月1日至12月31日，电子产品的最高折扣幅度为30.9%（上年为30.1%），玩具为29.6%（上年为"
            "28%），服装为25.1%（上年为23.2%），家具最浅，为18.8%（上年为19%）；4个品类中有3个折扣比上年"
            "更深。") in zh["general"]


def test_each_reader_reads_a_different_figure() -> None:
    en = sections(_story(), "en")
    assert "to match it, a product sells at 69.1% of its list price" in en["seller"]
    assert "Discounts deepened most for apparel, to 25.1% off listed price from 23.2%" in en["brand"]
    assert "Discounts ran deeper than a year earlier in three of the four categories" in en["factory"]
    assert "Discounts were shallowest for furniture, at most 18.8% off listed price" in en[
        "platform_operator"]
    assert "Peak discounts ran 12.1 percentage points apart" in en["service_provider"]
    assert "peak discounts were 1 percentage point deeper than a year earlier on average" in en[
        "researcher"]
    firsts = [en[r].split(": ", 1)[-1][:40] for r in READERS]
    assert len(set(firsts)) == len(firsts), firsts


def test_no_category_deeper_reads_the_other_way() -> None:
    shallower = "".join(_disc(k, k, NOW, b) + _disc(k + "0", k, BEFORE, a) for k, _, _, a, b in CATS[:3])
    en = sections(_story(shallower), "en")
    assert "No category's discounts went deeper than a year earlier" in en["brand"]
    assert "in none of the three categories: buyers have less reason to press for cuts" in en["factory"]
    assert "shallower than a year earlier on average" in en["researcher"]
    assert "; none ran deeper than a year earlier." in en["general"]
    assert "；没有一个品类的折扣比上年更深。" in sections(_story(shallower), "zh-Hans")["general"]


def test_one_category_without_last_year_tells_the_seller_only() -> None:
    en = sections(_story(_disc("el", "el", NOW, "30.9")), "en")
    assert "sells at 69.1% of its list price" in en["seller"]
    for role in ("brand", "factory", "platform_operator", "service_provider", "researcher"):
        assert "listed price" not in en[role], role


def test_a_discount_without_a_category_is_not_this_rule() -> None:
    whole = ("  w: {metric: peak_discount, entity: m, period: 2025-11-01/2025-12-31, value: 28, "
             "unit: percent, source: {quote: 原文}}\n")
    assert not [t for t in derive(_story(whole)).takeaways if t.rule == "discount_depth"]
