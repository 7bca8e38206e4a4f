"""A profit that changes sign, or a loss that narrows or widens (Alibaba's
international group: an operating loss of RMB 2.905 billion a year earlier,
a profit of RMB 162 million now). The growth rule read that as "operating
profit fell …, down 105.6%": a rate against a level below 0. It is now told
as what happened, with both levels, and no rate is computed against a loss."""

from __future__ import annotations

import pytest
from ministory import first_points, mini_story, sections, yuan_facts

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  p: {kind: platform, name: {zh-Hans: 阿里巴巴, en: Alibaba}}\n"
    "  intl: {kind: product, name: {zh-Hans: 国际数字商业集团, en: International Digital "
    "Commerce Group}}\n"
)


def _story(old: float, new: float, metric: str = "operating_income", seg: str = "intl") -> Story:
    rows = (("a", seg, "2024Q3", old), ("b", seg, "2025Q3", new))
    return mini_story(ENTITIES, yuan_facts(metric, rows))


def _said(story: Story, lang: str = "en") -> str:
    return sections(story, lang)["general"]


def test_a_loss_turned_into_a_profit_is_a_swing_not_a_fall() -> None:
    en = _said(_story(-29.05, 1.62))
    assert (
        "1. Alibaba's International Digital Commerce Group swung to an operating profit of "
        "RMB 162 million in the third quarter of 2025, from an operating loss of RMB 2.905 "
        "billion in the third quarter of 2024."
    ) in en
    assert "fell" not in en and "%" not in en
    zh = _said(_story(-29.05, 1.62), "zh-Hans")
    assert (
        "阿里巴巴国际数字商业集团2025年三季度经营利润为1.62亿元，扭亏为盈（2024年三季度经营亏损29.05亿元）。"
        in zh
    )


def test_a_profit_turned_into_a_loss_and_losses_that_move() -> None:
    assert "swung to an operating loss of RMB 300 million" in _said(_story(12, -3))
    assert "由盈转亏（2024年三季度经营利润12亿元）" in _said(_story(12, -3), "zh-Hans")
    narrowed = _said(_story(-20, -12))
    assert (
        "operating loss narrowed from RMB 2 billion in the third quarter of 2024 to "
        "RMB 1.2 billion in the third quarter of 2025, 40% less."
    ) in narrowed
    widened = _said(_story(-12, -20, "net_income", ""), "zh-Hans")
    assert (
        "阿里巴巴的净亏损从2024年三季度的12亿元扩大至2025年三季度的20亿元，增加66.7%。" in widened
    )


def test_a_signed_metric_with_no_loss_word_turns_positive_or_negative() -> None:
    en = _said(_story(-5, 3, "adjusted_ebitda"))
    assert (
        "adjusted EBITDA turned positive, at RMB 300 million in the third quarter of 2025, "
        "from minus RMB 500 million" in en
    )
    assert "由2024年三季度的负5亿元转正" in _said(_story(-5, 3, "adjusted_ebitda"), "zh-Hans")


@pytest.mark.parametrize(("old", "new"), [(0, 5), (-12.0, -12.0)])
def test_break_even_or_an_unmoved_loss_says_nothing(old: float, new: float) -> None:
    assert not [t for t in derive(_story(old, new)).takeaways if t.rule == "yoy_growth"]


def test_a_rivals_swing_reads_as_room_to_spend_and_a_researchers_question() -> None:
    points = first_points(sections(_story(-29.05, 1.62, "gross_profit", ""), "en"))
    assert points["platform_operator"] == (
        "1. **Competition**: Alibaba's gross profit turned positive in the third quarter of 2025, "
        "so it can spend more freely: watch its prices and promotions where you compete with it."
    )
    assert "ask what moved it" in points["researcher"]
    assert points["seller"] == points["factory"] == ""
