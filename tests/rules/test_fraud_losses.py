"""Consumers' reported fraud losses (the FTC on 2024: more than US$12.5 billion, up 25%; 2.6 million
people reported a fraud, 38% of them lost money against 27% in 2023; impostor scams US$2.95 billion).
No rule read fraud losses before: every reader was told the story had no bearing on them. Now each
reader is told a different figure: the total, the impostors, the people who lost money, what each
lost, and the share that lost money."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = "  us: {kind: market, name: {zh-Hans: 美国消费者, en: US consumers}}\n"


def _fact(fid: str, body: str) -> str:
    return f"  {fid}: {{{body}, entity: us, source: {{quote: {fid}原文}}}}\n"


TOTAL = (_fact("m", "metric: fraud_losses, period: FY2024, value: 12.5, scale: billion, currency: USD, "
                    "qualifier: over")
         + _fact("r", "metric: fraud_losses, measure: yoy, stated: true, period: FY2024, value: 25, "
                      "unit: percent"))
PEOPLE = (_fact("n", "metric: fraud_reporters, period: FY2024, value: 2.6, scale: million, "
                     "unit: people")
          + _fact("s", "metric: loss_report_share, period: FY2024, value: 38, unit: percent")
          + _fact("s0", "metric: loss_report_share, period: FY2023, value: 27, unit: percent"))
SCAMS = (_fact("i", "metric: fraud_losses, segment: impostor-scams, period: FY2024, value: 2.95, "
                    "scale: billion, currency: USD")
         + _fact("v", "metric: fraud_losses, segment: investment-scams, period: FY2024, value: 5.7, "
                      "scale: billion, currency: USD"))


def _story(facts: str = SCAMS + PEOPLE + TOTAL) -> Story:
    return mini_story(ENTITIES, facts, published="2025-03-10")


def test_the_total_then_the_people_who_lost_money() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("US consumers reported losing more than US$12.5 billion to fraud in 2024, up 25% on a year "
            "earlier; of the 2.6 million people who reported a fraud, 38% lost money, against 27% a "
            "year earlier.") in en["general"]
    assert ("美国消费者2024年举报的诈骗损失超125亿美元，比上年增长25%；在举报诈骗的260万名消费者中，"
            "38%蒙受了金钱损失，上年为27%。") in zh["general"]


def test_each_reader_reads_a_different_figure_rounded_as_its_inputs_allow() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert "never ask for payment by bank transfer or gift card" in en["seller"]
    assert "Impostor scams took US$2.95 billion in 2024" in en["brand"]
    assert "About 990,000 people who reported a fraud in 2024 lost money" in en["platform_operator"]
    assert "约有99万名蒙受了金钱损失" in zh["platform_operator"]
    assert "lost about US$13,000 on average" in en["service_provider"]
    assert "平均损失约1.3万美元" in zh["service_provider"]
    assert "read every figure as a floor" in en["researcher"]
    assert "investment" not in " ".join(en[r] for r in READERS).lower()
    told = [r for r in READERS if r != "factory"]
    firsts = [en[r].split(": ", 1)[-1][:40] for r in told]
    assert len(set(firsts)) == len(firsts), firsts
    assert "little bearing" in en["factory"]


def test_a_total_alone_tells_the_seller_only() -> None:
    en = sections(_story(TOTAL), "en")
    assert "US$12.5 billion" in en["seller"]
    for role in ("brand", "platform_operator", "service_provider", "researcher"):
        assert "fraud" not in en[role], role
    assert not [t for t in derive(_story(PEOPLE)).takeaways if t.rule == "fraud_losses"]


def test_the_share_is_read_against_the_year_before_not_the_first_year() -> None:
    older = _fact("s9", "metric: loss_report_share, period: FY2022, value: 20, unit: percent")
    en = sections(_story(SCAMS + PEOPLE + TOTAL + older), "en")
    assert "38% lost money, against 27% a year earlier" in en["general"]
