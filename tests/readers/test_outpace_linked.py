"""A part written as an entity of its own, with its share `of:` the whole
(China's online retail sales of physical goods, RMB 10.08 trillion, up 6.3%,
24.5% of all retail sales, RMB 41.2 trillion, up 4.3%). Written as a segment
of the total, ``outpace`` told it as the part gaining share; written as two
entities, every reader got each market's growth told twice with the same
pattern. ``outpace`` now reads the linked amount as a part, and the part's
own growth point is left to it."""

from __future__ import annotations

from ministory import mini_story, sections

ENTITIES = (
    "  online: {kind: market, name: {zh-Hans: 全国网上零售, en: China's online retail}}\n"
    "  retail: {kind: market, name: {zh-Hans: 全国零售, en: China's retail}}\n"
)
FACTS = (
    "  o: {metric: gmv, entity: online, period: 2025M1-M10, value: 10.08, scale: trillion,"
    " currency: CNY, source: {quote: 原文一}}\n"
    "  og: {metric: gmv, measure: yoy, entity: online, period: 2025M1-M10, value: 6.3,"
    " unit: percent, stated: true, source: {quote: 原文二}}\n"
    "  r: {metric: gmv, entity: retail, period: 2025M1-M10, value: 41.2, scale: trillion,"
    " currency: CNY, source: {quote: 原文三}}\n"
    "  rg: {metric: gmv, measure: yoy, entity: retail, period: 2025M1-M10, value: 4.3,"
    " unit: percent, stated: true, source: {quote: 原文四}}\n"
    "  s: {metric: gmv, measure: share, entity: online, of: r, period: 2025M1-M10, value: 24.5,"
    " unit: percent, stated: true, source: {quote: 原文五}}\n"
)


def test_an_entity_stated_as_a_share_of_another_is_read_as_its_part() -> None:
    en = sections(mini_story(ENTITIES, FACTS, published="2025-11-14"), "en")
    assert ("China's online retail grew 6.3% to RMB 10.08 trillion, faster than the whole, so its"
            " share edged up to 24.5% from about 24% a year earlier") in en["general"]
    # the part's own growth is no point of its own beside it, in any section
    assert "China's online retail's GMV up 6.3%" not in "".join(en.values())
    assert "With China's online retail growing 6.3% against 4.3%" in en["seller"]
    zh = sections(mini_story(ENTITIES, FACTS, published="2025-11-14"), "zh-Hans")
    assert "其中全国网上零售增长6.3%至10.08万亿元，快于整体，占比从一年前的约24%微升至24.5%" in zh[
        "general"
    ]


def test_without_the_share_the_two_markets_stay_apart() -> None:
    facts = "\n".join(line for line in FACTS.split("\n") if not line.startswith("  s:"))
    en = sections(mini_story(ENTITIES, facts, published="2025-11-14"), "en")
    assert "faster than the whole" not in en["general"]
