"""share_shift: shares of one market moving between companies -- Temu from 1%
of cross-border orders in 2022 to 24% in 2025, level with Amazon -- are one
point about the ranking, not six rates that moved. Each reader reads it from
its own side: where orders go (seller), the channel and resellers' prices
(brand), the sellers to court (factory), the sellers to serve (provider), the
leaders (platform), and what the share counts (researcher)."""

from __future__ import annotations

from pathlib import Path

from ministory import READERS, mini_story, sections

from summarizer.facts.load import load_story
from summarizer.model import Story, Takeaway
from summarizer.rules import derive, rule_names
from summarizer.vocabulary.vocab import default_vocabulary

SEED = Path(__file__).resolve().parents[2] / "seeds" / "ipc-cross-border-share-2025.yaml"

PLATFORMS = (
    "  a: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n"
    "  b: {kind: platform, name: {zh-Hans: 乙平台, en: Platform B}}\n"
    "  c: {kind: platform, name: {zh-Hans: 丙平台, en: Platform C}}\n"
    "  m: {kind: market, name: {zh-Hans: 东南亚电商, en: Southeast Asian e-commerce}}\n"
)


def _share(fid: str, entity: str, period: str, value: int, metric: str = "market_share") -> str:
    return (f"  {fid}: {{metric: {metric}, entity: {entity}, segment: m, period: {period}, "
            f"value: {value}, unit: percent, source: {{quote: 原文}}}}\n")


def _shifts(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule == "share_shift"]


def test_the_gainer_draws_level_with_the_leader_and_each_reader_reads_its_side() -> None:
    story = load_story(SEED)
    [t] = _shifts(story)
    v = t.values
    assert v["gainer"]["cur"].entity == "temu" and v["gainer"]["delta"].value == 23
    assert v["peer"]["cur"].entity == "amazon" and v["top"]
    assert v["loser"]["cur"].entity == "ebay" and v["loser"]["delta"].value == -12
    assert [r["cur"].entity for r in v["others"]] == ["shein", "aliexpress", "zalando"]
    assert v["together"].value == 48 and v["by_orders"]
    # the shares are this rule's: no rate_move or base_change tells them again
    assert {x.rule for x in derive(story).takeaways} == {"share_shift", "claims"}
    en = sections(story, "en")
    assert ("Temu's share of orders in global cross-border e-commerce rose from 1% in 2022 to 24% "
            "in 2025, level at the top with Amazon, whose share was 26% in 2022; eBay's fell from "
            "17% in 2018 to about 5%; Shein had 9%, AliExpress 8% (12% in 2023) and Zalando 3%."
            ) in en["general"]
    assert "if you sell across borders and are not on it yet, test part of your range" in en["seller"]
    assert "who already sells your products there and at what prices" in en["brand"]
    assert "court the sellers and sourcing teams growing with it" in en["factory"]
    assert "onboarding, listing and shipping for Temu" in en["service_provider"]
    assert "Temu and Amazon now take 48% of global cross-border" in en["platform_operator"]
    assert "These are shares of orders, not of spending" in en["researcher"]
    for reader in READERS:
        assert "little bearing" not in en[reader] and "nothing further" not in en[reader]
    lines = [x for s in en.values() for x in s.splitlines() if x[:1].isdigit()]
    assert len(lines) == len(set(lines))
    zh = sections(story, "zh-Hans")
    assert "与亚马逊并列第一（亚马逊2022年为26%）" in zh["general"]
    assert "Temu和亚马逊合计拿下全球跨境电商48%的订单" in zh["platform_operator"]
    tw = sections(story, "zh-Hant")
    assert "第二個通路" in tw["service_provider"]


def test_a_ranking_with_only_a_loser_and_a_market_share_by_value() -> None:
    story = mini_story(
        PLATFORMS,
        _share("a1", "a", "FY2023", 40) + _share("a2", "a", "FY2025", 31)
        + _share("b2", "b", "FY2025", 20) + _share("c2", "c", "FY2025", 12),
    )
    [t] = _shifts(story)
    assert t.values["gainer"] is None and t.values["loser"]["cur"].entity == "a"
    assert not t.values["by_orders"] and t.values["together"].value == 51
    en = sections(story, "en")
    assert ("Platform A's market share in Southeast Asian e-commerce fell from 40% in 2023 to 31% "
            "in 2025; Platform B had 20% and Platform C 12%.") in en["general"]
    assert "if Platform A is your main channel, add a second one" in en["seller"]
    assert "Platform A is losing share (from 40% in 2023 to 31% in 2025)" in en["brand"]
    assert "shares move over years, not one reading" in en["researcher"].lower()
    assert "Platform A's fall of 9 percentage points since 2023 is the move to test" in en[
        "researcher"]
    zh = sections(story, "zh-Hans")
    assert "甲平台在东南亚电商的市场份额从2023年的40%降至2025年的31%" in zh["general"]


def test_shares_that_did_not_move_are_a_ranking_and_one_share_is_no_point() -> None:
    ranking = mini_story(PLATFORMS, _share("a2", "a", "FY2025", 31) + _share("b2", "b", "FY2025", 20))
    [t] = _shifts(ranking)
    assert t.values["gainer"] is None and t.values["loser"] is None
    assert "Platform A had the largest market share in Southeast Asian e-commerce in 2025, 31%; " \
           "Platform B had 20%." in sections(ranking, "en")["general"]
    # a share within the rounding of its earlier reading did not move
    flat = mini_story(PLATFORMS, _share("a1", "a", "FY2024", 31) + _share("a2", "a", "FY2025", 31))
    assert not _shifts(flat)
    # an older reading of a company missing from the latest ranking is left out
    old = mini_story(PLATFORMS, _share("c1", "c", "FY2020", 9) + _share("a1", "a", "FY2024", 20)
                     + _share("a2", "a", "FY2025", 25))
    [t] = _shifts(old)
    assert t.facts == ("a1", "a2") and not t.values["others"]


def test_told_by_names_a_registered_rule() -> None:
    told = {m.id: m.told_by for m in default_vocabulary().metrics.values() if m.told_by}
    assert told["order_share"] == told["market_share"] == "share_shift"
    assert told["free_shipping_threshold"] == "threshold_move"
    assert set(told.values()) <= set(rule_names())
