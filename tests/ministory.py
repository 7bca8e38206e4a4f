"""Small stories written inline for rule tests, and a brief's sections by reader.

A rule test states the few facts it needs in YAML under a fixed header (one
story, one source, a title and lede in both languages) and reads what each
reader is told; this keeps that header and that split in one place.
"""

from __future__ import annotations

from summarizer.facts.load import parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Story
from summarizer.pipeline import load_project, make_brief
from summarizer.writers.markdown import brief_markdown

#: The readers' sections in the order a brief prints them, after the summary.
READERS = ("brand", "seller", "factory", "service_provider", "platform_operator", "researcher")


def mini_story(entities: str, facts: str, published: str = "2025-11-05") -> Story:
    """A story of ``entities`` and ``facts`` (YAML lines indented by two)."""
    head = (
        "story:\n  id: s\n  source: s.txt\n  title: {zh-Hans: 标题, en: Title}\n"
        f"  published: '{published}'\n  lede: {{zh-Hans: 导语。, en: Lede.}}\n"
        f"entities:\n{entities}facts:\n"
    )
    return parse_story(load_yaml_text(head + facts, "s.yaml"))


def sections(story: Story, lang: str) -> dict[str, str]:
    """The brief's Markdown per section: 'general' (the Quick Summary), then
    each reader; the Sources section is left out."""
    md = brief_markdown(make_brief(load_project(), story, lang))
    return dict(zip(("general", *READERS), md.split("\n## ")[1:-1], strict=True))
