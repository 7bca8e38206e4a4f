"""An event means what its owner makes it: a government's new rules bind
platforms, a brand's new terms concern its resellers and no platform; a
brand entering a market is a rival to brands and a merchant to sign for
platforms; a brand's outage stalls its supply and shoppers, not a port."""

from __future__ import annotations

import re

import pytest
from ministory import READERS, mini_story, sections


def _brief(event: str, kind: str, lang: str = "en", until: str = "") -> dict[str, str]:
    entity = f"  p: {{kind: {kind}, name: {{zh-Hans: 甲, en: Alpha}}}}\n"
    end = f", until: '{until}'" if until else ""
    facts = (
        f"  a: {{event: {event}, entity: p, date: '2026-01-05'{end}, "
        "text: {zh-Hans: 甲宣布调整, en: Alpha announced a change}, source: {quote: 原文}}\n"
    )
    return sections(mini_story(entity, facts, published="2026-01-10"), lang)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "**Policy**: The rules bind platforms too"),  # the summary tells the change
        ("zh-Hans", "**政策变化**：新规则同样约束平台"),
    ],
)
def test_a_governments_rules_bind_platforms(lang: str, said: str) -> None:
    text = _brief("policy_change", "government", lang)
    assert said in text["platform_operator"]
    assert "stores on the platform" not in text["brand"]


def test_a_brands_terms_concern_its_resellers_not_platforms() -> None:
    text = _brief("policy_change", "brand")
    assert "1. " not in text["platform_operator"]
    assert "Alpha's new terms have applied since January 5, 2026" in text["seller"]
    assert "A rival has changed its terms" in text["brand"]


@pytest.mark.parametrize(
    ("kind", "brand", "platform_operator"),
    [
        ("brand", "**Competition**", "**Demand**"),
        ("platform", "**Opportunity**", "**Competition**"),
    ],
)
def test_a_market_entry_is_labelled_by_who_enters(
    kind: str, brand: str, platform_operator: str
) -> None:
    text = _brief("market_entry", kind)
    assert text["brand"].split("\n1. ")[1].startswith(brand)
    assert text["platform_operator"].split("\n1. ")[1].startswith(platform_operator)


@pytest.mark.parametrize("until", ["", "2026-01-08"], ids=["ongoing", "over"])
@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_a_brands_outage_is_no_port_closure(lang: str, until: str) -> None:
    text = _brief("disruption", "brand", lang, until)
    for reader in READERS:
        assert "1. " in text[reader], reader
        assert not re.search(r"\bports?\b|港", text[reader]), text[reader]
    assert "订单量" not in "".join(text.values())


@pytest.mark.parametrize(
    ("kind", "until", "labels"),
    [
        ("brand", "", {"brand": "Competition", "seller": "Risk", "factory": "Risk"}),
        (
            "brand",
            "2026-01-08",
            {"brand": "Competition", "seller": "Operations", "factory": "Demand",
             "platform_operator": "Operations", "service_provider": "Demand"},
        ),
        ("platform", "", {"platform_operator": "Competition", "seller": "Risk"}),
        (
            "platform",
            "2026-01-08",
            {"platform_operator": "Competition", "seller": "Operations", "brand": "Operations"},
        ),
    ],
    ids=["brand-ongoing", "brand-over", "platform-ongoing", "platform-over"],
)
def test_an_outage_is_labelled_by_what_it_asks_of_each_reader(
    kind: str, until: str, labels: dict[str, str]
) -> None:
    """Once an outage is over its meanings are about sorting out what ran
    during it, a brand's rivals win its shoppers and its makers wait for its
    orders: every point was labelled 'Risk' (seed m-and-s-cyber-attack-2025)."""
    text = _brief("disruption", kind, "en", until)
    for reader, label in labels.items():
        assert text[reader].split("\n1. ")[1].startswith(f"**{label}**"), (reader, text[reader])


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_a_brand_leaving_a_market_is_news_to_its_rivals_makers_and_providers(lang: str) -> None:
    text = _brief("market_exit", "brand", lang)
    said = {
        "en": {
            "brand": "**Competition**: A rival leaves the market: its "
            "shoppers there will buy elsewhere",
            "factory": "**Risk**: If you make goods Alpha sells in",
            "service_provider": "**Risk**: Alpha's logistics and "
            "marketing work in the market winds down",
        },
        "zh-Hans": {
            "brand": "**竞争格局**：对手退出",
            "factory": "**风险提示**：如果你为甲生产",
            "service_provider": "**风险提示**：甲在",
        },
    }[lang]
    for reader, start in said.items():
        assert start in text[reader], text[reader]
    assert "1. " not in _brief("market_exit", "government", lang)["brand"]


def test_new_rules_reach_the_factories_that_make_the_goods() -> None:
    """A public rule binds the goods; a platform's rules reach a factory only
    when they are about the goods (``area: products``: test_policy_areas)."""
    said = "check specifications, labels and certificates with your buyers now"
    assert said in _brief("policy_change", "government")["factory"]
    assert "1. " not in _brief("policy_change", "platform")["factory"]
    assert "1. " not in _brief("policy_change", "brand")["factory"]
