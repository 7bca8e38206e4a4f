"""A minimum wage raised (Shanghai's, from RMB 2,690 to RMB 2,740 a month and
from RMB 24 to RMB 25 an hour on July 1, 2025). Before, the vocabulary had
no wage: the drafter made the figures funding and revenue, and no rule read
a labour-cost floor. Now rule ``wage_move`` tells a region's floors of one
day in one point, with what a month's rise costs per worker in a year and
the other regions' floors, and each reader reads its own side."""

from __future__ import annotations

from ministory import first_points, mini_story, sections

from summarizer.rules.check import source_findings

REGIONS = (
    "  sh: {kind: government, name: {zh-Hans: 上海, en: Shanghai}}\n"
    "  bj: {kind: government, name: {zh-Hans: 北京, en: Beijing}}\n"
)


def _wage(fid: str, value: str, per: str, period: str, base: str = "", who: str = "sh") -> str:
    return (
        f"  {fid}: {{metric: minimum_wage, entity: {who}, value: {value}, currency: CNY, "
        f"per: {per}, period: '{period}', {base}source: {{quote: 原文{fid}}}}}\n"
    )


MONTH = _wage("m0", "2690", "month", "2025-06-30") + _wage(
    "m1", "2740", "month", "2025-07-01", "base: m0, "
)
HOUR = _wage("h0", "24", "hour", "2025-06-30") + _wage("h1", "25", "hour", "2025-07-01", "base: h0, ")
BEIJING = _wage("bj1", "26.4", "hour", "2025-07-20", who="bj")


def _brief(facts: str, lang: str = "en", published: str = "2025-07-20") -> dict[str, str]:
    return sections(mini_story(REGIONS, facts, published=published), lang)


def test_monthly_and_hourly_floors_are_one_point_set_against_other_regions() -> None:
    s = _brief(MONTH + HOUR + BEIJING)
    assert (
        "On July 1, 2025, Shanghai raised its minimum wage from RMB 2,690 to RMB 2,740 a month "
        "(1.9% more) and from RMB 24 to RMB 25 an hour (4.2% more); Beijing's RMB 26.4 an hour "
        "is higher." in s["general"]
    )
    zh = _brief(MONTH + HOUR + BEIJING, "zh-Hans")
    assert (
        "自2025年7月1日起，上海月最低工资标准由2690元提高至2740元（涨1.9%），"
        "小时最低工资标准由24元提高至25元（涨4.2%）；北京为每小时26.4元，高于上海。"
        in zh["general"]
    )


def test_each_reader_reads_its_side_and_a_platform_none() -> None:
    points = first_points(_brief(MONTH + HOUR + BEIJING))
    assert "RMB 50 more a month (RMB 600 a year)" in points["factory"]  # 50 x 12, computed
    assert "hourly staff RMB 1 more an hour" in points["factory"]
    assert "quotes for labour-heavy goods" in points["seller"]
    assert "Beijing's RMB 26.4 an hour is higher than Shanghai's RMB 25" in points["brand"]
    assert "RMB 1 more an hour (4.2%" in points["service_provider"]
    assert points["researcher"].startswith("1. **For research**: Set the 1.9% rise")
    assert points["platform_operator"] == ""
    told = [p for p in points.values() if p]
    assert len(set(told)) == len(told) == 5


def test_a_rise_still_to_come_asks_for_pay_grades_before_then() -> None:
    s = _brief(MONTH, published="2025-06-10")
    assert "From July 1, 2025, Shanghai raises its minimum wage" in s["general"]
    assert "bring your lowest pay grades up before then" in s["factory"]
    assert "hourly staff" not in s["factory"]


def test_an_hourly_floor_alone_is_worded_by_the_hour() -> None:
    s = _brief(HOUR)
    assert "a year" not in s["factory"]  # no month to make a year of
    assert "cost RMB 1 more an hour (4.2%" in s["service_provider"]


def test_a_floor_held_is_no_point_and_two_kinds_of_floor_do_not_disagree() -> None:
    held = _wage("m0", "2690", "month", "2025-06-30") + _wage(
        "m1", "2690", "month", "2025-07-01", "base: m0, "
    )
    assert "minimum wage" not in _brief(held)["general"]
    story = mini_story(REGIONS, MONTH + HOUR)
    assert not [f for f in source_findings([story]) if f.code == "sources-disagree"]
