"""A Chinese name ending in a Latin letter, run into a Latin term by a
template ('Shopify' + 'GMV'), is joined with 的, never glued ('ShopifyGMV');
before a figure with a space ('Coupang 2024年', not 'Coupang2024年'); before
Chinese text or in English nothing is added."""

from __future__ import annotations

import pytest

from summarizer.realise.text import ZH_JOIN, tidy


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (f"Shopify{ZH_JOIN}GMV为920亿美元", "Shopify的GMV为920亿美元"),
        (f"Shopify{ZH_JOIN}收入28.4亿美元", "Shopify收入28.4亿美元"),
        (f"Shopify{ZH_JOIN}Shop Pay{ZH_JOIN}GMV", "Shopify的Shop Pay的GMV"),
        (f"（Shopify{ZH_JOIN}）", "（Shopify）"),
        (f"以Coupang{ZH_JOIN}2024年41万亿韩元的收入计", "以Coupang 2024年41万亿韩元的收入计"),
    ],
)
def test_a_latin_name_meets_a_latin_term_with_de(text: str, want: str) -> None:
    assert tidy(text, "zh-Hans", "t") == want


def test_a_name_carries_the_join_in_chinese_only() -> None:
    from summarizer.facts.load import parse_story
    from summarizer.facts.yamlload import load_yaml_text
    from summarizer.pipeline import load_project
    from summarizer.realise.voice import Voice

    story = parse_story(
        load_yaml_text(
            "story: {id: s, source: a.txt, title: {zh-Hans: 标题, en: Title}, published: '2025-11-04',"
            " lede: {zh-Hans: 导语。, en: Lede.}}\n"
            "entities:\n"
            "  shopify: {kind: platform, name: {zh-Hans: Shopify, en: Shopify}}\n"
            "  ms: {kind: product, name: {zh-Hans: 商家解决方案, en: Merchant Solutions}}\n"
            "facts:\n"
            "  g: {metric: gmv, entity: shopify, period: 2025Q3, value: 92, scale: billion,"
            " currency: USD, source: {quote: 原文}}\n",
            "s.yaml",
        )
    )
    glossary = load_project().glossary
    zh = Voice(glossary, story, "zh-Hans")
    assert tidy(zh.name("shopify") + zh.term("gmv", bare=True) + "为920亿美元", "zh-Hans", "t") == (
        "Shopify的GMV为920亿美元"
    )
    assert tidy(zh.name("ms") + "GMV", "zh-Hans", "t") == "商家解决方案GMV"
    assert Voice(glossary, story, "en").name("shopify") == "Shopify"

