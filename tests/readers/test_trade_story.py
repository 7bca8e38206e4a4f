"""A country's trade figures (seeds/china-trade-2025-q3.yaml: China's goods
trade up 4% in the first nine months of 2025, exports up 7.1%, imports down
0.2%, growth faster each quarter, trade with Africa up 19.5%). Read as a
market, every reader was told to set its own sales growth against the
country's trade, imports down 0.2% cut a provider's budgets, the fastest
partners were left out, and a researcher got nothing. Trade flows are now
read as orders, cargo and a yardstick, partners by their pace, and the
quarters as a trend."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.facts.load import load_story
from summarizer.model import Brief
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "china-trade-2025-q3.yaml"


def _brief(lang: str) -> Brief:
    return make_brief(load_project(), load_story(SEED), lang)  # type: ignore[arg-type]


def _text(brief: Brief, persona: str) -> str:
    (section,) = [s for s in brief.sections if s.persona == persona]
    return " ".join(s.text for p in section.points for s in p.sentences)


@pytest.mark.parametrize("lang", ["zh-Hans", "en"])
def test_trade_is_no_yardstick_for_a_firms_own_sales(lang: str) -> None:
    brief = _brief(lang)
    for persona in ("seller", "factory", "service_provider", "platform_operator"):
        text = _text(brief, persona)
        assert "可拿自己同期" not in text and "set your own sales growth" not in text
        assert "份额在被" not in text and "taking your share" not in text


def test_each_flow_means_something_else_to_each_reader() -> None:
    zh, en = _brief("zh-Hans"), _brief("en")
    assert "中国的出口额同比增长7.1%，海外订单整体在增加" in _text(zh, "factory")
    assert "China's exports are up 7.1%, so overseas orders are rising overall" in _text(
        en, "factory"
    )
    # imports 0.2% lower are flat, not a shrinking market that cuts budgets
    provider = _text(zh, "service_provider")
    assert "进口基本持平，清关和入境物流难有新增业务量" in provider
    assert "压缩服务预算" not in provider
    assert "Flat imports bring little new customs clearance" in _text(en, "service_provider")
    # "imports" is plural in English
    assert "China's imports were RMB 13.66 trillion" in _text(en, "service_provider")


def test_the_fastest_partners_are_named_for_those_who_can_go_there() -> None:
    zh, en = _brief("zh-Hans"), _brief("en")
    assert "对非洲贸易增长19.5%、对中亚贸易增长16.7%，整体仅为4%，新增的外贸订单更可能来自这两个市场" in (
        _text(zh, "factory")
    )
    assert "consider opening on the leading marketplaces in these two markets" in _text(
        en, "seller"
    )
    assert "lanes, customs clearance and payments to these two markets" in _text(
        en, "service_provider"
    )
    # a cross-border platform can go there too; a brand has no point of its own
    assert "where cross-border goods are flowing fastest: weigh launching or recruiting" in _text(
        en, "platform_operator"
    )
    assert _text(zh, "brand") == ""


def test_partners_on_one_side_of_the_whole_are_one_clause() -> None:
    (summary,) = [s for s in _brief("en").sections if s.persona == "general"]
    text = " ".join(s.text for p in summary.points for s in p.sentences)
    assert (
        "trade with Africa grew 19.5%, trade with Central Asia 16.7% and trade with ASEAN 9.6%, "
        "all faster than the whole."
    ) in text
    assert "Latin America" not in text  # 3.9% may be the whole's 4%, rounded
    (summary,) = [s for s in _brief("zh-Hans").sections if s.persona == "general"]
    text = " ".join(s.text for p in summary.points for s in p.sentences)
    assert "对非洲贸易增长19.5%、对中亚贸易增长16.7%、对东盟贸易增长9.6%，均快于整体。" in text


def test_quarters_growing_faster_are_a_trend_for_every_reader_with_a_stake() -> None:
    (t,) = [t for t in derive(load_story(SEED)).takeaways if t.rule == "momentum"]
    assert t.facts == ("trade-q1-yoy", "trade-q2-yoy", "trade-q3-yoy")
    zh = _brief("zh-Hans")
    assert "低基数也会抬高增速" in _text(zh, "researcher")
    assert "旺季的运力和仓容宜提前锁定" in _text(zh, "service_provider")
    assert "排产可按回升的节奏提前准备" in _text(zh, "factory")
    # the lede already says growth picked up each quarter: the summary does not repeat it
    (summary,) = [s for s in zh.sections if s.persona == "general"]
    assert all(p.rule != "momentum" for p in summary.points)
