"""A price change an editor writes as an event ("Shein raised US prices",
"Nike cuts prices 10%") is news to every reader, each in its own way.

Before, ``price_change`` events reached no reader unless the editor wrote a
claim for each: a story of Shein raising its US prices gave six sections of
"nothing here calls for your attention". Now a brand's, a company's or a
platform's own price change is told per reader (templates/*/event_kinds.j2):
which way it went comes from a signed percent or the event's
``direction`` (an article that says "will raise prices" and no more), and
without either the meanings
speak of new prices and a factory, which cannot tell whether to expect more
or fewer orders, gets no point. A carrier's rates or an AI model's price stay
the editor's to explain. A platform's fees raised or cut without figures
are worded by the same ``direction``.
"""

from __future__ import annotations

import re

import pytest
from ministory import READERS, first_points, mini_story, sections


def _brief(
    kind: str, value: str = "", lang: str = "en", obj: str = "", direction: str = ""
) -> dict[str, str]:
    entities = f"  p: {{kind: {kind}, name: {{zh-Hans: 甲, en: Alpha}}}}\n"
    if obj:
        entities += f"  o: {{kind: {obj}, name: {{zh-Hans: 乙, en: Beta}}}}\n"
    figure = f", value: {value}, unit: percent" if value else ""
    about = ", object: o" if obj else ""
    about += f", direction: {direction}" if direction else ""
    facts = (
        f"  a: {{event: price_change, entity: p{about}, date: '2026-01-05'{figure}, "
        "text: {zh-Hans: 甲调整美国售价, en: Alpha changed its US prices by}, "
        "source: {quote: 原文}}\n"
    )
    return sections(mini_story(entities, facts, published="2026-01-10"), lang)


def _labels(s: dict[str, str]) -> dict[str, str]:
    """Each reader's first label ('Competition'), '' where it has no point."""
    return {
        r: (re.findall(r"^1\. \*\*(.+?)\*\*", line) or [""])[0]
        for r, line in first_points(s).items()
    }


@pytest.mark.parametrize(
    ("kind", "value", "labels"),
    [
        (
            "brand",
            "10",
            {
                "brand": "Competition",
                "seller": "Pricing",
                "factory": "Demand",
                "service_provider": "Opportunity",
                "platform_operator": "Demand",
                "researcher": "For research",
            },
        ),
        (
            "company",
            "-10",
            {
                "brand": "Competition",
                "seller": "Risk",
                "factory": "Risk",
                "service_provider": "Opportunity",
                "platform_operator": "Demand",
                "researcher": "For research",
            },
        ),
        (
            "brand",
            "",
            {
                "brand": "Competition",
                "seller": "Pricing",
                "factory": "",
                "service_provider": "Opportunity",
                "platform_operator": "Demand",
                "researcher": "For research",
            },
        ),
        (
            "platform",
            "8",
            {
                "brand": "Competition",
                "seller": "Competition",
                "factory": "Demand",
                "service_provider": "",
                "platform_operator": "Competition",
                "researcher": "For research",
            },
        ),
        (
            "platform",
            "-8",
            {
                "brand": "Competition",
                "seller": "Competition",
                "factory": "Risk",
                "service_provider": "",
                "platform_operator": "Competition",
                "researcher": "For research",
            },
        ),
    ],
    ids=["brand-rise", "company-cut", "brand-unsigned", "platform-rise", "platform-cut"],
)
def test_a_price_change_is_a_point_for_each_reader_it_concerns(
    kind: str, value: str, labels: dict[str, str]
) -> None:
    assert _labels(_brief(kind, value)) == labels


@pytest.mark.parametrize("lang", ["en", "zh-Hans", "zh-Hant", "zh-Hant-HK"])
@pytest.mark.parametrize(("kind", "value"), [("brand", "10"), ("platform", "-8"), ("brand", "")])
def test_no_two_readers_are_told_the_same_thing(kind: str, value: str, lang: str) -> None:
    """Each reader's point is its own: no sentence of one reader's section
    (the event, told once as the first section's context, aside) is in another's."""
    s = _brief(kind, value, lang)
    assert sum(bool(point) for point in first_points(s).values()) >= 4, s
    said: dict[str, str] = {}
    for reader in READERS:
        point = first_points(s)[reader]
        for sentence in re.split(r"(?<=[.。])\s*", point.split("**", 2)[-1]):
            if len(sentence) > 12 and "2026" not in sentence:
                assert sentence not in said, (reader, said.get(sentence), sentence)
                said[sentence] = reader


