"""A brand's results with falls in them (seeds/nike-q1-fy2026.yaml: revenue
up 1%, wholesale up 7%, Nike Direct down 4%, Greater China down 9%, tariff
costs expected at US$1.5 billion): the parts are told as they went, each
reader reads where to lean and where to hold back, and a cost forecast is
not read as demand."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.facts.load import load_story
from summarizer.model import Brief
from summarizer.pipeline import load_project, make_brief

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
READERS = ("brand", "seller", "factory", "service_provider", "platform_operator", "researcher")


def _brief(lang: str, seed: str = "nike-q1-fy2026") -> Brief:
    return make_brief(load_project(), load_story(SEEDS / f"{seed}.yaml"), lang)  # type: ignore[arg-type]


def _text(brief: Brief, persona: str) -> str:
    (section,) = [s for s in brief.sections if s.persona == persona]
    return " ".join(s.text for p in section.points for s in p.sentences)


def test_falls_are_told_as_falls() -> None:
    en, zh = _text(_brief("en"), "general"), _text(_brief("zh-Hans"), "general")
    assert "Greater China fell 9% while the whole grew; Nike Direct fell 4% too" in en
    assert "大中华区下降9%，而整体在增长；耐克直营下降4%" in zh
    assert "grew -" not in en and "增长-" not in zh
    # net income's rate with no amount, against revenue's: the margin's direction
    assert "net profit fell 31% in the first quarter of fiscal 2026 while its revenue rose 1%, so its net margin fell" in en
    assert "耐克净利润同比下降31%，收入同比增长1%，净利率随之下降" in zh


@pytest.mark.parametrize(
    ("persona", "en"),
    [
        ("seller", "Greater China, down 9%, is Nike's weak spot: buy cautiously there"),
        ("brand", "is where Nike is losing ground: an opening for rivals there"),
        ("factory", "is where its orders will shrink"),
        ("service_provider", "pitch savings rather than growth there"),
        # a brand's channels are a platform's business too: where it sells, and where it cuts
        ("platform_operator", "Nike's sales grow fastest in wholesale: where it sells on your "
                              "platform, pitch for more of its range"),
        ("platform_operator", "is where it will cut promotion spending"),
        ("platform_operator", "growth this slight means no bigger ad or promotion budgets"),
    ],
)  # fmt: skip
def test_each_reader_reads_where_to_lean_and_where_to_hold_back(persona: str, en: str) -> None:
    assert en in _text(_brief("en"), persona)


def test_a_cost_forecast_is_a_price_not_demand() -> None:
    brief = _brief("en")
    assert "Nike expects its duties in fiscal 2026 to reach US$1.5 billion" in _text(brief, "general")
    assert "pass part of that cost on to you" in _text(brief, "seller")
    assert "harder price talks" in _text(brief, "factory")
    for persona in READERS:
        assert "expected growth" not in _text(brief, persona), persona
        assert "expected volume" not in _text(brief, persona), persona


def test_growth_of_one_percent_is_not_called_steady() -> None:
    text = _text(_brief("en"), "seller")
    assert "growth this slight means demand for its goods is flat" in text
    assert "steady" not in text


def test_a_markets_payment_methods_say_nothing_to_a_factory() -> None:
    """Buy now, pay later outgrowing US online retail is a shift for sellers,
    brands and providers; a factory makes goods, not payment methods."""
    assert "buy now, pay later" not in _text(_brief("en", "adobe-black-friday-2025"), "factory")
