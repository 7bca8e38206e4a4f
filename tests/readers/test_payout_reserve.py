"""A platform's hold on its sellers' money (Amazon's DD+7: each order's money
becomes available seven days after delivery, from March 12, 2026). Before,
such a story was a bare ``policy_change`` and every reader got a compliance
line ("have the documents, labels or test reports ready"). Now rule
``payout_reserve`` reads the hold, against the old one when there is one,
and each reader is told what it does to its cash: waiting, a channel's
cost, customers short of cash, advances to sell, an argument for rivals."""

from __future__ import annotations

from ministory import first_points, mini_story, sections

PLATFORM = "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Alpha}}\n"
EVENT = (
    "  ev: {event: policy_change, entity: p, date: '2026-03-12', "
    "text: {zh-Hans: 甲平台调整回款规则, en: Alpha changes its payout rules}, "
    "source: {quote: 原文一}}\n"
)


def _hold(days: int, fid: str = "h", period: str = "2026-03-12", base: str = "") -> str:
    return (
        f"  {fid}: {{metric: payout_reserve, entity: p, value: {days}, unit: days, "
        f"period: '{period}', {base}source: {{quote: 原文二}}}}\n"
    )


def _brief(facts: str, lang: str = "en", published: str = "2025-09-30") -> dict[str, str]:
    return sections(mini_story(PLATFORM, facts, published=published), lang)


def test_a_new_hold_is_told_once_with_its_date_and_the_event_is_not_repeated() -> None:
    s = _brief(EVENT + _hold(7))
    assert (
        "From March 12, 2026, Alpha will hold the money from each order until 7 days after "
        "delivery before sellers can withdraw it." in s["general"]
    )
    assert "Alpha changes its payout rules" not in s["general"]  # the hold tells that news
    zh = _brief(EVENT + _hold(7), "zh-Hans")
    assert "从2026年3月12日起，甲平台每笔订单的货款要到妥投后7天才能由卖家提现。" in zh["general"]


def test_each_reader_reads_its_own_side_of_a_longer_hold() -> None:
    points = first_points(_brief(EVENT + _hold(7)))
    assert points["seller"].startswith("1. **Cash flow**: From March 12, 2026, Alpha will pay")
    assert "every day a parcel spends in transit delays your money" in points["seller"]
    assert "channels that pay sooner" in points["brand"]
    assert points["factory"].startswith("1. **Risk**: Sellers on Alpha will be paid later")
    assert "longer payment terms" in points["factory"]
    assert points["service_provider"].startswith("1. **Opportunity**")
    assert "advances on payouts" in points["service_provider"]
    assert points["platform_operator"].startswith("1. **Competition**")
    assert points["researcher"].startswith("1. **For research**")
    assert len(set(points.values())) == len(points)  # no reader's point is another's
    # the editor's policy change is not told again as a compliance rule
    assert not any("labels or test reports" in p for p in points.values())


def test_a_longer_hold_against_the_old_one_gives_the_one_off_gap() -> None:
    facts = EVENT + _hold(3, "old", "2025-06-01") + _hold(7, base="base: old, ")
    s = _brief(facts)
    assert "until 7 days after delivery before sellers can withdraw it, 4 days longer " \
           "than the 3 days before." in s["general"]
    assert "about 4 days of sales paid out late once, at the switch" in s["seller"]
    assert "must bridge a wait 4 days longer" in s["service_provider"]
    zh = _brief(facts, "zh-Hans")
    assert "比此前的3天多4天。" in zh["general"]
    assert "切换前后约有4天的销售款会一次性晚到" in zh["seller"]


def test_a_shorter_hold_frees_cash_and_tells_no_factory() -> None:
    facts = _hold(14, "old", "2025-06-01") + _hold(7, base="base: old, ")
    s = _brief(facts)
    assert "7 days shorter than the 14 days before" in s["general"]
    points = first_points(s)
    assert points["factory"] == ""
    assert "comes back sooner" in points["seller"]
    assert points["service_provider"].startswith("1. **Risk**")
    assert "smaller and shorter advances" in points["service_provider"]
    assert "7 days sooner" in points["platform_operator"]


def test_a_hold_already_in_force_is_told_in_the_past() -> None:
    s = _brief(EVENT + _hold(7), published="2026-04-01")
    assert "Since March 12, 2026, Alpha has held the money from each order" in s["general"]
    assert "Since March 12, 2026, Alpha has paid out each order only 7 days" in s["seller"]
    assert "at the switch" not in s["seller"]  # the switch is behind them
    assert "plan stock and ads on the longer wait" in s["seller"]


def test_an_unchanged_hold_is_no_news() -> None:
    s = _brief(_hold(7, "old", "2025-06-01") + _hold(7, base="base: old, "))
    assert "after delivery" not in s["general"]



def test_standing_terms_with_no_change_are_no_news() -> None:
    """A hold in force when the story is written, with no old level and no
    change that day, is the platform's terms as they stand: "Since March
    12, 2026, Alpha has held …" would say it started then."""
    assert "after delivery" not in _brief(_hold(7), published="2026-04-01")["general"]
