"""peer_rates: one metric's year-on-year rates for three or more companies
over the same days (a card-spending panel, a results round-up) are one
point: who grew fastest, who fell most, who was flat; two companies, parts
of one company, or rates of different periods are not."""

from __future__ import annotations

from summarizer.facts.load import parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Story, Takeaway
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive
from summarizer.writers.markdown import brief_markdown

HEAD = """\
story:
  id: p
  source: a.txt
  title: {zh-Hans: 标题, en: Title}
  published: '2024-11-22'
  lede: {zh-Hans: 导语。, en: Lede.}
entities:
  a: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}
  b: {kind: platform, name: {zh-Hans: 乙平台, en: Platform B}}
  c: {kind: company, name: {zh-Hans: 丙公司, en: Company C}}
  d: {kind: brand, name: {zh-Hans: 丁品牌, en: Brand D}}
  seg: {kind: market, name: {zh-Hans: 美国, en: the US}}
facts:
"""


def _story(*rows: tuple[str, str], period: str = "2024-11-01/2024-11-14") -> Story:
    facts = "".join(
        f"  {e}: {{metric: gmv, measure: yoy, entity: {e}, period: {period}, value: {v}, "
        "unit: percent, stated: true, source: {quote: 原文}}\n"
        for e, v in rows
    )
    return parse_story(load_yaml_text(HEAD + facts, "p.yaml"))


def _peers(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule == "peer_rates"]


def test_rates_side_by_side_name_the_fastest_the_biggest_fall_and_the_flat() -> None:
    story = _story(("a", "18"), ("b", "0"), ("c", "-1.9"), ("d", "-19.9"))
    [t] = _peers(story)
    assert [f.entity for f in t.values["up"]] == ["a"]
    assert [f.entity for f in t.values["down"]] == ["d", "c"]
    assert [f.entity for f in t.values["flat"]] == ["b"]
    project = load_project()
    en = brief_markdown(make_brief(project, story, "en", ("general", "seller", "researcher")))
    assert (
        "Of the four companies tracked, gross merchandise value (GMV) between November 1 and 14, "
        "2024 rose fastest at Platform A (18%) and fell most at Brand D (19.9%) and Company C "
        "(1.9%), year on year; Platform B was flat."
    ) in en
    assert "shoppers' money is moving to these platforms, so list and advertise there first" in en
    assert "rates run from a 19.9% fall at Brand D to a rise of 18% at Platform A" in en
    zh = brief_markdown(make_brief(project, story, "zh-Hans", ("general",)))
    assert (
        "在统计的四家企业中，商品交易总额（GMV）同比增长最快的是甲平台（18%），"
        "下降最多的是丁品牌（19.9%）和丙公司（1.9%）；乙平台基本持平。"
    ) in zh


def test_two_companies_parts_or_mixed_periods_are_no_league() -> None:
    assert _peers(_story(("a", "18"), ("b", "16"))) == []
    rows = "".join(
        f"  {e}: {{metric: gmv, measure: yoy, entity: {e}, period: {p}, value: {v}, "
        "unit: percent, stated: true, source: {quote: 原文}}\n"
        for e, p, v in [("a", "2024Q3", "18"), ("b", "2024Q3", "16"), ("c", "2024Q2", "-4")]
    )
    assert _peers(parse_story(load_yaml_text(HEAD + rows, "p.yaml"))) == []
    three = parse_story(load_yaml_text(HEAD + "".join(
        f"  {e}: {{metric: gmv, measure: yoy, entity: a, segment: seg, period: {p}, value: {v}, "
        "unit: percent, stated: true, source: {quote: 原文}}\n"
        for e, p, v in [("x", "2024Q1", "1"), ("y", "2024Q2", "5"), ("z", "2024Q3", "9")]
    ), "p.yaml"))
    assert _peers(three) == []  # one company's part, three quarters: momentum's, not a league


def test_all_flat_is_no_point() -> None:
    assert _peers(_story(("a", "0"), ("b", "0"), ("c", "0"))) == []


def _fiscal_league(a_rate: str) -> Story:
    """a (fiscal year to March) in its fiscal Q2 at ``a_rate``; b and c in Q3."""
    text = HEAD.replace(
        "  a: {kind: platform,", "  a: {kind: platform, fiscal_year_end: 3,"
    ) + "".join(
        f"  {e}: {{metric: revenue, measure: yoy, entity: {e}, period: {p}, value: {v}, "
        "unit: percent, stated: true, source: {quote: 原文}}\n"
        for e, p, v in [("a", "2026Q2", a_rate), ("b", "2025Q3", "15"), ("c", "2025Q3", "9")]
    )
    return parse_story(load_yaml_text(text, "p.yaml"))


def test_a_fiscal_quarter_lines_up_with_the_calendar_months_it_covers() -> None:
    """Alibaba's second fiscal quarter (year ending March) is July to
    September 2025: the same months as JD's and PDD's third quarter."""
    [t] = _peers(_fiscal_league("5"))
    assert [f.entity for f in t.values["up"]] == ["b", "c", "a"]


def test_a_league_of_fiscal_and_calendar_quarters_is_dated_by_the_calendar() -> None:
    """The fastest (a, fiscal year to March) reports its fiscal Q2; the
    league is worded as the third quarter of 2025, as b and c report it."""
    story = _fiscal_league("25")
    [t] = _peers(story)
    assert t.values["cur"].entity == "a" and t.values["when"].entity == "b"
    project = load_project()
    en = brief_markdown(make_brief(project, story, "en", ("general",)))
    assert "revenue in the third quarter of 2025 rose fastest at Platform A (25%)" in en
    assert "fiscal" not in en
    zh = brief_markdown(make_brief(project, story, "zh-Hans", ("general",)))
    assert "2025年三季度，在统计的三家企业中" in zh
