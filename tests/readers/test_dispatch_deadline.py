"""A platform's dispatch deadline (TikTok Shop: an order in transit within 4
business days from January 12, 2026, then within 2 from January 26, and
US$5 per late order once a shop's late share passes 10%). As a bare
``policy_change`` every reader got a compliance line ("documents, labels or
test reports"); rule ``dispatch_deadline`` reads the deadline against the
one it replaces, with the penalty, and tells each reader what it means:
stock near buyers, distributors' stock, earlier stock orders, warehousing to
sell, a standard to match, late orders to track."""

from __future__ import annotations

from ministory import first_points, mini_story, sections

PLATFORM = "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Alpha}}\n"
EVENT = (
    "  ev: {event: policy_change, entity: p, date: '2026-01-26', "
    "text: {zh-Hans: 甲平台收紧发货时效, en: Alpha tightens its dispatch deadline}, "
    "source: {quote: 原文一}}\n"
)
LIMIT = (
    "  lim: {metric: late_dispatch_limit, entity: p, value: 10, unit: percent, "
    "qualifier: over, source: {quote: 原文三}}\n"
)
FINE = (
    "  fine: {metric: late_dispatch_penalty, entity: p, value: 5, currency: USD, per: order, "
    "source: {quote: 原文四}}\n"
)


def _deadline(value: int, fid: str, period: str, unit: str = "business_days") -> str:
    return (
        f"  {fid}: {{metric: dispatch_deadline, entity: p, value: {value}, unit: {unit}, "
        f"period: '{period}', source: {{quote: 原文二}}}}\n"
    )


PHASES = _deadline(4, "one", "2026-01-12/2026-01-25") + _deadline(2, "two", "2026-01-26")


def _brief(facts: str, lang: str = "en", published: str = "2026-01-09") -> dict[str, str]:
    return sections(mini_story(PLATFORM, facts, published=published), lang)


def test_a_second_phase_is_read_against_the_first_with_the_penalty_in_one_point() -> None:
    s = _brief(EVENT + PHASES + LIMIT + FINE)
    assert (
        "1. From January 26, 2026, Alpha will require sellers to ship each order within 2 "
        "business days, down from the 4 business days it allows from January 12, 2026; a shop "
        "with more than 10% of its orders shipped late will pay US$5 for each late order."
    ) in s["general"]
    assert "2. " not in s["general"]  # the first phase and the event are that point's
    assert "Alpha tightens its dispatch deadline" not in s["general"]
    zh = _brief(EVENT + PHASES + LIMIT + FINE, "zh-Hans")
    assert (
        "从2026年1月26日起，甲平台要求卖家在下单后2个工作日内发货，比2026年1月12日起执行的"
        "4个工作日再缩短2个工作日；延迟发货订单占比超过10%的店铺，每笔延迟订单将赔付5美元。"
    ) in zh["general"]
    hk = _brief(EVENT + PHASES, "zh-Hant")
    assert "2個工作日內出貨" in hk["general"]  # Taiwan ships with 出貨


def test_each_reader_reads_its_own_side_of_a_shorter_deadline() -> None:
    points = first_points(_brief(EVENT + PHASES + LIMIT + FINE))
    assert points["seller"].startswith("1. **Operations**: From January 26, 2026, Alpha gives")
    assert "no time to buy or make goods after an order" in points["seller"]
    assert "since past 10% each one costs US$5" in points["seller"]
    assert "through distributors or your own shop" in points["brand"]
    assert points["factory"].startswith("1. **Demand**: Sellers on Alpha must ship within 2")
    assert "order earlier and in steadier batches" in points["factory"]
    assert points["service_provider"].startswith("1. **Opportunity**")
    assert "local warehousing" in points["service_provider"]
    assert points["platform_operator"].startswith("1. **Competition**")
    assert points["researcher"].startswith("1. **For research**")
    assert len(set(points.values())) == len(points)  # no reader's point is another's
    assert not any("labels or test reports" in p for p in points.values())


def test_a_longer_deadline_is_slack_and_tells_no_factory() -> None:
    facts = _deadline(2, "one", "2025-06-01") + _deadline(3, "two", "2026-01-26")
    s = _brief(facts)
    assert "within 3 business days, up from 2 business days before." in s["general"]
    points = first_points(s)
    assert points["factory"] == ""
    assert "made-to-order and pre-sale goods easier to sell" in points["seller"]
    assert points["service_provider"].startswith("1. **Risk**")
    zh = _brief(facts, "zh-Hans")
    assert "比此前的2个工作日放宽1个工作日。" in zh["general"]


def test_a_deadline_in_force_with_nothing_before_it_is_standing_terms() -> None:
    s = _brief(_deadline(48, "one", "2025-06-01", "hours"))
    assert "48 hours" not in s["general"]
    s = _brief(
        EVENT.replace("2026-01-26", "2025-06-01") + _deadline(48, "one", "2025-06-01", "hours")
    )
    assert (
        "Since June 1, 2025, Alpha has required sellers to ship each order within 48 hours."
        in s["general"]
    )


def test_a_penalty_alone_is_told_per_order() -> None:
    s = _brief(EVENT + _deadline(2, "two", "2026-01-26") + FINE)
    assert (
        "within 2 business days; each order shipped late will cost the shop US$5." in s["general"]
    )


def test_a_penalty_with_no_deadline_is_a_point_of_its_own() -> None:
    """An article that gives the charge for shipping late but no deadline:
    the penalty is told once, from the rule change's day, and each reader
    reads its side of it (no factory)."""
    s = _brief(EVENT + LIMIT + FINE)
    assert (
        "1. From January 26, 2026, a shop on Alpha with more than 10% of its orders shipped "
        "late will pay US$5 for each late order." in s["general"]
    )
    assert "2. " not in s["general"]  # the rule change is that point's
    points = first_points(s)
    assert points["seller"].startswith("1. **Your costs**: Shipping late on Alpha now costs")
    assert points["service_provider"].startswith("1. **Opportunity**")
    assert points["factory"] == ""
    assert len(set(points.values()) - {""}) == 5
    zh = _brief(LIMIT + FINE, "zh-Hans")
    assert "甲平台上延迟发货订单占比超过10%的店铺，每笔延迟订单须赔付5美元。" in zh["general"]
