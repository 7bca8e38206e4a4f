"""download_move: shopping apps gaining or losing new users, as app trackers'
download estimates say (Temu and Shein in the US, spring 2025: about 650,000
and 430,000 a week in early March, 176,000 and 172,000 in late April). Read
as growth, each app's fall was "a shrinking channel" once per app and the
same sentence under every label."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  t: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
    "  s: {kind: platform, name: {zh-Hans: 乙, en: Beta}}\n"
)


def _level(fid: str, entity: str, period: str, value: int, extra: str = "") -> str:
    return (
        f"  {fid}: {{metric: downloads, entity: {entity}, period: {period}, value: {value}, "
        f"unit: downloads, per: week{extra}, source: {{quote: {fid}原文}}}}\n"
    )


def _pair(entity: str, before: int, after: int, rough: bool = True) -> str:
    q = ", qualifier: about" if rough else ""
    return _level(f"{entity}0", entity, "2025-03-early", before, q) + _level(
        f"{entity}1", entity, "2025-04-21/2025-04-27", after, f", base: {entity}0"
    )


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2025-05-02")


def _moves(story: Story) -> list[object]:
    return [t for t in derive(story).takeaways if t.rule == "download_move"]


def test_two_apps_falling_are_one_point_largest_first_and_estimates_stay_whole() -> None:
    story = _story(_pair("s", 430000, 172000) + _pair("t", 650000, 176000))
    assert len(_moves(story)) == 1
    en = sections(story, "en")
    assert ("Alpha's app downloads fell from about 650,000 downloads a week in early March 2025 "
            "to 176,000 downloads between April 21 and 27, 2025, about 73% fewer; Beta's from "
            "about 430,000 downloads to 172,000 downloads (about 60% fewer).") in en["general"]
    assert "72.9" not in en["general"]
    zh = sections(story, "zh-Hans")
    assert ("甲的下载量从2025年3月上旬的每周约65万次降至2025年4月21日至27日的17.6万次，减少约73%；"
            "乙从每周约43万次降至17.2万次，减少约60%。") in zh["general"]


def test_each_reader_reads_a_fall_its_own_way() -> None:
    en = sections(_story(_pair("s", 430000, 172000) + _pair("t", 650000, 176000)), "en")
    assert "do not count on their traffic for new customers" in en["seller"]
    assert "bargain hunters they used to win with ads" in en["brand"]
    assert "plan for less and line up other channels" in en["factory"]
    assert "ad and app-marketing budgets have shrunk" in en["service_provider"]
    assert "are yours to win" in en["platform_operator"]
    assert "estimates of first-time installs" in en["researcher"]
    firsts = [en[r].split("1. ", 1)[1].split(": ", 1)[1][:20] for r in
              ("seller", "brand", "factory", "service_provider", "platform_operator",
               "researcher")]
    assert len(set(firsts)) == len(firsts), firsts


def test_a_rise_from_exact_figures_has_no_about_and_is_new_shoppers_to_list_for() -> None:
    story = _story(_pair("t", 400000, 451000, rough=False))
    en = sections(story, "en")
    assert "about" not in en["general"].split("Alpha's app downloads", 1)[1].split(".", 1)[0]
    assert "13% more" in en["general"]
    assert "list there and have stock ready" in en["seller"]
    assert "expect more competition for bargain hunters" in en["brand"]


def test_a_stated_rate_alone_is_a_move() -> None:
    rate = (
        "  r: {metric: downloads, entity: t, measure: yoy, period: 2024M3, value: -15, "
        "unit: percent, source: {quote: r原文}}\n"
    )
    en = sections(_story(rate), "en")
    assert "Alpha's app downloads fell 15% in March 2024 year on year." in en["general"]


def test_a_weekly_figure_against_a_monthly_one_is_no_move() -> None:
    facts = _level("a", "t", "2025-03-early", 650000) + (
        "  b: {metric: downloads, entity: t, period: 2025-04, value: 700000, unit: downloads, "
        "per: month, base: a, source: {quote: b原文}}\n"
    )
    assert not _moves(_story(facts))


def test_one_app_is_it_not_they() -> None:
    fall = _story(_pair("t", 400000, 300000, rough=False))
    en = sections(fall, "en")
    assert "the shoppers it no longer reaches are yours to win" in en["platform_operator"]
    assert "the buyers it already has" in en["seller"]
    rise = sections(_story(_pair("t", 400000, 520000, rough=False)), "en")
    assert "watch which of yours it takes" in rise["platform_operator"]
    assert "对精打细算的消费者的争夺会更激烈" in sections(
        _story(_pair("t", 400000, 520000, rough=False)), "zh-Hans")["brand"]
