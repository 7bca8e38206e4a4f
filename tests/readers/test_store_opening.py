"""New stores are news to six readers, not three: the makers who stock them,
platforms (a brand selling more in its own stores, or a rival platform going
offline) and researchers (do they add sales or move them) got nothing, and
the seller's point spoke of 'sellers' in the third person."""

from __future__ import annotations

import pytest
from ministory import READERS, first_points, mini_story, sections


def _points(kind: str, lang: str) -> dict[str, str]:
    entities = f"  p: {{kind: {kind}, name: {{zh-Hans: 甲, en: Alpha}}}}\n"
    facts = (
        "  a: {event: store_opening, entity: p, date: '2026-01-05', "
        "text: {zh-Hans: 甲开出20家新门店, en: Alpha opened 20 new stores}, source: {quote: 原文}}\n"
    )
    return first_points(sections(mini_story(entities, facts, published="2026-01-10"), lang))


@pytest.mark.parametrize("lang", ["en", "zh-Hans", "zh-Hant"])
@pytest.mark.parametrize("kind", ["brand", "platform"])
def test_every_reader_reads_new_stores_its_own_way(kind: str, lang: str) -> None:
    points = _points(kind, lang)
    assert all(points[r] for r in READERS), points
    meanings = [p.split("**", 2)[2] for p in points.values()]
    assert len(set(meanings)) == len(meanings)
    assert "门店数" not in "".join(points.values())  # the metric's name, not the shops


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("brand", "Alpha is putting more into its own stores"),
        ("platform", "A rival platform is meeting shoppers offline"),
    ],
)
def test_a_platform_reads_who_opened_them(kind: str, said: str) -> None:
    points = _points(kind, "en")
    assert said in points["platform_operator"]
    assert points["seller"].startswith("1. **Competition**: If you sell the same goods nearby")
