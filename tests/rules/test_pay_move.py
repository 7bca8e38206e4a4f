"""pay_move: a business raising what it pays its own staff (AP on Amazon,
September 2025: average pay over US$23 an hour, US$1,600 a year more for
full-time staff). Drafted as revenue, and as a plain change the rise read as
a fee step ("every shipment costs US$1,600 more"); it is the labour cost a
platform's fulfilment fees rest on, and the pay its rivals must match."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.rules import derive

STAFF = (
    "  w: {kind: group, plural: true, name: {zh-Hans: 美国仓储员工, en: US warehouse workers}}\n"
    "  ft: {kind: group, plural: true, name: {zh-Hans: 全职员工, en: full-time staff}}\n"
)
FACTS = (
    "  pay: {metric: average_pay, entity: a, segment: w, period: '2025-09-17', value: 23, "
    "currency: USD, per: hour, qualifier: over, source: {quote: 原文一}}\n"
    "  ft-rise: {metric: average_pay, entity: a, segment: ft, measure: change, "
    "period: '2025-09-17', value: 1600, currency: USD, per: year, source: {quote: 原文二}}\n"
)


def _story(kind: str, facts: str = FACTS) -> object:
    return mini_story(f"  a: {{kind: {kind}, name: {{zh-Hans: 甲, en: Alpha}}}}\n" + STAFF, facts,
                      published="2025-09-18")


def test_a_platforms_pay_rise_is_its_fees_to_come_and_the_pay_to_match() -> None:
    story = _story("platform")
    [t] = [t for t in derive(story).takeaways if t.rule == "pay_move"]
    assert t.facts == ("pay", "ft-rise")
    assert not [t for t in derive(story).takeaways if t.rule == "charge_step"]
    en = sections(story, "en")
    assert ("Alpha is raising the average pay of its US warehouse workers to more than US$23 "
            "an hour; full-time staff get US$1,600 more a year.") in en["general"]
    assert "its fulfilment fees rest on those wages" in en["seller"]
    assert "budget for higher fulfilment fees at its next fee review" in en["brand"]
    assert "the pay to beat for warehouse and delivery staff" in en["service_provider"]
    assert "in jobs you also hire for" in en["platform_operator"]
    assert "track whether the cost reaches" in en["researcher"]
    assert "1. " not in en["factory"]
    firsts = [line for r in READERS for line in en[r].splitlines() if line.startswith("1. ")]
    assert len({line.split(": ", 1)[1][:30] for line in firsts}) == len(firsts)  # no two alike
    zh = sections(story, "zh-Hans")
    assert "甲将美国仓储员工的平均薪酬提高至每小时超23美元，全职员工每年多拿1600美元。" in zh["general"]
    assert "这是仓储和配送人员工资的新标杆" in zh["service_provider"]


def test_a_companys_pay_rise_is_no_sellers_or_brands_point() -> None:
    en = sections(_story("company"), "en")
    assert "1. " not in en["seller"] and "1. " not in en["brand"]
    assert "the pay to beat" in en["service_provider"]


def test_a_rise_from_an_earlier_level_is_said_with_it() -> None:
    facts = (
        "  old: {metric: average_pay, entity: a, segment: w, period: '2024-09-17', value: 21, "
        "currency: USD, per: hour, source: {quote: 原文一}}\n"
        "  new: {metric: average_pay, entity: a, segment: w, period: '2025-09-17', value: 23, "
        "currency: USD, per: hour, base: old, source: {quote: 原文二}}\n"
    )
    en = sections(_story("platform", facts), "en")
    assert "to US$23 an hour, from US$21." in en["general"]
    assert "US$23 an hour on average, up US$2 from US$21" in en["seller"]
