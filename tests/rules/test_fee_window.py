"""Fees changed for a window (a platform waiving commission for new sellers
until a day, a peak surcharge): the service provider, the platform operator
and the researcher were told "Every rule change leaves clients needing new
costings…", "The terms end on…" and "This change is worth tracking"."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

ENTITIES = (
    "  a: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
    "  new: {kind: group, plural: true, reader: seller, name: {zh-Hans: 新入驻卖家, "
    "en: new sellers}}\n"
)


def _sections(direction: str, whom: str, lang: str = "en") -> dict[str, str]:
    facts = (
        f"  w: {{event: fee_change, entity: a{whom}, direction: {direction}, date: '2025-03-01', "
        "until: '2025-05-31', text: {zh-Hans: 甲调整佣金, en: Alpha changed its commission}, "
        "source: {quote: 原文一}}\n"
    )
    return sections(mini_story(ENTITIES, facts, published="2025-02-20"), lang)


def test_a_waiver_for_new_sellers_is_a_window_to_open_a_store_in() -> None:
    en = _sections("down", ", object: new")
    assert "If you are not on Alpha yet, a store opened before May 31, 2025" in en["seller"]
    assert "New sellers opening stores on Alpha while its fees are lower" in en["service_provider"]
    assert "Alpha is courting new sellers with lower fees until May 31, 2025" in en[
        "platform_operator"]
    assert "how many stay once the old fees return after May 31, 2025" in en["researcher"]
    assert not any("worth tracking" in en[r] or "Every rule change" in en[r] for r in READERS)
    zh = _sections("down", ", object: new", "zh-Hans")
    assert "原费用恢复（2025年5月31日）后有多少留下" in zh["researcher"]


def test_a_window_of_higher_fees_is_prices_to_watch_fall_back() -> None:
    en = _sections("up", "")
    assert "whether they fall back once the higher fees end after May 31, 2025" in en["researcher"]
    assert "If you are not on Alpha yet" not in en["seller"]
    assert "set prices and stock for that window" in en["seller"]


def test_a_rival_providers_window_of_higher_fees_is_clients_to_win() -> None:
    entities = ENTITIES.replace("kind: platform", "kind: company")
    facts = (
        "  w: {event: fee_change, entity: a, direction: up, date: '2025-03-01', until: '2025-05-31', "
        "text: {zh-Hans: 甲加收附加费, en: Alpha added a surcharge}, source: {quote: 原文一}}\n"
    )
    en = sections(mini_story(entities, facts, published="2025-02-20"), "en")
    assert "Alpha charges more until May 31, 2025: a window to win its clients on price" in en[
        "service_provider"]
