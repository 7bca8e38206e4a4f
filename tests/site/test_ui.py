"""Interface strings: a typo in ui.yaml is refused, not shown cut short."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import BuildError
from summarizer.paths import TEMPLATES_DIR
from summarizer.site.ui import load_ui


def test_the_tagline_is_whole() -> None:
    ui = load_ui(TEMPLATES_DIR / "site")
    assert ui["en"]["tagline"] == "Every story, re-read for who you are"


def test_an_unquoted_comma_is_refused(tmp_path: Path) -> None:
    (tmp_path / "ui.yaml").write_text(
        "tagline: {zh-Hans: 一篇新闻, en: Every story, re-read for who you are}\n",
        encoding="utf-8",
    )
    with pytest.raises(BuildError, match="not a language: 're-read for who you are'"):
        load_ui(tmp_path)
