"""A market's parcel volume (China's express deliveries, up 21.5% in 2024)
is order volume by another name: a seller's and a platform's yardstick, a
provider's capacity, a researcher's baseline; not a brand's or a factory's
business."""

from __future__ import annotations

from ministory import mini_story, sections


def test_a_markets_parcels_are_a_yardstick_for_platforms_and_researchers() -> None:
    story = mini_story(
        "  cn: {kind: market, name: {zh-Hans: 中国快递业, en: China's express delivery sector}}\n",
        "  v: {metric: parcels, entity: cn, period: FY2024, value: 175, scale: billion, "
        "unit: parcels, source: {quote: 原文}}\n"
        "  g: {metric: parcels, entity: cn, measure: yoy, period: FY2024, value: 21.5, "
        "unit: percent, stated: true, source: {quote: 原文}}\n",
        published="2025-01-15",
    )
    en = sections(story, "en")
    assert "above it, you are taking share from other platforms" in en["platform_operator"]
    assert "the baseline any platform's growth should be judged against" in en["researcher"]
    assert "size capacity to it" in en["service_provider"]
    assert "little bearing" in en["factory"] and "little bearing" in en["brand"]
