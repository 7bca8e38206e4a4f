"""A charge on shipments or imports given for two years: a route's freight
rate, a country's duty, a carrier's parcel rate, a platform's free shipping
minimum. Before, most readers got the fallbacks of a growing figure ('cost
pressure rises; budget for it now', 'income rises with it', 'the exposure
grows with it', 'demand is still growing'), two payers of the same charge
got one sentence between them, and a free shipping minimum raised over a
year was read as a channel 'growing 30%'."""

from __future__ import annotations

import re

import pytest
from ministory import mini_story, sections, two_years

FALLBACKS = (
    "cost pressure",
    "income rises with it",
    "income falls with it",
    "exposure grows",
    "exposure narrows",
    "demand is still growing",
    "demand is shrinking",
    "gaining ground",
    "market-wide slowdown",
)


def _two_years(metric: str, kind: str, new: int, lang: str = "en") -> dict[str, str]:
    return two_years(metric, kind, 100, new, lang)


@pytest.mark.parametrize(
    ("metric", "kind", "new", "role", "said"),
    [
        ("freight_rate", "market", 130, "seller", "every order you ship costs more: work it into delivery charges"),
        ("freight_rate", "market", 130, "brand", "your direct orders cost more to deliver"),
        ("freight_rate", "market", 130, "factory", "check which of your quotes include freight"),
        ("freight_rate", "market", 130, "service_provider", "freight revenue rises with it: secure carrier space"),
        ("freight_rate", "market", 130, "platform_operator", "sellers' shipping costs rise with it"),
        ("freight_rate", "market", 130, "researcher", "set it against shipping volumes over the same period, to tell a demand surge from a capacity squeeze"),
        ("freight_rate", "market", 70, "service_provider", "margins on freight are squeezed"),
        ("duty", "government", 130, "seller", "goods you import pay more duty: build it into landed costs"),
        ("duty", "government", 130, "brand", "imported stock costs more to land"),
        ("duty", "government", 130, "factory", "your buyers pay more duty on your goods"),
        ("duty", "government", 130, "service_provider", "customs brokerage, duty planning and bonded warehousing"),
        ("duty", "government", 130, "platform_operator", "cross-border sellers pay more at the border"),
        ("duty", "government", 70, "researcher", "split it into import volumes and tariff rates: less trade and lower duties"),
        ("parcel_rate", "company", 130, "service_provider", "shippers using Alpha pay more: rate audits, contract talks"),
    ],
)  # fmt: skip
def test_each_payer_reads_a_charge_from_its_side(
    metric: str, kind: str, new: int, role: str, said: str
) -> None:
    text = _two_years(metric, kind, new)[role]
    assert said in text, text
    assert not any(f in text for f in FALLBACKS), text


def test_no_reader_of_a_charge_is_left_with_a_fallback_or_a_shared_sentence() -> None:
    for metric, kind in (("freight_rate", "market"), ("duty", "government")):
        for new in (130, 70):
            got = _two_years(metric, kind, new)
            readers = [got[r] for r in got if r != "general"]
            assert all("1. " in text for text in readers), (metric, new, got)
            said = [text.split(": ", 1)[1] for text in readers]
            assert len(set(said)) == len(said), said
            assert not any(f in text for text in readers for f in FALLBACKS)


def test_a_charge_falling_is_an_opening_for_a_platform_not_a_risk() -> None:
    """A platform's stake in its sellers' shipping costs is 'exposure': a
    risk when they rise; when they fall the label says so."""
    assert "**Risk**" in _two_years("freight_rate", "market", 130)["platform_operator"]
    falling = _two_years("freight_rate", "market", 70)["platform_operator"]
    assert "**Opportunity**" in falling and "room for them to fund promotions" in falling
    carrier = _two_years("freight_rate", "company", 70)["platform_operator"]
    assert "**Opportunity**" in carrier and "sellers who ship with Alpha pay less" in carrier


@pytest.mark.parametrize(
    ("metric", "kind", "new", "role", "said"),
    [
        ("freight_rate", "market", 130, "seller", "每发一单的成本都更高：把涨幅计入运费和包邮门槛"),
        ("freight_rate", "market", 70, "platform_operator", "卖家的运费随之下降：有更多空间做促销或降价"),
        ("duty", "government", 130, "factory", "买家为你的货物缴的关税更多：预计他们会压价或转向别处采购"),
        ("duty", "government", 130, "researcher", "可拆分为进口量和关税税率两部分：贸易增加与关税税率提高含义不同"),
        ("parcel_rate", "company", 130, "service_provider", "用甲发货的货主运费上涨：运费审计、合同议价和其他承运商的报价"),
    ],
)  # fmt: skip
def test_the_chinese_says_the_same(metric: str, kind: str, new: int, role: str, said: str) -> None:
    text = _two_years(metric, kind, new, "zh-Hans")[role]
    assert said in text, text
    assert "风险敞口" not in text and "需求仍在增长" not in text and "成本压力" not in text


