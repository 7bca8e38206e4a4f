"""A platform's rule change read by what its rules are about (``area:``):
returns are a cost for a seller and returns work for a provider, shipping
rules are stock and carriers, rules on seller accounts are documents for a
seller and fewer copycat shops for a brand, and only rules on the goods
reach a factory. Before, every platform rule change told a factory that
"sellers may ask you for the documents, labels or test reports the new
rules require", whatever the rules were about."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from ministory import first_points, mini_story, sections

from summarizer.errors import SeedError
from summarizer.facts.load import load_story
from summarizer.pipeline import fact_rows, load_project, make_brief

PLATFORM = "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Alpha}}\n"


def _rules(area: str = "", event: str = "policy_change") -> str:
    return (
        f"  ev: {{event: {event}, entity: p, date: '2026-03-01', {area}"
        "text: {zh-Hans: 甲平台调整规则, en: Alpha changes its rules}, source: {quote: 原文一}}\n"
    )


def _points(area: str, lang: str = "en") -> dict[str, str]:
    return first_points(sections(mini_story(PLATFORM, _rules(area)), lang))


def test_rules_with_no_area_tell_no_factory() -> None:
    points = _points("")
    assert points["factory"] == ""
    assert "store settings, listings and after-sales processes" in points["seller"]


def test_rules_on_the_goods_reach_the_factory() -> None:
    points = _points("area: products, ")
    assert "documents, labels or test reports the new rules require" in points["factory"]
    assert "labels and product documents" in points["seller"]
    zh = _points("area: products, ", "zh-Hans")
    assert "检测报告" in zh["factory"]


def test_returns_rules_are_a_cost_to_sellers_and_work_for_providers() -> None:
    points = _points("area: returns, ")
    assert points["seller"].startswith("1. **Your costs**: The new returns rules apply from")
    assert "count what returns will now cost you in each product's margin" in points["seller"]
    assert points["service_provider"].startswith("1. **Opportunity**")
    assert "resale of returned goods" in points["service_provider"]
    assert points["factory"] == ""
    assert len(set(points.values()) - {""}) == 5  # each reader its own point
    zh = _points("area: returns, ", "zh-Hans")
    assert zh["seller"].startswith("1. **成本影响**：新的退货规则将于")


def test_shipping_and_account_rules_say_what_they_ask() -> None:
    ship = _points("area: fulfilment, ")
    assert "dispatch times, carriers and tracking" in ship["seller"]
    assert ship["seller"].startswith("1. **Operations**")
    accounts = _points("area: accounts, ")
    assert accounts["brand"].startswith("1. **Competition**")
    assert "fewer anonymous shops selling copies of your goods" in accounts["brand"]
    assert "registration, identity and business documents before the rules apply" in accounts["seller"]
    assert accounts["factory"] == ""


def test_search_ranking_rules_are_marketing_for_sellers_and_brands() -> None:
    """Etsy's priority placement for listings that ship free: which listings
    search shows first is marketing for a seller and a brand, listing work
    to sell for a provider, a rival's lever for a platform; no factory."""
    points = _points("area: search, ")
    assert points["seller"].startswith("1. **Marketing**: The new search ranking rules apply")
    assert "change the listings that sell most first" in points["seller"]
    assert points["brand"].startswith("1. **Marketing**")
    assert "listings on Alpha that meet them will take more of the traffic" in points["brand"]
    assert "listing audits and set-up are services to offer" in points["service_provider"]
    assert "using its search ranking to steer sellers" in points["platform_operator"]
    assert points["factory"] == ""
    assert len(set(points.values()) - {""}) == 5
    zh = _points("area: search, ", "zh-Hans")
    assert zh["seller"].startswith("1. **营销层面**：新的搜索排名规则将于")
    assert "销售你商品的店铺是否符合" in zh["brand"]


