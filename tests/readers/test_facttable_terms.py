"""The facts table's period of a level set to apply on a day after the
story's date: "from" that day, not "as of" it."""

from __future__ import annotations

from ministory import mini_story

from summarizer.pipeline import fact_rows, load_project

PLATFORM = "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Alpha}}\n"


def _hold(days: int, fid: str = "h", period: str = "2026-03-12", base: str = "") -> str:
    return (
        f"  {fid}: {{metric: payout_reserve, entity: p, value: {days}, unit: days, "
        f"period: '{period}', {base}source: {{quote: 原文二}}}}\n"
    )


def test_the_facts_table_dates_a_term_still_to_come_from_its_day() -> None:
    """A hold from March 12, 2026 in a September 2025 story is not "as of"
    that day (截至2026年3月12日 says it was measured then); the old level
    another fact names as its base still is, and so is a level in force."""
    story = mini_story(PLATFORM, _hold(3, "old", "2026-03-11") + _hold(7, base="base: old, "),
                       published="2025-09-30")
    en = {r.id: r.period for r in fact_rows(load_project(), story, "en")}
    zh = {r.id: r.period for r in fact_rows(load_project(), story, "zh-Hans")}
    tw = {r.id: r.period for r in fact_rows(load_project(), story, "zh-Hant")}
    assert (en["h"], zh["h"], tw["h"]) == (
        "from March 12, 2026", "自2026年3月12日起", "自2026年3月12日起"
    )
    assert (en["old"], zh["old"]) == ("as of March 11, 2026", "截至2026年3月11日")
    past = mini_story(PLATFORM, _hold(7), published="2026-04-01")
    assert fact_rows(load_project(), past, "en")[0].period == "as of March 12, 2026"


def test_a_days_count_that_its_own_rule_reads_is_that_days_not_as_of_it() -> None:
    """Store visits on Black Friday are the day's visits (told_by store_traffic, a flow), as a
    day's GMV is: "November 28, 2025", not "as of November 28, 2025"; a balance stays "as of"."""
    entities = "  t: {kind: index, name: {zh-Hans: 甲, en: Alpha}}\n"
    facts = ("  v: {metric: store_visits, entity: t, period: '2025-11-28', value: 53.04, scale: million, "
             "unit: visits, source: {quote: 原文一}}\n"
             "  c: {metric: cash, entity: t, period: '2025-11-28', value: 5, scale: billion, "
             "currency: USD, source: {quote: 原文二}}\n")
    story = mini_story(entities, facts, published="2025-11-29")
    en = {r.id: r.period for r in fact_rows(load_project(), story, "en")}
    zh = {r.id: r.period for r in fact_rows(load_project(), story, "zh-Hans")}
    assert (en["v"], zh["v"]) == ("November 28, 2025", "2025年11月28日")
    assert en["c"].startswith("as of") and zh["c"].startswith("截至")
