"""store_change: a chain closing stores, as a share of its network --
Walgreens's 1,200 of about 8,700 US stores (about 14%) over fiscal 2025 to
2027, 500 of them in fiscal 2025 -- read from each side: shelves a brand
sold through, shoppers to win for a seller and a platform, smaller orders
for a factory, clearance work for a provider, where the sales go for a
researcher. Openings read the other way; a chain that is a brand is a rival."""

from __future__ import annotations

from pathlib import Path

from ministory import READERS, mini_story
from ministory import sections as _sections

from summarizer.facts.load import load_story
from summarizer.model import Story, Takeaway
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive
from summarizer.writers.markdown import brief_markdown

SEED = Path(__file__).resolve().parents[2] / "seeds" / "walgreens-store-closures-2024.yaml"


def _changes(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule == "store_change"]


def test_closures_are_a_share_of_the_network_with_their_first_step() -> None:
    story = load_story(SEED)
    [t] = _changes(story)
    assert t.facts == ("closures", "closures-2025", "stores-now")
    assert str(round(t.values["share"].value, 1)) == "13.8" and t.values["ahead"]
    en = _sections(story, "en")
    assert ("Walgreens will close 1,200 of the roughly 8,700 stores it runs in the US (about 14%) "
            "in fiscal 2025–2027, 500 of them in fiscal 2025.") in en["brand"]
    assert "With 1,200 Walgreens stores closing in fiscal 2025–2027, their shoppers" in en["seller"]
    assert "about 14% of its network, so expect smaller orders from it" in en["factory"]
    assert "Closing 1,200 stores means clearance sales" in en["service_provider"]
    assert "need another place to buy" in en["platform_operator"]
    assert "move to the stores that stay, to rivals or online" in en["researcher"]
    said = [line for s in en.values() for line in s.splitlines() if line.startswith("1. **")]
    assert len(said) == len(set(said))
    zh = _sections(story, "zh-Hans")
    assert "沃尔格林将在2025至2027财年关闭其约8700家美国门店中的1200家（约14%），其中500家在2025财年关闭。" in zh[
        "brand"]
    assert "關閉1200家門市" in brief_markdown(make_brief(load_project(), story, "zh-Hant"))


def _story(facts: str) -> Story:
    return mini_story("  b: {kind: brand, name: {zh-Hans: 甲品牌, en: Brand A}}\n", facts,
                      published="2025-03-01")


def test_a_brand_opening_stores_is_a_rival_and_no_count_means_no_share() -> None:
    story = _story(
        "  o: {metric: stores, entity: b, measure: change, period: FY2025, value: 100, "
        "unit: stores, source: {quote: 原文}}\n")
    [t] = _changes(story)
    assert t.values["up"] and t.values["share"] is None and t.values["first"] is None
    en = _sections(story, "en")
    assert "Brand A will open 100 stores in 2025." in en["general"]
    assert "a rival moves closer to your shoppers" in en["brand"].lower()
    assert "watch its prices where it opens" in en["seller"]
    assert "%" not in en["general"]


def test_a_count_after_the_change_is_no_share_of_it() -> None:
    story = _story(
        "  c: {metric: stores, entity: b, measure: change, period: FY2024, value: -50, "
        "unit: stores, source: {quote: 原文}}\n"
        "  n: {metric: stores, entity: b, period: '2025-02-28', value: 400, "
        "unit: stores, source: {quote: 原文}}\n")
    [t] = _changes(story)
    assert t.values["share"] is None and not t.values["ahead"]
    assert "Brand A closed 50 stores in 2024." in _sections(story, "en")["general"]


def test_a_brand_closing_every_store_is_told_as_all_of_them_in_the_past() -> None:
    story = _story(
        "  n: {metric: stores, entity: b, period: '2025-01-31', value: 350, "
        "unit: stores, source: {quote: 原文}}\n"
        "  c: {metric: stores, entity: b, measure: change, period: '2025-02-15', value: -350, "
        "unit: stores, source: {quote: 原文}}\n")
    [t] = _changes(story)
    assert t.values["all"] and not t.values["ahead"]
    en = _sections(story, "en")
    assert "Brand A closed all 350 of its stores on February 15, 2025." in en["general"]
    assert "**Opportunity**: With 350 Brand A stores closed, its shoppers look elsewhere" in en[
        "brand"]
    zh = _sections(story, "zh-Hans")
    assert "甲品牌在2025年2月15日关闭其全部350家门店。" in zh["general"]


def test_a_platform_closing_its_stores_is_shelves_for_the_brands_it_stocks() -> None:
    story = mini_story(
        "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n",
        "  c: {metric: stores, entity: p, measure: change, period: FY2026, value: -20, "
        "unit: stores, source: {quote: 原文}}\n", published="2026-01-10")
    en = _sections(story, "en")
    assert "ask which of your lines it keeps" in en["brand"]
    assert "**Demand**" in en["brand"]


