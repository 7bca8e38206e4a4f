"""Shoppers' complaints by problem (网经社's July 2025 report on what shoppers filed with its
电诉宝 service: refunds 18.79%, product quality 6.91%, after-sales service 6.43%, online fraud
5.16% …). Before, no rule read them, and every reader was told the article had no bearing on
them; now each reader is told the problems that are theirs to answer, and no two the same one."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = "  platforms: {kind: market, plural: true, name: {zh-Hans: 电商平台, en: e-commerce platforms}}\n"


def _share(problem: str, period: str, value: str) -> str:
    return (f"  {problem}-{period.lower()}: {{metric: problem_share, entity: platforms, segment: {problem}, "
            f"period: {period}, value: {value}, unit: percent, source: {{quote: {problem}{period}原文}}}}\n")


JULY = "".join(_share(p, "2025-07", v) for p, v in (
    ("refunds", "18.79"), ("product-quality", "6.91"), ("after-sales", "6.43"),
    ("online-fraud", "5.16"), ("counterfeits", "3.60"), ("false-promotions", "2.63"),
    ("order-problems", "2.53"), ("customer-service", "1.56"), ("data-leaks", "1.46"),
))
FIRST_HALF = "".join(_share(p, "2025H1", v) for p, v in (
    ("refunds", "17.59"), ("product-quality", "7.08"), ("after-sales", "5.32"), ("online-fraud", "3.63"),
))


def _story(facts: str = JULY + FIRST_HALF) -> Story:
    return mini_story(ENTITIES, facts, published="2025-08-05")


def test_the_problems_shoppers_complain_about_most_are_the_point_each_with_its_earlier_share() -> None:
    [t] = [t for t in derive(_story()).takeaways if t.rule == "complaint_problems"]
    assert [r["cur"].segment for r in t.values["rows"]] == [
        "refunds", "product-quality", "after-sales", "online-fraud"]
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("Refunds drew 18.79% of the complaints shoppers filed against e-commerce platforms in July "
            "2025, the most of any problem, up from 17.59% in the first half of 2025; then came product "
            "quality 6.91% (from 7.08%)") in en["general"]
    assert ("2025年7月消费者对电商平台的投诉中，退款问题占18.79%，居各类问题之首，高于2025年上半年的17.59%；"
            "其后依次为商品质量（6.91%，此前为7.08%）") in zh["general"]


def test_each_reader_is_told_the_problems_that_are_its_own_to_answer_and_no_two_the_same() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert "Refunds made up 18.79% of shoppers' complaints in July 2025, the most of any problem" in en["seller"]
    assert "and misleading promotions 2.63%: answer refund requests within the platform's deadline" in en["seller"]
    assert "Counterfeit goods made up 3.6%" in en["brand"] and "report listings selling fakes" in en["brand"]
    assert "second only to refunds (down from 7.08% in the first half of 2025): check each batch" in en["factory"]
    assert "outsourced after-sales handling and customer service" in en["service_provider"]
    assert "fraud complaints are against you, not your sellers" in en["platform_operator"]
    assert "leaked personal data 1.46%" in en["platform_operator"]
    assert "能在平台时限内响应的售后和客服外包" in zh["service_provider"]
    assert "欺诈投诉针对的是平台自身而非卖家" in zh["platform_operator"]
    # each problem is one reader's: no reader's point names another reader's problem
    mine = {"seller": "Refunds made up", "brand": "Counterfeit", "factory": "Product quality made up",
            "service_provider": "After-sales service made up", "platform_operator": "Online fraud made up"}
    for role, opening in mine.items():
        assert opening in en[role]
        assert not any(other in en[role] for r, other in mine.items() if r != role)


def test_the_researcher_reads_the_share_that_moved_most_over_spans_of_different_lengths() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("Online fraud's share moved the most, up 1.53 percentage points to 5.16% against the first "
            "half of 2025, over spans of different lengths: these are shares of what shoppers filed with "
            "one service, not complaint rates") in en["researcher"]
    assert "网络欺诈的占比变化最大，较2025年上半年上升1.53个百分点至5.16%（两期报告覆盖的时长不同）" in zh["researcher"]


def test_one_report_the_researcher_reads_the_leader_against_the_next() -> None:
    en, zh = sections(_story(JULY), "en"), sections(_story(JULY), "zh-Hans")
    assert "Refunds' 18.79% is 2.7 times the next problem's share (product quality, 6.91%)" in en["researcher"]
    assert "退款问题的占比18.79%，是第二位商品质量（6.91%）的2.7倍" in zh["researcher"]
    assert "from" not in en["seller"]


def test_a_reader_no_listed_problem_falls_on_is_not_told() -> None:
    facts = "".join(_share(p, "2025-07", v) for p, v in (("refunds", "18.79"), ("order-problems", "2.53")))
    en = sections(_story(facts), "en")
    assert "Refunds made up 18.79%" in en["seller"]
    for role in ("brand", "factory", "service_provider", "platform_operator"):
        assert "complaints" not in en[role], role
    assert "Refunds' 18.79% is 7.4 times" in en["researcher"]
    assert set(READERS) <= set(en)


def test_one_problems_share_alone_is_a_figure_not_a_point_of_this_rule() -> None:
    facts = _share("refunds", "2025-07", "18.79")
    assert not [t for t in derive(_story(facts)).takeaways if t.rule == "complaint_problems"]
