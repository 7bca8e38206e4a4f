"""The Markdown writer: the byline never prints an assumed date as fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import SummarizerError
from summarizer.facts.load import load_story
from summarizer.pipeline import load_project, make_brief
from summarizer.writers.markdown import brief_markdown, source_line

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


def test_another_article_is_credited_by_its_outlet_and_headline(tmp_path: Path) -> None:
    """A fact quoting a second article (story.articles) puts its outlet and
    headline in the sources list, in every language, and its outlet and date
    in the site's facts table; one with no headline is its outlet and file."""
    from summarizer.facts.load import parse_story
    from summarizer.facts.yamlload import load_yaml_text
    from summarizer.model import FactRow
    from summarizer.site.storypage import _rows

    project = load_project()
    story = load_story(SEEDS / "ipc-cross-border-share-2025.yaml")
    en, tw = brief_markdown(make_brief(project, story, "en")), make_brief(project, story, "zh-Hant")
    assert ("- The Star (South China Morning Post), “Chinese-owned Temu catches up with Amazon in "
            "global cross-border e-commerce” (ipc-cross-border-share-2025-scmp.txt)") in en
    assert "- The Star（南華早報）《中資Temu在全球跨境電商中追上亞馬遜》（ipc-cross-border-share-2025-scmp.txt）" \
        in brief_markdown(tw)
    row = FactRow("amazon-2024", "亞馬遜", "訂單份額", "25%", "2024年", "q",
                  "ipc-cross-border-share-2025-scmp.txt")
    [label] = [r["article_label"] for r in _rows([row], story, tw, "zh-Hant")]
    assert label == "The Star（南華早報），2026年1月21日"
    mondaq = brief_markdown(make_brief(project, load_story(SEEDS / "alibaba-antitrust-fine-2021.yaml"),
                                       "zh-Hans"))
    assert "- Mondaq（alibaba-antitrust-fine-2021-mondaq.txt）" in mondaq
    text = (SEEDS / "alibaba-antitrust-fine-2021.yaml").read_text("utf-8")
    bad = text.replace("      url: https://www.mondaq.com/Article/1056958\n",
                       "      published: '2021-02-30'\n", 1)
    with pytest.raises(SummarizerError, match=r"s.yaml:\d+:\d+.*story.articles.*not a real date"):
        parse_story(load_yaml_text(bad, "s.yaml"))
