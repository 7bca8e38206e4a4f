"""Taxes a law levies on each sale (Vietnam's Decree 117: 1% VAT and 0.5%
income tax on household sellers' goods, withheld by the platforms). Before,
such a story told no reader anything: the rates had no metric, no rule read
a rate with no old level, and a regulation's duties reached only the
live-commerce parties personas.yaml names. Now a group a law binds says
which reader it is (``reader:``), its duties reach that reader, and rule
``sales_tax`` sums the rates and words them per reader."""

from __future__ import annotations

import pytest
from ministory import first_points, mini_story, sections

from summarizer.realise.phrases import plural_title, titled

LAW = (
    "  g: {kind: government, name: {zh-Hans: 甲国政府, en: Alpha's government}}\n"
    "  law: {kind: regulation, name: {zh-Hans: 第1号法令, en: Decree 1/2025}}\n"
    "  goods: {kind: product, name: {zh-Hans: 商品, en: goods}}\n"
)
PARTIES = (
    "  plats: {kind: group, reader: platform_operator, "
    "name: {zh-Hans: 电商平台, en: e-commerce platforms}}\n"
    "  sellers: {kind: group, reader: seller, name: {zh-Hans: 个体卖家, en: household sellers}}\n"
)
RATES = (
    "  vat: {metric: vat_rate, entity: law, segment: goods, period: '2025-07-01', value: 1, "
    "unit: percent, source: {quote: 原文一}}\n"
    "  pit: {metric: income_tax_rate, entity: law, segment: goods, period: '2025-07-01', "
    "value: 0.5, unit: percent, source: {quote: 原文二}}\n"
)
EFFECTIVE = (
    "  eff: {event: regulation_effective, entity: law, date: '2025-07-01', "
    "parties: [plats, sellers], obligations: ["
    "{party: plats, duty: {zh-Hans: 代扣税款, en: Withhold the taxes on each sale}}, "
    "{party: sellers, duty: {zh-Hans: 提供税号, en: Give the platforms their tax numbers}}], "
    "source: {quote: 原文三}}\n"
)


def _brief(lang: str = "en", parties: bool = True) -> dict[str, str]:
    entities = LAW + (PARTIES if parties else "")
    facts = RATES + (EFFECTIVE if parties else "")
    return sections(mini_story(entities, facts, published="2025-06-11"), lang)


def test_the_rates_are_summed_with_who_pays_and_who_withholds() -> None:
    general = _brief()["general"]
    assert (
        "From July 1, 2025, under Decree 1/2025, each sale of goods by household sellers "
        "carries 1% VAT and 0.5% income tax, 1.5% of its value in all, withheld by "
        "e-commerce platforms." in general
    )
    zh = _brief("zh-Hans")["general"]
    assert (
        "从2025年7月1日起，根据《第1号法令》，个体卖家每笔商品销售须缴增值税1%和所得税0.5%，"
        "合计为销售额的1.5%，由电商平台代扣代缴。" in zh
    )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            {
                "seller": "**Your costs**: 1.5% of every sale of goods goes in tax",
                "brand": "**Competition**: Household sellers pay 1.5% of each sale in tax",
                "service_provider": "**Opportunity**: Sellers will want what e-commerce "
                "platforms withhold",
                "platform_operator": "**Risk**: You must take 1.5% from each sale of goods",
                "researcher": "**For research**: Track how much the 1.5% tax withheld",
            },
        ),
        (
            "zh-Hans",
            {
                "seller": "**成本影响**：从2025年7月1日起，每笔商品销售额的1.5%要用来缴税",
                "brand": "**竞争格局**：2025年7月1日起，个体卖家每笔销售要缴1.5%的税",
                "service_provider": "**机会**：卖家需要把电商平台代扣的税款",
                "platform_operator": "**风险提示**：2025年7月1日开始，你要在每笔商品销售收款时扣下1.5%",
                "researcher": "**研究线索**：可跟踪每笔销售代扣的1.5%",
            },
        ),
    ],
)
def test_each_reader_reads_the_tax_from_its_side(lang: str, said: dict[str, str]) -> None:
    text = _brief(lang)
    for reader, start in said.items():
        assert start in text[reader], (reader, text[reader])
    assert "factory" not in said and "tax" not in text["factory"] and "税" not in text["factory"]
    points = [p for p in first_points(text).values() if p]
    assert len(points) == len(set(points))  # no sentence told twice under another label


def test_a_group_the_law_binds_reaches_the_reader_it_says_it_is() -> None:
    text = _brief()
    assert (
        "**Your duties**: Decree 1/2025 requires household sellers, from July 1, 2025, to "
        "give the platforms their tax numbers." in text["seller"]
    )
    assert "requires e-commerce platforms to withhold the taxes" in text["platform_operator"]
    assert "tax numbers" not in text["platform_operator"]
    assert "withhold the taxes on each sale" not in text["seller"]


def test_with_no_payer_or_collector_named_the_tax_is_a_cost_to_price_in() -> None:
    text = _brief(parties=False)
    assert "**Your costs**: 1.5% of every sale of goods goes in tax from July 1, 2025: build" in (
        text["seller"]
    )
    assert "If your own sales are taxed the same way, 1.5% of each sale of goods" in text["brand"]
    assert "under Decree 1/2025, each sale of goods carries" in text["general"]
    assert "withheld" not in text["general"]
    assert "payment" not in text["platform_operator"]  # no duty to withhold: no such point


@pytest.mark.parametrize(
    ("title", "article", "plural"),
    [
        ("Measures for the Supervision of Live-Streaming E-Commerce", "the Measures", True),
        ("Decree 117/2025/ND-CP", "Decree 117", False),
        ("Digital Services Act", "the Digital Services", False),
        ("Rules on Platform Fees", "the Rules", True),
    ],
)
def test_a_law_is_named_with_its_article_and_its_verb_agrees(
    title: str, article: str, plural: bool
) -> None:
    assert titled(title).startswith(article)
    assert plural_title(title) is plural
