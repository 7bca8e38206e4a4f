"""A platform's revenue in a sales channel (Alibaba, quarter to September
2025: quick commerce revenue RMB 22.91 billion, up 60%; cloud up 34%).

A platform's revenue has no stance for a seller, a brand or a factory: its
cloud or logistics revenue says nothing to them. So quick commerce growing
60%, the headline, reached none of them. A segment declared as a
``channel`` (a way the platform sells) reads the metric's stances for that
kind first: its growth is a channel growing for each reader who sells,
makes or serves there, and a rival's channel for a platform operator; a
line of another kind (cloud) keeps reaching only the researcher. Revenue is
money, so the seller is told shoppers spend more there, not that there are
more buyers (the Coupang test's wording for a count of buyers)."""

from __future__ import annotations

import pytest
from ministory import mini_story, sections, yuan_facts

ENTITIES = (
    "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n"
    "  qc: {kind: KIND, name: {zh-Hans: 即时零售, en: quick commerce}}\n"
)


def _story(kind: str):  # type: ignore[no-untyped-def]
    facts = yuan_facts("revenue", (("r1", "qc", "2024Q3", 143), ("r2", "qc", "2025Q3", 229)))
    return mini_story(ENTITIES.replace("KIND", kind), facts)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            {
                "seller": "shoppers are spending more there",
                "brand": "worth a flagship store",
                "factory": "need more goods",
                "service_provider": "clients to win",
                "platform_operator": "taking share",
            },
        ),
        (
            "zh-Hans",
            {
                "seller": "买家花的钱在增多",
                "brand": "值得开设旗舰店",
                "factory": "需要更多货源",
                "service_provider": "是可以争取的客户",
                "platform_operator": "正在抢份额",
            },
        ),
    ],
)
def test_a_channels_revenue_reaches_each_reader(lang: str, said: dict[str, str]) -> None:
    text = sections(_story("channel"), lang)
    for reader, words in said.items():
        assert words in text[reader], (reader, text[reader])
    assert "more buyers are shopping" not in text["seller"]


def test_a_product_lines_revenue_reaches_no_seller() -> None:
    text = sections(_story("product"), "en")
    for reader in ("seller", "brand", "factory", "service_provider"):
        assert "quick commerce" not in text[reader], (reader, text[reader])
    assert "quick commerce" in text["researcher"]
