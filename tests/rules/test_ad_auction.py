"""A platform's ads served and price per ad (Pitchonnet on Meta's fourth quarter of 2025: ad revenue
up 24% to US$58.14 billion from US$46.78 billion, 18% more ads at 6% more each). Before the rule
every reader got the ad revenue's growth under another label; now each reader gets a different
figure: the ad cost of a sale, what a budget buys, the extra ads, the extra money, volume against
price."""

from __future__ import annotations

from decimal import Decimal

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive
from summarizer.rules.adauction import volume_share
from summarizer.rules.facts import Num

ENTITIES = "  m: {kind: platform, name: {zh-Hans: Meta, en: Meta}}\n"


def _rate(fid: str, metric: str, value: str, period: str = "2025Q4") -> str:
    return (f"  {fid}: {{metric: {metric}, measure: yoy, entity: m, period: {period}, value: {value}, "
            f"unit: percent, source: {{quote: {fid}原文}}}}\n")


def _level(fid: str, period: str, value: str) -> str:
    return (f"  {fid}: {{metric: ad_revenue, entity: m, period: {period}, value: {value}, "
            f"scale: billion, currency: USD, source: {{quote: {fid}原文}}}}\n")


RATES = _rate("i", "ad_impressions", "18") + _rate("p", "ad_price", "6")
REVENUE = _level("r1", "2025Q4", "58.14") + _level("r0", "2024Q4", "46.78")


def _story(facts: str = RATES + REVENUE) -> Story:
    return mini_story(ENTITIES, facts, published="2026-01-29")


def test_ads_served_and_their_price_with_the_revenue_they_make() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("In the fourth quarter of 2025, Meta served 18% more ads than a year earlier and charged 6% "
            "more for each on average; its advertising revenue rose 24.3% to US$58.14 billion.") in en[
        "general"]
    assert ("2025年四季度，Meta的广告展示次数比上年增长18%，每条广告平均价格上涨6%，广告收入增长24.3%至"
            "581.4亿美元。") in zh["general"]
    assert "grew from US$46.78 billion" not in en["general"]  # the growth point is told in full here


def test_each_reader_reads_a_different_figure() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert "a sale its ads win at the same conversion rate costs about 6% more in ads" in en["seller"]
    assert "The same budget buys about 6% fewer ads on Meta" in en["brand"]
    assert "Meta served 18% more ads than a year earlier: advertisers need more versions" in en[
        "service_provider"]
    assert "Advertisers spent US$11.4 billion more on Meta's ads than a year earlier" in en[
        "platform_operator"]
    assert ("Serving 18% more ads at 6% more each makes about 25% more advertising revenue, against "
            "24.3% reported: most of the move came from serving more ads") in en["researcher"]
    assert "little bearing" in en["factory"]
    assert "同样的预算在Meta上能买到的广告比上年少约6%" in zh["brand"]
    assert "广告主在Meta广告上的花费比上年多114亿美元" in zh["platform_operator"]
    told = [r for r in READERS if r != "factory"]
    firsts = [en[r].split(": ", 1)[-1][:40] for r in told]
    assert len(set(firsts)) == len(firsts), firsts


def test_cheaper_ads_outnumbered_read_the_other_way() -> None:
    """Meta's third quarter of 2023: 31% more ads at 6% less each."""
    en = sections(_story(_rate("i", "ad_impressions", "31", "2023Q3")
                         + _rate("p", "ad_price", "-6", "2023Q3")), "en")
    assert "served 31% more ads than a year earlier and charged 6% less for each" in en["general"]
    assert "costs about 6% less in ads: a cheaper time to test new products" in en["seller"]
    assert "The same budget buys about 6% more ads" in en["brand"]
    assert "makes about 23% more advertising revenue: more ads made up for cheaper ones" in en[
        "researcher"]
    assert "Advertisers spent" not in en["platform_operator"]  # no revenue: no money to count


def test_rounded_rates_are_not_checked_against_a_stated_revenue_rate() -> None:
    """18% and 6% multiply to 25.08%, Meta's 24% is right: the rates are rounded, so no warning."""
    stated = _rate("g", "ad_revenue", "24").replace("measure: yoy,", "measure: yoy, stated: true,")
    assert not [c for c in derive(_story(RATES + REVENUE + stated)).checks if c.rule == "ad_auction"]


def test_an_unchanged_price_tells_no_seller_or_brand_a_cost() -> None:
    en = sections(_story(_rate("i", "ad_impressions", "12") + _rate("p", "ad_price", "0")), "en")
    assert "charged as much for each on average" in en["general"]
    assert "dearer" not in en["seller"] and "cheaper" not in en["seller"]
    assert "The same budget buys" not in en["brand"]


def test_a_price_alone_is_not_this_rule() -> None:
    story = _story(_rate("p", "ad_price", "6"))
    assert not [t for t in derive(story).takeaways if t.rule == "ad_auction"]


def test_which_side_carried_the_move() -> None:
    def n(x: str) -> Num:
        return Num(Decimal(x), Decimal(x), Decimal(x), (), "percent")
    assert volume_share(n("18"), n("6")) == "volume"
    assert volume_share(n("5"), n("15")) == "price"
    assert volume_share(n("10"), n("10")) == "both"
    assert volume_share(n("31"), n("-6")) == "against"
