"""A fee raised by as much in two categories (eBay, 15 February 2023: most
categories 12.9% -> 13.25%, books 14.6% -> 14.95%): the difference is said as
exactly as the rates were written (0.35 points, not 0.4), a reader's point
names the two categories together and says the move once, and the Quick
Summary, which gives both pairs of rates, says the second moved by as much."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.facts.load import load_story
from summarizer.pipeline import load_project, make_brief
from summarizer.writers.markdown import brief_markdown

SEED = Path(__file__).resolve().parents[2] / "seeds" / "ebay-final-value-fee-2023.yaml"


def _section(md: str, heading: str) -> str:
    return md.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize(
    ("lang", "summary", "seller", "together", "by", "once"),
    [
        ("zh-Hans", "全文速览", "卖家", "多数类目和书籍的佣金费率均提高0.35个百分点",
         "同样提高0.35个百分点", "0.35个百分点"),
        ("en", "Quick Summary", "Sellers",
         "takes 0.35 percentage points more of every sale in most categories and in books",
         "also up 0.35 percentage points", "0.35 percentage points"),
    ],
)
def test_one_move_in_two_categories_is_said_once_and_exactly(
    lang: str, summary: str, seller: str, together: str, by: str, once: str
) -> None:
    md = brief_markdown(make_brief(load_project(), load_story(SEED), lang))
    assert "0.4" not in md  # 13.25 - 12.9 is 0.35 exactly
    assert by in _section(md, summary)
    point = _section(md, seller).split("\n1. ", 1)[1].split("\n", 1)[0]
    assert together in point
    assert point.count(once) == 1


@pytest.mark.parametrize("lang", ["zh-Hans", "en"])
def test_every_segment_a_sentence_gives_is_cited(lang: str) -> None:
    """The books' rates (14.6% -> 14.95%) are in the Quick Summary's sentence
    and in each reader's point: their facts are marked there too, or the
    page's marks would trace only the first category's figures."""
    brief = make_brief(load_project(), load_story(SEED), lang)
    books = {"ebay-fvf-books-old", "ebay-fvf-books-new"}
    for section in brief.sections:
        for point in section.points:
            if point.rule != "base_change":
                continue
            cited = {f for s in point.sentences + point.context for f in s.facts}
            assert books <= cited, (section.persona, point.sentences)
