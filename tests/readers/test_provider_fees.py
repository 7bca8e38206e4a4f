"""A logistics company's fees are its clients' costs and its rivals' opening,
not a platform operator's income: the same move by a platform is that
platform's pricing. A fee written to the cent keeps its cents."""

from __future__ import annotations

import pytest
from ministory import mini_story, sections

ENTITY = "  p: {{kind: {kind}, name: {{zh-Hans: 速达仓配, en: SwiftFill}}}}\n"
MOVE = (
    "  a: {metric: fulfilment_fee, entity: p, period: '2025-01-15', value: 3.22, currency: USD, "
    "per: unit, source: {quote: 原文一}}\n"
    "  b: {metric: fulfilment_fee, entity: p, period: '2026-01-15', value: 3.40, currency: USD, "
    "per: unit, base: a, source: {quote: 原文二}}\n"
)
ANNOUNCED = (
    "  c: {event: fee_change, entity: p, date: '2026-01-15', text: {zh-Hans: 速达仓配宣布调整收费, "
    "en: SwiftFill announced new fees}, source: {quote: 原文三}}\n"
)


def _points(section: str) -> list[str]:
    return [line for line in section.splitlines() if line[:1].isdigit()]


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "from US$3.22 a unit to US$3.40"), ("zh-Hans", "从每件3.22美元上调至3.40美元")],
)
def test_a_fee_written_to_the_cent_keeps_its_cents(lang: str, said: str) -> None:
    story = mini_story(ENTITY.format(kind="company"), MOVE, published="2026-02-01")
    assert said in sections(story, lang)["general"]


@pytest.mark.parametrize("facts", [MOVE, ANNOUNCED], ids=["figures", "event"])
def test_a_companys_fee_is_no_platform_operators_income(facts: str) -> None:
    company = sections(mini_story(ENTITY.format(kind="company"), facts, "2026-02-01"), "en")
    platform = sections(mini_story(ENTITY.format(kind="platform"), facts, "2026-02-01"), "en")
    assert _points(company["platform_operator"]) == []
    assert "**Pricing**" in platform["platform_operator"]
    for reader in ("seller", "brand"):  # its clients' costs either way
        assert "**Your costs**" in company[reader]


@pytest.mark.parametrize(
    ("lang", "rival", "yardstick"),
    [
        (
            "en",
            "SwiftFill's service gets dearer, an opening to win its clients over on price",
            "against other providers' rates, and track whether its clients stay",
        ),
        (
            "zh-Hans",
            "速达仓配的服务变贵，正是以价格争取其客户的机会",
            "可与其他服务商的同类收费对比",
        ),
    ],
)
def test_a_rival_provider_and_a_researcher_read_a_providers_rate(
    lang: str, rival: str, yardstick: str
) -> None:
    text = sections(mini_story(ENTITY.format(kind="company"), MOVE, "2026-02-01"), lang)
    assert rival in text["service_provider"]
    assert "platform" not in text["service_provider"] and "平台" not in text["service_provider"]
    assert yardstick in text["researcher"]


STEP = (
    "  d: {metric: fulfilment_fee, measure: change, entity: p, period: '2026-01-15', "
    "value: 0.18, currency: USD, per: unit, source: {quote: 原文四}}\n"
)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "Since January 15, 2026, SwiftFill's fulfilment fee is US$0.18 a unit higher: its "
            "service gets dearer, an opening to win its clients over on price.",
        ),
        ("zh-Hans", "速达仓配的配送费每件上涨0.18美元，正是以价格争取其客户的机会。"),
    ],
)
def test_a_stated_rise_by_a_provider_is_its_rivals_opening(lang: str, said: str) -> None:
    text = sections(mini_story(ENTITY.format(kind="company"), STEP, "2026-02-01"), lang)
    assert said in text["service_provider"], text["service_provider"]
    assert _points(text["platform_operator"]) == []
