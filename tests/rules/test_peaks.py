"""peak_day: one day's amount against the run of days it belongs to (Black
Friday in November), and outpace: parts of a market growing faster or
slower than the whole, from the article's own rates."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from ministory import READERS, sections

from summarizer.facts.load import load_story, parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Story, Takeaway
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive
from summarizer.writers.markdown import brief_markdown

HEAD = """\
story:
  id: s
  source: a.txt
  title: {zh-Hans: 标题, en: Title}
  published: '2025-11-30'
  lede: {zh-Hans: 导语。, en: Lede.}
entities:
  us: {kind: %s, name: {zh-Hans: 美国线上零售, en: US online retail}}
  mobile: {kind: market, name: {zh-Hans: 移动端, en: mobile}}
  bnpl: {kind: product, name: {zh-Hans: 先买后付, en: "buy now, pay later"}}
facts:
"""


def gmv(fid: str, period: str, value: str, segment: str = "", extra: str = "") -> str:
    seg = f", segment: {segment}" if segment else ""
    return (
        f"  {fid}: {{metric: gmv, entity: us, period: '{period}', value: {value}, "
        f"scale: billion, currency: USD{seg}{extra}, source: {{quote: 原文}}}}\n"
    )


def rate(fid: str, period: str, value: str, segment: str = "") -> str:
    seg = f", segment: {segment}" if segment else ""
    return (
        f"  {fid}: {{metric: gmv, measure: yoy, entity: us, period: '{period}', value: {value}, "
        f"unit: percent, stated: true{seg}, source: {{quote: 原文}}}}\n"
    )


def story(facts: str, kind: str = "market") -> Story:
    return parse_story(load_yaml_text(HEAD % kind + facts, "s.yaml"))


def rule(s: Story, name: str) -> list[Takeaway]:
    return [t for t in derive(s).takeaways if t.rule == name]


NOV = "2025-11-01/2025-11-28"


def test_a_peak_day_is_its_share_of_the_run_and_average_days() -> None:
    s = story(gmv("day", "2025-11-28", "11.8") + gmv("run", NOV, "111.4"))
    [t] = rule(s, "peak_day")
    assert round(t.values["share"].value, 1) == Decimal("10.6")  # type: ignore[union-attr]
    assert round(t.values["multiple"].value, 2) == Decimal("2.97")  # 11.8 / (111.4 / 28)  # type: ignore[union-attr]
    assert t.values["sharp"] is True and t.priority == 67
    zh = brief_markdown(make_brief(load_project(), s, "zh-Hans", ("general",)))
    en = brief_markdown(make_brief(load_project(), s, "en", ("general",)))
    assert "2025年11月28日单日" in zh and "占2025年11月1日至28日总额1114亿美元的10.6%，约为日均水平的3倍" in zh
    assert "10.6% of the US$111.4 billion between November 1 and 28, 2025: about 3 times an average day's" in en


def test_an_ordinary_day_or_a_day_outside_the_run_is_no_peak() -> None:
    assert not rule(story(gmv("day", "2025-11-10", "3.5") + gmv("run", NOV, "111.4")), "peak_day")
    assert not rule(story(gmv("day", "2025-12-01", "14") + gmv("run", NOV, "111.4")), "peak_day")
    week = "2025-11-25/2025-11-27"  # three days: too short a run to stand out from
    assert not rule(story(gmv("day", "2025-11-26", "9") + gmv("run", week, "20")), "peak_day")


def test_a_day_of_a_year_is_a_detail_and_a_floor_is_said_as_one() -> None:
    s = story(gmv("day", "2024-11-29", "0.1", extra=", qualifier: over") + gmv("run", "FY2024", "9"))
    [t] = rule(s, "peak_day")
    assert t.values["sharp"] is False and t.priority == 57  # 1.1% of the year
    en = brief_markdown(make_brief(load_project(), s, "en", ("general",)))
    assert "more than 4.1 times an average day's" in en  # 0.1 / (9 / 366), and 'more than' 0.1


def test_the_shortest_run_holding_the_day_is_used() -> None:
    s = story(gmv("day", "2025-11-28", "11.8") + gmv("season", "2025Q4", "300") + gmv("run", NOV, "111.4"))
    [t] = rule(s, "peak_day")
    assert t.values["run"].id == "run"  # type: ignore[union-attr]


def test_outpace_says_which_part_gained_share_from_the_rates() -> None:
    s = story(
        gmv("t", NOV, "111.4") + rate("tg", NOV, "7.1")
        + gmv("m", NOV, "58.7", "mobile") + rate("mg", NOV, "6.8", "mobile")
        + gmv("b", NOV, "8.2", "bnpl") + rate("bg", NOV, "9", "bnpl")
    )
    [t] = rule(s, "outpace")
    [ahead], [behind] = t.values["ahead"], t.values["behind"]  # type: ignore[misc]
    assert ahead.part.id == "b" and behind.part.id == "m"
    assert round(ahead.old.value, 1) == Decimal("7.2") and round(ahead.new.value, 1) == Decimal("7.4")
    assert behind.delta.high < 0  # mobile's share fell, though only ~0.15 points
    en = brief_markdown(make_brief(load_project(), s, "en", ("general",)))
    assert "grew 7.1% to US$111.4 billion between November 1 and 28, 2025; " in en
    assert "buy now, pay later grew 9% to US$8.2 billion, faster than the whole, so its share edged up to 7.4%" in en
    assert "mobile grew 6.8% to US$58.7 billion, slower than the whole, so its share slipped to 52.7% from about 52.8%" in en
    assert en.count("US$111.4 billion") == 1  # the summary does not tell the total again on its own


def test_outpace_leaves_out_rates_too_close_to_tell_apart_and_company_totals() -> None:
    close = gmv("t", NOV, "100") + rate("tg", NOV, "7") + gmv("m", NOV, "50", "mobile") + rate("mg", NOV, "7", "mobile")
    assert not rule(story(close), "outpace")
    apart = gmv("t", NOV, "100") + rate("tg", NOV, "7") + gmv("m", NOV, "50", "mobile") + rate("mg", NOV, "12", "mobile")
    assert rule(story(apart), "outpace")
    assert not rule(story(apart, kind="company"), "outpace")  # a company's lines: mix rules say it


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_a_part_outpace_tells_is_not_told_again_on_its_own(lang: str) -> None:
    s = story(
        gmv("t", NOV, "111.4") + rate("tg", NOV, "7.1")
        + gmv("b", NOV, "8.2", "bnpl") + rate("bg", NOV, "9", "bnpl")
    )
    brief = make_brief(load_project(), s, lang)  # type: ignore[arg-type]
    text = brief_markdown(brief)
    said = "US$8.2 billion" if lang == "en" else "82亿美元"
    assert text.count(said) == 1, text  # outpace says it; the part's own growth point does not


def test_a_named_shopping_day_is_said_by_its_name_and_is_no_point_of_its_own() -> None:
    day = (
        "  bf: {event: shopping_day, entity: us, date: '2025-11-28', "
        "text: {zh-Hans: 黑五, en: Black Friday}, source: {quote: 原文}}\n"
    )
    s = story(day + gmv("day", "2025-11-28", "11.8") + gmv("run", NOV, "111.4"))
    assert [t.rule for t in derive(s).takeaways] == ["peak_day"]  # the event alone says nothing
    zh = brief_markdown(make_brief(load_project(), s, "zh-Hans"))
    en = brief_markdown(make_brief(load_project(), s, "en"))
    assert "黑五（2025年11月28日）单日" in zh and "有10.6%来自黑五一天" in zh
    assert "on Black Friday (November 28, 2025) alone was US$11.8 billion" in en
    assert "With Black Friday alone bringing in 10.6%" in en


def test_each_reader_comes_in_to_the_peak_by_its_own_figure() -> None:
    """Adobe's Black Friday: the share of the run was one lead-in repeated under five readers;
    now a seller hears the share, a brand the multiple of an average day, the others the day
    named in their own sentence."""
    seed = Path(__file__).resolve().parents[2] / "seeds" / "adobe-black-friday-2025.yaml"
    en = sections(load_story(seed), "en")
    peak = {r: next((x for x in en[r].splitlines() if "Black Friday" in x), "") for r in READERS}
    assert "With Black Friday alone bringing in 10.6% of US online retail's GMV" in peak["seller"]
    assert "With Black Friday alone worth about 3 times an average day, set promotions" \
        in peak["brand"]
    assert "Goods sold on Black Friday were made and shipped weeks before it" in peak["factory"]
    assert "capacity for Black Friday, about 3 times an average day" in peak["service_provider"]
    assert "hold at Black Friday's load: an outage that day would cost 10.6%" \
        in peak["platform_operator"]
    assert "Track Black Friday's share of US online retail's GMV (10.6%) year on year" \
        in peak["researcher"]
    assert sum("alone bringing in" in line for line in peak.values()) == 1
