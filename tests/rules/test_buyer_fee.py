"""A fee added to what the buyer pays, tiered by price band (rule
``buyer_fee``; eBay UK's Buyer Protection fee of February 2025: £0.75 an
item plus 4% of the price up to £300 and 2% of the part from £300 to
£4,000). Told figure by figure it was three levels and no answer to what a
buyer pays; now the buyer's total at each example price, how much more that
is, and the most the fee takes are computed from the parts."""

from __future__ import annotations

from ministory import first_points, mini_story, sections

from summarizer.model import Story
from summarizer.pipeline import load_project
from summarizer.rules import derive

ENTITIES = (
    "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Alpha}}\n"
    "  low: {kind: product, name: {zh-Hans: 价格中300英镑以内的部分, en: the part up to £300}}\n"
    "  high: {kind: product, name: {zh-Hans: 价格中300至4000英镑的部分, en: the part from £300 to £4000}}\n"
    "  i20: {kind: product, name: {zh-Hans: 标价20英镑的商品, en: a £20 item}}\n"
    "  i500: {kind: product, name: {zh-Hans: 标价500英镑的商品, en: a £500 item}}\n"
)
DAY = "period: '2025-02-06'"
TIERED = (
    f"  flat: {{metric: buyer_fee, entity: p, {DAY}, value: 0.75, currency: GBP, per: item, "
    "source: {quote: 原文一}}\n"
    f"  r1: {{metric: buyer_fee_rate, entity: p, segment: low, {DAY}, value: 4, unit: percent, "
    "source: {quote: 原文二}}\n"
    f"  r2: {{metric: buyer_fee_rate, entity: p, segment: high, {DAY}, value: 2, unit: percent, "
    "source: {quote: 原文三}}\n"
    f"  b1: {{metric: item_price, entity: p, segment: low, {DAY}, value: 300, currency: GBP, "
    "per: item, qualifier: up_to, source: {quote: 原文二}}\n"
    f"  b2: {{metric: item_price, entity: p, segment: high, {DAY}, value: [300, 4000], "
    "currency: GBP, per: item, source: {quote: 原文三}}\n"
    f"  x20: {{metric: item_price, entity: p, segment: i20, {DAY}, value: 20, currency: GBP, "
    "per: item, source: {quote: 原文四}}\n"
    f"  x500: {{metric: item_price, entity: p, segment: i500, {DAY}, value: 500, currency: GBP, "
    "per: item, source: {quote: 原文五}}\n"
)


def _story(facts: str = TIERED) -> Story:
    return mini_story(ENTITIES, facts, published="2025-02-03")


def test_the_buyer_pays_the_sum_of_the_parts_at_each_example_price() -> None:
    general = sections(_story(), "en")["general"]
    assert (
        "From February 6, 2025, Alpha adds a buyer protection fee to what buyers pay: £0.75 an "
        "item plus 4% of the price up to £300 and 2% of the part from £300 to £4,000, at most "
        "£86.75. A buyer pays £21.55 for a £20 item (7.8% more) and £516.75 for a £500 item "
        "(3.4% more)."
    ) in general
    zh = sections(_story(), "zh-Hans")["general"]
    assert (
        "从2025年2月6日起，甲平台在买家支付的价格上加收买家保障费：每件0.75英镑，另加价格中300英镑以内"
        "部分的4%、300英镑至4000英镑部分的2%，每件最多86.75英镑。买家买标价20英镑的商品要付21.55英镑"
        "（多付7.8%），买标价500英镑的商品要付516.75英镑（多付3.4%）。"
    ) in zh


def test_each_figure_is_computed_from_the_parts_and_cited_to_them() -> None:
    derived = derive(_story())
    (t,) = [t for t in derived.takeaways if t.rule == "buyer_fee"]
    fees = {x["price"].id: x["fee"] for x in t.values["examples"]}  # type: ignore[union-attr]
    assert str(fees["x20"].value) == "1.55" and str(fees["x500"].value) == "16.75"
    assert str(t.values["new"].cap.value) == "86.75"  # type: ignore[union-attr]
    assert set(fees["x500"].facts) == {"x500", "flat", "r1", "b1", "r2", "b2"}


def test_a_fee_is_charged_to_the_penny() -> None:
    facts = TIERED.replace("value: 20, currency", "value: 12.99, currency")
    general = sections(_story(facts), "en")["general"]
    assert "£14.26 for a £20 item" in general  # 0.75 + 4% of 12.99 = 1.2696 -> £1.27


