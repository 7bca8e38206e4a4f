"""No two points of one reader's section end on the same advice.

Amazon India's brand section (seed amazon-india-zero-referral-fee-2025) gave
two fee cuts, and both closed "which leaves room to price more keenly on
this channel" (可在这一渠道更积极地定价): a form filled twice. A share of
the price cut and a charge per order cut now say different things. For
every seed, in zh-Hans and en, a clause without figures (a figure-free
clause is advice or a reading, not a period or an amount) appears in at
most one point of a section.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from summarizer.facts.load import load_story
from summarizer.pipeline import load_project, make_brief

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.yaml"))
CLAUSE = re.compile(r"[,:;，：；。]|\.(?:\s|$)")
#: Clauses shorter than this say too little to be a repeated point.
SHORTEST = {"en": 25, "zh-Hans": 8}


@pytest.mark.parametrize("lang", ["zh-Hans", "en"])
def test_no_clause_of_advice_in_two_points_of_a_section(lang: str) -> None:
    project = load_project()
    twice = []
    for seed in SEEDS:
        story = load_story(seed)
        for section in make_brief(project, story, lang).sections:
            seen: Counter[str] = Counter()
            for point in section.points:
                text = "".join(s.text for s in point.sentences)
                seen.update(
                    {
                        c.strip()
                        for c in CLAUSE.split(text)
                        if len(c.strip()) >= SHORTEST[lang] and not re.search(r"\d", c)
                    }
                )
            twice += [(story.id, section.persona, c) for c, n in seen.items() if n > 1]
    assert not twice, twice[:5]
