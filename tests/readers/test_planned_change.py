"""A change announced with no date yet (``planned: true``): platforms that
"will end refund-only orders once the review is done", a duty to be raised
on a day still to be set. It used to be untellable: a rule change needed a
date, and an editor who filled in the report's day told sellers the rules
'have applied since' then. Now the point says the change is coming and that
its day is not set, and no reader is told a day, 'since' or 'from then on'.
"""

from __future__ import annotations

import re

from ministory import READERS, first_points, mini_story, sections

from summarizer.pipeline import fact_rows, load_project, make_brief

ENTITIES = (
    "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Alpha}}\n"
    "  m: {kind: market, name: {zh-Hans: 美国, en: the US}}\n"
)
RETURNS = (
    "  ev: {event: policy_change, entity: p, planned: true, area: returns, "
    "text: {zh-Hans: 甲平台将取消“仅退款”, en: Alpha will end refund-only orders}, "
    "source: {quote: 原文一}}\n"
)
#: A day, or a wording that points at one: none of it fits a change with no date.
DATED = re.compile(r"\d{4}|since (?:then|[A-Z0-9])|from then|apply from|已于|届时起|起，")


def _alone(facts: str, lang: str) -> list[str]:
    """Every point as read on its own: the event, then what it means."""
    brief = make_brief(load_project(), mini_story(ENTITIES, facts), lang)
    return ["".join(s.text for s in p.alone) for sec in brief.sections for p in sec.points]


def test_the_point_says_the_change_is_coming_and_its_day_is_not_set() -> None:
    en = sections(mini_story(ENTITIES, RETURNS), "en")
    zh = sections(mini_story(ENTITIES, RETURNS), "zh-Hans")
    assert "1. Alpha will end refund-only orders; no date has been set yet." in en["general"]
    assert "1. 甲平台将取消“仅退款”，生效日期尚未公布。" in zh["general"]
    points = first_points(en)
    assert points["seller"].startswith(
        "1. **Your costs**: The new returns rules are coming, on a date still to be announced: "
        "count what returns will now cost you"
    )
    assert "The returns rules on Alpha are changing" in points["platform_operator"]
    assert "甲平台将调整退货规则" in first_points(zh)["platform_operator"]


def test_no_reader_is_told_a_day() -> None:
    for facts in (
        RETURNS,
        RETURNS.replace("area: returns, ", ""),
        RETURNS.replace("policy_change", "fee_change").replace("area: returns", "direction: up"),
        "  ev: {event: tariff_change, entity: m, planned: true, direction: up, "
        "text: {zh-Hans: 美国将上调关税, en: the US will raise its tariffs}, source: {quote: 原文一}}\n",
    ):
        for lang in ("en", "zh-Hans"):
            said = _alone(facts, lang)
            assert len(said) >= 4, said
            assert not [s for s in said if DATED.search(s)], said


def test_a_planned_fee_rise_is_worded_as_to_come() -> None:
    facts = RETURNS.replace("policy_change", "fee_change").replace("area: returns", "direction: up")
    en = first_points(sections(mini_story(ENTITIES, facts), "en"))
    zh = first_points(sections(mini_story(ENTITIES, facts), "zh-Hans"))
    assert "Alpha's higher fees apply once the change takes effect" in en["seller"]
    assert "甲平台上调后的费用将生效" in zh["seller"]
    assert "调整生效后，比较渠道的卖家" in zh["platform_operator"]
    assert sum(1 for r in READERS if en[r]) == 5  # no factory point in a platform's fees


def test_a_planned_change_is_the_latest_of_its_kind() -> None:
    """A duty raised on May 2 and a further rise announced with no day: the
    planned rise is the news, the earlier one background."""
    facts = (
        "  a: {event: tariff_change, entity: m, date: '2025-05-02', direction: up, "
        "text: {zh-Hans: 美国上调关税, en: the US raised its tariffs}, source: {quote: 原文一}}\n"
        "  b: {event: tariff_change, entity: m, planned: true, direction: up, "
        "text: {zh-Hans: 美国将再次上调关税, en: the US will raise its tariffs again}, "
        "source: {quote: 原文二}}\n"
    )
    general = sections(mini_story(ENTITIES, facts), "en")["general"]
    assert "The US will raise its tariffs again; no date has been set yet." in general
    assert "raised its tariffs." not in general


def test_the_facts_table_says_the_date_is_to_come() -> None:
    story = mini_story(ENTITIES, RETURNS)
    rows = {lang: fact_rows(load_project(), story, lang)[0].period for lang in ("en", "zh-Hans")}
    assert rows == {"en": "date to be announced", "zh-Hans": "日期待公布"}


def test_a_market_entry_or_job_cuts_may_be_planned_too() -> None:
    """Kinds the vocabulary marks ``plannable``: a platform to launch in a
    market, a brand's stores, job cuts; their day is 具体时间, not a 生效日期."""
    entry = (
        "  ev: {event: market_entry, entity: p, object: m, planned: true, "
        "text: {zh-Hans: 甲平台将进入美国, en: Alpha will launch in the US}, source: {quote: 原文一}}\n"
    )
    en, zh = (sections(mini_story(ENTITIES, entry), lang) for lang in ("en", "zh-Hans"))
    assert "1. Alpha will launch in the US; no date has been set yet." in en["general"]
    assert "1. 甲平台将进入美国，具体时间尚未公布。" in zh["general"]
    assert "sellers who join early get the first traffic" in first_points(en)["seller"]
    cuts = (
        entry.replace("market_entry", "layoffs").replace("object: m, ", "")
        .replace("甲平台将进入美国", "甲平台计划裁员").replace("Alpha will launch in the US", "Alpha plans to cut jobs")
    )
    for lang in ("en", "zh-Hans"):
        said = _alone(cuts, lang)
        assert len(said) >= 4 and not [s for s in said if DATED.search(s)], said
