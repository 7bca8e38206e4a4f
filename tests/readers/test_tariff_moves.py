"""A government's tariff moves on one day (seeds/us-china-tariff-cut-2025.yaml:
the fentanyl tariff on Chinese goods cut from 20% to 10%, the reciprocal
tariff held at 10% until 2026-11-10 instead of rising to 34%): both reach
the readers, a cut is worded as a cut in every language, each reader reads
its own side of it, and a pause is read as a rise put off."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.facts.load import load_story
from summarizer.model import Brief
from summarizer.pipeline import load_project, make_brief

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "us-china-tariff-cut-2025.yaml"
READERS = ("brand", "seller", "factory", "service_provider", "platform_operator", "researcher")


def _brief(lang: str, path: Path = SEED) -> Brief:
    return make_brief(load_project(), load_story(path), lang)  # type: ignore[arg-type]


def _text(brief: Brief, persona: str) -> str:
    (section,) = [s for s in brief.sections if s.persona == persona]
    return " ".join(s.text for p in section.points for s in p.alone)  # the section read alone


def _labels(brief: Brief, persona: str) -> list[str]:
    (section,) = [s for s in brief.sections if s.persona == persona]
    return [p.label for p in section.points]


def _raised(tmp_path: Path) -> Path:
    """The same story with the fentanyl tariff going up from 10% to 20%."""
    text = SEED.read_text("utf-8")
    old = "    period: '2025-11-09'\n    value: 20\n"
    new = "    period: '2025-11-10'\n    value: 10\n"
    assert old in text and new in text
    text = text.replace(old, "@OLD@").replace(new, "@NEW@")
    text = text.replace("@OLD@", "    period: '2025-11-09'\n    value: 10\n")
    text = text.replace("@NEW@", "    period: '2025-11-10'\n    value: 20\n")
    path = tmp_path / "raised.yaml"
    path.write_text(text, "utf-8")
    (tmp_path / "us-china-tariff-cut-2025.txt").write_text(
        (ROOT / "sources" / "us-china-tariff-cut-2025.txt").read_text("utf-8"), "utf-8"
    )
    return path


def test_a_cut_is_less_duty_in_chinese_and_english() -> None:
    """The Chinese meaning once said 多缴 (pay more) for every move."""
    zh, en = _text(_brief("zh-Hans"), "seller"), _text(_brief("en"), "seller")
    assert "中国商品进口时按货值少缴10个百分点的关税，到岸成本下降" in zh
    assert "Chinese goods carry 10 percentage points less duty" in en
    assert "多缴" not in zh and "more duty" not in en


def test_a_rise_is_more_duty_in_chinese_and_english(tmp_path: Path) -> None:
    path = _raised(tmp_path)
    zh, en = _text(_brief("zh-Hans", path), "seller"), _text(_brief("en", path), "seller")
    assert "中国商品进口时按货值多缴10个百分点的关税，需重新核算到岸成本和售价" in zh
    assert "Chinese goods carry 10 percentage points more duty" in en
    assert "少缴" not in zh and "less duty" not in en


@pytest.mark.parametrize(
    ("persona", "zh", "en"),
    [
        ("seller", "到岸成本下降，可考虑降价", "which lowers landed costs: room to cut prices"),
        ("brand", "这缩小了中国商品与其他采购地商品之间的成本差距，可重新比较各地供应商的报价",
         "That narrows the cost gap between Chinese goods and goods from other sourcing countries"),
        ("factory", "海外买家进口中国商品时少缴10个百分点的关税，你的报价更有竞争力",
         "buyers abroad pay 10 percentage points less duty on Chinese goods"),
    ],
)  # fmt: skip
def test_each_reader_reads_its_own_side_of_a_cut(persona: str, zh: str, en: str) -> None:
    """Brand, seller and factory used to get one sentence with three endings."""
    assert zh in _text(_brief("zh-Hans"), persona)
    assert en in _text(_brief("en"), persona)


def test_the_pause_is_its_own_news_beside_the_cut() -> None:
    """Both moves are the US government's on 2025-11-10; the pause names its
    own object (the reciprocal tariff), so the cut's figures do not swallow it."""
    brief = _brief("en")
    for persona in READERS:
        assert "reciprocal tariff" in _text(brief, persona), persona


def test_the_cuts_event_is_told_by_its_figures() -> None:
    """The event's object is the tariff whose rate the figures give: its news
    is theirs, so no reader gets the cut twice, once without its figures."""
    brief = _brief("en")
    for persona in ("general", *READERS):
        assert "lowered the additional fentanyl tariff" not in _text(brief, persona), persona


