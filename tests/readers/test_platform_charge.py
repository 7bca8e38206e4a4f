"""A platform's new flat fee on every order (TikTok Shop Malaysia's MYR 0.50
platform support fee from February 15, 2026; seed
tiktok-shop-my-platform-support-fee-2026).

``charge_introduced`` told only duties on imports; a platform's new fee per
order reached no reader ('a new platform fee per order would need its own
meanings'), so a story whose news is that fee said nothing about it. It is
now ``platform_charge``: each reader reads it from its side, and against the
platform's average order value, when the story gives one, the share of an
order it takes."""

from __future__ import annotations

import pytest
from ministory import mini_story, sections

from summarizer.rules import derive

ENTITIES = "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n"
FEE = (
    "  f0: {metric: order_fee, entity: p, period: '2026-02-14', value: 0, currency: MYR,"
    " per: order, source: {quote: 原文一}}\n"
    "  f1: {metric: order_fee, entity: p, period: '2026-02-15', value: 0.5, currency: MYR,"
    " per: order, base: f0, source: {quote: 原文二}}\n"
)
BASKET = (
    "  a: {metric: aov, entity: p, period: 2025Q4, value: 25, currency: MYR,"
    " source: {quote: 原文三}}\n"
)


def _story(extra: str = ""):  # type: ignore[no-untyped-def]
    return mini_story(ENTITIES, FEE + extra, published="2026-02-05")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            {
                "seller": "weighs most on cheap single-item orders",
                "brand": "your cheapest lines bear the most of it",
                "factory": "sets and multipacks",
                "service_provider": "fee-calculation tools",
                "platform_operator": "a reason to compare your terms",
                "researcher": "bigger baskets",
            },
        ),
        (
            "zh-Hans",
            {
                "seller": "对低价的单件订单负担最重",
                "brand": "最便宜的产品线负担最重",
                "factory": "套装和多件装",
                "service_provider": "费用测算工具",
                "platform_operator": "有理由比较你的条款",
                "researcher": "做大订单",
            },
        ),
    ],
)
def test_each_reader_reads_a_new_fee_per_order_from_its_side(
    lang: str, said: dict[str, str]
) -> None:
    text = sections(_story(), lang)
    for reader, words in said.items():
        assert words in text[reader], (reader, text[reader])


def test_the_fee_is_set_against_the_average_order_when_the_story_gives_one() -> None:
    text = sections(_story(BASKET), "en")
    assert "about 2% of its average order value of MYR 25" in "".join(text.values())
    zh = "".join(sections(_story(BASKET), "zh-Hans").values())
    assert "约占其客单价25林吉特的2%" in zh


def test_a_fee_that_moved_is_no_new_charge() -> None:
    moved = FEE.replace("value: 0,", "value: 0.3,")
    story = mini_story(ENTITIES, moved, published="2026-02-05")
    rules = {t.message for t in derive(story).takeaways}
    assert "platform_charge" not in rules and "base_change" in rules


def test_a_new_fee_per_unit_weighs_on_cheap_items_not_on_small_orders() -> None:
    per_unit = FEE.replace("per: order", "per: unit")
    text = sections(mini_story(ENTITIES, per_unit, published="2026-02-05"), "en")
    assert "weighs most on your cheapest items" in text["seller"]
    assert "single-item" not in text["seller"] and "baskets" not in text["researcher"]
    zh = sections(mini_story(ENTITIES, per_unit, published="2026-02-05"), "zh-Hans")
    assert "对最便宜的商品负担最重" in zh["seller"]