def test_one_rate_on_the_whole_price_has_no_most() -> None:
    facts = (
        f"  r: {{metric: buyer_fee_rate, entity: p, {DAY}, value: 5, unit: percent, "
        "source: {quote: 原文一}}\n"
        f"  b: {{metric: item_price, entity: p, segment: i20, {DAY}, value: 20, currency: GBP, "
        "per: item, source: {quote: 原文二}}\n"
    )
    general = sections(_story(facts), "en")["general"]
    assert "Alpha adds a buyer protection fee to what buyers pay: 5% of the price." in general
    assert "A buyer pays £21.00 for a £20 item (5% more)." in general


def test_each_reader_gets_its_own_point_and_brands_and_factories_none() -> None:
    points = first_points(sections(_story(), "en"))
    assert points["brand"] == "" and points["factory"] == ""
    assert points["seller"].startswith("1. **Pricing**: ")
    assert "The cheaper the item, the larger the share (7.8% on £20, 3.4% on £500)" in (
        points["seller"]
    )
    assert "price calculators and repricing" in points["service_provider"]
    assert "at most £86.75 an item" in points["platform_operator"]
    assert "whether buyers or sellers end up bearing it" in points["researcher"]
    told = [p for p in points.values() if p]
    assert len(told) == len(set(told)) == 4


def test_the_rule_is_in_every_persona_and_the_project_loads() -> None:
    project = load_project()
    assert all("buyer_fee" in p.rules for p in project.personas)


#: eBay UK's rework of July 17, 2025: a flat fee of up to £0.10 and a third band (7% up to £20).
REWORKED = (
    TIERED.replace("value: 0.75, currency: GBP, per: item,", "value: 0.75, currency: GBP, per: item, qualifier: up_to,")
    .replace("x20:", "x20-old:").replace("x500:", "x500-old:")
    .split("  x20-old:")[0]
    + "  n-flat: {metric: buyer_fee, entity: p, period: '2025-07-17', value: 0.10, currency: GBP, "
    "per: item, qualifier: up_to, source: {quote: 原文六}}\n"
    "  n1: {metric: buyer_fee_rate, entity: p, segment: to20, period: '2025-07-17', value: 7, "
    "unit: percent, source: {quote: 原文七}}\n"
    "  n2: {metric: buyer_fee_rate, entity: p, segment: mid, period: '2025-07-17', value: 4, "
    "unit: percent, source: {quote: 原文八}}\n"
    "  n3: {metric: buyer_fee_rate, entity: p, segment: high, period: '2025-07-17', value: 2, "
    "unit: percent, source: {quote: 原文九}}\n"
    "  nb1: {metric: item_price, entity: p, segment: to20, period: '2025-07-17', value: 20, "
    "currency: GBP, per: item, qualifier: up_to, source: {quote: 原文七}}\n"
    "  nb2: {metric: item_price, entity: p, segment: mid, period: '2025-07-17', value: [20, 300], "
    "currency: GBP, per: item, source: {quote: 原文八}}\n"
    "  x10: {metric: item_price, entity: p, segment: i10, period: '2025-07-17', value: 10, "
    "currency: GBP, per: item, source: {quote: 原文十}}\n"
)
MORE = (
    "  to20: {kind: product, name: {zh-Hans: 价格中20英镑以内的部分, en: the part up to £20}}\n"
    "  mid: {kind: product, name: {zh-Hans: 价格中20至300英镑的部分, en: the part from £20 to £300}}\n"
    "  i10: {kind: product, name: {zh-Hans: 标价10英镑的商品, en: a £10 item}}\n"
)


def test_a_reworked_fee_is_told_against_the_old_at_each_example() -> None:
    story = mini_story(ENTITIES + MORE, REWORKED, published="2025-07-16")
    general = sections(story, "en")["general"]
    assert (
        "From July 17, 2025, Alpha's buyer protection fee is up to £0.10 an item plus 7% of the "
        "price up to £20, 4% of the part from £20 to £300 and 2% of the part from £300 to £4,000, "
        "at most £86.70, instead of up to £0.75 an item plus 4% of the price up to £300 and 2% of "
        "the part from £300 to £4,000, at most £86.75. A buyer pays at most £10.80 for a £10 item "
        "instead of at most £11.15."
    ) in general
    points = first_points(sections(story, "en"))
    assert "cheap items cost them less" in points["seller"]
    assert "(at most £1.15 before)" in points["platform_operator"]
    zh = sections(story, "zh-Hans")["general"]
    assert "买家买标价10英镑的商品最多要付10.80英镑，此前为最多11.15英镑。" in zh
