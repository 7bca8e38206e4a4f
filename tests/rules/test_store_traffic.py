"""Store visits on Black Friday 2025 as trackers counted them (Sensormatic: down 2.1% on a year
earlier, 2.2% down in the year so far, 248.9% above the previous Friday; RetailNext down 3.6%;
Pass_by 53.04 million visits against 52.43 million, up 1.17%). No rule read store visits: every
reader was told the story had no bearing on them. Now a brand reads the day against the year, a
provider the surge, a researcher the trackers' disagreement; sellers, factories and platforms are
not told, and the trackers are not ranked as companies."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  s: {kind: index, name: {zh-Hans: Sensormatic, en: Sensormatic}}\n"
    "  r: {kind: index, name: {zh-Hans: RetailNext, en: RetailNext}}\n"
    "  p: {kind: index, name: {zh-Hans: Pass_by, en: Pass_by}}\n"
)


def _rate(fid: str, who: str, period: str, value: str, measure: str = "yoy") -> str:
    return (f"  {fid}: {{metric: store_visits, measure: {measure}, entity: {who}, period: '{period}', "
            f"value: {value}, unit: percent, source: {{quote: {fid}原文}}}}\n")


def _visits(fid: str, period: str, value: str, base: str = "") -> str:
    return (f"  {fid}: {{metric: store_visits, entity: p, period: '{period}', value: {value}, "
            f"scale: million, unit: visits, {base}source: {{quote: {fid}原文}}}}\n")


SENSORMATIC = (_rate("sd", "s", "2025-11-28", "-2.1") + _rate("sy", "s", "2025-01-01/2025-11-28", "-2.2")
               + _rate("ss", "s", "2025-11-21/2025-11-28", "248.9", "change"))
OTHERS = (_rate("rd", "r", "2025-11-28", "-3.6") + _visits("p1", "2025-11-28", "53.04", "base: p0, ")
          + _visits("p0", "2024-11-29", "52.43"))


def _story(facts: str = SENSORMATIC + OTHERS) -> Story:
    return mini_story(ENTITIES, facts, published="2025-11-29")


def test_the_first_trackers_day_year_and_surge_then_the_others() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("On November 28, 2025, Sensormatic counted 2.1% fewer store visits than a year earlier (2.2% "
            "fewer in the year so far) and 248.9% more than on November 21; RetailNext 3.6% fewer; "
            "Pass_by 1.2% more (53.04 million visits).") in en["general"].replace("\\_", "_")
    assert ("2025年11月28日，Sensormatic统计的门店客流比上年下降2.1%（今年迄今下降2.2%），比11月21日高出"
            "248.9%；RetailNext下降3.6%；Pass_by统计为5304万人次，增长1.2%。") in zh["general"].replace(
        "\\_", "_")


def test_each_reader_reads_a_different_figure_and_three_are_not_told() -> None:
    en = {k: v.replace("\\_", "_") for k, v in sections(_story(), "en").items()}
    assert "in line with the year so far (2.2% fewer): the day did not change the trend" in en["brand"]
    assert "the day drew about 3.5× the store visits of November 21" in en["service_provider"]
    assert ("Sensormatic 2.1% fewer, RetailNext 3.6% fewer, and Pass_by 1.2% more, a spread of 4.8 "
            "percentage points, wider than any of the moves") in en["researcher"]
    for role in ("seller", "factory", "platform_operator"):
        assert "little bearing" in en[role], role
    told = ("brand", "service_provider", "researcher")
    firsts = [en[r].split(": ", 1)[-1][:40] for r in told]
    assert len(set(firsts)) == len(firsts) and set(told) < set(READERS), firsts


def test_a_day_worse_than_the_year_and_a_stated_rate_as_written() -> None:
    worse = (_rate("sd", "s", "2025-11-28", "-5.0") + _rate("sy", "s", "2025-01-01/2025-11-28", "-2.2")
             + _rate("pd", "p", "2025-11-28", "1.17"))
    en = sections(_story(worse), "en")
    assert "worse than the year so far (2.2% fewer): the day fell short" in en["brand"]
    assert "Pass\\_by 1.17% more" in en["general"]


def test_trackers_are_not_ranked_as_companies_and_a_stated_rate_is_checked() -> None:
    stated = _rate("py", "p", "2025-11-28", "1.17")
    derived = derive(_story(SENSORMATIC + OTHERS + stated))
    assert not [t for t in derived.takeaways if t.rule == "peer_rates"]
    checks = [c for c in derived.checks if c.rule == "store_traffic"]
    assert [c.fact for c in checks] == ["py"] and f"{checks[0].figure.value:.2f}" == "1.16"


def test_one_tracker_with_a_day_alone_tells_no_reader() -> None:
    en = sections(_story(_rate("sd", "s", "2025-11-28", "-2.1")), "en")
    assert "Sensormatic counted 2.1% fewer store visits" in en["general"]
    for role in READERS:
        assert "store visits" not in en[role], role
