"""A carrier cutting staff (UPS, 28 January 2026; entity ``carrier: true``).

Every company's cut was read as a buyer's: a seller was told UPS "may slow
its orders and payments", a factory "if UPS buys from you, expect smaller
orders" and a brand to "watch whether it pulls back on marketing and
stock". A carrier's cut is capacity its shippers lose; a factory has no
stake in it."""

from __future__ import annotations

import pytest
from ministory import mini_story, sections

FACTS = (
    "  cut: {metric: employees, measure: change, entity: ups, period: FY2026, "
    "value: -30000, unit: employees, qualifier: up_to, source: {quote: 原文}}\n"
)


def _brief(carrier: bool, lang: str) -> dict[str, str]:
    flag = "carrier: true, " if carrier else ""
    ups = f"  ups: {{kind: company, {flag}name: {{zh-Hans: UPS, en: UPS}}}}\n"
    return sections(mini_story(ups, FACTS, published="2026-01-28"), lang)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", {
            "seller": "will have fewer hands at peak: expect slower pickups and claims",
            "brand": "If UPS delivers your direct orders, expect slower pickups and transit",
            "service_provider": "experienced drivers and depot staff to hire",
            "platform_operator": "Delivery promises that rest on UPS may slip",
        }),
        ("zh-Hans", {
            "seller": "旺季人手更紧：揽收和理赔可能变慢",
            "brand": "如果你的直营订单由UPS配送",
            "service_provider": "可以招揽有经验的司机和网点人手",
            "platform_operator": "依赖它的配送时效承诺可能落空",
        }),
    ],
)  # fmt: skip
def test_a_carriers_cut_is_capacity_its_shippers_lose(lang: str, said: dict[str, str]) -> None:
    s = _brief(True, lang)
    for reader, part in said.items():
        assert part in s[reader], (reader, s[reader])
    assert "UPS" not in s["factory"]
    assert "orders and payments" not in s["seller"] and "下单和付款" not in s["seller"]


def test_a_company_that_is_no_carrier_is_still_read_as_a_buyer() -> None:
    s = _brief(False, "en")
    assert "may slow its orders and payments" in s["seller"]
    assert "If UPS buys from you" in s["factory"]


def test_a_carriers_cuts_with_no_headcount_read_the_same_way() -> None:
    """A bare ``layoffs`` event (no employees figure) took the vocabulary's
    company stances: the brand's carrier sentence was labelled Competition,
    the provider's drivers to hire Risk, the factory read a stock line
    ("Business models built on the old way need rethinking") and the
    platform got nothing."""
    ups = "  ups: {kind: company, carrier: true, name: {zh-Hans: UPS, en: UPS}}\n"
    cut = (
        "  cut: {event: layoffs, entity: ups, date: '2026-01-20', "
        "text: {zh-Hans: UPS宣布裁员, en: UPS announced job cuts}, source: {quote: 原文}}\n"
    )
    text = sections(mini_story(ups, cut, published="2026-01-28"), "en")
    assert "**Risk**: If UPS delivers your direct orders" in text["brand"]
    assert "**Opportunity**: UPS is cutting staff: experienced drivers" in text["service_provider"]
    assert "**Risk**: Delivery promises that rest on UPS may slip" in text["platform_operator"]
    assert "nothing here calls for a factory's attention" in text["factory"]


def test_a_carrier_stopping_shipments_asks_each_reader_for_another_carrier() -> None:
    """DHL suspending consumer parcels over $800 to the US (seed
    dhl-us-b2c-suspension-2025) was a ``disruption`` read as a port's strike:
    "Imports through DHL are stuck while the stoppage lasts: … move urgent
    goods by air or through other ports"."""
    ents = (
        "  dhl: {kind: company, carrier: true, name: {zh-Hans: DHL, en: DHL}}\n"
        "  big: {kind: product, name: {zh-Hans: 高价包裹, en: parcels over $800}}\n"
    )
    stop = (
        "  s: {event: disruption, entity: dhl, object: big, date: '2025-04-21', "
        "text: {zh-Hans: DHL暂停高价包裹, en: DHL suspended parcels over $800}, "
        "source: {quote: 原文}}\n"
    )
    text = sections(mini_story(ents, stop, published="2025-04-20"), "en")
    assert (
        "**Risk**: If you ship parcels over $800 with DHL, book them with another carrier"
        in text["seller"]
    )
    assert "Direct orders you send as parcels over $800 need another carrier" in text["brand"]
    assert "**Opportunity**: Shippers need another carrier" in text["service_provider"]
    assert "must switch carriers while it lasts" in text["platform_operator"]
    assert "whether other carriers follow" in text["researcher"]
    assert "ports" not in "".join(text.values())
    assert "nothing here calls for a factory's attention" in text["factory"]


def test_a_carriers_stoppage_that_is_over_is_sorted_out_not_a_risk() -> None:
    ents = "  dhl: {kind: company, carrier: true, name: {zh-Hans: DHL, en: DHL}}\n"
    stop = (
        "  s: {event: disruption, entity: dhl, date: '2025-04-21', until: '2025-05-05', "
        "text: {zh-Hans: DHL暂停高价包裹, en: DHL suspended parcels over $800}, "
        "source: {quote: 原文}}\n"
    )
    text = sections(mini_story(ents, stop, published="2025-05-10"), "en")
    assert "**Operations**: DHL is carrying the shipments it had stopped again" in text["seller"]
    assert "**Competition**: Shippers who moved to you while DHL stopped" in (
        text["service_provider"]
    )
    assert "Risk" not in text["seller"] + text["brand"] + text["platform_operator"]
