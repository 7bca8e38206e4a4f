"""A fee in two parts moved together (PayPal, August 2, 2021: 2.9% plus
US$0.30 a transaction to 3.49% plus US$0.49; seed
paypal-us-merchant-fees-2021).

``base_change`` told the rate and the fixed part as two moves (0.59 points,
19 cents), neither saying what a sale pays nor that cheap sales are hit
hardest, the article's point. ``two_part_fee`` reads them as one fee: the
sale price below which the fixed part's rise costs more (US$0.19 / 0.59% =
about US$32) and the fee at each sale price the story gives, which are the
article's own worked examples (US$0.50 -> US$0.73 on US$7, up 46%)."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.rules import derive

ENTITIES = (
    "  p: {kind: platform, name: {zh-Hans: 甲支付, en: PayCo}}\n"
    "  s7: {kind: product, name: {zh-Hans: 7美元的交易, en: a US$7 sale}}\n"
    "  s100: {kind: product, name: {zh-Hans: 100美元的交易, en: a US$100 sale}}\n"
)
FEES = (
    "  r0: {metric: payment_fee, entity: p, period: '2021-08-01', value: 2.9, unit: percent,"
    " source: {quote: 原文一}}\n"
    "  r1: {metric: payment_fee, entity: p, period: '2021-08-02', value: 3.49, unit: percent,"
    " base: r0, source: {quote: 原文二}}\n"
    "  c0: {metric: order_fee, entity: p, period: '2021-08-01', value: 0.30, currency: USD,"
    " per: transaction, source: {quote: 原文三}}\n"
    "  c1: {metric: order_fee, entity: p, period: '2021-08-02', value: 0.49, currency: USD,"
    " per: transaction, base: c0, source: {quote: 原文四}}\n"
)
PRICES = (
    "  p7: {metric: item_price, entity: p, segment: s7, period: '2021-08-02', value: 7,"
    " currency: USD, source: {quote: 原文五}}\n"
    "  p100: {metric: item_price, entity: p, segment: s100, period: '2021-08-02', value: 100,"
    " currency: USD, source: {quote: 原文六}}\n"
)


def _story(prices: str = PRICES):  # type: ignore[no-untyped-def]
    return mini_story(ENTITIES, FEES + prices, published="2021-06-19")


def test_the_rate_and_the_fixed_part_are_one_fee_not_two_moves() -> None:
    takeaways = derive(_story()).takeaways
    assert [t.rule for t in takeaways if t.rule in ("base_change", "two_part_fee")] == [
        "two_part_fee"
    ]
    [t] = [t for t in takeaways if t.rule == "two_part_fee"]
    assert round(t.values["crossover"].value) == 32  # type: ignore[union-attr]
    got = [
        (str(e["price"].quantity.value), str(e["old"].value),
         str(e["new"].value), round(e["rise"].value))
        for e in t.values["examples"]  # type: ignore[union-attr]
    ]
    assert got == [("7", "0.50", "0.73", 46), ("100", "3.20", "3.98", 24)]  # charged to the cent


def test_each_sale_price_and_the_crossover_are_said_in_both_languages() -> None:
    en = sections(_story(), "en")
    assert "below about US$32 a sale, the fixed part's rise costs more than the rate's" in en[
        "general"
    ]
    assert "A US$7 sale pays US$0.50 before and US$0.73 after, up 46%" in en["general"]
    assert "up 46% on a US$7 sale, 24% on a US$100" in en["seller"]
    zh = sections(_story(), "zh-Hans")
    assert "售价低于约32美元的交易，固定部分多付的钱超过费率部分" in zh["general"]
    assert "售价7美元的交易，手续费从0.50美元升至0.73美元，上涨46%" in zh["general"]


def test_without_sale_prices_the_crossover_still_says_who_pays_most() -> None:
    en = sections(_story(prices=""), "en")
    assert "below about US$32 a sale" in en["general"]
    assert "sale pays" not in en["general"]
    assert "The rise bites hardest on your cheapest sales:" in en["seller"]
