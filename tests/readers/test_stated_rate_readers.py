"""A level with its stated yearly rate, read by readers none of whose own wordings fits (a platform's
subsidies, a brand's GMV, a return rate): before, each of them got the researcher's sentence ("Backed
out from the 14.7% fall, Alpha's subsidies were about US$6.57 million a year earlier: check whether
peers fell too"), the same under up to four labels. Now only the researcher backs the level out; the
others read the figure as its two-level growth words it for them."""

from __future__ import annotations

import re

import pytest
from ministory import mini_story, sections

POINT = re.compile(r"\d+\. \*\*[^*]+\*\*: (.*)")


def _said(kind: str, metric: str, level: str) -> dict[str, list[str]]:
    entity = f"  p: {{kind: {kind}, name: {{zh-Hans: 甲, en: Alpha}}}}\n"
    facts = (f"  a: {{metric: {metric}, entity: p, period: 2025Q2, {level}, source: {{quote: 原文一}}}}\n"
             f"  b: {{metric: {metric}, measure: yoy, entity: p, period: 2025Q2, value: -14.7, "
             f"unit: percent, source: {{quote: 原文二}}}}\n")
    out: dict[str, list[str]] = {}
    for role, text in sections(mini_story(entity, facts, published="2025-08-01"), "en").items():
        if role != "general":
            for line in text.splitlines():
                if m := POINT.match(line):
                    out.setdefault(m.group(1).rsplit(": ", 1)[-1], []).append(role)
    return out


@pytest.mark.parametrize(
    ("kind", "metric", "level"),
    [
        ("platform", "subsidy", "value: 5.6, scale: million, currency: USD"),
        ("brand", "gmv", "value: 5.6, scale: million, currency: USD"),
        ("platform", "return_rate", "value: 12.5, unit: percent"),
    ],
)
def test_no_reader_gets_another_readers_sentence(kind: str, metric: str, level: str) -> None:
    said = _said(kind, metric, level)
    assert not {s: r for s, r in said.items() if len(r) > 1}
    backed = [r for s, rs in said.items() if s.startswith("check whether peers fell too") for r in rs]
    assert backed == ["researcher"]
