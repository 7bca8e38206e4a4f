"""A platform shrinking while one channel soars (seeds/mogu-fy2021-q1-livestreaming.yaml:
Mogu's GMV down 25.2%, revenue down 46.8%, livestreaming up 72.4% and from
about 65% to 72.6% of GMV in a quarter). Growth stories had hidden three
faults: a shrinking channel was one sentence ('keep stock and spending there
tight') for a brand, a factory and a provider alike; falling rates were
worded as growth ('revenue grew -46.8%'); and a 42-point share shift was
'only 42 points'."""

from __future__ import annotations

from pathlib import Path

from summarizer.facts.load import load_story
from summarizer.model import Brief
from summarizer.pipeline import load_project, make_brief

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "mogu-fy2021-q1-livestreaming.yaml"


def _brief(lang: str) -> Brief:
    return make_brief(load_project(), load_story(SEED), lang)  # type: ignore[arg-type]


def _text(brief: Brief, persona: str) -> str:
    (section,) = [s for s in brief.sections if s.persona == persona]
    return " ".join(s.text for p in section.points for s in p.sentences)


def test_a_shrinking_channel_means_something_else_to_each_reader() -> None:
    en = _brief("en")
    assert "move budget to the channels that are growing" in _text(en, "brand")
    assert "its sellers will reorder less" in _text(en, "factory")
    assert "win on cost, or follow the platforms that are growing" in _text(
        en, "service_provider"
    )
    said = [_text(en, p) for p in ("brand", "factory", "service_provider")]
    assert not any("keep stock and spending there tight" in t for t in said)


def test_falling_rates_are_said_as_falls() -> None:
    en, zh = _brief("en"), _brief("zh-Hans")
    (general,) = [s for s in en.sections if s.persona == "general"]
    text = " ".join(s.text for p in general.points for s in p.sentences)
    assert "as revenue fell faster than GMV (down 46.8% against 25.2%)" in text
    assert "grew -" not in text and "-46.8% growth" not in _text(en, "researcher")
    assert "Backed out from the 46.8% fall, Mogu's revenue was about RMB 249 million" in _text(
        en, "researcher"
    )
    assert "本期收入下降46.8%，GMV下降25.2%" in _text(zh, "researcher")
    assert "增长-" not in _text(zh, "researcher")


def test_a_big_share_shift_is_not_called_small() -> None:
    en = _brief("en")
    assert "the share moved 41.1 percentage points in one year: a fast shift" in _text(
        en, "researcher"
    )
    assert "only 42" not in _text(en, "researcher")
    # the channel's share read a quarter apart, as written (about 65%, then 72.6%)
    assert (
        "Livestreaming's share of Mogu's GMV rose 7.6 percentage points, from about 65% in the "
        "fourth quarter of fiscal 2020 to 72.6% in the first quarter of fiscal 2021."
    ) in _text(en, "platform_operator")
