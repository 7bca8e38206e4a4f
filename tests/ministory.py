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


def yuan_facts(metric: str, rows: tuple[tuple[str, str, str, object], ...]) -> str:
    """YAML lines of ``metric`` facts of entity ``p`` in 亿 yuan, one per row
    (fact id, segment or '', period, value), quoted 原文一, 原文二, …: a
    results story's lines of business, for the profit and loss tests."""
    quotes = ("原文一", "原文二", "原文三", "原文四")
    return "".join(
        f"  {fid}: {{metric: {metric}, entity: p, "
        + (f"segment: {seg}, " if seg else "")
        + f"period: {period}, value: {value}, scale: 亿, currency: CNY, "
        f"source: {{quote: {quote}}}}}\n"
        for (fid, seg, period, value), quote in zip(rows, quotes, strict=False)
    )


def two_years(
    metric: str, kind: str, first: object, second: object, lang: str = "en", extra: str = ""
) -> dict[str, str]:
    """``sections`` of a story of one entity of ``kind`` (Alpha, 甲) whose
    ``metric`` was ``first`` in FY2024 and ``second`` in FY2025, in US$, no
    ``base:`` (the growth rules' shape); ``extra``: more fields of both
    ("per: unit, ")."""
    entity = f"  p: {{kind: {kind}, name: {{zh-Hans: 甲, en: Alpha}}}}\n"
    facts = "".join(
        f"  {fid}: {{metric: {metric}, entity: p, period: {period}, value: {value}, "
        f"currency: USD, {extra}source: {{quote: {quote}}}}}\n"
        for fid, period, value, quote in (
            ("a", "FY2024", first, "原文一"),
            ("b", "FY2025", second, "原文二"),
        )
    )
    return sections(mini_story(entity, facts, published="2026-02-10"), lang)


def sections(story: Story, lang: str) -> dict[str, str]:
    """The brief's Markdown per section: 'general' (the Quick Summary), then
    each reader; the Sources section is left out."""
    md = brief_markdown(make_brief(load_project(), story, lang))
    return dict(zip(("general", *READERS), md.split("\n## ")[1:-1], strict=True))


def first_points(s: dict[str, str]) -> dict[str, str]:
    """Each reader's first point line ('1. **Demand**: …'), '' where the
    section has none: what a test compares across readers."""
    return {r: next((x for x in s[r].splitlines() if x.startswith("1. ")), "") for r in READERS}
