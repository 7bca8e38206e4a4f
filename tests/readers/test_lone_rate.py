"""A growth rate an article gives without its amount (lone_rate).

A results story outside the seeds (Walmart's third quarter: revenue
US$179.5 billion, up 6%; online sales up 27%; advertising revenue up 53%)
gave one point to one reader: the rates without an amount reached no one.
Now each such rate is a point with its readers' meanings (a platform's ad
revenue is its sellers' and brands' cost, its online sales a channel for
sellers), a segment's with the whole's rate beside it; a rate that another
point gives (a league of companies, a country's trade) is left to it."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.draft import draft_figures
from summarizer.rules import derive
from summarizer.vocabulary.vocab import default_vocabulary

WALMART = "  w: {kind: platform, fiscal_year_end: 1, name: {zh-Hans: 沃尔玛, en: Walmart}}\n"
FACTS = (
    "  rev: {metric: revenue, entity: w, period: 2026Q3, value: 179.5, scale: billion, "
    "currency: USD, source: {quote: 原文}}\n"
    "  rev-yoy: {metric: revenue, measure: yoy, stated: true, entity: w, period: 2026Q3, "
    "value: 6, unit: percent, source: {quote: 原文}}\n"
    "  online: {metric: gmv, measure: yoy, stated: true, entity: w, segment: online, "
    "period: 2026Q3, value: 27, unit: percent, source: {quote: 原文}}\n"
    "  ads: {metric: ad_revenue, measure: yoy, stated: true, entity: w, period: 2026Q3, "
    "value: 53, unit: percent, source: {quote: 原文}}\n"
)


def test_rates_without_amounts_reach_the_readers_they_concern() -> None:
    story = mini_story(WALMART, FACTS, published="2025-11-20")
    rates = [t for t in derive(story).takeaways if t.rule == "lone_rate"]
    assert sorted(t.facts for t in rates) == [("ads",), ("online",)]
    en, zh = sections(story, "en"), sections(story, "zh-Hans")
    assert "Walmart's advertising revenue was up 53% year on year" in en["general"]
    assert "sellers there are paying more to be seen" in en["seller"]
    assert "brands there are paying more to be seen" in en["brand"]
    # its online sales are the channel its sellers list in (kinds.channel_part)
    assert ("With Walmart's online GMV up 27%, shoppers are spending more there: worth listing "
            "more of your range") in en["seller"]
    assert "沃尔玛广告收入同比增长53%" in zh["general"]
    assert "US$" not in en["seller"].split("advertising revenue", 1)[1]  # no amount invented


def test_a_leagues_rates_and_a_rate_with_its_amount_are_not_lone() -> None:
    peers = "".join(
        f"  p{i}: {{kind: company, name: {{zh-Hans: 公司{i}, en: Company {i}}}}}\n" for i in range(3)
    )
    league = "".join(
        f"  g{i}: {{metric: gmv, measure: yoy, stated: true, entity: p{i}, period: 2025Q3, "
        f"value: {5 + i}, unit: percent, source: {{quote: 原文}}}}\n"
        for i in range(3)
    )
    story = mini_story(WALMART + peers, FACTS + league)
    told = {f for t in derive(story).takeaways if t.rule == "lone_rate" for f in t.facts}
    assert told == {"ads", "online"}  # not rev-yoy (stated_growth's), not g0-g2 (a league)


def test_a_level_with_its_growth_still_renders_where_the_rate_alone_is_worded() -> None:
    """growth_rate shares level_with_growth's meanings, which ask
    ``v.rate_only``; a level's takeaway that lacked the key failed with an
    undefined value on the branch a platform segment's doubling reaches (a
    reader for whom it does not lead: "went from about US$12 billion to US$30
    billion in a year")."""
    platform = "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n"
    facts = (
        "  g: {metric: gmv, entity: p, segment: overseas, period: 2025Q3, value: 30, "
        "scale: billion, currency: USD, source: {quote: 原文}}\n"
        "  gy: {metric: gmv, measure: yoy, stated: true, entity: p, segment: overseas, "
        "period: 2025Q3, value: 150, unit: percent, source: {quote: 原文}}\n"
    )
    en = sections(mini_story(platform, facts), "en")
    assert "went from about US$12 billion to US$30 billion in a year" in en["brand"]


