"""Air freight read for what it is (Xeneta's June 2025 figures: a global spot rate of US$2.50 a kg,
down 4% year on year; Southeast Asia–North America down 11% to US$4.79, Northeast Asia–North America
up 8% to US$4.72; a dynamic load factor of 56%, down 2 points, with volumes up 1%).

Before, the lanes' rates were read as parts of a total ("its share rose to 188.8%"), the rates as
"ocean freight", the load factor as income ("brought in 56% of load factor") and its year-earlier
level backed out as if the 2 points were 2% (57.1%, not 58%)."""

from __future__ import annotations

from decimal import Decimal

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  idx: {kind: index, name: {zh-Hans: 甲空运运价, en: Alpha's air cargo spot rate}}\n"
    "  mkt: {kind: market, name: {zh-Hans: 全球空运市场, en: the global air cargo market}}\n"
    "  sea: {kind: market, name: {zh-Hans: 东南亚至北美航线, en: the Southeast Asia–North America lane}}\n"
    "  nea: {kind: market, name: {zh-Hans: 东北亚至北美航线, en: the Northeast Asia–North America lane}}\n"
)
YOY = "measure: yoy, stated: true, unit: percent"


def _rate(fid: str, value: str, change: str, segment: str = "", per: str = "kilogram") -> str:
    seg = f"segment: {segment}, " if segment else ""
    return (
        f"  {fid}: {{metric: freight_rate, entity: idx, {seg}period: 2025-06, value: {value}, "
        f"currency: USD, per: {per}, source: {{quote: {fid}原文}}}}\n"
        f"  {fid}-y: {{metric: freight_rate, entity: idx, {seg}period: 2025-06, value: {change}, "
        f"{YOY}, source: {{quote: {fid}原文}}}}\n"
    )


LANES = _rate("all", "2.50", "-4") + _rate("s", "4.79", "-11", "sea") + _rate("n", "4.72", "8", "nea")


def _load(change: str, volume: str = "1") -> str:
    return (
        "  lf: {metric: load_factor, entity: mkt, period: 2025-06, value: 56, unit: percent, "
        "source: {quote: 载货率原文}}\n"
        f"  lf-y: {{metric: load_factor, entity: mkt, period: 2025-06, value: {change}, "
        "measure: yoy, stated: true, unit: pp, source: {quote: 载货率原文}}\n"
        + (f"  vol: {{metric: air_cargo_volume, entity: mkt, period: 2025-06, value: {volume}, "
           f"{YOY}, source: {{quote: 货量原文}}}}\n" if volume else "")
    )


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2025-07-25")


def test_lanes_are_a_price_by_lane_and_the_one_moving_against_the_whole_is_said_against_it() -> None:
    takeaways = derive(_story(LANES)).takeaways
    assert {t.rule for t in takeaways} == {"level_move"}  # no shares, no "level with growth"
    down, up = sorted((t for t in takeaways), key=lambda t: t.values["up"])
    assert down.values["mode"] == up.values["mode"] == "air" and up.values["yoy"]
    assert down.values["against"] is None
    assert up.values["against"]["cur"].id == "all"  # the whole, which fell
    en, zh = sections(_story(LANES), "en"), sections(_story(LANES), "zh-Hans")
    assert ("Alpha's air cargo spot rate fell 4% year on year in June 2025, to US$2.50 a kg, from "
            "about US$2.60 a year earlier: the Southeast Asia–North America lane down 11% to "
            "US$4.79.") in en["general"]
    assert "甲空运运价2025年6月同比下跌4%，至每公斤2.50美元（一年前约为2.60美元）" in zh["general"]
    assert ("Alpha's air cargo spot rate on the Northeast Asia–North America lane rose 8% year on "
            "year in June 2025, to US$4.72 a kg, from about US$4.37 a year earlier, while the rate "
            "across all lanes fell 4%. Lock in contract rates before they climb further.") in en["brand"]
    assert ("Track the spread between lanes month by month: the Southeast Asia–North America lane "
            "down 11% against the rate across all lanes down 4%, while the Northeast Asia–North "
            "America lane rose 8%") in en["researcher"]
    assert en["researcher"].count("\n1. ") == 1 and "\n2. " not in en["researcher"]  # told once
    assert up.values["role_facets"] == {"researcher": ""}
    assert down.values["countered"]["cur"].id == "n"
    assert ("Shipping a kg on the Northeast Asia–North America lane now costs US$4.72, 8% more "
            "than a year earlier: budget the dearer air freight into landed costs, and send stock "
            "that can wait by sea") in en["seller"]
    assert "不急用的货改走海运" in zh["seller"] and "是空运补货的低价窗口" in zh["seller"]
    assert "Sellers' inbound air freight on the Northeast Asia–North America lane" in en["platform_operator"]
    text = "".join(en.values()) + "".join(zh.values())
    assert "ocean" not in text and "海运头程" not in text and "share" not in text


def test_a_rate_per_container_is_still_ocean_freight() -> None:
    t = next(t for t in derive(_story(_rate("all", "1806", "-2", per="container"))).takeaways
             if t.rule == "level_move")
    assert t.values["mode"] == "ocean"
    assert "Sellers' inbound ocean freight" in sections(_story(_rate("all", "1806", "-2", per="container")), "en")["platform_operator"]


def test_emptier_planes_are_a_shippers_market_and_the_year_earlier_level_is_the_points_added_back() -> None:
    [t] = [t for t in derive(_story(_load("-2"))).takeaways if t.rule == "cargo_space"]
    assert t.values["looser"] and t.values["prior"].value == 58
    assert [x.rule for x in derive(_story(_load("-2"))).takeaways] == ["cargo_space"]
    en, zh = sections(_story(_load("-2")), "en"), sections(_story(_load("-2")), "zh-Hans")
    assert ("The global air cargo market's load factor was 56% in June 2025, down 2 percentage "
            "points from 58% a year earlier, while air cargo volumes rose 1%.") in en["general"]
    assert "2025年6月全球空运市场的载货率为56%，比一年前的58%下降2个百分点，空运货量同比增长1%" in zh["general"]
    assert "ask forwarders for lower air rates before you book peak-season stock" in en["seller"]
    assert "press for lower air freight rates" in en["brand"]
    assert "buy block space for clients' peak season now" in en["service_provider"]
    assert "capacity is growing faster than the cargo filling it" in en["researcher"]
    assert "brought in" not in en["service_provider"] and "load factor" not in en["factory"]
    assert en["platform_operator"].count("\n1. ") == 0


def test_fuller_planes_are_a_carriers_market() -> None:
    [t] = [t for t in derive(_story(_load("3", volume=""))).takeaways if t.rule == "cargo_space"]
    assert not t.values["looser"] and t.values["prior"].value == 53 and t.values["volume"] is None
    en = sections(_story(_load("3", volume="")), "en")
    assert "space is tightening: book air space for peak-season stock early" in en["seller"]
    assert "cargo is growing faster than capacity" in en["researcher"]


def test_a_load_factor_with_no_change_or_none_given_tells_nothing() -> None:
    facts = ("  lf: {metric: load_factor, entity: mkt, period: 2025-06, value: 56, unit: percent, "
             "source: {quote: 载货率原文}}\n")
    assert not [t for t in derive(_story(facts)).takeaways if t.rule == "cargo_space"]
    assert not [t for t in derive(_story(_load("0"))).takeaways if t.rule == "cargo_space"]


def test_a_stated_move_in_points_is_added_back_not_divided_out() -> None:
    """Nike's gross margin, 42.9% after falling 300 basis points: 45.9% a year earlier (42.9 ÷ 0.97
    gave 44.2%)."""
    entities = "  n: {kind: brand, name: {zh-Hans: 耐克, en: Nike}}\n"
    facts = (
        "  gm: {metric: gross_margin, entity: n, period: 2023Q2, value: 42.9, unit: percent, "
        "source: {quote: 毛利率原文}}\n"
        "  gm-y: {metric: gross_margin, measure: yoy, entity: n, period: 2023Q2, value: -3, "
        "unit: pp, stated: true, source: {quote: 毛利率原文}}\n"
    )
    [t] = [t for t in derive(mini_story(entities, facts)).takeaways if t.rule == "stated_growth"]
    assert t.values["prior"].value == Decimal("45.9")


def test_a_flat_reading_is_no_move() -> None:
    """A rate unchanged on the week or the year read "fell 0% … from about US$1,810"."""
    facts = _rate("all", "1806", "0", per="container")
    assert not [t for t in derive(_story(facts)).takeaways if t.rule == "level_move"]
    assert "0%" not in sections(_story(facts), "en")["general"]
