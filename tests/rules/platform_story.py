"""A one-platform story for rule tests: its header, and the story parsed
from facts lines (and any more entities) written after it."""

from __future__ import annotations

from summarizer.facts.load import parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Story

HEADER = """\
story:
  id: s
  source: a.txt
  title: {zh-Hans: 标题, en: Title}
  published: '2025-11-04'
  lede: {zh-Hans: 导语。, en: Lede.}
entities:
  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}
"""


def platform_story(facts: str, entities: str = "") -> Story:
    """The story of platform ``p`` with these YAML lines under ``entities:`` and ``facts:``."""
    return parse_story(load_yaml_text(HEADER + entities + "facts:\n" + facts, "s.yaml"))
