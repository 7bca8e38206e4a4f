"""A fee announced as amounts, band by band (seeds/amazon-us-fba-fees-2026.yaml:
FBA fees up US$0.08 a unit on average from 2026-01-15, US$0.51 for small
standard-size items over US$50, US$0.05 for large ones at US$10 to US$50):
with no old and new levels there was no base_change, and the story gave its
readers only the dated event. charge_step tells the move, where it bites
most, and what it means for each reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.facts.load import load_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Brief
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "amazon-us-fba-fees-2026.yaml"


def _brief(lang: str, path: Path = SEED) -> Brief:
    return make_brief(load_project(), load_story(path), lang)  # type: ignore[arg-type]


def _text(brief: Brief, persona: str) -> str:
    (section,) = [s for s in brief.sections if s.persona == persona]
    return " ".join(s.text for p in section.points for s in p.sentences)


def test_one_takeaway_for_the_whole_and_its_bands_largest_first() -> None:
    (t,) = [t for t in derive(load_story(SEED)).takeaways if t.rule == "charge_step"]
    assert t.facts == (
        "fba-avg", "fba-small-over-50", "fba-large-over-50", "fba-small-10-50",
        "fba-small-under-10", "fba-large-10-50",
    )  # fmt: skip
    assert t.values["average"] is True and t.values["up"] is True


def test_the_move_says_the_average_and_where_it_bites_most_and_least() -> None:
    en, zh = _text(_brief("en"), "brand"), _text(_brief("zh-Hans"), "brand")
    assert en.startswith(
        "Amazon's fulfilment fee rises by an average of US$0.08 a unit on January 15, 2026: "
        "most for small standard-size items over US$50 (US$0.51), least for large "
        "standard-size items priced US$10 to US$50 (US$0.05)."
    )
    assert zh.startswith("亚马逊的配送费自2026年1月15日起平均每件上调0.08美元，其中售价50美元以上")


@pytest.mark.parametrize(
    ("persona", "en"),
    [
        ("seller", "build the rise into each order's cost; small standard-size items over US$50 pay US$0.51 a unit more"),
        ("service_provider", "an opening for third-party fulfilment and other independent providers to win sellers on price"),
        ("platform_operator", "Amazon collects US$0.08 a unit more on average: more income, if sellers can bear it"),
        ("researcher", "Set Amazon's rise of US$0.08 a unit on average (US$0.05 to US$0.51 by band) against carriers'"),
    ],
)  # fmt: skip
def test_each_reader_reads_the_move_from_its_side(persona: str, en: str) -> None:
    assert en in _text(_brief("en"), persona)


def test_no_two_readers_share_a_sentence() -> None:
    brief = _brief("en")
    seen: dict[str, str] = {}
    for section in brief.sections:
        for point in section.points:
            for s in point.sentences:
                assert s.text not in seen, (section.persona, seen.get(s.text))
                seen[s.text] = section.persona


def test_the_fee_event_is_told_by_its_figures() -> None:
    """'Amazon changes its US referral and FBA fees' on 2026-01-15 is the news
    the figures tell with amounts: no reader gets it bare as well."""
    brief = _brief("en")
    for section in brief.sections:
        assert "Amazon changes its US referral and FBA fees" not in _text(brief, section.persona)


CUT = """\
story:
  id: cut
  source: a.txt
  title: {zh-Hans: 平台下调仓储费, en: Platform cuts its storage fee}
  published: '2026-03-01'
  lede: {zh-Hans: 平台下调仓储费。, en: The platform cuts its storage fee.}
entities:
  shop: {kind: platform, name: {zh-Hans: 某平台, en: the platform}}
facts:
  cut: {metric: storage_fee, measure: change, entity: shop, period: '2026-04-01', value: '-0.20', currency: USD, per: unit, source: {quote: 原文}}
