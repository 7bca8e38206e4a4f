"""A fee on sales set by category with no old rates (Shopee Indonesia's admin
fee from January 2026: 10% for FMCG, 4.25% to 6.75% for baby goods and
jewellery; seed shopee-tokopedia-admin-fees-2026).

No rule told such levels (``base_change`` needs the old ones), so the readers
got only the editor's dated event ("higher fees apply: work out each order's
margin") with no figure to work it out on. ``fee_schedule`` tells the rates,
dearest first, how far apart the dearest and cheapest categories are, and
folds in the fee change of that month, which no section then says again."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.rules import derive

ENTITIES = (
    "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Alpha}}\n"
    "  fm: {kind: product, name: {zh-Hans: 快消品, en: FMCG}}\n"
    "  baby: {kind: product, name: {zh-Hans: 母婴用品, en: baby goods}}\n"
    "  toys: {kind: product, name: {zh-Hans: 玩具, en: toys}}\n"
)
RATES = (
    "  r1: {metric: commission_fee, entity: p, segment: baby, period: '2026-01',"
    " value: [4.25, 6.75], unit: percent, source: {quote: 原文一}}\n"
    "  r2: {metric: commission_fee, entity: p, segment: fm, period: '2026-01', value: 10,"
    " unit: percent, source: {quote: 原文二}}\n"
)
EVENT = (
    "  ev: {event: fee_change, entity: p, date: '2026-01', direction: up,"
    " text: {zh-Hans: 甲平台调整管理费, en: Alpha restructured its admin fees},"
    " source: {quote: 原文三}}\n"
)


def _story(facts: str = RATES + EVENT, published: str = "2026-01-21"):  # type: ignore[no-untyped-def]
    return mini_story(ENTITIES, facts, published=published)


def test_the_rates_are_told_dearest_first_with_the_gap_between_the_ends() -> None:
    [t] = [t for t in derive(_story()).takeaways if t.rule == "fee_schedule"]
    assert [f.id for f in t.values["rates"]] == ["r2", "r1"]  # type: ignore[union-attr]
    assert t.values["cheapest"].id == "r1"  # type: ignore[union-attr]
    assert str(t.values["gap"].value) == "5.75"  # type: ignore[union-attr]
    assert t.values["up"] is True and t.values["past"] is True
    assert t.facts == ("r2", "r1", "ev")


def test_the_point_folds_in_the_change_and_no_section_tells_the_event_again() -> None:
    en = sections(_story(), "en")
    assert (
        "Alpha raised its commission in January 2026, to rates set by category: 10% on FMCG,"
        " and 4.25%–6.75% on baby goods, so the dearest category pays up to 5.75 percentage"
        " points more of each sale than the cheapest." in en["general"]
    )
    assert all("restructured" not in text for text in en.values())
    zh = sections(_story(), "zh-Hans")
    assert ("2026年1月，甲平台上调佣金，按类目收取：快消品10%，母婴用品4.25%至6.75%；"
            "费率最高与最低的类目最多相差5.75个百分点。") in zh["general"]


def test_each_reader_is_told_something_of_its_own() -> None:
    en = sections(_story(), "en")
    assert "lines in FMCG pay 10% of each sale, against 4.25%–6.75% in baby goods" in en["seller"]
    assert "selling FMCG on Alpha has cost 10% of each sale" in en["brand"]
    assert "expect them to press your quotes on those lines" in en["factory"]
    assert "which category each of their listings is filed under" in en["service_provider"]
    assert "set your own category rates against Alpha's, starting with FMCG" in en[
        "platform_operator"
    ]
    assert "track whether sellers of FMCG, its dearest lines, move" in en["researcher"]


def test_three_categories_and_a_future_change_without_an_event() -> None:
    toys = ("  r3: {metric: commission_fee, entity: p, segment: toys, period: '2026-03-01',"
            " value: 8, unit: percent, source: {quote: 原文四}}\n")
    facts = RATES.replace("'2026-01'", "'2026-03-01'") + toys
    en = sections(_story(facts, published="2026-02-10"), "en")
    assert ("Alpha's commission is set by category from March 1, 2026: 10% on FMCG; 8% on"
            " toys; and 4.25%–6.75% on baby goods, so the dearest category pays up to 5.75"
            " percentage points more") in en["general"]
    assert "Starting March 1, 2026, selling FMCG on Alpha costs 10% of each sale" in en["brand"]


def test_no_schedule_for_one_category_one_rate_or_rates_moved_from_a_base() -> None:
    one = RATES.split("\n")[1] + "\n"
    assert not [t for t in derive(_story(one)).takeaways if t.rule == "fee_schedule"]
    same = RATES.replace("value: [4.25, 6.75]", "value: 10")
    assert not [t for t in derive(_story(same)).takeaways if t.rule == "fee_schedule"]
    old = ("  r0: {metric: commission_fee, entity: p, segment: fm, period: '2025-12', value: 8,"
           " unit: percent, source: {quote: 原文四}}\n")
    moved = RATES.replace("unit: percent, source: {quote: 原文二}",
                          "unit: percent, base: r0, source: {quote: 原文二}") + old
    rules = {t.rule for t in derive(_story(moved)).takeaways}
    assert "fee_schedule" not in rules and "base_change" in rules
    # a segment's rate in another period with no base link: its move is told, not a schedule
    unlinked = RATES + old.replace("segment: fm", "segment: baby")
    assert not [t for t in derive(_story(unlinked)).takeaways if t.rule == "fee_schedule"]


def test_rates_by_type_of_seller_are_told_as_tiers_not_categories() -> None:
    tiers = (
        "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Alpha}}\n"
        "  star: {kind: group, name: {zh-Hans: 星级卖家, en: Star sellers}}\n"
        "  plain: {kind: group, name: {zh-Hans: 非星级卖家, en: non-Star sellers}}\n"
    )
    facts = (
        "  r1: {metric: commission_fee, entity: p, segment: plain, period: '2025-03-01', value: 8,"
        " unit: percent, source: {quote: 原文一}}\n"
        "  r2: {metric: commission_fee, entity: p, segment: star, period: '2025-03-01',"
        " value: 2.5, unit: percent, source: {quote: 原文二}}\n"
    )
    s = mini_story(tiers, facts, published="2025-03-05")
    en = sections(s, "en")
    assert ("Alpha's commission has been set by type of seller since March 1, 2025: 8% for"
            " non-Star sellers, and 2.5% for Star sellers, so the dearest tier pays 5.5"
            " percentage points more") in en["general"]
    assert "Your tier now sets what Alpha takes: non-Star sellers pay 8% of each sale" in en[
        "seller"
    ]
    assert "category" not in "".join(en.values())
    assert "Non-Star sellers on Alpha pay its top rate" in en["service_provider"]
    zh = sections(s, "zh-Hans")
    assert "甲平台的佣金按卖家类型收取" in zh["general"]
    assert "现在看你属于哪一档" in zh["seller"]
