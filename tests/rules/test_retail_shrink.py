"""Retail shrink (the NRF's 2023 survey: the average shrink rate up to 1.6% of sales in 2022 from
1.4%, US$112.1 billion of losses against US$93.9 billion; theft 65% of it, external theft 36%,
process and control errors 27%). No rule read shrink before: every reader was told the story had no
bearing on them. Now each reader is told the part that is theirs to act on."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = "  us: {kind: market, name: {zh-Hans: 美国零售业, en: US retail}}\n"


def _fact(fid: str, metric: str, period: str, value: str, extra: str = "unit: percent, ") -> str:
    return (f"  {fid}: {{metric: {metric}, entity: us, period: {period}, value: {value}, {extra}"
            f"source: {{quote: {fid}原文}}}}\n")


RATES = _fact("r1", "shrink_rate", "FY2021", "1.4") + _fact("r2", "shrink_rate", "FY2022", "1.6")
MONEY = "scale: billion, currency: USD, "
LOSSES = (_fact("l1", "shrink", "FY2021", "93.9", MONEY)
          + _fact("l2", "shrink", "FY2022", "112.1", MONEY))
CAUSES = "".join(_fact(f"c{i}", "shrink_share", "FY2022", v, f"segment: {s}, unit: percent, ")
                 for i, (s, v) in enumerate((("theft", "65"), ("external-theft", "36"),
                                             ("employee-theft", "29"), ("process-errors", "27"))))


def _story(facts: str = CAUSES + LOSSES + RATES) -> Story:
    return mini_story(ENTITIES, facts, published="2023-09-26")


def test_the_rate_then_the_money_it_comes_to() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("The shrink rate in US retail rose to 1.6% of sales in 2022 from 1.4%, putting retail shrink at "
            "US$112.1 billion, up 19% from US$93.9 billion.") in en["general"]
    assert "美国零售业2022年的损耗率由1.4%升至1.6%，零售损耗达1121亿美元，比上年的939亿美元增长19%。" in zh[
        "general"]


def test_each_reader_is_told_the_part_that_is_theirs() -> None:
    en = sections(_story(), "en")
    assert "Retailers lose US$1.60 of every US$100 they sell to retail shrink" in en["brand"]
    assert "up 19%: stores lock away or stop stocking the lines thieves target" in en["seller"]
    assert "Theft makes up 65% of retail shrink: expect retailers to ask suppliers to tag" in en[
        "factory"]
    assert "Process and control errors cause 27% of retail shrink" in en["service_provider"]
    assert "External theft causes 36% of retail shrink, and stolen goods are resold" in en[
        "platform_operator"]
    assert "all retail sales (about US$7 trillion implied)" in en["researcher"]
    assert "employee theft" not in " ".join(en[r] for r in READERS).lower()
    firsts = [en[r].split(": ", 1)[-1][:40] for r in READERS]
    assert len(set(firsts)) == len(firsts), firsts


def test_without_causes_the_readers_they_answer_to_are_not_told() -> None:
    en = sections(_story(LOSSES + RATES), "en")
    for role in ("factory", "service_provider", "platform_operator"):
        assert "retail shrink" not in en[role], role
    assert "US$1.60 of every US$100" in en["brand"]


def test_a_falling_rate_and_falling_losses_read_as_lines_coming_back() -> None:
    facts = (_fact("r1", "shrink_rate", "FY2021", "1.6") + _fact("r2", "shrink_rate", "FY2022", "1.4")
             + _fact("l1", "shrink", "FY2021", "112.1", MONEY)
             + _fact("l2", "shrink", "FY2022", "100", MONEY))
    en = sections(_story(facts), "en")
    assert "fell to 1.4% of sales in 2022 from 1.6%" in en["general"]
    assert "ask your retailers to put yours back" in en["brand"]
    assert "down 11%: stores are putting lines back on open shelves" in en["seller"]


def test_a_rate_alone_tells_the_brand_only_and_nothing_reads_no_rate_nor_money() -> None:
    en = sections(_story(_fact("r2", "shrink_rate", "FY2022", "1.6")), "en")
    assert "The shrink rate in US retail was 1.6% of sales in 2022." in en["general"]
    assert "Retailers lose 1.6% of what they sell to retail shrink in 2022:" in en["brand"] and "retail shrink" not in en["seller"] + en["researcher"]
    assert not [t for t in derive(_story(CAUSES)).takeaways if t.rule == "retail_shrink"]


def test_a_longer_series_is_read_against_the_year_before_not_its_first_year() -> None:
    facts = (_fact("r0", "shrink_rate", "FY2020", "1.6") + RATES
             + _fact("l0", "shrink", "FY2020", "90.8", MONEY) + LOSSES)
    en = sections(_story(facts), "en")
    assert "rose to 1.6% of sales in 2022 from 1.4%" in en["general"]
    assert "up 19% from US$93.9 billion" in en["general"] and "90.8" not in en["general"]