"""


def test_a_cut_is_a_cut_with_no_bands() -> None:
    from summarizer.facts.load import parse_story

    story = parse_story(load_yaml_text(CUT, "cut.yaml"))
    en = make_brief(load_project(), story, "en")
    zh = make_brief(load_project(), story, "zh-Hans")
    assert _text(en, "general") == "The platform's storage fee falls by US$0.20 a unit on April 1, 2026."
    assert _text(zh, "general") == "某平台的仓储费自2026年4月1日起每件下调0.20美元。"
    brand = _text(en, "brand")
    assert brand == (
        "Starting April 1, 2026, the platform's storage fee is US$0.20 a unit lower: "
        "room to sharpen your offer on this channel."
    )
    assert _text(en, "seller").endswith("room to cut prices or spend on ads.")
    assert "更积极地定价" in _text(zh, "brand")


def test_a_connective_does_not_repeat_what_the_point_says() -> None:
    """Two summary points opening with 'Amazon': the second gets a connective,
    but not 'Also,' before 'Amazon is also widening …'."""
    brief = _brief("en")
    (general,) = [s for s in brief.sections if s.persona == "general"]
    second = general.points[1].sentences[0].text
    assert second.startswith("Meanwhile, Amazon is also widening its Low-Price FBA discount")


def test_a_band_moving_the_other_way_is_news_of_its_own() -> None:
    from summarizer.facts.load import parse_story

    text = CUT + (
        "  up-a: {metric: storage_fee, measure: change, entity: shop, segment: bulky, "
        "period: '2026-04-01', value: '0.30', currency: USD, per: unit, source: {quote: 原文}}\n"
    )
    text = text.replace(
        "entities:\n", "entities:\n  bulky: {kind: product, name: {zh-Hans: 大件, en: bulky items}}\n"
    )
    takeaways = [t for t in derive(parse_story(load_yaml_text(text, "c.yaml"))).takeaways
                 if t.rule == "charge_step"]  # fmt: skip
    assert [(t.facts, t.values["up"]) for t in takeaways] == [(("cut",), False), (("up-a",), True)]


def test_a_sentence_cites_the_bands_it_names() -> None:
    """The point names the average, the band that rose most and the one that
    rose least: those are its citations, not all six bands."""
    (brand,) = [s for s in _brief("en").sections if s.persona == "brand"]
    plain, meaning = brand.points[0].sentences[:2]
    assert plain.facts == ("fba-avg", "fba-small-over-50", "fba-large-10-50")
    assert meaning.facts == ("fba-avg",)
    (seller,) = [s for s in _brief("en").sections if s.persona == "seller"]
    assert seller.points[0].sentences[0].facts == ("fba-avg", "fba-small-over-50")


PEAK = ROOT / "seeds" / "amazon-holiday-peak-fee-2024.yaml"


def test_with_no_whole_the_biggest_band_leads_and_the_others_follow_it() -> None:
    """Amazon's 2024 holiday peak fee (US$1.00 an item for oversize, US$0.30
    for large standard, US$0.20 for small): no whole figure, so the oversize
    band leads; the others were once told as 'most for' the second band."""
    en = _brief("en", PEAK)
    general = _text(en, "general")
    assert ("Amazon's fulfilment fee for oversize items rises by US$1.00 an item between "
            "October 15, 2024 and January 14, 2025, for large standard items by US$0.30, and for "
            "small standard items by US$0.20.") in general
    assert "most for" not in general
    # each reader is told the lead is that band's, over a window that ends
    assert ("Between October 15, 2024 and January 14, 2025, your fulfilment fee is US$1.00 an "
            "item higher for oversize items") in _text(en, "seller")
    assert "(other bands US$0.20 to US$0.30)" in _text(en, "researcher")
    zh = _brief("zh-Hans", PEAK)
    assert ("亚马逊对大件商品的配送费在2024年10月15日至2025年1月14日每件上调1.00美元，"
            "对大号标准尺寸商品上调0.30美元，对小号标准尺寸商品上调0.20美元。") in _text(zh, "general")


def test_a_rise_for_a_season_is_priced_into_the_season_not_into_prices_for_good() -> None:
    """A peak fee ends: a seller prices the season with it (and may fulfil
    bulky items itself meanwhile), a brand plans that season's promotions with
    it, a platform reads it as seasonal income; a rise with no end is built
    into each order's cost for good."""
    en = _brief("en", PEAK)
    seller = _text(en, "seller")
    assert ("a seasonal cost, so price the season with it rather than raising prices for good, "
            "and consider fulfilling slow-selling or bulky items yourself until then") in seller
    assert "build the rise into each order's cost" not in seller
    assert "plan promotions there with the fee in" in _text(en, "brand")
    assert ("seasonal income, if sellers can bear it; those who can will fulfil bulky orders "
            "themselves until it ends") in _text(en, "platform_operator")
    zh = _brief("zh-Hans", PEAK)
    assert "这是季节性成本：这一季的定价把它算进去，不必长期提价" in _text(zh, "seller")
    assert "seasonal" not in _text(_brief("en"), "seller")  # FBA's 2024 fee change has no end
