"""summarizer check: a sentence left in the other language is flagged."""

from __future__ import annotations

import pytest
from ministory import mini_story

from summarizer.rules.untranslated import untranslated_findings

ENT = "  a: {kind: platform, name: {zh-Hans: Temu, en: Temu}}\n"


def _claim(zh: str, en: str) -> str:
    return f"  c: {{claim: {{zh-Hans: '{zh}', en: '{en}'}}, entity: a, facet: risk, source: {{quote: 原文}}}}\n"


@pytest.mark.parametrize(
    ("zh", "en", "found"),
    [
        ("Temu raised prices", "Temu raised prices", ["zh-Hans"]),  # forgotten Chinese
        ("Temu上调价格", "Temu上调价格", ["en"]),  # forgotten English
        ("Temu上调价格", "Temu raised prices", []),
        ("GMV增长", "GMV grew", []),  # names and acronyms in Chinese are fine
        ("MiniMax", "MiniMax", ["zh-Hans"]),
    ],
)
def test_a_claim_in_the_wrong_language_is_flagged(zh: str, en: str, found: list[str]) -> None:
    story = mini_story(ENT, _claim(zh, en))
    got = untranslated_findings([story])
    assert [f.message.split("the ")[1].split(" wording")[0] for f in got] == found
    assert all(f.level == "warning" and f.code == "untranslated" for f in got)


def test_the_bundled_seeds_are_all_translated() -> None:
    from pathlib import Path

    from summarizer.facts.load import load_story

    seeds = sorted(Path(__file__).resolve().parents[2].joinpath("seeds").glob("*.yaml"))
    assert seeds
    assert untranslated_findings(load_story(p) for p in seeds) == []
