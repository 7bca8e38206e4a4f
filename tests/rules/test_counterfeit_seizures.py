"""Counterfeits customs seized (a CBP release of September 2020: 27,599 seizures in FY2019, down from
33,810 in FY2018, worth over US$1.5 billion at genuine retail prices against nearly US$1.4 billion;
mainland China and Hong Kong 83% of the seizures and 92% of their value; over 90% of them in mail and
express parcels). No rule read these before: every reader was told the story had no bearing on it.
Now each reader is told its own figure and what to do, and a reader whose figure is missing is not
told."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = ("  cbp: {kind: regulator, fiscal_year_end: 9, name: {zh-Hans: 美国海关与边境保护局, "
            "en: US Customs and Border Protection}}\n"
            "  china: {kind: market, name: {zh-Hans: 中国内地和香港, en: mainland China and Hong Kong}}\n")


def _fact(fid: str, metric: str, period: str, value: str, extra: str = "") -> str:
    return (f"  {fid}: {{metric: {metric}, entity: cbp, period: {period}, value: {value}, {extra}"
            f"source: {{quote: {fid}原文}}}}\n")


COUNTS = (_fact("n18", "seizures", "FY2018", "33810", "unit: seizures, ")
          + _fact("n19", "seizures", "FY2019", "27599", "unit: seizures, "))
VALUES = (_fact("v18", "seized_value", "FY2018", "1.4", "scale: billion, currency: USD, qualifier: nearly, ")
          + _fact("v19", "seized_value", "FY2019", "1.5", "scale: billion, currency: USD, qualifier: over, "))
SHARES = (_fact("src", "seizure_share", "FY2019", "83", "segment: china, unit: percent, ")
          + _fact("srcv", "seized_value_share", "FY2019", "92", "segment: china, unit: percent, ")
          + _fact("post", "seizure_share", "FY2019", "90",
                  "segment: post-and-express, unit: percent, qualifier: over, "))


def _story(facts: str = COUNTS + VALUES + SHARES) -> Story:
    return mini_story(ENTITIES, facts, published="2020-09-18")


def test_fewer_seizures_worth_more_are_said_with_but_in_fiscal_years() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("US Customs and Border Protection made 27,599 seizures of counterfeit goods in fiscal 2019, "
            "down 18% from 33,810 in fiscal 2018, but their value at genuine retail prices rose to more "
            "than US$1.5 billion from nearly US$1.4 billion.") in en["general"]
    assert ("美国海关与边境保护局2019财年共查获侵权货物2.7599万批，比2018财年的3.381万批减少18%，"
            "但按正品建议零售价计算的货值从近14亿美元升至超15亿美元。") in zh["general"]


def test_each_reader_is_told_its_own_figure_and_what_to_do() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    # the value per seizure keeps the value's qualifier over an exact count
    assert ("Each seizure held more than US$54,300 of goods at genuine retail prices in fiscal 2019, "
            "against nearly US$41,400 in fiscal 2018: fakes come in fewer but richer lots") in en["brand"]
    assert "Record your trademarks with customs" in en["brand"]
    assert ("Mainland China and Hong Kong were the source of 83% of the seizures and 92% of their value "
            "in fiscal 2019") in en["factory"]
    assert "make trademarked goods only on the owner's written order" in en["factory"]
    assert "More than 90% of the seizures in fiscal 2019 were made in mail and express parcels" in en["seller"]
    assert "buy goods bearing others' trademarks only from their owners" in en["seller"]
    assert "Ask sellers of designer labels for proof they may sell them" in en["platform_operator"]
    assert "anti-counterfeiting work to offer" in en["service_provider"]
    assert "not what the fakes fetched" in en["researcher"]
    assert "Read the rise in value against 18% fewer seizures as richer lots" in en["researcher"]
    assert "2019财年平均每批查获货物按正品价计超5.43万美元，2018财年为近4.14万美元" in zh["brand"]
    assert "2019财年中国内地和香港占查获批次的83%、查获货值的92%" in zh["factory"]
    assert "应在海关办理商标备案" in zh["brand"]
    # no two readers open on the same sentence
    firsts = [en[r].split(": ", 1)[-1][:60] for r in READERS]
    assert len(set(firsts)) == len(firsts), firsts


def test_a_reader_whose_figure_is_missing_is_not_told() -> None:
    en = sections(_story(COUNTS + VALUES), "en")
    assert "Each seizure held" in en["brand"]
    for role in ("seller", "factory", "platform_operator"):
        assert "seizure" not in en[role], role
    en = sections(_story(COUNTS + SHARES), "en")
    assert "Each seizure held" not in en["brand"] and "seizure" not in en["service_provider"]
    assert "A seizure count is what customs caught, not what got through" in en["researcher"]
    assert "were the source of 83% of the seizures" in en["factory"]


def test_more_seizures_worth_more_are_said_with_no_but() -> None:
    facts = (_fact("n18", "seizures", "FY2018", "20000", "unit: seizures, ")
             + _fact("n19", "seizures", "FY2019", "27599", "unit: seizures, ") + VALUES)
    en = sections(_story(facts), "en")
    assert "up 38% from 20,000 in fiscal 2018, their value at genuine retail prices rose" in en["general"]
    assert "but" not in en["general"]


def test_shares_with_no_count_or_value_make_no_point() -> None:
    assert not [t for t in derive(_story(SHARES)).takeaways if t.rule == "counterfeit_seizures"]