@pytest.mark.parametrize(
    ("lang", "value", "said"),
    [
        ("en", "-10", "Alpha changed its US prices by 10%."),
        ("zh-Hans", "-10", "甲调整美国售价10%。"),
        ("en", "10", "Alpha changed its US prices by 10%."),
    ],
)
def test_the_event_gives_the_size_of_the_move_and_its_clause_the_direction(
    lang: str, value: str, said: str
) -> None:
    """An event's figure follows its clause as a magnitude ('cut prices by
    10%'): a cut written as -10 printed 'by -10%'."""
    text = "".join(_brief("brand", value, lang).values())
    assert said in text
    assert "-10%" not in text


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_the_wording_follows_the_direction(lang: str) -> None:
    rise, cut, unsigned = (_brief("brand", v, lang) for v in ("10", "-10", ""))
    words = {
        "en": ("Reprice the Alpha stock you hold", "ask Alpha for price protection", "new prices"),
        "zh-Hans": ("手里的甲库存要按新价格重新定价", "向甲争取价格保护", "新价格"),
    }[lang]
    assert words[0] in rise["seller"] and words[0] not in cut["seller"]
    assert words[1] in cut["seller"] and words[1] not in rise["seller"]
    assert words[2] in unsigned["seller"]
    assert words[0] not in unsigned["seller"] and words[1] not in unsigned["seller"]


@pytest.mark.parametrize(("kind", "obj"), [("group", ""), ("company", "model")])
def test_a_carriers_rates_or_a_models_price_are_left_to_the_editor(kind: str, obj: str) -> None:
    """Seeds drewry-wci-2025-11-27 (carriers' FAK rates) and
    zhipu-minimax-valuation-divergence (a model's API price): a reseller's stock
    and a factory's quotes are not what they mean, and the editor's claims say it."""
    s = _brief(kind, "-50", obj=obj)
    assert not any(first_points(s).values()), first_points(s)


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_a_direction_in_words_is_a_rise_or_a_cut_without_a_figure(lang: str) -> None:
    """CBS/AP, 2025-04-18: Shein and Temu 'will raise prices for U.S. consumers
    starting next week' and gave no size: the editor writes direction: up."""
    said = _brief("platform", lang=lang, direction="up")
    assert said == _brief("platform", "8", lang) | {"general": said["general"]}
    cut = _brief("brand", lang=lang, direction="down")
    assert first_points(cut) == first_points(_brief("brand", "-10", lang))
    assert "%" not in "".join(said.values())


@pytest.mark.parametrize(
    ("lang", "clause", "said"),
    [
        ("en", "Alpha raised its US prices by 8%", "Alpha raised its US prices by 8%."),
        ("zh-Hans", "甲将美国售价上调8%", "甲将美国售价上调8%。"),
    ],
)
def test_a_one_digit_percent_the_clause_writes_is_not_printed_twice(
    lang: str, clause: str, said: str
) -> None:
    """'raised its US prices by 8% 8%': a one-digit figure was never taken as
    written in the clause (a '1' anywhere would match); with its percent sign
    it is."""
    entities = "  p: {kind: brand, name: {zh-Hans: 甲, en: Alpha}}\n"
    text = f"{{zh-Hans: {clause}, en: {clause}}}"
    facts = (
        "  a: {event: price_change, entity: p, date: '2026-01-05', value: 8, unit: percent, "
        f"text: {text}, source: {{quote: 原文}}}}\n"
    )
    out = "".join(sections(mini_story(entities, facts, published="2026-01-10"), lang).values())
    assert said in out
    assert "8% 8%" not in out and "8%8%" not in out


@pytest.mark.parametrize(
    ("direction", "said"),
    [
        (
            "up",
            {
                "seller": "Alpha's higher fees have applied since",
                "service_provider": "look for savings to make up for the higher fees",
                "platform_operator": "a chance to court its sellers",
                "researcher": "see who bears the higher fees",
            },
        ),
        (
            "down",
            {
                "seller": "keep the saving as margin",
                "brand": "Selling through Alpha has cost less since",
                "researcher": "whether the saving reaches shoppers",
            },
        ),
    ],
)
def test_a_platforms_fees_raised_or_cut_without_figures(
    direction: str, said: dict[str, str]
) -> None:
    """'Alpha raises its seller fees' with no figures: the direction in words
    (a fee's figure is its rate or amount, no direction) picks the wording."""
    entities = "  p: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
    facts = (
        f"  a: {{event: fee_change, entity: p, date: '2026-01-05', direction: {direction}, "
        "text: {zh-Hans: 甲调整卖家费用, en: Alpha changed its seller fees}, source: {quote: 原文}}\n"
    )
    points = first_points(sections(mini_story(entities, facts, published="2026-01-10"), "en"))
    for reader, words in said.items():
        assert words in points[reader], (reader, points[reader])
