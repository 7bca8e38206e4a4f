"""A line of business's margin (Alibaba's China e-commerce group: adjusted
EBITA RMB 10.5 billion, down 76%, on revenue of RMB 132.6 billion, up 16%)
is told when it moved sharply in a year (about 38.3% to about 7.9%), above
the company's own margin; a line's small move (JD Retail's operating margin,
about 5.2% to 5.9%) is not told, its level and growth say enough."""

from __future__ import annotations

from pathlib import Path

from ministory import mini_story, sections

from summarizer.facts.load import load_stories
from summarizer.rules import derive

ROOT = Path(__file__).resolve().parents[2]


def _segment_ratios(seed: str) -> list[tuple[str, ...]]:
    (story,) = load_stories([ROOT / "seeds" / f"{seed}.yaml"])
    return [
        t.facts for t in derive(story).takeaways if t.rule == "ratio" and t.values["num"].segment
    ]


def test_a_sharp_move_of_a_lines_margin_is_told_first() -> None:
    assert _segment_ratios("alibaba-2026q2-results") == [
        ("cn-ebita", "cn-rev", "cn-ebita-yoy", "cn-rev-yoy")
    ]
    assert _segment_ratios("jd-q3-2025") == []  # JD Retail's margin moved under a point


def test_the_lines_margin_is_worded_with_its_name() -> None:
    entities = (
        "  p: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
        "  core: {kind: product, name: {zh-Hans: 电商业务, en: Commerce}}\n"
    )
    facts = "".join(
        f"  {fid}: {{metric: {m}, entity: p, segment: core, period: 2025Q3, {v}, "
        f"source: {{quote: {q}}}}}\n"
        for fid, m, v, q in (
            ("e", "operating_income", "value: 10, scale: 亿, currency: CNY", "原文一"),
            (
                "e-yoy",
                "operating_income",
                "measure: yoy, stated: true, value: -75, unit: percent",
                "原文二",
            ),
            ("r", "revenue", "value: 100, scale: 亿, currency: CNY", "原文三"),
            ("r-yoy", "revenue", "measure: yoy, stated: true, value: 25, unit: percent", "原文四"),
        )
    )
    story = mini_story(entities, facts)
    assert (
        "Alpha's Commerce operating margin works out at about 10%, down from about 50% a year "
        "earlier, as operating profit fell 75% while revenue rose 25%."
    ) in sections(story, "en")["general"]
    assert (
        "甲电商业务的经营利润率约为10%，比一年前的约50%有所下降"
        in sections(story, "zh-Hans")["general"]
    )
