"""An ad platform's cost per click (eMarketer on Amazon, 2023: CPC up 11.6%;
seed amazon-cpc-2023).

No metric said what a click costs, so the story's one figure reached no
reader. ``cpc`` is a cost of being seen for sellers and brands (the
platform's ad wording: paying more to be seen) and, for an agency, its
clients paying more per click: a case for bid management, not the generic
'steady growth to build on at a measured pace' a demand stance gave it."""

from __future__ import annotations

from pathlib import Path

import pytest
from ministory import sections

from summarizer.facts.load import load_story

SEED = Path(__file__).resolve().parents[2] / "seeds" / "amazon-cpc-2023.yaml"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            {
                "seller": "paying more to be seen: check what ads now cost you per order",
                "brand": "paying more to be seen: budget for ads on it",
                "service_provider": "advertisers pay more for each click on it: bid management",
                "researcher": "cost per click, up 11.6% year on year",
            },
        ),
        (
            "zh-Hans",
            {
                "seller": "为曝光付出的更多了",
                "service_provider": "出价管理和提升转化的商品页优化",
            },
        ),
    ],
)
def test_a_dearer_click_is_each_readers_own_point(lang: str, said: dict[str, str]) -> None:
    text = sections(load_story(SEED), lang)
    for reader, words in said.items():
        assert words in text[reader], (reader, text[reader])
    assert "measured pace" not in "".join(text.values())
