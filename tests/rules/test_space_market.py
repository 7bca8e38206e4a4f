"""space_market: warehouse rents and vacancy (Cushman & Wakefield's Q3 2025 via Bisnow: US$10.10
a square foot, up 1.7%; down at least 3% in the West and the Northeast, up nearly 5% in the
South; vacancy 7.1%, "10% higher than a year ago"). As plain figures the rent was a price and
the vacancy rate nobody's, and the relative rise was read as growth "to set against peers"."""

from __future__ import annotations

from ministory import first_points, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  us: {kind: market, name: {zh-Hans: 甲国, en: Alphaland}}\n"
    "  west: {kind: market, name: {zh-Hans: 西部, en: the West}}\n"
    "  east: {kind: market, name: {zh-Hans: 东部, en: the East}}\n"
    "  south: {kind: market, name: {zh-Hans: 南部, en: the South}}\n"
)


def _f(fid: str, metric: str, value: str, *, unit: str = "unit: percent", extra: str = "") -> str:
    return (f"  {fid}: {{metric: {metric}, entity: us, period: 2025Q3, value: {value}, {unit}"
            f"{extra}, source: {{quote: {fid}原文}}}}\n")


RENT = _f("r", "warehouse_rent", "10.10", unit="currency: USD, per: square_foot")
YOY = ", measure: yoy, stated: true"
Q3 = (RENT + _f("ry", "warehouse_rent", "1.7", extra=YOY)
      + _f("w", "warehouse_rent", "-3", extra=YOY + ", segment: west, qualifier: at_least")
      + _f("e", "warehouse_rent", "-3", extra=YOY + ", segment: east, qualifier: at_least")
      + _f("s", "warehouse_rent", "5", extra=YOY + ", segment: south, qualifier: nearly")
      + _f("v", "vacancy_rate", "7.1") + _f("vy", "vacancy_rate", "10", extra=YOY))


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2025-10-08")


def test_rising_vacancy_is_a_tenants_market_and_regions_that_part_ways_are_named() -> None:
    [t] = [t for t in derive(_story(Q3)).takeaways if t.rule == "space_market"]
    assert t.values["looser"]
    assert [t.rule for t in derive(_story(Q3)).takeaways if "vy" in t.facts] == ["space_market"]
    en = sections(_story(Q3), "en")
    assert ("Alphaland's warehouse rent was US$10.10 a square foot in the third quarter of 2025, "
            "up 1.7% year on year; by region, up nearly 5% in the South and down at least 3% in "
            "the West and the East; the vacancy rate was 7.1%, up from about 6.5% a year "
            "earlier.") in en["general"]
    assert "ask your 3PL and storage providers for better rates now" in en["seller"]
    assert "Warehouse rents fell in the West and the East and rose in the South" in en["brand"]
    assert "renew your own leases on today's softer terms" in en["service_provider"]
    assert "nothing here calls for a factory's attention" in en["factory"]
    # not lead: each reader comes in by its own figure, not one lead-in five times
    first = first_points(en)
    assert "With Alphaland's warehouse vacancy rate at 7.1%, warehouse space" in first["seller"]
    assert "With Alphaland's warehouse vacancy rate up to 7.1% from about 6.5% a year earlier" \
        in first["platform_operator"]
    assert "With more warehouse space standing empty than a year earlier" \
        in first["service_provider"]
    assert "With Alphaland's warehouse rent up 1.7% in a year and the vacancy rate at 7.1%" \
        in first["researcher"]
    leads = [p.split(",")[0] for p in first.values() if p]
    assert len(leads) == len(set(leads)) == 5
    zh = sections(_story(Q3), "zh-Hans")
    assert "分地区看，南部上涨近5%，西部和东部下跌至少3%；空置率为7.1%，高于一年前的约6.5%。" in zh["general"]


def test_falling_vacancy_with_rising_rents_tightens() -> None:
    old = _f("old", "vacancy_rate", "5.0").replace("2025Q3", "2024Q3")
    story = _story(RENT + _f("ry", "warehouse_rent", "6", extra=YOY) + old
                   + _f("v", "vacancy_rate", "4.2", extra=", base: old"))
    [t] = [t for t in derive(story).takeaways if t.rule == "space_market"]
    assert not t.values["looser"]
    en = sections(story, "en")
    assert "the vacancy rate was 4.2%, down from 5% a year earlier." in en["general"]
    assert "warehouse space is getting scarcer" in en["seller"]
    assert "pass it into storage rates before peak season" in en["service_provider"]
