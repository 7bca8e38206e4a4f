"""Container ships keeping their schedules (Sea-Intelligence's November 2023 figures: global schedule
reliability down 2.5 points on the month to 61.9%, 5.4 points above a year earlier; late ships 5.02
days late on average, 0.10 days more; Evergreen 70%, Wan Hai 68.1%). Read before as a growth rate,
the story told a brand that reliability "is the bar for your own sales"; now each reader is told the
figure it plans on, and a reader whose figure is missing is not told."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = ("  ships: {kind: market, name: {zh-Hans: 全球集装箱航运, en: global container shipping}}\n"
            "  evergreen: {kind: company, name: {zh-Hans: 长荣海运, en: Evergreen}}\n"
            "  wan-hai: {kind: company, name: {zh-Hans: 万海航运, en: Wan Hai}}\n")


def _fact(fid: str, metric: str, value: str, extra: str = "", entity: str = "ships") -> str:
    return (f"  {fid}: {{metric: {metric}, entity: {entity}, period: 2023-11, value: {value}, {extra}"
            f"source: {{quote: {fid}原文}}}}\n")


LEVEL = _fact("r", "schedule_reliability", "61.9", "unit: percent, ")
MONTH = _fact("rm", "schedule_reliability", "-2.5", "measure: change, stated: true, unit: pp, ")
YEAR = _fact("ry", "schedule_reliability", "5.4", "measure: yoy, stated: true, unit: pp, ")
DELAY = (_fact("d", "arrival_delay", "5.02", "unit: days, ")
         + _fact("dm", "arrival_delay", "'0.10'", "measure: change, stated: true, unit: days, "))
CARRIERS = (_fact("w", "schedule_reliability", "68.1", "unit: percent, ", "wan-hai")
            + _fact("e", "schedule_reliability", "70", "unit: percent, ", "evergreen"))


def _story(facts: str = LEVEL + MONTH + YEAR + DELAY + CARRIERS) -> Story:
    return mini_story(ENTITIES, facts, published="2023-12-29")


def test_the_month_against_the_year_and_the_late_ships_delay() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("Schedule reliability in global container shipping fell 2.5 percentage points to 61.9% in "
            "November 2023, though still 5.4 percentage points above a year earlier; ships that arrived "
            "late were 5.02 days late on average, 0.1 days more than a month earlier.") in en["general"]
    assert ("2023年11月全球集装箱航运的船期准班率比上月下降2.5个百分点至61.9%，但仍比上年同期高5.4个百分点；"
            "晚到船舶平均延误5.02天，比上月多0.1天。") in zh["general"]
    # the stated year-on-year move in points is this rule's, not a growth rate to beat
    assert [t.rule for t in derive(_story()).takeaways] == ["schedule_reliability"]


def test_each_reader_plans_on_its_own_figure() -> None:
    en = sections(_story(), "en")
    assert "Container ships that arrived late were 5.02 days late on average" in en["seller"]
    assert "add that delay to your lead time" in en["seller"]
    # carriers ranked from the most reliable, whatever the editor's order
    assert "Evergreen kept time best in November 2023 at 70%, Wan Hai next at 68.1%" in en["brand"]
    assert "in a month yet stands 5.4 percentage points above a year earlier" in en["service_provider"]
    assert "set inbound deadlines for peak sales with that margin" in en["platform_operator"]
    assert "counts ships arriving on schedule, not cargo delayed" in en["researcher"]
    assert "seizure" not in en["factory"] and "5.02" not in en["factory"]
    firsts = [en[r].split(": ", 1)[-1][:50] for r in READERS if r != "factory"]
    assert len(set(firsts)) == len(firsts), firsts


def test_a_reader_whose_figure_is_missing_is_not_told() -> None:
    en = sections(_story(LEVEL + MONTH + YEAR), "en")
    for role in ("seller", "brand", "platform_operator"):
        assert "61.9" not in en[role] and "late" not in en[role], role
    assert "Reliability fell 2.5 percentage points in a month yet stands" in en["service_provider"]
    en = sections(_story(LEVEL + DELAY), "en")
    assert "Schedule reliability in global container shipping was 61.9% in November 2023" in en["general"]
    assert "Reliability" not in en["service_provider"]


def test_a_rise_on_both_spans_takes_no_though() -> None:
    up = LEVEL + _fact("rm", "schedule_reliability", "1.2", "measure: change, stated: true, unit: pp, ") + YEAR
    en = sections(_story(up), "en")
    assert ("rose 1.2 percentage points to 61.9% in November 2023, 5.4 percentage points above a year "
            "earlier.") in en["general"]
    assert "Reliability rose 1.2 percentage points in a month: shippers" in en["service_provider"]


def test_a_level_alone_makes_no_point() -> None:
    assert not [t for t in derive(_story(LEVEL)).takeaways if t.rule == "schedule_reliability"]
