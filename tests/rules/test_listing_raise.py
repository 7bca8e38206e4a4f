"""listing_raise: a brand or a platform going public (Reuters on Mixue,
March 2025: US$444 million raised in Hong Kong, shares up nearly 30% on the
first day, over 45,000 stores, more than 99% of them franchised). As the
capital news ``listings`` tells, every reader's section said the article had
no bearing on it; it is cash to grow with, read from each reader's side."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.rules import derive

OTHERS = (
    "  x: {kind: exchange, name: {zh-Hans: 港交所, en: HKEX}, term: hkex}\n"
    "  r: {kind: brand, name: {zh-Hans: 乙, en: Beta}}\n"
    "  fr: {kind: channel, name: {zh-Hans: 加盟店, en: franchised}}\n"
)
LISTING = (
    "  l: {event: listing, entity: a, date: '2025-03-03', parties: [x], source: {quote: 原文二}}\n"
    "  raised: {metric: ipo_proceeds, entity: a, period: '2025-03-03', value: 444, "
    "scale: million, currency: USD, source: {quote: 原文一}}\n"
    "  d1: {metric: share_price, measure: change, entity: a, period: '2025-03-03', value: 30, "
    "unit: percent, qualifier: nearly, source: {quote: 原文二}}\n"
    "  rl: {event: listing, entity: r, date: '2025-02-12', parties: [x], source: {quote: 原文三}}\n"
    "  r1: {metric: share_price, measure: change, entity: r, period: '2025-02-12', value: -10, "
    "unit: percent, source: {quote: 原文三}}\n"
)
STORES = (
    "  st: {metric: stores, entity: a, period: '2024-09-30', value: 45000, qualifier: over, "
    "unit: stores, source: {quote: 原文四}}\n"
    "  fs: {metric: stores, measure: share, entity: a, segment: fr, period: '2024-09-30', "
    "value: 99, qualifier: over, unit: percent, source: {quote: 原文四}}\n"
)


def _story(kind: str, facts: str = LISTING) -> object:
    return mini_story(f"  a: {{kind: {kind}, name: {{zh-Hans: 甲, en: Alpha}}}}\n" + OTHERS, facts,
                      published="2025-03-03")


def _firsts(s: dict[str, str]) -> list[str]:
    return [line for r in READERS for line in s[r].splitlines() if line.startswith("1. ")]


def test_a_brands_listing_is_cash_to_grow_with_for_every_reader_but_its_sellers() -> None:
    story = _story("brand")
    [t] = [t for t in derive(story).takeaways if t.rule == "listing_raise"]
    assert t.facts == ("l", "raised", "d1")
    assert not [t for t in derive(story).takeaways if t.rule == "listings"]
    en = sections(story, "en")
    assert ("Alpha listed on HKEX on March 3, 2025, raising US$444 million; its shares rose "
            "nearly 30% on the first day.") in en["general"]
    assert "expect a rival that opens stores faster" in en["brand"]
    assert "pitch for its supply contracts" in en["factory"]
    assert "store fit-outs, logistics, marketing and systems" in en["service_provider"]
    assert "court it for your channel" in en["platform_operator"]
    assert "while Beta's fell 10% on its own debut" in en["researcher"]
    assert "1. " not in en["seller"]  # no franchisees in the story: no seller of its own
    firsts = _firsts(en)
    assert len(firsts) == 5
    assert len({line.split(": ", 1)[1][:30] for line in firsts}) == len(firsts)  # no two alike
    zh = sections(story, "zh-Hans")
    assert "甲于2025年3月3日在港交所上市，募资4.44亿美元，首日股价上涨近30%。" in zh["general"]
    assert "古茗" not in zh["researcher"] and "乙上市首日则下跌10%" in zh["researcher"]


def test_franchisees_are_a_brands_sellers() -> None:
    en = sections(_story("brand", LISTING + STORES), "en")
    assert ("More than 99% of Alpha's more than 45,000 stores are franchised: if you run one or "
            "weigh joining") in en["seller"]
    assert "more than 45,000 stores to supply" in en["factory"]
    assert "Fresh from its listing, Alpha has US$444 million and more than 45,000 stores" in en[
        "platform_operator"
    ]
    zh = sections(_story("brand", LISTING + STORES), "zh-Hans")
    assert "甲的超4.5万家门店中超99%是加盟店" in zh["seller"]


def test_a_platforms_listing_is_traffic_for_sellers_and_a_rivals_war_chest() -> None:
    en = sections(_story("platform"), "en")
    assert "expect it to spend on traffic" in en["seller"] or "to spend on traffic" in en["seller"]
    assert "expect a push on" in en["platform_operator"]
    assert "marketing, logistics and technology" in en["service_provider"]
    assert "Beta" not in en["researcher"]  # a brand's debut is no platform's yardstick
    assert "Sellers on Alpha will grow with the traffic" in en["factory"]  # it buys no stock
    firsts = _firsts(en)
    assert len({line.split(": ", 1)[1][:30] for line in firsts}) == len(firsts)  # no two alike


def test_a_companys_listing_stays_capital_news() -> None:
    story = _story("company")
    assert not [t for t in derive(story).takeaways if t.rule == "listing_raise"]
    assert [t for t in derive(story).takeaways if t.rule == "listings"]
    en = sections(story, "en")
    assert all("1. " not in en[r] for r in READERS if r != "researcher")


def test_a_rivals_move_on_another_day_is_no_debut_and_its_earlier_listing_no_news() -> None:
    """Only a rival's move on its own listing day is read as its debut; its
    earlier listing is the yardstick, told to no reader as news of its own."""
    story = _story("brand")
    assert [t.facts[0] for t in derive(story).takeaways if t.rule == "listing_raise"] == ["l"]
    moved = LISTING.replace("period: '2025-02-12', value: -10", "period: '2025-03-03', value: -7")
    en = sections(_story("brand", moved), "en")
    assert "Beta" not in en["researcher"]
    assert "track whether the share price holds" in en["researcher"]
