"""buyer_subsidy: a share of the price paid back to buyers, capped per item, on goods up
to a price (China's trade-in subsidy on phones, January 2025: 15%, at most CNY500, up to
CNY6,000). The three figures were three lines; what they mean together (the full rate
only to about CNY3,333, 8.3% at the ceiling, nothing one yuan above it) was no one's."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  p: {kind: regulation, name: {zh-Hans: 补贴计划, en: the subsidy scheme}}\n"
    "  d: {kind: product, name: {zh-Hans: 手机, en: phones}}\n"
)
RATE = ("  r: {metric: buyer_subsidy_rate, entity: p, segment: d, period: '2025-01-20', "
        "value: 15, unit: percent, source: {quote: r原文}}\n")
CAP = ("  c: {metric: buyer_subsidy, entity: p, segment: d, period: '2025-01-20', value: 500, "
       "currency: CNY, per: item, source: {quote: c原文}}\n")


def _ceiling(value: int) -> str:
    return (f"  t: {{metric: subsidy_price_cap, entity: p, segment: d, period: '2025-01-20', "
            f"value: {value}, currency: CNY, per: item, source: {{quote: t原文}}}}\n")


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2025-01-21")


def test_rate_cap_and_ceiling_are_one_point_with_where_each_binds() -> None:
    story = _story(RATE + CAP + _ceiling(6000))
    [t] = [t for t in derive(story).takeaways if t.rule == "buyer_subsidy"]
    assert set(t.facts) == {"r", "c", "t"}
    en = sections(story, "en")
    assert ("The subsidy scheme pays buyers 15% of the price of phones priced up to RMB 6,000, "
            "at most RMB 500 an item: the full 15% up to about RMB 3,333, less above it (8.3% at "
            "RMB 6,000), and nothing on anything dearer than RMB 6,000.") in en["general"]
    zh = sections(story, "zh-Hans")
    assert ("补贴计划覆盖单价不超过6000元的手机，按售价的15%补贴，每件最高500元：售价在约3333元以内可拿满15%，"
            "再贵则补贴封顶、比例递减（6000元时为8.3%），超过6000元则没有补贴。") in zh["general"]


def test_each_reader_reads_the_subsidy_its_own_way() -> None:
    en = sections(_story(RATE + CAP + _ceiling(6000)), "en")
    assert "stock up on models priced under RMB 6,000" in en["seller"]
    assert "a model priced just above RMB 6,000 gets none of it" in en["brand"]
    assert "expect orders to slow when the subsidy money runs out" in en["factory"]
    assert "claim processing, payments and trade-in logistics" in en["service_provider"]
    assert "decide whether to add your own coupons on top" in en["platform_operator"]
    assert "just below and just above RMB 6,000" in en["researcher"]


def test_a_cap_that_never_binds_below_the_ceiling_leaves_the_rate_whole() -> None:
    story = _story(RATE + CAP + _ceiling(3000))  # 15% of 3,000 is 450: the cap is never reached
    [t] = [t for t in derive(story).takeaways if t.rule == "buyer_subsidy"]
    assert t.values["full_to"] is None and t.values["at_ceiling"] is None
    en = sections(story, "en")
    assert "phones priced up to RMB 3,000, at most RMB 500 an item, and nothing on anything " \
           "dearer." in en["general"]
    assert "about RMB" not in en["general"]


def test_a_rate_alone_is_still_told_and_a_cap_alone_is_not_this_rule() -> None:
    en = sections(_story(RATE), "en")
    assert "The subsidy scheme pays buyers 15% of the price of phones." in en["general"]
    assert "that qualify and those that do not" in en["researcher"]
    assert not [t for t in derive(_story(CAP)).takeaways if t.rule == "buyer_subsidy"]
