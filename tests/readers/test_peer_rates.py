"""Companies side by side (seeds/us-holiday-spending-2024-chinese-platforms.yaml:
Earnest Analytics card data for the first two weeks of November 2024, TikTok
Shop more than tripled, Temu +18%, Shein +16%, Amazon flat, Nike -19.9%,
Under Armour -24.3%). With no total and no company's own series, no rule
applied and every reader got an empty section. peer_rates tells who grew
fastest and who fell most, and each reader what that means for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.facts.load import load_story
from summarizer.model import Brief
from summarizer.pipeline import load_project, make_brief

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "us-holiday-spending-2024-chinese-platforms.yaml"
READERS = ("brand", "seller", "factory", "service_provider", "platform_operator", "researcher")


def _brief(lang: str) -> Brief:
    return make_brief(load_project(), load_story(SEED), lang)  # type: ignore[arg-type]


def _first(brief: Brief, persona: str) -> str:
    (section,) = [s for s in brief.sections if s.persona == persona]
    assert section.points, persona
    return " ".join(s.text for s in section.points[0].sentences)


@pytest.mark.parametrize("lang", ["zh-Hans", "en"])
def test_every_reader_gets_the_league_in_its_own_words(lang: str) -> None:
    brief = _brief(lang)
    firsts = [_first(brief, r) for r in READERS]
    assert len(set(firsts)) == len(READERS)  # no two readers read the same sentence
    said = {r: t for r, t in zip(READERS, firsts, strict=True)}
    if lang == "en":
        assert "so list and advertise there first" in said["seller"]
        assert "new orders are likeliest from tiktok shop, temu and shein" in said["factory"].lower()
        assert "clients worth winning" in said["service_provider"]
        assert "winning shoppers' spending" in said["platform_operator"]
        assert "a 24.3% fall at Under Armour to a rise of more than 200% at TikTok Shop" in (
            said["researcher"]
        )
    else:
        assert "买家的钱正流向这些平台，可优先在那里上架和投放" in said["seller"]
        assert "从安德玛的下降24.3%到TikTok Shop的增长超200%不等" in said["researcher"]


def test_the_summary_names_the_fastest_the_biggest_falls_and_the_flat() -> None:
    (general,) = [s for s in _brief("zh-Hans").sections if s.persona == "general"]
    text = " ".join(s.text for p in general.points for s in p.sentences)
    assert (
        "在统计的12家企业中，商品交易总额（GMV）同比增长最快的是TikTok Shop（超200%）、Temu（18%）"
        "和SHEIN（16%），下降最多的是安德玛（24.3%）、耐克（19.9%）和百思买（15.2%）；亚马逊基本持平。"
    ) in text
