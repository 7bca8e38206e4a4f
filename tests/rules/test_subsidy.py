"""subsidy_pace: a platform's subsidy budget over a run of days is told with
its pace -- RMB 50 billion over 12 months is about RMB 4.17 billion a month,
RMB 137 million a day -- and each reader reads it from its side; a year's
subsidy spending (no run of days) is a flow like any other."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from summarizer.facts.load import load_story, parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Story, Takeaway
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive
from summarizer.writers.markdown import brief_markdown

SEED = Path(__file__).resolve().parents[2] / "seeds" / "taobao-instant-commerce-subsidy-2025.yaml"
READERS = ("brand", "seller", "factory", "service_provider", "platform_operator", "researcher")


def _paces(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule == "subsidy_pace"]


def test_a_years_budget_is_a_monthly_and_a_daily_pace_for_each_reader() -> None:
    story = load_story(SEED)
    [t] = _paces(story)
    assert t.values["days"] == 365
    assert round(t.values["per_day"].value / 1_000_000) == 137
    assert round(t.values["per_month"].value / 10_000_000) == 417
    md = brief_markdown(make_brief(load_project(), story, "en"))
    sections = dict(zip(("general", *READERS), md.split("\n## ")[1:-1], strict=True))
    assert ("Taobao will spend RMB 50 billion on subsidies for Taobao Instant Commerce between "
            "July 2, 2025 and July 1, 2026: about RMB 4.17 billion a month, or RMB 137 million "
            "a day.") in sections["brand"]
    assert "check your pricing controls on Taobao Instant Commerce" in sections["brand"]
    assert "set prices so that each order still pays when it stops" in sections["seller"]
    assert "plan short runs and quick reorders" in sections["factory"]
    assert "capacity and staff to sell" in sections["service_provider"]
    assert "decide where to match it and where to hold your margin" in sections["platform_operator"]
    assert "track what stays when the subsidies end" in sections["researcher"]
    said = [line for s in sections.values() for line in s.splitlines() if line.startswith("1. **")]
    assert len(said) == len(set(said))  # each reader its own sentence
    zh = brief_markdown(make_brief(load_project(), story, "zh-Hans"))
    assert "淘宝将在2025年7月2日至2026年7月1日为淘宝闪购投入500亿元补贴，约合每月41.7亿元、每天1.37亿元。" in zh


def test_a_short_run_has_no_monthly_pace_and_a_year_has_no_pace() -> None:
    head = """\
story:
  id: s
  source: s.txt
  title: {zh-Hans: 标题, en: Title}
  published: '2025-11-05'
  lede: {zh-Hans: 导语。, en: Lede.}
entities:
  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}
facts:
"""
    week = parse_story(load_yaml_text(head + (
        "  s: {metric: subsidy, entity: p, period: 2025-11-01/2025-11-11, value: 11, scale: "
        "billion, currency: CNY, source: {quote: 原文}}\n"), "s.yaml"))
    [t] = _paces(week)
    assert t.values["per_month"] is None and t.values["per_day"].value == Decimal(1_000_000_000)
    en = brief_markdown(make_brief(load_project(), week, "en", ("general",)))
    assert "is spending RMB 11 billion" in en and "about RMB 1 billion a day" in en
    year = parse_story(load_yaml_text(head + (
        "  s: {metric: subsidy, entity: p, period: FY2024, value: 11, scale: "
        "billion, currency: CNY, source: {quote: 原文}}\n"), "s.yaml"))
    assert _paces(year) == []
