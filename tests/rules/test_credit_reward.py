"""credit_reward: ad credit a platform pays for each product that meets a bar
(TikTok Shop US's NewStar programme, October 2025: US$20 a new product that
sells, US$50 one past its cold start, each capped at US$3,000 a month). No
rule read such a programme, so every reader was told nothing."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story

ENTITIES = (
    "  p: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
    "  new: {kind: product, name: {zh-Hans: 出单新品, en: new product that sells}}\n"
    "  cold: {kind: product, name: {zh-Hans: 冷启动成功商品, en: product past its cold start}}\n"
)


def _fact(fid: str, metric: str, seg: str, value: str, extra: str) -> str:
    return (f"  {fid}: {{metric: {metric}, entity: p, segment: {seg}, period: '2025-10', "
            f"value: {value}, {extra}, source: {{quote: 原文{fid}}}}}\n")


NEW = _fact("a", "ad_credit", "new", "20", "currency: USD, per: item")
NEW_CAP = _fact("b", "ad_credit", "new", "3000", "currency: USD, per: month, qualifier: up_to")
COLD = _fact("c", "ad_credit", "cold", "55", "currency: USD, per: item")
COLD_CAP = _fact("d", "ad_credit", "cold", "3000", "currency: USD, per: month, qualifier: up_to")
BAR = _fact("e", "qualifying_gmv", "cold", "250",
            "currency: USD, per: item, qualifier: at_least")
ORDERS = _fact("f", "qualifying_orders", "cold", "3", "unit: orders, per: item, qualifier: at_least")


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2025-10-01")


def test_each_stage_is_told_with_its_cap_and_bar() -> None:
    s = sections(_story(NEW + NEW_CAP + COLD + COLD_CAP + BAR + ORDERS), "en")
    assert ("Alpha pays sellers ad credit in October 2025: US$20 for each new product that sells, "
            "up to US$3,000 a month (reached at 150 products); and US$55 for each product past "
            "its cold start, one that sells at least US$250 of GMV in at least 3 orders, up to "
            "US$3,000 a month (reached at 55 products): 22% of the US$250 it must sell."
            ) in s["general"]
    # each reader has its own point, and no two open alike
    assert "count it as a discount on ads you would run anyway" in s["seller"]
    assert "likeliest to reach US$250 of GMV" in s["seller"]
    assert "resellers' and rivals' among them" in s["brand"]
    assert "quote low minimum orders" in s["factory"]
    assert "running those first campaigns for them" in s["service_provider"]
    assert "buying new supply with its own ad inventory" in s["platform_operator"]
    assert "reach the US$250 of GMV Alpha asks for" in s["researcher"]
    openings = {s[r].split("**: ", 1)[1][:25] for r in
                ("seller", "brand", "factory", "service_provider", "platform_operator")}
    assert len(openings) == 5
    zh = sections(_story(NEW + NEW_CAP + COLD + COLD_CAP + BAR + ORDERS), "zh-Hans")
    assert ("甲2025年10月按商品向卖家发放广告金：每个出单新品20美元，每月至多3000美元（150款商品即达上限）；"
            "每个冷启动成功商品（至少3笔订单、GMV至少250美元）55美元，每月至多3000美元（55款商品即达上限），"
            "相当于须卖出的250美元的22%。") in zh["general"]


def test_a_lone_credit_is_told_without_cap_or_bar() -> None:
    s = sections(_story(NEW), "en")
    assert "Alpha pays sellers ad credit in October 2025: US$20 for each new product that sells." \
        in s["general"]
    assert "reached at" not in s["general"] and "it must sell" not in s["general"]
    assert "Track how many products reach Alpha's bar" in s["researcher"]


def test_a_cap_in_another_currency_or_below_one_product_is_not_counted() -> None:
    other = NEW_CAP.replace("currency: USD", "currency: EUR")
    assert "reached at" not in sections(_story(NEW + other), "en")["general"]
    tiny = NEW_CAP.replace("value: 3000", "value: 20")
    assert "reached at" not in sections(_story(NEW + tiny), "en")["general"]


def test_a_total_credit_budget_is_no_stage() -> None:
    budget = _fact("g", "ad_credit", "new", "5", "currency: USD, scale: million")
    s = sections(_story(budget), "en")
    assert "ad credit" not in s["general"]
