"""parcel_yield: what each parcel brings a courier (TMTPost, September 2023: YTO's RMB 4.067
billion over 1.741 billion parcels, up 6.19% and 14.51%: RMB 2.34 a parcel, 7.3% less than a
year before). As generic growth each figure was a channel to "set the growth of" against;
now the division is the point, and each reader is told what a parcel's price means to it."""

from __future__ import annotations

from decimal import Decimal

from ministory import mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  a: {kind: company, carrier: true, name: {zh-Hans: 甲快递, en: Alpha Express}}\n"
    "  b: {kind: company, carrier: true, name: {zh-Hans: 乙快递, en: Beta Express}}\n"
    "  all: {kind: market, name: {zh-Hans: 全国快递行业, en: the industry}}\n"
)


def _pair(e: str, revenue: str, parcels: str, rev_rate: str = "", parcel_rate: str = "",
          period: str = "2023-08") -> str:
    out = (f"  {e}-r: {{metric: revenue, entity: {e}, period: {period}, value: {revenue}, "
           f"scale: billion, currency: CNY, source: {{quote: {e}收入}}}}\n"
           f"  {e}-p: {{metric: parcels, entity: {e}, period: {period}, value: {parcels}, "
           f"scale: billion, unit: parcels, source: {{quote: {e}件量}}}}\n")
    for metric, rate, tag in (("revenue", rev_rate, "ry"), ("parcels", parcel_rate, "py")):
        if rate:
            out += (f"  {e}-{tag}: {{metric: {metric}, measure: yoy, stated: true, entity: {e}, "
                    f"period: {period}, value: {rate}, unit: percent, "
                    f"source: {{quote: {e}{tag}原文}}}}\n")
    return out


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2023-09-20")


def _yield(story: Story):  # type: ignore[no-untyped-def]
    [t] = [t for t in derive(story).takeaways if t.rule == "parcel_yield"]
    return t


PRICE_WAR = (_pair("a", "4.067", "1.741", "6.19", "14.51") + _pair("b", "3.516", "1.623", "-9.94", "9.07")
             + _pair("all", "99.28", "11.16", "12.3", "18.3"))


def test_couriers_steepest_fall_first_and_the_industry_apart() -> None:
    t = _yield(_story(PRICE_WAR))
    assert [y.revenue.entity for y in t.values["firms"]] == ["b", "a"]
    assert t.values["market"].revenue.entity == "all" and t.values["down"]
    en = sections(_story(PRICE_WAR), "en")
    assert ("Revenue per parcel in August 2023: RMB 2.17 at Beta Express (down 17.4% year on "
            "year) and RMB 2.34 at Alpha Express (down 7.3%), as parcels grew faster than "
            "revenue; across the industry, RMB 8.90 on average (down 5.1%).") in en["general"]
    # each reader comes in by its own figure, and none is told the growth rates again
    assert "With Alpha Express taking RMB 2.34 a parcel" not in en["seller"]
    assert "With Beta Express taking RMB 2.17 a parcel, down 17.4% year on year" in en["seller"]
    assert "get fresh quotes before peak season" in en["seller"]
    assert "With Beta Express's parcels up 9.07% but its revenue down 9.94%" in en["service_provider"]
    assert "With revenue per parcel across the industry down 5.1%" in en["platform_operator"]
    assert "With falls from 7.3% at Alpha Express to 17.4% at Beta Express" in en["researcher"]
    assert "includes premium carriers" in en["researcher"]
    assert "nothing here calls for a factory" in en["factory"]
    assert "set the growth" not in "".join(en.values())
    zh = sections(_story(PRICE_WAR), "zh-Hans")
    assert ("2023年8月单票收入：乙快递2.17元（同比下降17.4%），甲快递2.34元（下降7.3%），"
            "包裹量增速都快于收入增速；全国快递行业平均为8.90元（下降5.1%）。") in zh["general"]
    assert "乙快递包裹量增长9.07%，收入却下降9.94%" in zh["service_provider"]


def test_one_courier_rising_reads_the_other_way_with_its_rates() -> None:
    story = _story(_pair("a", "4.4", "1.6", "10", "0"))
    t = _yield(story)
    assert not t.values["down"] and t.values["market"] is None
    en = sections(story, "en")
    assert ("Alpha Express's revenue per parcel was RMB 2.75 in August 2023, up 10% year on "
            "year, with parcels unchanged and revenue up 10%.") in en["general"]
    assert "budget for dearer shipping" in en["seller"]
    assert "war is easing" in en["service_provider"]
    zh = sections(story, "zh-Hans")
    assert "甲快递单票收入为2.75元，同比增长10%" in zh["general"]
    assert "每票收得更多" in zh["seller"]


def test_the_industry_alone_and_a_move_its_rounding_cannot_tell_is_a_level() -> None:
    # 12% and 12%, each rounded to the unit: the move could go either way
    story = _story(_pair("all", "99.28", "11.16", "12", "12"))
    t = _yield(story)
    assert t.values["firms"] == [] and not t.values["moved"]
    en = sections(story, "en")
    assert "Revenue per parcel across the industry averaged RMB 8.90 in August 2023." in en["general"]
    assert "before you negotiate" in en["seller"]


def test_a_stated_revenue_per_parcel_is_checked() -> None:
    facts = _pair("a", "4.067", "1.741") + (
        "  a-y: {metric: revenue_per_parcel, entity: a, period: 2023-08, value: 2.5, "
        "currency: CNY, stated: true, source: {quote: 单票收入2.5元}}\n")
    checks = [c for c in derive(_story(facts)).checks if c.fact == "a-y"]
    assert checks and checks[0].rule == "parcel_yield"
    assert round(checks[0].figure.value, 2) == Decimal("2.34")  # 2.5 stated: check flags it


def test_revenue_without_parcels_or_of_another_month_is_no_point() -> None:
    lone = _story(_pair("a", "4.067", "1.741").replace("period: 2023-08, value: 1.741",
                                                          "period: 2023-07, value: 1.741"))
    assert not [t for t in derive(lone).takeaways if t.rule == "parcel_yield"]


def test_parcels_alone_are_growth_and_agree_with_their_plural_name() -> None:
    facts = _pair("a", "4.067", "1.741", "", "14.51")
    facts = "".join(line + "\n" for line in facts.splitlines() if not line.startswith("  a-r:"))
    story = _story(facts)
    assert not [t for t in derive(story).takeaways if t.rule == "parcel_yield"]
    said = " ".join(sections(story, "en").values())
    assert "Alpha Express's parcels were about 1.52 billion a year earlier" in said
    assert "parcels was" not in said
