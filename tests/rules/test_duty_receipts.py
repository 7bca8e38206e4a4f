"""What a government's customs collected (Reuters on the US Treasury's June 2025 statement: US$27.2
billion gross in June, nearly four times a year earlier; US$113.3 billion in the first nine months of
fiscal 2025, nearly double). No rule read duty receipts before: every reader was told the story had no
bearing on it. Now each reader is told the tariffs announced turning into a bill, from its side."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = ("  gov: {kind: government, fiscal_year_end: 9, name: {zh-Hans: 美国政府, "
            "en: the US government}}\n")


def _fact(fid: str, period: str, value: str, extra: str) -> str:
    return (f"  {fid}: {{metric: customs_duties, entity: gov, period: {period}, value: {value}, {extra}"
            f"source: {{quote: {fid}原文}}}}\n")


JUNE = (_fact("j", "2025-06", "27.2", "scale: billion, currency: USD, ")
        + _fact("jm", "2025-06", "4", "measure: multiple, stated: true, unit: times, qualifier: nearly, "))
NINE = (_fact("n", "2025Q1-Q3", "113.3", "scale: billion, currency: USD, ")
        + _fact("nm", "2025Q1-Q3", "2", "measure: multiple, stated: true, unit: times, qualifier: nearly, "))


def _story(facts: str = NINE + JUNE) -> Story:
    return mini_story(ENTITIES, facts, published="2025-07-11")


def test_the_month_then_the_fiscal_year_so_far_whatever_the_editor_order() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("The US government collected US$27.2 billion in duties in June 2025, nearly 4 times as much "
            "as a year earlier, and US$113.3 billion in the first three quarters of fiscal 2025, nearly 2 "
            "times as much as a year earlier.") in en["general"]
    assert ("美国政府2025年6月的关税收入为272亿美元，接近上年同期的4倍；2025财年前三季度累计1133亿美元，"
            "接近上年同期的2倍。") in zh["general"]


def test_each_reader_reads_the_bill_from_its_side() -> None:
    en = sections(_story(), "en")
    assert "put each product's duty into its landed cost" in en["seller"]
    assert "Rivals importing goods like yours pay the same duties, nearly 4 times" in en["brand"]
    assert "Importers paid US$113.3 billion in duties in the first three quarters of fiscal 2025" in en[
        "factory"]
    assert "continuous customs bond is usually set at a tenth" in en["service_provider"]
    assert "With duties in the first three quarters of fiscal 2025 nearly 2 times" in en["platform_operator"]
    assert "not a tariff rate: divide them by imports" in en["researcher"]
    firsts = [en[r].split(": ", 1)[-1][:40] for r in READERS]
    assert len(set(firsts)) == len(firsts), firsts


def test_one_reading_serves_every_reader_and_a_yearly_rate_reads_as_well() -> None:
    en = sections(_story(JUNE), "en")
    assert "Importers paid US$27.2 billion in duties in June 2025" in en["factory"]
    rate = (_fact("j", "2025-06", "27.2", "scale: billion, currency: USD, ")
            + _fact("jy", "2025-06", "301", "measure: yoy, stated: true, unit: percent, "))
    en = sections(_story(rate), "en")
    assert "US$27.2 billion in duties in June 2025, up 301% on a year earlier." in en["general"]


def test_receipts_with_nothing_to_set_them_against_make_no_point() -> None:
    level = _fact("j", "2025-06", "27.2", "scale: billion, currency: USD, ")
    assert not [t for t in derive(_story(level)).takeaways if t.rule == "duty_receipts"]
