"""A duty raised, cut or newly charged is worded for each reader, in the
direction the editor gives (``direction: up | down``; a tariff's figure is
its rate, which says no direction), and only the latest change of one duty
is told.

Before, ``tariff_change`` had one wording per stance: the brand read "Work
out each item's landed cost on the new terms", and the seller and the
factory, whose stance words were the same, got nothing (a sentence is told
once per page); a tariff story without rate figures gave the factory no
point at all.
"""

from __future__ import annotations

import pytest
from ministory import READERS, first_points, mini_story, sections


def _brief(direction: str = "", lang: str = "en", second: str = "") -> dict[str, str]:
    entities = (
        "  g: {kind: government, name: {zh-Hans: 甲国政府, en: Alpha's government}}\n"
        "  t: {kind: regulation, name: {zh-Hans: 乙关税, en: the Beta tariff}}\n"
    )
    way = f", direction: {direction}" if direction else ""
    facts = (
        f"  a: {{event: tariff_change, entity: g, object: t, date: '2026-01-05'{way}, "
        "text: {zh-Hans: 甲国调整乙关税, en: Alpha changed the Beta tariff}, "
        "source: {quote: 原文}}\n"
    ) + second
    return sections(mini_story(entities, facts, published="2026-01-10"), lang)


@pytest.mark.parametrize(
    ("direction", "labels", "said"),
    [
        (
            "up",
            ("Your costs", "Your costs", "Risk", "Demand", "Risk", "For research"),
            {
                "seller": "cost more to land since",
                "brand": "decide how much of the rise your prices can carry",
                "factory": "expect requests for lower quotes",
            },
        ),
        (
            "down",
            ("Your costs", "Your costs", "Opportunity", "Demand", "Opportunity", "For research"),
            {
                "seller": "keep the margin or cut prices to win share",
                "brand": "review plans to move suppliers",
                "factory": "win back purchases that moved to other countries",
            },
        ),
        (
            "",
            ("Your costs", "Your costs", "Demand", "Demand", "Risk", "For research"),
            {
                "seller": "reprice where the margin no longer holds",
                "brand": "Check which of your products the new duty covers",
                "factory": "ask them how it changes their plans",
            },
        ),
    ],
    ids=["rise", "cut", "unsaid"],
)
def test_each_reader_reads_the_duty_its_own_way(
    direction: str, labels: tuple[str, ...], said: dict[str, str]
) -> None:
    s = _brief(direction)
    points = first_points(s)
    assert tuple(points[r].split("**")[1] for r in READERS) == labels, points
    for reader, words in said.items():
        assert words in points[reader], (reader, points[reader])
    texts = [p.split("**: ", 1)[1] for p in points.values()]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_the_chinese_readers_are_told_it_too(lang: str) -> None:
    points = first_points(_brief("up", lang))
    assert all(points.values()), points
    rise = "涨幅" if lang == "zh-Hans" else "漲幅"
    assert "多交" in points["factory"] and rise in points["brand"]


def test_only_the_latest_change_of_one_duty_is_told() -> None:
    """Seed us-de-minimis-global-end: de minimis ended for Chinese parcels on
    May 2 and for every country on August 29; each reader was told both,
    in the same words twice."""
    later = (
        "  b: {event: tariff_change, entity: g, object: t, date: '2026-01-08', direction: up, "
        "text: {zh-Hans: 甲国再次调整乙关税, en: Alpha changed the Beta tariff again}, "
        "source: {quote: 原文二}}\n"
    )
    s = _brief("up", second=later)
    for reader in READERS:
        assert "2. " not in s[reader], s[reader]
    assert "again" in s["general"] or "again" in s["brand"]
