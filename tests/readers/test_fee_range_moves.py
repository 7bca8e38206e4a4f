"""A fee raised to a range of rates (Shopee Malaysia, 10 January 2023: 2% to
2.5%-4% in electronics, to 4% in fashion, to 3%-4% in FMCG, to 3.5%-4% in
lifestyle): each category's move is said from both ends of its range. The
difference used to be computed from the lower end alone, so the readers were
told electronics' commission rose by 0.5 points, where the article allows up
to 2; the other categories went in one bracket each, not one bracket apiece;
and the researcher's point named the others' categories but not the lead's."""

from __future__ import annotations

from pathlib import Path

import pytest
from ministory import sections

from summarizer.facts.load import load_story
from summarizer.pipeline import load_project, make_brief
from summarizer.writers.markdown import brief_markdown

SEED = Path(__file__).resolve().parents[2] / "seeds" / "shopee-my-commission-2023.yaml"


def _md(lang: str) -> str:
    return brief_markdown(make_brief(load_project(), load_story(SEED), lang))


def _section(lang: str, reader: str) -> str:
    return sections(load_story(SEED), lang)[reader]


@pytest.mark.parametrize(
    ("lang", "moves", "lone"),
    [
        ("zh-Hans",
         "时尚类目佣金提高2个百分点（生活类目提高1.5至2个百分点，快消类目提高1至2个百分点，"
         "电子类目提高0.5至2个百分点）",
         "提高0.5个百分点"),
        ("en",
         "2 percentage points more of every sale in fashion, 1.5–2 percentage points more in "
         "lifestyle, 1–2 percentage points more in FMCG and 0.5–2 percentage points more in "
         "electronics",
         "up 0.5 percentage points"),
    ],
)
def test_a_move_to_a_range_is_said_from_both_ends(lang: str, moves: str, lone: str) -> None:
    md = _md(lang)
    assert moves in _section(lang, "seller")
    assert lone not in md
    assert "）（" not in md and ") (" not in md


def test_the_summary_lists_three_categories_with_semicolons_and_names_the_leads() -> None:
    en = _section("en", "general")
    assert (
        "up 2 percentage points; for lifestyle to 3.5%–4%, up 1.5–2 percentage points; "
        "for FMCG to 3%–4%, up 1–2 percentage points; and for electronics"
    ) in en
    research = _section("en", "researcher")
    assert "move in fashion from 2% to 4% (3.5%–4% for lifestyle, 3%–4% for FMCG and" in research
    assert "时尚类目佣金从2%上调至4%（生活类目为3.5%至4%" in _section("zh-Hans", "researcher")