def test_demand_words_follow_the_size_of_the_rise() -> None:
    """27% is not "steady growth to build on at a measured pace": a seller
    reading Walmart's online sales was told to hold back on a rise that large.
    A platform's overseas sales (no channel a seller lists in): between 20%
    and 100% the demand is said to grow strongly; below 20% it is steady;
    below 10% there is little new demand. Its online sales (the channel its
    sellers list in): worth a wider range from 20%, best sellers kept in stock
    from 5%, sharper listings rather than more of them below."""
    said, channel = {}, {}
    for rate in (3, 5, 15, 27):
        facts = FACTS.replace("period: 2026Q3, value: 27,", f"period: 2026Q3, value: {rate},")
        abroad = facts.replace("segment: online", "segment: overseas")
        story = mini_story(WALMART, abroad, published="2025-11-20")
        said[rate] = (sections(story, "en")["seller"], sections(story, "zh-Hans")["seller"])
        channel[rate] = sections(mini_story(WALMART, facts, published="2025-11-20"), "en")["seller"]
    assert "Demand is growing strongly and worth putting more into" in said[27][0]
    assert "需求扩张强劲，值得加大投入" in said[27][1]
    assert "Steady growth to build on at a measured pace" in said[15][0]
    assert "需求稳步扩大" in said[15][1]
    assert "Little new demand" in said[5][0]
    assert "增量有限" in said[5][1]
    assert "worth listing more of your range" in channel[27]
    assert "keep your top products listed and in stock" in channel[15]
    assert "win sales with sharper listings and prices, not a wider range" in channel[3]


def test_comparable_sales_are_a_shops_sales_whoever_owns_them() -> None:
    """'In the US, comparable sales rose 4.5 percent': a retailer's stores
    winning shoppers' spending, told to a brand it may stock and a factory
    it buys from, though Walmart is filed as a platform (its marketplace);
    the drafter reads the words as the metric, and a Chinese sentence says
    where the sales are (在美国), not 采购方美国卖得更多."""
    us = "  us: {kind: market, name: {zh-Hans: 美国, en: the US}}\n"
    comps = (
        "  comps: {metric: comparable_sales, measure: yoy, stated: true, entity: w, segment: us, "
        "period: 2026Q3, value: 4.5, unit: percent, source: {quote: 原文}}\n"
    )
    story = mini_story(WALMART + us, comps, published="2025-11-20")
    en, zh = sections(story, "en"), sections(story, "zh-Hans")
    assert "Walmart's US comparable sales were up 4.5% year on year" in en["general"]
    assert "pitch for more of its shelf and promotion slots" in en["brand"]
    assert "a buyer selling more in the US will reorder more" in en["factory"]
    assert "采购方在美国卖得更多" in zh["factory"]
    _, figures = draft_figures("DATE: 2025-11-20\n\nComparable sales rose 4.5 percent.\n", "w.txt")
    assert [(f.metric, f.measure) for f in figures] == [("comparable_sales", "yoy")]


def test_only_a_segment_the_vocabulary_calls_a_channel_is_one_for_sellers() -> None:
    """`channel: true` on a vocabulary segment (online) makes a platform's sales there
    the channel its sellers list in; overseas sales are a part of its business."""
    segments = default_vocabulary().segments
    assert segments["online"].channel and not segments["overseas"].channel
    overseas = FACTS.replace("segment: online", "segment: overseas")
    en = sections(mini_story(WALMART, overseas, published="2025-11-20"), "en")
    assert "worth listing more of your range" not in en["seller"]
