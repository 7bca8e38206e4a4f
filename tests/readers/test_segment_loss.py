"""A line of business losing money that another line's profit carries (JD.com:
new businesses lost RMB 15.7 billion in a quarter when JD Retail earned
RMB 14.8 billion). Each figure alone is a level no rule read, so the loss the
lede leads with reached no reader; rule ``segment_loss`` sets it against the
profit of the line that earns most and words what that means per reader: a
platform's sellers, rival platforms and researchers; a brand's stockists,
rival brands and researchers; no factory or provider."""

from __future__ import annotations

from pathlib import Path

from ministory import first_points, mini_story, sections, yuan_facts

from summarizer.facts.load import load_stories
from summarizer.model import Story
from summarizer.pipeline import fact_rows, load_project
from summarizer.rules import derive

ROOT = Path(__file__).resolve().parents[2]


def _story(kind: str, loss: int, profit: int, metric: str = "operating_income") -> Story:
    entities = (
        f"  p: {{kind: {kind}, name: {{zh-Hans: 甲公司, en: Alpha}}}}\n"
        "  core: {kind: product, name: {zh-Hans: 零售业务, en: retail}}\n"
        "  new: {kind: product, name: {zh-Hans: 外卖业务, en: food delivery}}\n"
    )
    rows = (("lo", "new", "2025Q3", loss), ("pr", "core", "2025Q3", profit))
    return mini_story(entities, yuan_facts(metric, rows))


def test_a_loss_larger_than_the_profit_that_carries_it_is_one_point() -> None:
    s = sections(_story("platform", -157, 148), "en")
    assert (
        "1. Alpha's food delivery posted an operating loss of RMB 15.7 billion in the third "
        "quarter of 2025, more than retail's operating profit of RMB 14.8 billion."
    ) in s["general"]
    zh = sections(_story("platform", -157, 148), "zh-Hans")
    assert (
        "1. 甲公司的外卖业务2025年三季度经营亏损157亿元，超过零售业务同期148亿元的经营利润。"
    ) in zh["general"]
    tw = sections(_story("platform", -157, 148), "zh-Hant")
    assert "經營虧損157億元" in tw["general"]


def test_a_smaller_loss_is_a_share_of_the_profit_and_a_close_one_about_as_much() -> None:
    s = sections(_story("platform", -90, 150), "en")
    assert "a net loss" not in s["general"]
    assert (
        "operating loss of RMB 9 billion in the third quarter of 2025, about 60% of retail's "
        "operating profit of RMB 15 billion." in s["general"]
    )
    assert (
        "约相当于零售业务同期经营利润（150亿元）的60%"
        in sections(_story("platform", -90, 150), "zh-Hans")["general"]
    )
    # 14.8 and 14.9 billion: their rounding cannot tell which is larger
    close = sections(_story("platform", -149, 148), "en")["general"]
    assert "about as much as retail's operating profit of RMB 14.8 billion" in close
    net = sections(_story("platform", -90, 150, "adjusted_net_income"), "en")["general"]
    assert "posted an adjusted net loss of RMB 9 billion" in net


def test_a_platforms_readers_each_read_their_own_side() -> None:
    s = sections(_story("platform", -157, 148), "en")
    points = first_points(s)
    assert points["seller"].startswith(
        "1. **Opportunity**: Alpha's food delivery posted an operating loss of RMB 15.7 "
        "billion in the third quarter of 2025, more than retail's"
    )
    assert (
        "if Alpha invites you into its food delivery, terms are likely to be generous"
        in points["seller"]
    )
    assert points["platform_operator"].startswith("1. **Competition**")
    assert "where you compete with Alpha in food delivery" in points["platform_operator"]
    assert points["researcher"].startswith("1. **For research**")
    assert "whether retail's profit still covers the loss in food delivery" in points["researcher"]
    assert points["factory"] == points["service_provider"] == points["brand"] == ""
    zh = first_points(sections(_story("platform", -157, 148), "zh-Hans"))
    assert "如果甲公司邀你加入外卖业务" in zh["seller"]
    assert "在外卖业务上与甲公司竞争时" in zh["platform_operator"]


def test_a_brands_losing_line_is_a_stockists_risk_and_a_rivals_price_floor() -> None:
    points = first_points(sections(_story("brand", -20, 60), "en"))
    assert points["seller"].startswith("1. **Risk**")
    assert (
        "if you stock Alpha's food delivery, ask how long it will keep the line going"
        in points["seller"]
    )
    assert points["brand"].startswith("1. **Competition**")
    assert "do not count on its prices rising soon" in points["brand"]
    assert points["platform_operator"] == points["factory"] == ""


def test_a_loss_with_no_profitable_line_beside_it_is_no_point() -> None:
    story = _story("platform", -157, -20)
    assert not [t for t in derive(story).takeaways if t.rule == "segment_loss"]
    assert not [
        t for t in derive(_story("platform", 157, 148)).takeaways if t.rule == "segment_loss"
    ]


def test_jd_new_businesses_loss_reaches_its_readers() -> None:
    (story,) = load_stories([ROOT / "seeds" / "jd-q3-2025.yaml"])
    (loss,) = [t for t in derive(story).takeaways if t.rule == "segment_loss"]
    assert loss.facts == ("new-loss", "retail-op")
    assert loss.values["more"]


def test_the_facts_table_says_a_loss_not_a_negative_profit() -> None:
    story = _story("platform", -157, 148)
    rows = {
        lang: {r.id: (r.label, r.value) for r in fact_rows(load_project(), story, lang)}
        for lang in ("en", "zh-Hans", "zh-Hant")
    }
    assert rows["en"]["lo"] == ("operating loss (food delivery)", "RMB 15.7 billion")
    assert rows["zh-Hans"]["lo"] == ("经营亏损（外卖业务）", "157亿元")
    assert rows["zh-Hant"]["lo"][0] == "經營虧損（外送業務）"  # Taiwan says 外送
    assert rows["en"]["pr"] == ("operating profit (retail)", "RMB 14.8 billion")
    net = _story("platform", -90, 150, "net_income")
    assert fact_rows(load_project(), net, "en")[0].label == "net loss (food delivery)"
