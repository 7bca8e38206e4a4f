"""Drafting shoppers' complaints by problem (网经社's July 2025 report: "退款问题占比高达18.79%，其余
问题类型依次为商品质量（6.91%）…"). Before: the shares were drafted as revenue and, from 订单问题 on,
as orders, none with its problem; now each is ``problem_share`` with the vocabulary's segment,
which needs no entity declared."""

from __future__ import annotations

import doctest

from summarizer.draft import draft_article, draft_figures, segments

REPORT = (
    "网经社：2025年7月中国电子商务用户体验与投诉数据报告\n\n2025-08-05\n\n"
    "据“电诉宝”显示，7月全国网络消费投诉问题类型TOP10中，退款问题占比高达18.79%，其余问题类型依次为"
    "商品质量（6.91%）、售后服务（6.43%）、网络欺诈（5.16%）、订单问题（2.53%）、货不对板（1.17%）。\n"
)


def test_each_problems_share_is_drafted_with_its_problem_as_the_segment() -> None:
    _, figures = draft_figures(REPORT, "x.txt")
    got = [(f.value, f.metric, f.segment) for f in figures if f.unit == "percent"]
    assert got == [
        ("18.79", "problem_share", "refunds"),
        ("6.91", "problem_share", "product-quality"),
        ("6.43", "problem_share", "after-sales"),
        ("5.16", "problem_share", "online-fraud"),
        ("2.53", "problem_share", "order-problems"),
        ("1.17", "problem_share", "not-as-described"),
    ]


def test_a_vocabulary_segment_is_not_declared_as_an_entity() -> None:
    text = draft_article(REPORT, "x.txt")
    assert "    segment: refunds" in text and "  refunds: {kind" not in text


def test_the_segments_examples_hold() -> None:
    assert doctest.testmod(segments).failed == 0