@pytest.mark.parametrize(
    ("persona", "alone", "on_the_page"),
    [
        ("seller", "The duty holds until then: work landed costs out", "The duty holds at 10% until November 10, 2026: work landed costs out"),
        ("brand", "Goods under the reciprocal tariff keep today's duty cost until then: a window", "Goods under the reciprocal tariff keep today's duty cost until then: a window"),
        ("factory", "Buyers of goods under the reciprocal tariff face no rise before then", "Buyers of goods under the reciprocal tariff face no rise before November 10, 2026"),
        ("service_provider", "expect one before the pause ends, and plan", "expect one before the pause ends on November 10, 2026, and plan"),
        ("platform_operator", "The rise is only put off", "The rise is only put off"),
        ("researcher", "as the end of the pause nears", "as the end of the pause on November 10, 2026 nears"),
    ],
)  # fmt: skip
def test_a_pause_is_a_rise_put_off_for_each_reader(
    persona: str, alone: str, on_the_page: str
) -> None:
    """Read alone, each reader's point follows the event, which has just
    given the day ('until then'); on the story page, where only the brand's
    point tells the event, the others name it themselves."""
    brief = _brief("en")
    assert alone in _text(brief, persona)
    (section,) = [s for s in brief.sections if s.persona == persona]
    page = " ".join(s.text for p in section.points for s in p.sentences)
    assert on_the_page in page


def test_a_pause_names_its_end_when_its_text_does_not(tmp_path: Path) -> None:
    text = SEED.read_text("utf-8").replace(
        "at 10% until November 10, 2026, instead of", "at 10% instead of"
    )
    path = tmp_path / "s.yaml"
    path.write_text(text, "utf-8")
    (tmp_path / "us-china-tariff-cut-2025.txt").write_text(
        (ROOT / "sources" / "us-china-tariff-cut-2025.txt").read_text("utf-8"), "utf-8"
    )
    seller = _text(_brief("en", path), "seller")
    assert "The duty holds at 10% until November 10, 2026: work landed costs out on that rate" in seller


def test_a_cut_eases_a_platforms_exposure() -> None:
    """Lower duty on its sellers' goods is no risk to a platform: its label
    says opportunity; the pause, a rise put off, stays a risk."""
    assert _labels(_brief("en"), "platform_operator") == ["Risk", "Opportunity"]
    assert _labels(_brief("zh-Hans"), "platform_operator") == ["风险提示", "机会"]


def test_a_tariffs_own_rate_is_named_by_the_tariff() -> None:
    en, zh = _text(_brief("en"), "brand"), _text(_brief("zh-Hans"), "brand")
    assert en.startswith("The US fentanyl tariff's rate on Chinese goods falls from 20% to 10%")
    assert zh.startswith("美国芬太尼关税对中国商品的税率自2025年11月10日起从20%下调至10%")
    research = _text(_brief("en"), "researcher")
    assert (
        "the US fentanyl tariff's rate on Chinese goods from 20% to 10% against other markets' rules"
        in research
    )


def test_until_before_the_event_is_refused_with_its_place(tmp_path: Path) -> None:
    text = SEED.read_text("utf-8").replace("until: '2026-11-10'", "until: '2025-11-01'")
    path = tmp_path / "us-china-tariff-cut-2025.yaml"
    path.write_text(text, "utf-8")
    line = text.splitlines().index("    until: '2025-11-01'") + 1
    run = subprocess.run(
        [sys.executable, "-m", "summarizer", "check", str(path)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert run.returncode == 2
    assert f"{path}:{line}:12: error: field 'facts.reciprocal-hold.until'" in run.stderr
    assert "expected a day after the event's date 2025-11-10, got 2025-11-01" in run.stderr
    assert "Traceback" not in run.stderr


def test_points_of_one_kind_keep_the_editors_order() -> None:
    """Three cost points for a seller: the cut (the story's first fact), then
    the pause, then what the editor says about the duties left in place."""
    brief = _brief("en")
    (section,) = [s for s in brief.sections if s.persona == "seller"]
    firsts = [p.alone[0].text for p in section.points]
    assert firsts[0].startswith("From November 10, 2025, Chinese goods carry 10 percentage points less")
    assert "reciprocal tariff" in firsts[1] and "Section 301" in firsts[2]


def test_a_researchers_risk_is_a_question_to_dig_into() -> None:
    """An editor's implication for a researcher on a risk claim is what to
    track ('Track the terms banks offer …'): labelled For research, not Risk,
    which would make the researcher the one at risk."""
    seed = ROOT / "seeds" / "zhipu-minimax-bank-finance.yaml"
    brief = _brief("en", seed)
    assert "Risk" not in _labels(brief, "researcher")
    assert _labels(brief, "researcher")[0] == "For research"
    assert _labels(_brief("en"), "factory")[-1] == "Risk"  # a factory's own risk stays one
