"""Fiscal years that are not calendar years (Alibaba's ends in March):
`fiscal_year_end` on the entity moves its FY, H and Q codes to the right
months and words them 2026财年第二季度 / the second quarter of fiscal 2026,
never 2026年二季度, which would be another quarter."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.errors import SeedError
from summarizer.facts.load import parse_story
from summarizer.facts.periods import parse_period
from summarizer.facts.yamlload import load_yaml_text
from summarizer.pipeline import load_project, make_brief
from summarizer.realise.dates import format_period
from summarizer.writers.markdown import brief_markdown


@pytest.mark.parametrize(
    ("code", "year_end", "start", "end"),
    [
        ("FY2026", 3, date(2025, 4, 1), date(2026, 3, 31)),
        ("2026Q2", 3, date(2025, 7, 1), date(2025, 9, 30)),
        ("2026Q4", 3, date(2026, 1, 1), date(2026, 3, 31)),
        ("2026H1", 3, date(2025, 4, 1), date(2025, 9, 30)),
        ("FY2015", 9, date(2014, 10, 1), date(2015, 9, 30)),  # the US government's
        ("FY2026", 1, date(2025, 2, 1), date(2026, 1, 31)),  # Walmart's
        ("2026-03", 3, date(2026, 3, 1), date(2026, 3, 31)),  # a month is a month
        ("FY2024", 12, date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_fiscal_codes_cover_the_right_months(
    code: str, year_end: int, start: date, end: date
) -> None:
    p = parse_period(code, year_end)
    assert (p.start, p.end) == (start, end)
    before = p.previous()  # a year earlier is the same fiscal period
    assert (before.start, before.end) == (start.replace(year=start.year - 1), end.replace(year=end.year - 1))


@pytest.mark.parametrize(
    ("code", "zh", "en"),
    [
        ("FY2026", "2026财年", "fiscal 2026"),
        ("2026Q2", "2026财年第二季度", "the second quarter of fiscal 2026"),
        ("2026H1", "2026财年上半年", "the first half of fiscal 2026"),
        ("2026Q1-Q3", "2026财年前三季度", "the first three quarters of fiscal 2026"),
        ("FY2024/FY2026", "2024至2026财年", "fiscal 2024–2026"),
        ("2025-09-30", "截至2025年9月30日", "as of September 30, 2025"),
    ],
)
def test_fiscal_periods_are_said_as_fiscal(code: str, zh: str, en: str) -> None:
    assert format_period(code, "zh-Hans", year_end=3) == zh
    assert format_period(code, "en", year_end=3) == en
    assert format_period(code, "en") != en or code == "2025-09-30"  # calendar codes unchanged


STORY = """\
story:
  id: ali
  source: a.txt
  title: {{zh-Hans: 阿里巴巴季度业绩, en: Alibaba's quarter}}
  published: '2025-11-25'
  lede: {{zh-Hans: 阿里巴巴公布季度业绩。, en: Alibaba reports its quarter.}}
entities:
  alibaba: {{kind: company, fiscal_year_end: {end}, name: {{zh-Hans: 阿里巴巴, en: Alibaba}}}}
facts:
  r1: {{metric: revenue, entity: alibaba, period: 2026Q2, value: 2478, scale: 亿, currency: CNY, source: {{quote: 原文}}}}
  r0: {{metric: revenue, entity: alibaba, period: 2025Q2, value: 2365, scale: 亿, currency: CNY, source: {{quote: 原文}}}}
"""


def test_a_fiscal_quarter_is_worded_as_one_in_every_language() -> None:
    story = parse_story(load_yaml_text(STORY.format(end=3), "ali.yaml"))
    assert story.fact("r1").year_end == 3
    md = {
        lang: brief_markdown(make_brief(load_project(), story, lang, ("general",)))  # type: ignore[arg-type]
        for lang in ("zh-Hans", "zh-Hant", "en")
    }
    assert "从2025财年第二季度的2365亿元增至2026财年第二季度的2478亿元" in md["zh-Hans"]
    assert "2026財年第二季的2478億元" in md["zh-Hant"]
    assert "in the second quarter of fiscal 2026, up 4.8%" in md["en"]


def test_a_year_end_outside_1_to_12_is_refused_with_its_place() -> None:
    with pytest.raises(SeedError) as info:
        parse_story(load_yaml_text(STORY.format(end=13), "ali.yaml"))
    text = info.value.render()
    assert "ali.yaml:8:45: error: field 'entities.alibaba.fiscal_year_end': 13 is greater than the maximum of 12" in text
