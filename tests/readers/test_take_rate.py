"""A platform's take rate (seeds/shopify-q3-2025.yaml: revenue US$2.84
billion on GMV of US$92 billion, both up 32%): the readers the vocabulary
gives it to read it as their own (a seller's cost of each sale, a brand's
channel price, a rival platform's yardstick, a researcher's series), and the
Quick Summary does not tell revenue again once the take rate has."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.facts.load import load_story
from summarizer.model import Brief
from summarizer.pipeline import load_project, make_brief

SEED = Path(__file__).resolve().parents[2] / "seeds" / "shopify-q3-2025.yaml"


def _brief(lang: str) -> Brief:
    return make_brief(load_project(), load_story(SEED), lang)  # type: ignore[arg-type]


def _points(brief: Brief, persona: str) -> list[tuple[str, str]]:
    (section,) = [s for s in brief.sections if s.persona == persona]
    return [(p.label, "".join(s.text for s in p.sentences)) for p in section.points]


@pytest.mark.parametrize(
    ("persona", "label", "en"),
    [
        ("seller", "Your costs", "fees and services take about 3.1% of each sale on average"),
        ("brand", "Your costs", "all-in cut of sales"),
        ("platform_operator", "Pricing", "a yardstick for yours"),  # not the reader's income
        ("researcher", "For research", "quarter by quarter: here revenue grew as fast as GMV"),
    ],
)  # fmt: skip
def test_each_reader_reads_the_take_rate_as_its_own(persona: str, label: str, en: str) -> None:
    [(got, text)] = [(lb, t) for lb, t in _points(_brief("en"), persona) if "about 3.1%" in t]
    assert got == label
    assert en in text
    assert "the same as a year earlier" in text


def test_no_reader_without_a_stake_gets_it() -> None:
    brief = _brief("en")
    for persona in ("factory", "service_provider"):
        assert not any("3.1%" in t for _, t in _points(brief, persona)), persona


def test_the_summary_tells_revenue_once() -> None:
    en = _brief("en")
    (summary,) = [s for s in en.sections if s.persona == "general"]
    texts = ["".join(s.text for s in p.sentences) for p in summary.points]
    assert "about the same as a year earlier, as revenue and GMV both grew 32%" in texts[0]
    assert sum("US$2.84 billion" in t for t in texts) == 1
    zh = _brief("zh-Hans")
    (summary,) = [s for s in zh.sections if s.persona == "general"]
    assert "与一年前大致持平（收入与GMV均同比增长32%）" in "".join(
        s.text for p in summary.points for s in p.sentences
    )


def test_a_plain_fact_comes_after_a_point_worded_for_the_reader() -> None:
    """The free cash flow margin means nothing in particular to a rival
    platform: Shop Pay's rising share, worded for it, is its third point, even
    though other readers have Shop Pay's figures too."""
    texts = " ".join(t for _, t in _points(_brief("en"), "platform_operator"))
    assert "its larger share is a shift to keep up with" in texts
    assert "free cash flow" not in texts
