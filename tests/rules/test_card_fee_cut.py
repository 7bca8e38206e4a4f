"""A cut in what card payments cost merchants (Visa's and Mastercard's proposed settlement,
November 2025: about 0.1 points off swipe fees that averaged 2.35% of a sale in 2024, 2.26% in
2023). Before the rule the fee read as a tax ("2.35% of every sale goes in tax") and the cut as
nothing; now each reader gets a different figure: a seller the share of its fee, a brand the
fee after the cut against the year before, a researcher the cut against a year's rise."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = ("  us: {kind: market, name: {zh-Hans: 美国商户的刷卡支付, en: US merchants' card payments}}\n"
            "  vm: {kind: group, name: {zh-Hans: Visa和万事达卡, en: Visa and Mastercard}}\n")


def _level(fid: str, period: str, value: str) -> str:
    return (f"  {fid}: {{metric: swipe_fee, entity: us, period: {period}, value: {value}, unit: percent, "
            f"source: {{quote: {fid}原文}}}}\n")


def _move(value: str) -> str:
    return (f"  cut: {{metric: swipe_fee, measure: change, entity: vm, value: {value}, unit: pp, "
            "qualifier: about, source: {quote: cut原文}}\n")


FACTS = _level("y23", "FY2023", "2.26") + _level("y24", "FY2024", "2.35") + _move("-0.1")


def _story(facts: str = FACTS) -> Story:
    return mini_story(ENTITIES, facts, published="2025-11-11")


def test_the_cut_comes_off_the_average_fee() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("A cut of about 0.1 percentage points in Visa and Mastercard's swipe fees comes off an "
            "average swipe fee of 2.35% of each sale in 2024 (2.26% in 2023): about 2.25% after it.") in en["general"]
    assert ("Visa和万事达卡的刷卡手续费下调约0.1个百分点，2024年商户每笔交易的平均刷卡手续费率为2.35%"
            "（2023年为2.26%），下调后约为2.25%。") in zh["general"]
    assert "in tax" not in "".join(en.values())  # a card fee is no tax


def test_each_reader_reads_a_different_figure() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert "is roughly 4% of the 2.35% you pay on a card sale" in en["seller"]
    assert "back to about the 2.26% of 2023: it undoes about a year of rises" in en["brand"]
    assert "Merchants will want to see the cut (about 0.1 percentage points)" in en["service_provider"]
    assert "a flat payment fee, cards costing about 0.1 percentage points less widen your margin" in en["platform_operator"]
    assert "against a rise of 0.09 percentage points from 2023 to 2024 undoes about a year" in en["researcher"]
    assert "little bearing" in en["factory"]
    assert "相当于抵消了约一年的涨幅" in zh["researcher"] and "大致回到2023年的2.26%" in zh["brand"]
    firsts = [next(line for line in en[r].splitlines() if "**" in line).split(": ", 1)[-1][:30]
              for r in READERS if r != "factory"]
    assert len(set(firsts)) == len(firsts), firsts


def test_without_last_years_fee_no_reader_is_told_a_years_rise() -> None:
    en = sections(_story(_level("y24", "FY2024", "2.35") + _move("-0.1")), "en")
    assert "(2.26% in 2023)" not in en["general"] and "about 2.25% after it" in en["general"]
    assert "little bearing" in en["brand"] and "nothing further" in en["researcher"]
    assert "roughly 4% of the 2.35%" in en["seller"]
    alone = sections(_story(_move("-0.1")), "en")
    assert "A cut of about 0.1 percentage points in Visa and Mastercard's swipe fees." in alone["general"]
    assert "little bearing" in alone["seller"]  # no fee to set the cut against
    assert "Merchants will want to see the cut" in alone["service_provider"]


def test_a_rise_reads_the_other_way() -> None:
    en = sections(_story(_level("y23", "FY2023", "2.26") + _level("y24", "FY2024", "2.35") + _move("0.2")), "en")
    assert "A rise of about 0.2 percentage points" in en["general"] and "about 2.55% after it" in en["general"]
    assert "check whether your payment processor raises your rate" in en["seller"]
    assert "about 2.55%, up from the 2.35% of 2024: about 2 years of rises at once" in en["brand"]
    assert "adds about 2 years' worth of rises" in en["researcher"] and "yearly rises continue on top of it" in en["researcher"]
    assert "narrow your margin on it" in en["platform_operator"]


def test_a_fee_level_alone_is_not_a_tax_nor_a_point() -> None:
    taken = [t.rule for t in derive(_story(_level("y24", "FY2024", "2.35"))).takeaways]
    assert "sales_tax" not in taken and "card_fee_cut" not in taken
