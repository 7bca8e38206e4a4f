"""Forecasts (`forecast:` names who expects the figure): worded as expected,
never computed or checked as results, and read per reader as something to
plan on and commit against results."""

from __future__ import annotations

from decimal import Decimal

import pytest

from summarizer.errors import SeedError
from summarizer.facts.load import parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Story
from summarizer.pipeline import fact_rows, load_project, make_brief
from summarizer.rules import derive
from summarizer.rules.check import source_findings
from summarizer.writers.markdown import brief_markdown

STORY = """\
story:
  id: guide
  source: a.txt
  title: {zh-Hans: 某平台发布业绩指引, en: A platform guides}
  published: '2025-03-01'
  lede: {zh-Hans: 某平台发布业绩与指引。, en: A platform reports and guides.}
entities:
  shop: {kind: platform, name: {zh-Hans: 甲平台, en: ShopCo}}
  firm: {kind: company, name: {zh-Hans: 某研究机构, en: ResearchCo}}
facts:
  g24: {metric: gmv, entity: shop, period: FY2024, value: 100, scale: billion, currency: USD, source: {quote: 原文}}
  g25: {metric: gmv, entity: shop, period: FY2025, value: 120, scale: billion, currency: USD, qualifier: over, forecast: %s, source: {quote: 原文}}
  g25y: {metric: gmv, measure: yoy, entity: shop, period: FY2025, value: %s, unit: percent, stated: true, forecast: %s, source: {quote: 原文}}
"""


def story(who: str = "firm", rate: str = "20") -> Story:
    return parse_story(load_yaml_text(STORY % (who, rate, who), "guide.yaml"))


def test_a_forecast_is_no_result_to_any_other_rule() -> None:
    d = derive(story())
    assert [t.rule for t in d.takeaways] == ["outlook"]  # no yoy growth, milestone or mix from it
    [t] = d.takeaways
    assert t.values["implied"].value == Decimal(20)  # type: ignore[union-attr]
    assert [c.fact for c in d.checks] == ["g25y"]  # the stated rate is checked against it


def test_a_forecast_and_a_result_of_one_period_do_not_disagree() -> None:
    """ResearchCo's 'more than US$120 billion' and a later story's US$90
    billion result for 2025 are not two sources disagreeing."""
    later = STORY.split("facts:")[0].replace("id: guide", "id: later") + (
        "facts:\n  r25: {metric: gmv, entity: shop, period: FY2025, value: 90, scale: billion, "
        "currency: USD, source: {quote: 原文}}\n"
    )
    result = parse_story(load_yaml_text(later, "later.yaml"))
    assert not source_findings([story(), result])
    as_result = parse_story(load_yaml_text(later.replace("value: 90", "value: 80"), "b.yaml"))
    assert source_findings([result, as_result])  # two results that differ still do


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "ResearchCo expects ShopCo's gross merchandise value (GMV) in 2025 to pass US$120 billion, up 20% year on year."),
        ("zh-Hans", "某研究机构预计，2025年甲平台的商品交易总额（GMV）将超过1200亿美元，同比增长20%。"),
    ],
)  # fmt: skip
def test_a_forecast_is_said_as_expected(lang: str, said: str) -> None:
    md = brief_markdown(make_brief(load_project(), story(), lang, ("general",)))  # type: ignore[arg-type]
    assert said in md
    rows = fact_rows(load_project(), story(), lang)  # type: ignore[arg-type]
    labels = {r.label for r in rows}
    assert any("ResearchCo's forecast" in x or "某研究机构预测" in x for x in labels)


def test_growth_implied_by_an_approximate_forecast_is_approximate() -> None:
    """'About US$16 billion' against US$11.5 billion is about 39% more, not
    the 39.1% the division prints (Walmart's US e-commerce, 2018); an exact
    forecast keeps its decimal."""
    base = STORY.replace("  g25y: ", "  # g25y: ").replace("value: 120", "value: 139.13")
    fill = ("firm", "20", "firm")
    exact = parse_story(load_yaml_text(base.replace("qualifier: over, ", "") % fill, "a.yaml"))
    about = parse_story(
        load_yaml_text(base.replace("qualifier: over", "qualifier: about") % fill, "b.yaml")
    )

    def brief(s: Story, lang: str) -> str:
        return brief_markdown(make_brief(load_project(), s, lang, ("general",)))  # type: ignore[arg-type]

    assert "up 39.1% on the US$100 billion of a year earlier" in brief(exact, "en")
    assert "up about 39% on the US$100 billion of a year earlier" in brief(about, "en")
    assert "比上年同期的1000亿美元增长约39%" in brief(about, "zh-Hans")


def test_each_reader_plans_on_it_differently() -> None:
    md = brief_markdown(make_brief(load_project(), story(), "en"))
    assert "a forecast is not a sale" in md  # seller
    assert "a forecast is not an order" in md  # factory


def test_an_unknown_forecaster_is_refused_where_it_is_written() -> None:
    with pytest.raises(SeedError) as info:
        story(who="nobody")
    assert "guide.yaml:12:" in info.value.render() and "nobody" in info.value.render()


GUIDANCE = """\
story:
  id: guide2
  source: a.txt
  title: {zh-Hans: 沃尔玛上调指引, en: Walmart raises its outlook}
  published: '2025-11-20'
  lede: {zh-Hans: 沃尔玛上调全年指引。, en: Walmart raises its outlook.}
entities:
  w: {kind: platform, fiscal_year_end: 1, name: {zh-Hans: 沃尔玛, en: Walmart}}
facts:
  guide: {metric: revenue, measure: yoy, entity: w, period: FY2026, value: [4.8, 5.1], unit: percent, stated: true, forecast: w, source: {quote: 原文}}
"""


def test_guidance_given_as_a_growth_range_is_said_as_expected_growth_both_ends() -> None:
    """'The company now expects net sales growth of 4.8 percent to 5.1 percent':
    no forecast level, so it reached no reader; and a range of rates was
    printed as its lower end alone ('增长4.8%')."""
    s = parse_story(load_yaml_text(GUIDANCE, "guide2.yaml"))
    [t] = [t for t in derive(s).takeaways if t.rule == "outlook"]
    assert t.facts == ("guide",) and t.values["rate_only"]
    zh = brief_markdown(make_brief(load_project(), s, "zh-Hans"))
    en = brief_markdown(make_brief(load_project(), s, "en"))
    assert "沃尔玛预计，2026财年其收入将同比增长4.8%至5.1%。" in zh
    assert "Walmart expects its revenue in fiscal 2026 to grow 4.8%–5.1%." in en
