"""A disruption of a platform (an outage) is not a port's: orders, ads and
payments stop while it lasts, and once over they are reconciled and the
cost counted. A factory has no goods stuck in it, so no point; a port strike
reads as before (seed us-port-strike-2024's goldens)."""

from __future__ import annotations

from ministory import mini_story, sections


def _outage(until: str, published: str) -> dict[str, str]:
    story = mini_story(
        "  p: {kind: platform, name: {zh-Hans: Shopify, en: Shopify}}\n",
        f"  a: {{event: disruption, entity: p, date: '2025-12-01'{until}, text: {{zh-Hans: "
        "Shopify的商家后台和结账服务宕机, en: Shopify's merchant admin and checkout went down}, "
        "source: {quote: 原文}}\n",
        published=published,
    )
    return sections(story, "en")


def test_a_platform_outage_while_it_lasts_and_once_over() -> None:
    now = _outage("", "2025-12-01")
    assert "pause its ads, point shoppers to your other channels" in now["seller"]
    assert "A rival is down" in now["platform_operator"]
    assert "stuck" not in "".join(now.values()) and "ports" not in "".join(now.values())
    assert "1." not in now["factory"]  # no point: nothing of a factory's is held up
    over = _outage(", until: '2025-12-02'", "2025-12-03")
    assert "may be missing or doubled: reconcile them" in over["seller"]
    assert "test your own failover" in over["platform_operator"]
    assert "estimate what it cost" in over["researcher"]