def test_an_area_belongs_to_a_policy_change_only(tmp_path: Path) -> None:
    text = (
        "story:\n  id: s\n  source: s.txt\n  title: {zh-Hans: 标题, en: Title}\n"
        "  published: '2025-11-05'\n  lede: {zh-Hans: 导语。, en: Lede.}\n"
        f"entities:\n{PLATFORM}facts:\n{_rules('area: returns, ', 'market_exit')}"
    )
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SeedError) as info:
        load_story(path)
    assert (
        "field 'facts.ev.area': only a 'policy_change' event has area, "
        "not a 'market_exit' event" in info.value.render()
    )
    r = subprocess.run(
        [sys.executable, "-m", "summarizer", "check", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 2 and "p.yaml:10:65: error: field 'facts.ev.area'" in r.stderr


def test_the_facts_table_says_what_the_rules_are_about() -> None:
    story = mini_story(PLATFORM, _rules("area: returns, "))
    rows = {lang: fact_rows(load_project(), story, lang)[0].label for lang in ("en", "zh-Hans")}
    assert rows == {"en": "policy change (returns and refunds)", "zh-Hans": "规则调整（退货退款）"}


@pytest.mark.parametrize("kind", ["platform", "government", "brand"])
@pytest.mark.parametrize(("lang", "day"), [("en", "March 1, 2026"), ("zh-Hans", "2026年3月1日")])
def test_a_rule_change_read_alone_names_its_day_once(kind: str, lang: str, day: str) -> None:
    """Each reader's point as read on its own (the event first, then what it
    means) names the day once: "apply from then on" / 届时生效 after it."""
    owner = PLATFORM.replace("platform", kind)
    story = mini_story(owner, _rules("area: returns, " if kind == "platform" else ""))
    said = [
        "".join(s.text for s in p.alone)
        for sec in make_brief(load_project(), story, lang).sections
        for p in sec.points
    ]
    assert said and all(text.count(day) <= 1 for text in said), said
    assert any(text.count(day) == 1 for text in said)


def test_returns_rules_that_ask_less_of_sellers_read_as_relief() -> None:
    """``direction: down`` on a returns rule change (refund-only orders
    ended): what returns cost a seller eases, refund requests are theirs to
    settle; before, every returns change was worded as a new cost."""
    story = mini_story(PLATFORM, _rules("area: returns, direction: down, "))
    points = first_points(sections(story, "en"))
    assert points["seller"].startswith(
        "1. **Your costs**: The new returns rules ask less of you and apply from March 1, 2026: "
    )
    assert "count what returns will now cost you" not in points["seller"]
    assert "will settle more refund requests themselves" in points["service_provider"]
    assert "in sellers' favour" in points["platform_operator"]
    zh = first_points(sections(story, "zh-Hans"))
    assert "对卖家的要求放宽" in zh["seller"] and "对卖家更有利" in zh["platform_operator"]
    assert len(set(points.values()) - {""}) == 5


GOVERNMENT = "  g: {kind: government, name: {zh-Hans: 甲国政府, en: Ruritania's government}}\n"


def _fee_rules(entity: str = "g", when: str = "planned: true", direction: str = "down") -> str:
    return (
        f"  ev: {{event: policy_change, entity: {entity}, {when}, area: fees,"
        f" direction: {direction}, text: {{zh-Hans: 甲国起草平台收费规则,"
        " en: Ruritania is drafting rules on platform fees}, source: {quote: 原文一}}\n"
    )


def test_a_governments_rules_on_platform_fees_ease_sellers_and_bind_platforms() -> None:
    s = mini_story(GOVERNMENT, _fee_rules())
    points = first_points(sections(s, "en"))
    assert points["factory"] == ""  # fees on sales are no rule on the goods a factory makes
    en = sections(s, "en")
    assert "Rules on what platforms may charge you are coming" in en["seller"]
    assert "they are meant to ease your fees, so note what each platform charges you now" in en[
        "seller"
    ]
    assert "**Your costs**" in en["seller"] and "**Your duties**" in en["platform_operator"]
    assert "check your fee plans against them before the rules apply" in en["platform_operator"]
    assert "specifications, labels" not in "".join(en.values())
    zh = sections(s, "zh-Hans")
    assert "关于平台可向你收取多少费用的规则即将出台" in zh["seller"]
    assert "看新规是否真的减轻了卖家的负担" in zh["researcher"]


def test_fee_rules_in_force_and_of_no_stated_direction_word_no_relief() -> None:
    s = mini_story(GOVERNMENT, _fee_rules(when="date: '2025-09-01'", direction="up"),
                   published="2025-10-01")
    en = sections(s, "en")
    assert "have applied since September 1, 2025" in en["seller"]
    assert "check which of the fees you pay they change" in en["seller"]
    assert "ease" not in en["seller"]


def test_a_platforms_own_rules_on_its_fees_are_set_against_a_rivals() -> None:
    en = sections(mini_story(PLATFORM, _fee_rules("p")), "en")
    assert "Alpha's rules on its fees are coming" in en["seller"]
    assert "Set your own fee rules against Alpha's" in en["platform_operator"]


@pytest.mark.parametrize(
    ("direction", "seller", "platform"),
    [
        ("up", "The new shipping rules ask more of you and apply from March 1, 2026: check",
         "Set your own shipping rules against Alpha's"),
        ("down", "The new shipping rules give you more time and apply from March 1, 2026: plan"
         " dispatch on the longer window", "Alpha gives its sellers more time to ship"),
    ],
)
def test_shipping_rules_say_whether_they_ask_more_or_give_more_time(
    direction: str, seller: str, platform: str
) -> None:
    rules = _rules("area: fulfilment, ").replace("date:", f"direction: {direction}, date:")
    en = sections(mini_story(PLATFORM, rules, published="2026-02-10"), "en")
    assert seller in en["seller"] and platform in en["platform_operator"]
    zh = sections(mini_story(PLATFORM, rules, published="2026-02-10"), "zh-Hans")
    assert ("对你的要求更高" if direction == "up" else "给了你更多时间") in zh["seller"]


def test_a_name_that_names_several_platforms_takes_a_plural_verb() -> None:
    several = "  p: {kind: platform, plural: true, name: {zh-Hans: 甲乙平台, en: Alpha and Beta}}\n"
    en = sections(mini_story(several, _rules("area: search, ")), "en")
    assert "Alpha and Beta are using their search ranking to steer sellers" in en[
        "platform_operator"
    ]
    one = sections(mini_story(PLATFORM, _rules("area: search, ")), "en")
    assert "Alpha is using its search ranking to steer sellers" in one["platform_operator"]


@pytest.mark.parametrize("area", ["accounts", "products"])
def test_account_and_product_rules_say_whether_they_ask_more_or_less(area: str) -> None:
    for direction, en_words, zh_words in (
        ("up", "ask more of you and apply from March 1, 2026", "对你的要求更高"),
        ("down", "ask less of you and apply from March 1, 2026", "对你的要求放宽"),
    ):
        rules = _rules(f"area: {area}, ").replace("date:", f"direction: {direction}, date:")
        s = mini_story(PLATFORM, rules, published="2026-02-10")
        assert en_words in sections(s, "en")["seller"]
        assert zh_words in sections(s, "zh-Hans")["seller"]
