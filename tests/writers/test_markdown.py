"""The Markdown writer: the byline never prints an assumed date as fact."""

from __future__ import annotations

from pathlib import Path

from summarizer.facts.load import load_story
from summarizer.pipeline import load_project, make_brief
from summarizer.writers.markdown import source_line

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_an_assumed_publication_date_is_said_to_be_assumed() -> None:
    project = load_project()
    story = load_story(SEEDS / "tiktok-shop-2024-markets.yaml")
    assert "published" in story.assumed
    assert source_line(make_brief(project, story, "zh-Hans")).endswith("2025年1月15日（编辑推定）")
    assert source_line(make_brief(project, story, "zh-Hant")).endswith("（編輯推定）")
    assert source_line(make_brief(project, story, "en")).endswith(
        "January 15, 2025 (date assumed by the editor)"
    )


def test_a_date_the_article_gives_is_plain() -> None:
    project = load_project()
    story = load_story(SEEDS / "pop-mart-2024-results.yaml")
    assert source_line(make_brief(project, story, "en")).endswith("March 27, 2025")
