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
from ministory import sections

from summarizer.facts.load import load_story

SEED = Path(__file__).resolve().parents[2] / "seeds" / "coupang-q3-2025.yaml"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            ("growth in Product Commerce is steady: keep your top products listed",
             "worth a flagship store", "clients to win"),
        ),
        ("zh-Hans", ("增长平稳：主力商品保持上架和库存", "值得开设旗舰店", "是可以争取的客户")),
    ],
)
def test_a_lines_buyers_are_a_channel_for_each_reader(lang: str, said: tuple[str, str, str]) -> None:
    text = sections(load_story(SEED), lang)
    for reader, words in zip(("seller", "brand", "service_provider"), said, strict=True):
        assert words in text[reader], reader
