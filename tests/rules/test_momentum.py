"""momentum: year-on-year rates of consecutive quarters or months that rise
(or fall) each time are one point, "grew faster each quarter"; two rates, a
gap in the run, or neighbours the rounding could make equal are not."""

from __future__ import annotations

from platform_story import platform_story

from summarizer.model import Takeaway
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive
from summarizer.writers.markdown import brief_markdown


def _rates(*pairs: tuple[str, str]) -> str:
    return "".join(
        f"  r{i}: {{metric: gmv, measure: yoy, entity: p, period: '{period}', value: {value}, "
        "unit: percent, stated: true, source: {quote: 原文}}\n"
        for i, (period, value) in enumerate(pairs)
    )


def _momentum(*pairs: tuple[str, str]) -> list[Takeaway]:
    return [t for t in derive(platform_story(_rates(*pairs))).takeaways if t.rule == "momentum"]


def test_three_rising_quarters_are_one_point_worded_in_order() -> None:
    [t] = _momentum(("2025Q1", "1.3"), ("2025Q2", "4.5"), ("2025Q3", "6"))
    assert t.facts == ("r0", "r1", "r2") and t.values["up"] is True
    story = platform_story(_rates(("2025Q1", "1.3"), ("2025Q2", "4.5"), ("2025Q3", "6")))
    project = load_project()
    en = brief_markdown(make_brief(project, story, "en", ("general",)))
    assert (
        "Platform A's gross merchandise value (GMV) grew faster each quarter: 1.3% year on year "
        "in the first quarter of 2025, 4.5% in the second and 6% in the third."
    ) in en
    zh = brief_markdown(make_brief(project, story, "zh-Hans", ("general",)))
    assert "甲平台的商品交易总额（GMV）同比增速逐季加快：2025年一季度增长1.3%，二季度增长4.5%，三季度增长6%。" in zh


def test_a_falling_run_across_a_year_end_names_the_new_year() -> None:
    [t] = _momentum(("2024Q4", "9"), ("2025Q1", "7"), ("2025Q2", "4"))
    assert t.values["up"] is False
    story = platform_story(_rates(("2024Q4", "9"), ("2025Q1", "7"), ("2025Q2", "4")))
    zh = brief_markdown(make_brief(load_project(), story, "zh-Hans", ("general",)))
    assert "逐季放缓：2024年四季度增长9%，2025年一季度增长7%，二季度增长4%。" in zh


def test_months_make_a_run_too() -> None:
    [t] = _momentum(("2025-07", "2"), ("2025-08", "4"), ("2025-09", "6"))
    assert t.values["kind"] == "month" and t.values["ordinals"] == [7, 8, 9]


def test_two_rates_a_gap_or_a_rounding_tie_make_no_run() -> None:
    assert _momentum(("2025Q2", "4.5"), ("2025Q3", "6")) == []
    assert _momentum(("2025Q1", "1.3"), ("2025Q3", "4.5"), ("2025Q4", "6")) == []
    # 4.5% and 4.6% may be the same rate rounded: no clear step between them
    assert _momentum(("2025Q1", "1.3"), ("2025Q2", "4.5"), ("2025Q3", "4.6")) == []
    # 2% and 3% touch at 2.5%: written to the whole point, they may be one rate
    assert _momentum(("2025-07", "2"), ("2025-08", "3"), ("2025-09", "5")) == []
    # up, then down: no one direction
    assert _momentum(("2025Q1", "1"), ("2025Q2", "5"), ("2025Q3", "3")) == []


def test_the_longest_one_way_stretch_is_the_run() -> None:
    [t] = _momentum(("2025Q1", "8"), ("2025Q2", "2"), ("2025Q3", "4"), ("2025Q4", "6"))
    assert t.facts == ("r1", "r2", "r3") and t.values["up"] is True