def test_a_free_shipping_minimum_raised_over_a_year_is_a_threshold_move() -> None:
    """Two years' minimums with no ``base:`` went to the growth rule: 'a
    channel growing this fast is worth a flagship store'. threshold_move now
    pairs the year before, and says 'in 2025', not 'on 2025'."""
    got = _two_years("free_shipping_threshold", "platform", 130)
    assert (
        got["general"]
        .rstrip()
        .endswith(
            "Alpha raised its free shipping minimum from US$100 to US$130 (30% higher) in 2025."
        )
    )
    assert "Baskets between US$100 and US$130 now pay for shipping on Alpha" in got["seller"]
    everything = " ".join(got.values())
    assert "channel growing" not in everything and "more buyers are shopping" not in everything
    zh = _two_years("free_shipping_threshold", "platform", 130, "zh-Hans")["general"]
    assert "2025年，甲把包邮门槛从100美元提高至130美元（提高30%）。" in zh


@pytest.mark.parametrize(
    ("kind", "new", "lang", "role", "said"),
    [
        ("brand", 130, "en", "general", "Alpha's item price rose from US$100 in 2024 to US$130 in 2025, up 30%."),
        ("brand", 130, "en", "seller", "Alpha's goods cost you more to stock: check your margins"),
        ("brand", 130, "en", "brand", "a rival is dearer: hold your own prices to win shoppers who compare"),
        ("brand", 130, "en", "factory", "watch its reorders if its sales slow"),
        ("company", 130, "en", "service_provider", "a dearer range may sell fewer units: plan logistics with Alpha by volume"),
        ("company", 130, "en", "researcher", "split its sales into units and price: a higher price can hide fewer units sold"),
        ("brand", 70, "en", "factory", "cheaper goods at Alpha can sell more units: be ready for bigger orders"),
        ("brand", 130, "zh-Hans", "general", "甲商品售价从2024年的100美元升至2025年的130美元，上涨30%。"),
        ("company", 70, "zh-Hans", "researcher", "可核对销量的增长是否足以弥补降价"),
    ],
)  # fmt: skip
def test_a_makers_own_prices_over_a_year_are_read_by_each_reader(
    kind: str, new: int, lang: str, role: str, said: str
) -> None:
    """A brand's average item price over two years 'grew 30%'; a service
    provider read 'growth at this pace calls for more logistics', a factory
    'the exposure grows with it', a reseller 'cost pressure rises', and a
    researcher was asked whether the brand was 'gaining ground'."""
    got = _two_years("item_price", kind, new, lang)
    assert said in got[role], got[role]
    readers = [got[r] for r in got if r != "general"]
    assert len(readers) == 6 and all(("1. " in text) for text in readers), got
    assert not any(f in text for text in readers for f in (*FALLBACKS, "growth at this pace"))


def _level_with_yoy(metric: str, kind: str, pct: int, lang: str = "en") -> dict[str, str]:
    """One level with the article's own year-on-year rate (level_with_growth)."""
    entity = f"  p: {{kind: {kind}, name: {{zh-Hans: 甲, en: Alpha}}}}\n"
    facts = (
        f"  a: {{metric: {metric}, entity: p, period: FY2025, value: 100, currency: USD, "
        "source: {quote: 原文一}}\n"
        f"  b: {{metric: {metric}, entity: p, period: FY2025, measure: yoy, value: {pct}, "
        "unit: percent, source: {quote: 原文一}}\n"
    )
    return sections(mini_story(entity, facts, published="2026-02-10"), lang)


@pytest.mark.parametrize(
    ("metric", "kind"),
    [("freight_rate", "market"), ("freight_rate", "company"), ("duty", "government"), ("item_price", "brand"), ("fulfilment_fee", "platform")],
)  # fmt: skip
def test_a_charge_with_its_stated_growth_is_worded_per_payer(metric: str, kind: str) -> None:
    """'Freight rates at US$100, up 30% year on year' told the brand, the
    seller, the factory, the platform and the researcher one sentence:
    'Backed out from the 30% growth, Alpha's freight rate was about US$76.9
    a year earlier: set both years against peers' figures to see who is
    gaining ground'. It now reads as the growth of two levels does."""
    for pct in (30, -30):
        got = _level_with_yoy(metric, kind, pct)
        readers = [got[r] for r in got if r != "general" and "1. " in got[r]]
        said = [re.split(r"\*\*: ", text, maxsplit=1)[1] for text in readers]
        assert len(said) >= 4 and len(set(said)) == len(said), said
        assert not any("Backed out" in s or "gaining ground" in s for s in said), said


def test_a_price_with_its_stated_growth_rises_in_chinese() -> None:
    zh = _level_with_yoy("freight_rate", "market", 30, "zh-Hans")
    assert "2025年，甲运价100美元，同比上涨30%。" in zh["general"]
    assert "每发一单的成本都更高" in zh["seller"]
    assert "同比下降30%" in _level_with_yoy("item_price", "brand", -30, "zh-Hans")["general"]
    assert "同比增长30%" in _level_with_yoy("revenue", "brand", 30, "zh-Hans")["general"]
