"""The seeds and the project, loaded once for the digest tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.facts.load import load_stories, story_paths
from summarizer.model import Story
from summarizer.pipeline import Project, load_project

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def project() -> Project:
    return load_project()


@pytest.fixture(scope="session")
def stories() -> list[Story]:
    return list(load_stories(story_paths(ROOT / "seeds")))
