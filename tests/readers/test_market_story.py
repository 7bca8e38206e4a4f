"""A market's sales-event figures (Black Friday 2025 in US online retail,
seeds/adobe-black-friday-2025.yaml): each reader reads the market's rate as
its own yardstick, the peak as its own kind of work, and no meaning is
another reader's sentence under a new label."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.facts.load import load_story
from summarizer.model import Brief
from summarizer.pipeline import load_project, make_brief

SEED = Path(__file__).resolve().parents[2] / "seeds" / "adobe-black-friday-2025.yaml"
READERS = ("brand", "seller", "factory", "service_provider", "platform_operator", "researcher")


def _brief(lang: str) -> Brief:
    return make_brief(load_project(), load_story(SEED), lang)  # type: ignore[arg-type]


def _sentences(brief: Brief, persona: str) -> list[str]:
    (section,) = [s for s in brief.sections if s.persona == persona]
    return [s.text.strip() for p in section.points for s in p.sentences]


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_every_reader_has_points_and_none_shares_a_sentence(lang: str) -> None:
    brief = _brief(lang)
    seen: dict[str, str] = {}
    for persona in READERS:
        sentences = _sentences(brief, persona)
        assert len(sentences) >= 2, persona
        for text in sentences:
            assert seen.setdefault(text, persona) == persona, (text, seen[text], persona)


@pytest.mark.parametrize(
    ("persona", "en", "zh"),
    [
        ("seller", "set your own sales growth over the same period against that rate", "可拿自己同期销售增速对照这一增速"),
        ("platform_operator", "set your own GMV growth over the same period against that rate", "可拿自家平台同期GMV增速对照这一增速"),
    ],
)  # fmt: skip
def test_the_market_rate_is_each_readers_yardstick(persona: str, en: str, zh: str) -> None:
    assert en.lower() in " ".join(_sentences(_brief("en"), persona)).lower()  # 'Set …' when it leads
    assert zh in "".join(_sentences(_brief("zh-Hans"), persona))
    assert "peers" not in " ".join(_sentences(_brief("en"), persona))  # a market has no peers


@pytest.mark.parametrize(
    ("pair", "en"),
    [
        (("brand", "seller"), ("the bar for your own sales", "set your own sales growth")),
        (("platform_operator", "researcher"), ("growth over the same period against that rate", "the baseline any platform's growth")),
    ],
)  # fmt: skip
def test_a_yardstick_goes_to_one_reader_of_its_pair(pair: tuple[str, str], en: tuple[str, str]) -> None:
    """A seller's and a brand's bar for their own sales is one sentence (and
    a platform's and a researcher's for a platform's growth): each pair has it
    once, and the other reader's places go to points of its own."""
    brief = _brief("en")
    have = [p for p in pair if any(e.lower() in " ".join(_sentences(brief, p)).lower() for e in en)]
    assert len(have) == 1, have


def test_the_peak_reads_as_each_readers_own_work() -> None:
    brief = _brief("en")
    assert "book parcel, payment and customer-service capacity for black friday" in " ".join(
        _sentences(brief, "service_provider")
    ).lower()  # the day named: its share is the seller's way in (peak_day's lead-ins)
    assert "an outage that day would cost" in " ".join(_sentences(brief, "platform_operator"))
    labels = {
        p.label for s in brief.sections if s.persona == "platform_operator" for p in s.points
    }
    assert "Operations" in labels  # uptime is operations, not a rival's figure



def test_the_templates_and_the_wording_keys_share_one_market_predicate() -> None:
    """Which market figures are a yardstick is decided once (readers.wording.market_growth):
    a market's cost (a duty bill) or average order is not; the growth templates ask the same
    function as the wording keys, so a change to one cannot leave the other behind."""
    from summarizer.paths import TEMPLATES_DIR
    from summarizer.readers.wording import market_growth

    assert market_growth("market", "benchmark", "retail_sales")
    assert market_growth("market", "demand", "gmv")
    assert not market_growth("market", "benchmark", "customs_duties")
    assert not market_growth("market", "demand", "aov")
    assert not market_growth("platform", "demand", "gmv")
    for lang in ("en", "zh-Hans"):
        for name in ("growth.j2", "level_with_growth.j2"):
            text = (TEMPLATES_DIR / lang / "meanings" / name).read_text("utf-8")
            assert "{% set market = market_growth(" in text, (lang, name)
            assert "kind == 'market' and stance" not in text, (lang, name)
