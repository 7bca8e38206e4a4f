"""A platform's buyers in one of its lines (Coupang, third quarter of 2025:
Product Commerce active customers 22.5 million -> 24.7 million).

A platform's figure in a segment was read as a channel only when the
segment was a market; in a product line it fell to the generic "demand is
still growing", one sentence for the brand and the seller alike, so the
seller, for whom more shoppers on the platform matter most, got no point.
A market or a product line of the story is now a channel growing there,
worded per reader (the TikTok Shop factory's US point changed with it:
its sellers need more goods, not "demand is expanding fast"). The buyers
are now read with the line's revenue (``spend_per_buyer``: about 5% more
a buyer), still a channel for each reader, in the reader's own terms."""

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
            ("Each active buyer on Coupang in Product Commerce spent about 5% more",
             "it is still winning new shoppers, so spend on reach there",
             "size fulfilment and customer service to the sales"),
        ),
        ("zh-Hans", ("每位活跃买家的花费比上年多约5%", "它仍在吸引新顾客", "履约和客服产能要按销售额")),
    ],
)
def test_a_lines_buyers_are_a_channel_for_each_reader(lang: str, said: tuple[str, str, str]) -> None:
    text = sections(load_story(SEED), lang)
    for reader, words in zip(("seller", "brand", "service_provider"), said, strict=True):
        assert words in text[reader], reader
