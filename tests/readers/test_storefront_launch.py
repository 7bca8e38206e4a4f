"""A platform launching a storefront of its own (Amazon Haul, every item
under US$20, with lower fulfilment fees for its sellers): the launch was
nobody's point -- a product_launch had no meaning for any reader -- and the
fee cut of the same day took its place in every section (one day's news);
'Amazon and Temu now take 42% between them' picked Temu out of a tie with
Shein at 1%, and the leader's own 41% was not among the point's facts."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.rules import derive

ENTITIES = (
    "  a: {kind: platform, name: {zh-Hans: 甲平台, en: Alpha}}\n"
    "  h: {kind: channel, name: {zh-Hans: 甲特价, en: Alpha Deals}}\n"
    "  t: {kind: platform, name: {zh-Hans: 乙平台, en: Beta}}\n"
    "  s: {kind: platform, name: {zh-Hans: 丙平台, en: Gamma}}\n"
    "  m: {kind: market, name: {zh-Hans: 美国电商市场, en: US e-commerce}}\n"
)
LAUNCH = (
    "  go: {event: product_launch, entity: a, object: h, date: '2024-11-13', text: {zh-Hans: "
    "甲平台推出低价商店甲特价, en: 'Alpha launched Alpha Deals, a discount store'}, "
    "source: {quote: 原文一}}\n"
    "  cap: {metric: item_price, entity: a, segment: h, period: '2024-11-13', value: 20, "
    "currency: USD, qualifier: up_to, source: {quote: 原文二}}\n"
)
FEES = (
    "  fee: {event: fee_change, entity: a, object: h, date: '2024-11-13', direction: down, "
    "text: {zh-Hans: 甲平台对甲特价的商品收取更低的配送费, en: Alpha began charging lower "
    "fulfilment fees on Alpha Deals}, source: {quote: 原文三}}\n"
)


def test_a_platforms_new_storefront_is_worded_for_every_reader() -> None:
    en = sections(mini_story(ENTITIES, LAUNCH, published="2024-11-14"), "en")
    assert ("Alpha Deals is a new storefront on Alpha for goods priced up to US$20: sellers "
            "who list there early get its first traffic") in en["seller"]
    assert "beside your listings: check which of your lines it undercuts" in en["brand"]
    assert "Sellers stocking Alpha Deals need goods priced up to US$20" in en["factory"]
    assert "need listings, photos and shipping set up" in en["service_provider"]
    assert "Alpha now competes for your shoppers through Alpha Deals" in en["platform_operator"]
    assert "Track how many sellers and shoppers Alpha Deals draws" in en["researcher"]
    zh = sections(mini_story(ENTITIES, LAUNCH, published="2024-11-14"), "zh-Hans")
    assert "甲平台新开了甲特价，商品售价至多20美元：早入驻的卖家能先拿到流量" in zh["seller"]
    assert "甲平台借甲特价与你争夺消费者" in zh["platform_operator"]


def test_a_launch_of_anything_else_is_background() -> None:
    """A company's new product, or a platform's feature (no channel), is no
    reader's point: nothing here says what it means for them."""
    story = mini_story(
        "  a: {kind: company, name: {zh-Hans: 甲公司, en: Alpha Inc}}\n"
        "  p: {kind: product, name: {zh-Hans: 甲手机, en: Alpha Phone}}\n",
        "  go: {event: product_launch, entity: a, object: p, date: '2024-11-13', text: "
        "{zh-Hans: 甲公司发布甲手机, en: Alpha Inc launched the Alpha Phone}, "
        "source: {quote: 原文}}\n", published="2024-11-14")
    assert not [t for t in derive(story).takeaways if t.rule == "dated_event"]


def test_a_launch_and_its_fees_the_same_day_are_two_points() -> None:
    en = sections(mini_story(ENTITIES, LAUNCH + FEES, published="2024-11-14"), "en")
    assert "Alpha Deals is a new storefront" in en["seller"]
    assert "Alpha's lower fees on Alpha Deals have applied since" in en["seller"]
    assert "Selling through Alpha Deals has cost less" in en["brand"]
    zh = sections(mini_story(ENTITIES, LAUNCH + FEES, published="2024-11-14"), "zh-Hans")
    assert "甲平台在甲特价下调后的费用已经生效" in zh["seller"]


def test_a_tie_for_second_place_sums_no_pair_and_the_leader_is_cited() -> None:
    shares = "".join(
        f"  {e}-share: {{metric: market_share, entity: {e}, segment: m, period: FY2024, "
        f"value: {v}, unit: percent, source: {{quote: 原文{e}}}}}\n"
        for e, v in (("a", 41), ("t", 1), ("s", 1))
    )
    story = mini_story(ENTITIES, shares, published="2024-11-14")
    [t] = [t for t in derive(story).takeaways if t.rule == "share_shift"]
    assert t.values["two"] == [] and "a-share" in t.facts
    en = sections(story, "en")
    assert "between them" not in "\n".join(en[r] for r in READERS)
    assert ("Alpha takes 41% of US e-commerce sales: track your own share against that"
            in en["platform_operator"])
    assert "Alpha's 41% is a single reading: track whether the next ones narrow its lead" in en[
        "researcher"]
