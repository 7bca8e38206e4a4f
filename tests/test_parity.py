"""The zh and en of every section carry the same figures.

Each point is read on both sides with the linter's figure reader (万/亿 and
million/billion multiplied out, percentages, multiples, currencies) and the
two multisets of (family, value) must match: a 亿 read as "billion" or a
figure dropped on one side fails here.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from summarizer.facts.load import load_story, story_paths
from summarizer.lint.documents import Document, Segment
from summarizer.lint.figures import read_figures
from summarizer.pipeline import Project, load_project, make_brief

SEEDS = story_paths(Path(__file__).resolve().parents[1] / "seeds")


@pytest.fixture(scope="module")
def project() -> Project:
    return load_project()


def figures(text: str, lang: str) -> Counter[tuple[str, Decimal]]:
    doc = Document("x", text, "text", lang, [Segment(text, 0)])
    out: Counter[tuple[str, Decimal]] = Counter()
    for f in read_figures(doc, "", lang):
        value = f.value.normalize()
        if f.family == "amount" and not f.currency and value < 10000:
            continue  # plain counts and years are not figures (spelled differently)
        if f.family == "amount" and value >= 1_000_000:
            # English prints four significant figures of a scaled amount
            # (RMB 68.95 million for 6894.91万元): compare at that precision
            value = value.quantize(Decimal(1).scaleb(value.adjusted() - 3)).normalize()
        out[(f.family, value)] += 1
    return out


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_points_carry_the_same_figures(project: Project, seed: Path) -> None:
    story = load_story(seed)
    zh = make_brief(project, story, "zh-Hans")
    en = make_brief(project, story, "en")
    compared = 0
    for zs, es in zip(zh.sections, en.sections, strict=True):
        assert zs.persona == es.persona
        assert [p.rule for p in zs.points] == [p.rule for p in es.points]
        for zp, ep in zip(zs.points, es.points, strict=True):
            ztext = "".join(s.text for s in zp.sentences)
            etext = "".join(s.text for s in ep.sentences)
            assert figures(ztext, "zh-Hans") == figures(etext, "en"), (zs.persona, ztext, etext)
            assert [s.facts for s in zp.sentences] == [s.facts for s in ep.sentences]
            compared += 1
    assert compared > 0


def test_reader_catches_a_yi_read_as_billion() -> None:
    """The test can fail: 5.34亿元 against 'RMB 5.34 billion' differs."""
    assert figures("收入5.34亿元。", "zh-Hans") != figures("Revenue was RMB 5.34 billion.", "en")
    assert figures("收入5.34亿元。", "zh-Hans") == figures("Revenue was RMB 534 million.", "en")