def _chain(facts: str) -> Story:
    return mini_story("  p: {kind: company, name: {zh-Hans: 甲连锁, en: Chain A}}\n", facts,
                      published="2026-02-10")


def test_openings_add_to_the_network_rather_than_being_part_of_it() -> None:
    story = _chain(
        "  c: {metric: stores, entity: p, measure: change, period: FY2026, value: 100, "
        "unit: stores, source: {quote: 原文一}}\n"
        "  n: {metric: stores, entity: p, period: '2025-12-31', value: 1000, unit: stores, "
        "source: {quote: 原文二}}\n")
    assert ("Chain A will open 100 stores in 2026, adding about 10% to the 1,000 it runs."
            in _sections(story, "en")["general"])
    assert "甲连锁将在2026年开设100家门店，相当于其现有1000家门店的约10%。" in _sections(
        story, "zh-Hans")["general"]


def test_two_years_of_store_counts_are_a_net_change_every_reader_reads() -> None:
    """1,000 stores in 2024 and 1,200 in 2025 told a brand 'demand is still
    growing' and a seller 'more rivals compete for the same buyers', and
    factories, providers and platforms nothing: they are a net 200 opened."""
    story = _chain(
        "  a: {metric: stores, entity: p, period: FY2024, value: 1000, unit: stores, "
        "source: {quote: 原文一}}\n"
        "  b: {metric: stores, entity: p, period: FY2025, value: 1200, unit: stores, "
        "source: {quote: 原文二}}\n")
    [t] = _changes(story)
    assert t.values["net"] and t.facts == ("b", "a")
    assert not [x for x in derive(story).takeaways if x.rule == "yoy_growth"]
    en = _sections(story, "en")
    assert ("Chain A's stores rose by a net 200 in 2025, from 1,000 to 1,200 (about 20%)."
            in en["general"])
    firsts = [line for r in READERS for line in en[r].splitlines() if line.startswith("1. ")]
    assert len(firsts) == len(set(firsts)) == 6
    assert "demand is still growing" not in "\n".join(en.values())
    assert "甲连锁门店数在2025年净增200家，从1000家增至1200家（约20%）。" in _sections(
        story, "zh-Hans")["general"]


def test_a_headcount_a_year_on_is_news_for_the_summary_only() -> None:
    """A net fall in staff is attrition as much as cuts: said, with its share,
    but no reader is told a company 'is cutting' jobs."""
    story = _chain(
        "  a: {metric: employees, entity: p, period: FY2024, value: 8300, unit: employees, "
        "source: {quote: 原文一}}\n"
        "  b: {metric: employees, entity: p, period: FY2025, value: 8100, unit: employees, "
        "source: {quote: 原文二}}\n")
    en = _sections(story, "en")
    assert "Chain A's staff fell by a net 200 in 2025, from 8,300 to 8,100 (about 2%)." in en[
        "general"]
    assert all("1. " not in en[r] for r in READERS)


def test_closures_long_done_are_history_for_the_summary_only() -> None:
    """Forever 21's 2019 closures, in its 2025 bankruptcy story, told a
    factory 'Forever 21 is closing 200 stores, so expect smaller orders':
    a change that ended over a year before the article is no reader's news."""
    story = mini_story(
        "  b: {kind: brand, name: {zh-Hans: 甲品牌, en: Brand A}}\n",
        "  c: {metric: stores, entity: b, measure: change, period: FY2019, value: -200, "
        "unit: stores, source: {quote: 原文}}\n", published="2025-03-17")
    [t] = _changes(story)
    assert t.values["past"]
    en = _sections(story, "en")
    assert "Brand A closed 200 stores in 2019." in en["general"]
    assert all("1. " not in en[r] for r in READERS)


def test_closures_done_this_year_are_told_as_done_to_every_reader() -> None:
    story = _chain(
        "  c: {metric: stores, entity: p, measure: change, period: FY2025, value: -40, "
        "unit: stores, source: {quote: 原文一}}\n"
        "  n: {metric: stores, entity: p, period: '2024-12-31', value: 400, unit: stores, "
        "source: {quote: 原文二}}\n")
    [t] = _changes(story)
    assert not t.values["past"] and not t.values["ahead"]
    en = _sections(story, "en")
    assert "Chain A has closed 40 stores, about 10% of its network, so expect" in en["factory"]
    assert "the 40 stores Chain A closed" in en["researcher"]
    assert "is closing" not in "\n".join(en.values())
    zh = _sections(story, "zh-Hans")
    assert "甲连锁已关闭40家门店，约占其门店网络的10%，来自它的订单会变小" in zh["factory"]
