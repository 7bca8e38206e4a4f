"""Sailings carriers cancelled (Drewry's tracker, January 2023: 149 of 707 scheduled sailings on the
main east-west trades between weeks 2 and 6, 58% of them on the transpacific eastbound; THE Alliance
54, Ocean Alliance 46, 2M 17; the composite index up 0.7% in the week). No rule read cancelled
sailings, and the index's weekly move alone was read as a carrier's price rise ("deliveries you pay
for with Drewry's composite index cost 0.7% more"); now each reader is told its own figure."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = ("  ew: {kind: market, name: {zh-Hans: 主要东西向航线, en: the main east–west trades}}\n"
            "  tp: {kind: market, name: {zh-Hans: 跨太平洋东行航线, en: the transpacific eastbound}}\n"
            "  ae: {kind: market, name: {zh-Hans: 亚欧航线, en: Asia–Europe}}\n"
            "  ta: {kind: group, name: {zh-Hans: THE联盟, en: THE Alliance}}\n"
            "  oa: {kind: group, name: {zh-Hans: 海洋联盟, en: Ocean Alliance}}\n"
            "  wci: {kind: index, name: {zh-Hans: Drewry综合指数, en: Drewry's composite index}}\n")
SPAN = "2023-01-09/2023-02-12"


def _fact(fid: str, metric: str, value: str, extra: str = "", entity: str = "ew",
          period: str = SPAN) -> str:
    return (f"  {fid}: {{metric: {metric}, entity: {entity}, period: {period}, value: {value}, "
            f"{extra}source: {{quote: {fid}原文}}}}\n")


TOTALS = (_fact("s", "scheduled_sailings", "707", "unit: sailings, ")
          + _fact("b", "blank_sailings", "149", "unit: sailings, "))
LANES = (_fact("l2", "blank_sailing_share", "31", "segment: ae, unit: percent, ")
         + _fact("l1", "blank_sailing_share", "58", "segment: tp, unit: percent, "))
ALLIANCES = (_fact("a2", "blank_sailings", "46", "segment: oa, unit: sailings, ")
             + _fact("a1", "blank_sailings", "54", "segment: ta, unit: sailings, "))
INDEX = _fact("w", "freight_rate", "0.7", "measure: change, unit: percent, ", "wci",
              "2022-12-30/2023-01-05")


def _story(facts: str = TOTALS + LANES + ALLIANCES + INDEX) -> Story:
    return mini_story(ENTITIES, facts, published="2023-01-07")


def test_the_cancellation_rate_and_the_lane_it_falls_on() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("Carriers cancelled 149 of the 707 sailings scheduled on the main east–west trades between "
            "January 9 and February 12, 2023 (21%), 58% of them on the transpacific eastbound and 31% "
            "on Asia–Europe.") in en["general"]
    assert ("2023年1月9日至2月12日，主要东西向航线计划的707个航次中有149个被取消（占21%），"
            "其中58%在跨太平洋东行航线，31%在亚欧航线。") in zh["general"]


def test_each_reader_reads_its_own_figure() -> None:
    en = sections(_story(), "en")
    assert "With 21% of sailings cancelled between January 9 and February 12, 2023, book space now" in en[
        "seller"]
    assert "The transpacific eastbound takes 58% of the cancellations" in en["factory"]
    assert "THE Alliance cancelled the most sailings (54), then Ocean Alliance (46)" in en["service_provider"]
    assert "Drewry's composite index rose 0.7% between December 30, 2022 and January 5, 2023" in en["brand"]
    assert "will arrive later, with 21% of sailings cancelled" in en["platform_operator"]
    assert "capacity carriers take out to support rates" in en["researcher"]
    firsts = [en[r].split(": ", 1)[-1][:40] for r in READERS]
    assert len(set(firsts)) == len(firsts), firsts


def test_an_index_move_is_not_a_carrier_price_rise() -> None:
    rules = [t.rule for t in derive(_story(INDEX)).takeaways]
    assert "charge_step" not in rules
    assert "costs 0.7% more" not in "".join(sections(_story(INDEX), "en").values())


def test_a_reader_whose_figure_is_missing_is_not_told() -> None:
    en = sections(_story(TOTALS), "en")
    for role in ("factory", "service_provider", "brand"):
        assert "sailing" not in en[role] and "0.7%" not in en[role], role
    assert "track whether spot rates firm" in en["researcher"]
    en = sections(_story(_fact("b", "blank_sailings", "149", "unit: sailings, ") + LANES), "en")
    assert "Carriers cancelled 149 sailings on the main east–west trades" in en["general"]
    assert "21%" not in en["seller"]
