"""mix_shift and milestone: general rules over any amount that adds up."""

from __future__ import annotations

from decimal import Decimal

from summarizer.facts.load import parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive
from summarizer.writers.markdown import brief_markdown

HEAD = """\
story:
  id: s
  source: a.txt
  title: {zh-Hans: 标题, en: Title}
  published: '2025-03-01'
  lede: {zh-Hans: 导语。, en: Lede.}
entities:
  a: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}
  x: {kind: market, name: {zh-Hans: 国内, en: home}}
  y: {kind: market, name: {zh-Hans: 海外, en: overseas}}
facts:
"""


def fact(fid: str, metric: str, period: str, value: str, segment: str = "") -> str:
    seg = f", segment: {segment}" if segment else ""
    return (
        f"  {fid}: {{metric: {metric}, entity: a, period: '{period}', value: {value}, "
        f"scale: 亿, currency: USD{seg}, source: {{quote: 原文}}}}\n"
    )


def story(facts: str):  # type: ignore[no-untyped-def]
    return parse_story(load_yaml_text(HEAD + facts, "s.yaml"))


def test_the_part_whose_share_moved_most_is_named_in_points() -> None:
    s = story(
        fact("t1", "revenue", "FY2023", "100") + fact("x1", "revenue", "FY2023", "60", "x")
        + fact("y1", "revenue", "FY2023", "40", "y") + fact("t2", "revenue", "FY2024", "200")
        + fact("x2", "revenue", "FY2024", "80", "x") + fact("y2", "revenue", "FY2024", "120", "y")
    )
    [t] = [t for t in derive(s).takeaways if t.rule == "mix_shift"]
    assert t.values["part"].segment in ("x", "y")  # type: ignore[union-attr]
    assert abs(t.values["delta"].value) == Decimal(20)  # type: ignore[union-attr]
    project = load_project()
    general = ("general",)
    zh = brief_markdown(make_brief(project, s, "zh-Hans", general))
    en = brief_markdown(make_brief(project, s, "en", general))
    assert "占比从2023年的40%升至2024年的60%，提高20个百分点" in zh or "占比从2023年的60%降至2024年的40%" in zh
    assert "share of Platform A's revenue" in en


def test_a_round_mark_passed_between_two_years_is_a_milestone() -> None:
    s = story(fact("g1", "gmv", "FY2023", "80") + fact("g2", "gmv", "FY2024", "120"))
    [t] = [t for t in derive(s).takeaways if t.rule == "milestone"]
    assert t.values["mark"].value == Decimal(10) ** 10  # type: ignore[union-attr]


def test_a_day_against_a_year_is_no_milestone() -> None:
    s = story(fact("g1", "gmv", "2024-11-29", "1") + fact("g2", "gmv", "FY2024", "90"))
    assert not [t for t in derive(s).takeaways if t.rule == "milestone"]


def test_an_amount_per_item_passes_no_mark() -> None:
    """A duty of $75 an item raised to $150 moved; it did not 'pass US$100'
    (and the milestone's wording had dropped 'an item')."""
    per = (
        "  d1: {metric: duty, entity: a, period: '2025-05-02', value: 75, currency: USD, "
        "per: item, source: {quote: 原文}}\n"
        "  d2: {metric: duty, entity: a, period: '2025-06-01', value: 150, currency: USD, "
        "per: item, source: {quote: 原文}}\n"
    )
    assert not [t for t in derive(story(per)).takeaways if t.rule == "milestone"]


def test_no_mark_is_claimed_when_the_figure_dwarfs_it() -> None:
    s = story(fact("g1", "gmv", "FY2023", "9") + fact("g2", "gmv", "FY2024", "95"))
    marks = [t.values["mark"].value for t in derive(s).takeaways if t.rule == "milestone"]  # type: ignore[union-attr]
    assert marks == [Decimal(5) * Decimal(10) ** 9]  # US$5 billion, not US$1 billion
