"""container_move: a port's month of container volumes (the Port of Los Angeles in May 2025:
716,619 TEUs, down 5%; loaded imports 355,950, down 9%; the year so far still up 4%). As
generic growth each count was "a shrinking channel" once per figure, empty boxes included;
now the loaded imports decide what the month means to each reader."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive
from summarizer.rules.timeline import previous_period

ENTITIES = "  p: {kind: company, name: {zh-Hans: 甲港, en: Port Alpha}}\n"


def _teu(fid: str, period: str, value: str, segment: str = "") -> str:
    seg = f", segment: {segment}" if segment else ""
    return (f"  {fid}: {{metric: port_volume, entity: p, period: {period}, value: {value}, "
            f"unit: teu{seg}, source: {{quote: {fid}原文}}}}\n")


def _yoy(fid: str, period: str, value: str, segment: str = "") -> str:
    seg = f", segment: {segment}" if segment else ""
    return (f"  {fid}: {{metric: port_volume, measure: yoy, stated: true, entity: p, "
            f"period: {period}, value: {value}, unit: percent{seg}, source: {{quote: {fid}原文}}}}\n")


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2025-06-16")


MAY = (_teu("t", "2025-05", "716619") + _yoy("ty", "2025-05", "-5")
       + _teu("i", "2025-05", "355950", "loaded-imports") + _yoy("iy", "2025-05", "-9", "loaded-imports")
       + _teu("y", "2025M1-M5", "4063472") + _yoy("yy", "2025M1-M5", "4"))


def test_imports_down_in_a_year_still_up_are_goods_brought_in_early() -> None:
    [t] = [t for t in derive(_story(MAY)).takeaways if t.rule == "container_move"]
    assert t.values["payback"] and t.values["down"]
    en = sections(_story(MAY), "en")
    assert ("Port Alpha handled 716,619 TEUs in May 2025, down 5% year on year; loaded imports "
            "355,950 TEUs (down 9%); over the year so far it is still up 4% (4.063 million TEUs).") \
        in en["general"]
    assert "With loaded imports at Port Alpha down 9% year on year in May 2025" in en["seller"]
    assert "rivals who did not ship early may run short" in en["seller"]
    assert "spread your order book across markets" in en["factory"]
    assert "less drayage, warehousing and customs work" in en["service_provider"]
    assert "brought in early and are being paid back now" in en["researcher"]
    # not lead: one lead-in under the seller only; the others come in by their own figure
    assert "Importers shipping through Port Alpha are bringing in 9% less" in en["factory"]
    assert "With Port Alpha handling 5% fewer containers than a year earlier" \
        in en["service_provider"]
    assert "With fewer imported goods coming through Port Alpha ahead of the holidays" \
        in en["platform_operator"]
    assert "Volumes at Port Alpha lead what retailers hold in stock" in en["researcher"]
    assert "".join(en.values()).count("With loaded imports at Port Alpha down 9%") == 1
    zh = sections(_story(MAY), "zh-Hans")
    assert "其中进口重箱35.595万个标准箱（下降9%）；2025年前5个月累计406.3472万个标准箱，仍增长4%。" in zh["general"]


def test_a_total_alone_rising_on_a_year_earlier_reads_the_other_way() -> None:
    story = _story(_teu("old", "2024-05", "600000") + _teu("t", "2025-05", "660000"))
    [t] = [t for t in derive(story).takeaways if t.rule == "container_move"]
    assert t.facts == ("t", "old") and not t.values["down"] and not t.values["payback"]
    en = sections(story, "en")
    assert "Port Alpha handled 660,000 TEUs in May 2025, up 10% year on year." in en["general"]
    assert "more goods are arriving" in en["seller"]
    assert "plan capacity for them" in en["factory"]
    assert "confirm the rise" in en["researcher"]


def test_a_count_with_no_rate_is_no_move() -> None:
    assert not [t for t in derive(_story(_teu("t", "2025-05", "716619"))).takeaways
                if t.rule == "container_move"]


def test_a_month_a_year_earlier_is_the_same_month_of_the_year_before() -> None:
    assert previous_period("2025-05") == "2024-05"
