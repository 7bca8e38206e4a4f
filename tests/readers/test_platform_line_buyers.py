"""A platform's buyers in one of its lines (Coupang, third quarter of 2025:
Product Commerce active customers 22.5 million -> 24.7 million).

A platform's figure in a segment was read as a channel only when the
segment was a market; in a product line it fell to the generic "demand is
still growing", one sentence for the brand and the seller alike, so the
seller, for whom more shoppers on the platform matter most, got no point.
A market or a product line of the story is now a channel growing there,
worded per reader (the TikTok Shop factory's US point changed with it:
its sellers need more goods, not "demand is expanding fast")."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.facts.load import load_story
from summarizer.pipeline import load_project, make_brief
from summarizer.writers.markdown import brief_markdown

SEED = Path(__file__).resolve().parents[2] / "seeds" / "coupang-q3-2025.yaml"


def _section(md: str, heading: str) -> str:
    return md.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize(
    ("lang", "seller", "brand", "provider", "said"),
    [
        ("en", "Sellers", "Brands", "Service providers",
         ("more buyers are shopping there", "worth a flagship store", "clients to win")),
        ("zh-Hans", "卖家", "品牌商", "服务商",
         ("买家在增多，可考虑上架更多商品", "值得开设旗舰店", "是可以争取的客户")),
    ],
)
def test_a_lines_buyers_are_a_channel_for_each_reader(
    lang: str, seller: str, brand: str, provider: str, said: tuple[str, str, str]
) -> None:
    md = brief_markdown(make_brief(load_project(), load_story(SEED), lang))
    for heading, words in zip((seller, brand, provider), said, strict=True):
        assert words in _section(md, heading), heading
