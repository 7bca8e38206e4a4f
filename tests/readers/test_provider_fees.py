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
            "Ever since January 15, 2026, SwiftFill's fulfilment fee is US$0.18 a unit higher: its "
            "service gets dearer, an opening to win its clients over on price.",
        ),
        ("zh-Hans", "速达仓配的配送费每件上涨0.18美元，正是以价格争取其客户的机会。"),
    ],
)
def test_a_stated_rise_by_a_provider_is_its_rivals_opening(lang: str, said: str) -> None:
    text = sections(mini_story(ENTITY.format(kind="company"), STEP, "2026-02-01"), lang)
    assert said in text["service_provider"], text["service_provider"]
    assert _points(text["platform_operator"]) == []


def _announced(direction: str) -> str:
    way = f"direction: {direction}, " if direction else ""
    return (
        f"  c: {{event: fee_change, entity: p, date: '2026-01-15', {way}"
        "text: {zh-Hans: 速达仓配调整收费, en: SwiftFill changed its fees}, source: {quote: 原文三}}\n"
    )


@pytest.mark.parametrize(
    ("lang", "direction", "brand", "rival", "research"),
    [
        (
            "en",
            "up",
            "SwiftFill's service has cost more since January 15, 2026: get quotes",
            "SwiftFill's service has got dearer since January 15, 2026: an opening to win",
            "Compare SwiftFill's higher fees with what other providers charge",
        ),
        (
            "en",
            "down",
            "SwiftFill's service has cost less since January 15, 2026",
            "expect clients to ask you to match it",
            "to tell an industry-wide cut from SwiftFill's own",
        ),
        (
            "en",
            "",
            "Set SwiftFill's new fees against other service providers' quotes",
            "SwiftFill has charged new fees since January 15, 2026: its clients will compare",
            "Compare SwiftFill's new fees with what other providers charge",
        ),
        (
            "zh-Hans",
            "up",
            "速达仓配的服务已经变贵：下次签约前多找几家服务商比价",
            "速达仓配的服务变贵，正是以价格争取其客户的机会",
            "可把速达仓配上调后的费用与同行对同类服务的收费对比",
        ),
        (
            "zh-Hans",
            "down",
            "速达仓配的服务已经变便宜：值得拿它的报价与现有服务商对比",
            "客户可能要求你跟进降价",
            "区分全行业降价与速达仓配自身的调整",
        ),
    ],
)
def test_a_companys_announced_fees_are_a_service_to_requote_and_a_rivals_clients(
    lang: str, direction: str, brand: str, rival: str, research: str
) -> None:
    """A carrier's or a warehouse's fees raised or cut without figures: a
    brand requotes a service (not a channel), a rival provider reads clients
    to win or a price to match, a researcher other providers' fees; a
    platform operator is not told, and no two readers read the same point."""
    story = mini_story(ENTITY.format(kind="company"), _announced(direction), "2026-02-01")
    text = sections(story, lang)
    assert brand in text["brand"] and "channel" not in text["brand"]
    assert rival in text["service_provider"]
    assert research in text["researcher"]
    assert _points(text["platform_operator"]) == []
    points = [p.split(" ", 1)[1] for r in text if r != "general" for p in _points(text[r])]
    assert len(points) == len(set(points)) == 4
    if direction == "down":  # a carrier's cut is no cheaper line to list "there"
        assert "there" not in text["seller"] and "上架" not in text["seller"]


def test_a_governments_fees_are_no_service_to_requote() -> None:
    story = mini_story(ENTITY.format(kind="government"), _announced("up"), "2026-02-01")
    text = sections(story, "en")
    assert "service" not in text["brand"] and _points(text["service_provider"]) == []
