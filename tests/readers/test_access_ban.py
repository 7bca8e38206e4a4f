"""A government blocking a platform (Vietnam's ministry ordering Temu's site
and app blocked, Indonesia's ban on TikTok Shop) closes a channel: each
reader is told what that asks of it. Before, ``access_ban`` had no stances
and such a story told no reader anything. A model or an app barred (seed
zhipu-minimax-valuation-divergence: Anthropic's models outside the US) is
left to the editor's claims."""

from __future__ import annotations

import pytest
from ministory import first_points, mini_story, sections


def _brief(banned: str, lang: str = "en") -> dict[str, str]:
    entities = (
        "  g: {kind: government, name: {zh-Hans: 甲国商务部, en: Alpha's trade ministry}}\n"
        f"  p: {{kind: {banned}, name: {{zh-Hans: 乙, en: Beta}}}}\n"
    )
    facts = (
        "  a: {event: access_ban, entity: g, object: p, date: '2026-01-05', "
        "text: {zh-Hans: 甲国商务部要求封禁乙, en: Alpha's trade ministry ordered Beta blocked}, "
        "source: {quote: 原文}}\n"
    )
    return sections(mini_story(entities, facts, published="2026-01-10"), lang)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            {
                "seller": "**Risk**: If you sell on Beta, orders from where it is banned stop",
                "brand": "Your store and ads on Beta no longer reach shoppers",
                "factory": "**Risk**: Sellers who sold through Beta where it is banned",
                "service_provider": "**Opportunity**: Sellers moving off Beta need stores",
                "platform_operator": "**Opportunity**: Beta's shoppers and sellers",
                "researcher": "**For research**: Track where Beta's sales go after the ban",
            },
        ),
        (
            "zh-Hans",
            {
                "seller": "**风险提示**：如果你在乙上开店，被封禁地区的买家无法再下单",
                "brand": "你在乙上的店铺和广告触达不了被封禁地区的消费者",
                "factory": "**风险提示**：原本经乙卖到被封禁地区的卖家",
                "service_provider": "**机会**：撤出乙的卖家需要在其他平台开店",
                "platform_operator": "**机会**：乙在被封禁地区的消费者和卖家需要新的买卖去处",
                "researcher": "**研究线索**：可跟踪封禁后乙的销售流向",
            },
        ),
    ],
)
def test_a_platform_blocked_is_a_channel_closed_for_each_reader(
    lang: str, said: dict[str, str]
) -> None:
    text = _brief("platform", lang)
    for reader, start in said.items():
        assert start in text[reader], (reader, text[reader])


@pytest.mark.parametrize("banned", ["model", "product", "company"])
def test_a_model_or_an_app_blocked_is_left_to_the_editor(banned: str) -> None:
    assert not any(first_points(_brief(banned)).values())


def _banned_in(market: str, lang: str) -> dict[str, str]:
    """Indonesia's ban on TikTok Shop's sales, with the market among the ban's
    parties and the platform's sellers there counted (seed
    indonesia-social-commerce-ban-2023)."""
    entities = (
        "  g: {kind: government, name: {zh-Hans: 甲国政府, en: the Alpha government}}\n"
        "  p: {kind: platform, name: {zh-Hans: 乙, en: Beta}}\n"
        "  m: {kind: market, name: {zh-Hans: 甲国, en: Alpha}}\n"
    )
    facts = (
        f"  a: {{event: access_ban, entity: g, object: p, date: '2026-01-05', parties: [{market}], "
        "text: {zh-Hans: 甲国禁止乙直接交易商品, en: Alpha banned sales on Beta}, "
        "source: {quote: 原文}}\n"
        "  n: {metric: sellers, entity: p, segment: m, period: '2026-01-01', value: 6, "
        "scale: million, unit: sellers, qualifier: over, source: {quote: more than 6 million}}\n"
    )
    return sections(mini_story(entities, facts, published="2026-01-10"), lang)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            {
                "seller": "orders from Alpha stop, and its more than 6 million sellers there are all "
                "looking for other channels at once: move stock and listings early",
                "brand": "no longer reach shoppers in Alpha",
                "factory": "Sellers who sold through Beta in Alpha will order less",
                "service_provider": "Beta's more than 6 million sellers in Alpha need stores",
                "platform_operator": "Beta's shoppers and its more than 6 million sellers in Alpha",
                "researcher": "Track where Beta's sales in Alpha go after the ban",
            },
        ),
        (
            "zh-Hans",
            {
                "seller": "甲国的买家无法再下单，它在那里的超600万家卖家都要同时另找渠道：尽早",
                "brand": "触达不了甲国的消费者",
                "factory": "原本经乙卖到甲国的卖家",
                "service_provider": "乙在甲国的超600万家卖家需要在其他平台开店",
                "platform_operator": "乙在甲国的消费者和超600万家卖家需要新的买卖去处",
                "researcher": "可跟踪封禁后乙在甲国的销售流向",
            },
        ),
    ],
)
def test_a_ban_names_its_market_and_the_sellers_who_must_move(
    lang: str, said: dict[str, str]
) -> None:
    """Before, every reader read "where it is blocked" and none learnt that
    more than 6 million sellers were moving at once."""
    text = _banned_in("m", lang)
    for reader, part in said.items():
        assert part in text[reader], (reader, text[reader])
    assert "banned" not in text["brand"] and "被封禁地区" not in text["brand"]
