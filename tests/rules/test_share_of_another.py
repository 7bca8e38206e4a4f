"""A share stated of another entity's total (`of:`): China's online sales of
physical goods, RMB 10.08 trillion, were 24.5% of all retail sales, RMB 41.2
trillion. ``segment_mix`` checked it against the entity's own total, the
online figure itself, and `check` reported 24.5% against a computed 100%."""

from __future__ import annotations

from ministory import mini_story

from summarizer.rules import derive

ENTITIES = (
    "  online: {kind: market, name: {zh-Hans: 实物商品网上零售, en: online retail of physical goods}}\n"
    "  retail: {kind: market, name: {zh-Hans: 社会消费品零售, en: retail sales of consumer goods}}\n"
)


def _facts(share: str) -> str:
    return (
        "  o: {metric: gmv, entity: online, period: 2025M1-M10, value: 10.08, scale: trillion,"
        " currency: CNY, source: {quote: 原文一}}\n"
        "  r: {metric: gmv, entity: retail, period: 2025M1-M10, value: 41.2, scale: trillion,"
        " currency: CNY, source: {quote: 原文二}}\n"
        f"  s: {{metric: gmv, measure: share, entity: online, of: r, period: 2025M1-M10,"
        f" value: {share}, unit: percent, stated: true, source: {{quote: 原文三}}}}\n"
    )


def test_a_share_of_another_entitys_total_is_checked_against_that_total() -> None:
    [check] = [c for c in derive(mini_story(ENTITIES, _facts("24.5"))).checks if c.fact == "s"]
    assert check.rule == "segment_mix" and set(check.inputs) == {"o", "r"}
    assert check.figure.low <= 24.5 <= check.figure.high  # 10.08 / 41.2 = 24.47%


def test_a_wrong_share_of_another_total_still_differs() -> None:
    [check] = [c for c in derive(mini_story(ENTITIES, _facts("30"))).checks if c.fact == "s"]
    assert not check.figure.low <= 30 <= check.figure.high
