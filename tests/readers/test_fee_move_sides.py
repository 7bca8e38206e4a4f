"""A fee move read by a seller and by a factory: the seller's point says the
fee ("the referral fee takes 4 percentage points more of every sale"), the
factory's says it from the side of the sellers who buy from it ("sellers
in the US store hand the platform 4 percentage points more"), so the two
readers' points share no clause that says the move -- each its own words
(the date and the later step are context both may give)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.facts.load import load_story
from summarizer.pipeline import load_project, make_brief
from summarizer.writers.markdown import brief_markdown

SEED = Path(__file__).resolve().parents[2] / "seeds" / "tiktok-shop-us-referral-fee-2024.yaml"
CLAUSE = re.compile(r"[，；。：（）,;:()]\s*")


def _points(md: str, heading: str) -> list[str]:
    section = md.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return [line.split("**", 2)[2] for line in section.splitlines() if line[:1].isdigit()]


def _clauses(points: list[str], figure: str) -> set[str]:
    """The clauses that give the move's figure."""
    return {c.strip() for p in points for c in CLAUSE.split(p) if figure in c}


@pytest.mark.parametrize(
    ("lang", "seller", "factory", "said", "figure"),
    [
        ("en", "Sellers", "Factories", "sellers in the US store hand the platform 4 percentage "
         "points", "4 percentage points"),
        ("zh-Hans", "卖家", "工厂", "美国站卖家每单要多让出售价的4个百分点给平台", "4个百分点"),
    ],
)
def test_seller_and_factory_read_one_fee_move_in_different_words(
    lang: str, seller: str, factory: str, said: str, figure: str
) -> None:
    md = brief_markdown(make_brief(load_project(), load_story(SEED), lang))
    theirs, its = _points(md, seller), _points(md, factory)
    assert said in " ".join(its)
    mine, yours = _clauses(theirs, figure), _clauses(its, figure)
    assert mine and yours and mine.isdisjoint(yours)
