"""A market entry told a researcher nothing, for a platform or a brand (every
other reader had a point): a platform's entry is sellers and shoppers to
count, and whose sales it takes; a brand's is its first year's sales against
the local leaders'."""

from __future__ import annotations

import pytest
from ministory import mini_story, sections


@pytest.mark.parametrize(
    ("kind", "en", "zh"),
    [
        ("platform", "Track how many sellers and shoppers Alpha signs up in Betaland",
         "可跟踪甲在乙国招到多少卖家和消费者"),
        ("brand", "Track Alpha's sales in Betaland over its first year against the local leaders'",
         "可跟踪甲进入乙国第一年的销售额"),
    ],
)
def test_a_market_entry_is_a_researchers_question(kind: str, en: str, zh: str) -> None:
    entities = (
        f"  a: {{kind: {kind}, name: {{zh-Hans: 甲, en: Alpha}}}}\n"
        "  m: {kind: market, name: {zh-Hans: 乙国, en: Betaland}}\n"
    )
    facts = (
        "  e: {event: market_entry, entity: a, object: m, date: '2025-10-01', "
        "text: {zh-Hans: 甲进入乙国, en: Alpha entered Betaland}, source: {quote: 原文一}}\n"
    )
    story = mini_story(entities, facts, published="2025-11-05")
    assert en in sections(story, "en")["researcher"]
    assert zh in sections(story, "zh-Hans")["researcher"]
