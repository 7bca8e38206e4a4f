"""The sources list names the story by the title its heading shows: in
Traditional Chinese both read with the region's words (成長 in Taiwan, 增長 in
Hong Kong), not the heading in one form and the sources list in another."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.facts.load import load_story
from summarizer.pipeline import load_project, make_brief

SEED = Path(__file__).resolve().parents[2] / "seeds" / "shopify-q3-2025.yaml"


@pytest.mark.parametrize(("lang", "word"), [("zh-Hant", "成長"), ("zh-Hant-HK", "增長")])
def test_the_sources_list_shows_the_headings_title(lang: str, word: str) -> None:
    brief = make_brief(load_project(), load_story(SEED), lang)  # type: ignore[arg-type]
    assert brief.sources[0].quote == brief.title
    assert word in brief.title
