"""A platform's quarterly results (Sea's second quarter of 2025: Shopee's
GMV up 28.2%), as an editor writes it from the article: each reader gets the
growth in words of its own, a rival platform a yardstick, and 28% is growth,
not 'only'."""

from __future__ import annotations

from summarizer.facts.load import parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Brief
from summarizer.pipeline import load_project, make_brief

STORY = """\
story:
  id: sea-like
  source: a.txt
  title: {zh-Hans: Shopee二季度GMV增长28.2%, en: Shopee's GMV up 28.2%}
  published: '2025-08-13'
  lede: {zh-Hans: Sea公布二季度业绩。, en: Sea reports its second quarter.}
entities:
  sea: {kind: company, name: {zh-Hans: Sea, en: Sea}}
  shopee: {kind: platform, name: {zh-Hans: Shopee, en: Shopee}}
  monee: {kind: company, name: {zh-Hans: Monee, en: Monee}}
facts:
  gmv: {metric: gmv, entity: shopee, period: 2025Q2, value: 29.8, scale: billion, currency: USD, source: {quote: 原文}}
  gmv-yoy: {metric: gmv, measure: yoy, entity: shopee, period: 2025Q2, value: 28.2, unit: percent, source: {quote: 原文}}
  rev: {metric: revenue, entity: shopee, period: 2025Q2, value: 3.77, scale: billion, currency: USD, source: {quote: 原文}}
  monee: {metric: revenue, entity: monee, period: 2025Q2, value: 880, scale: million, currency: USD, source: {quote: 原文}}
  monee-yoy: {metric: revenue, measure: yoy, entity: monee, period: 2025Q2, value: 70, unit: percent, source: {quote: 原文}}
  op: {metric: operating_income, entity: sea, period: 2025Q2, value: 488, scale: million, currency: USD, source: {quote: 原文}}
  op-24: {metric: operating_income, entity: sea, period: 2024Q2, value: 83, scale: million, currency: USD, source: {quote: 原文}}
"""


def _brief(lang: str) -> Brief:
    return make_brief(load_project(), parse_story(load_yaml_text(STORY, "sea-like.yaml")), lang)


def _sections(brief: Brief) -> dict[str, list[str]]:
    return {
        sec.persona: ["".join(s.text for s in p.sentences) for p in sec.points]
        for sec in brief.sections
    }


def test_each_reader_reads_the_channel_growth_in_its_own_words() -> None:
    texts = _sections(_brief("en"))
    # GMV is money: shoppers spend more there (a count of buyers says more buyers)
    assert any("shoppers are spending more there" in t.lower() for t in texts["seller"])
    assert any("white-label supply" in t for t in texts["factory"])
    assert any("clients to win" in t for t in texts["service_provider"])
    assert any("flagship store" in t for t in texts["brand"])
    assert not any("only up" in t or "little new demand" in t for ts in texts.values() for t in ts)


def test_a_rival_platform_gets_a_yardstick_not_someone_elses_income() -> None:
    texts = _sections(_brief("en"))
    assert any("growing its GMV this fast is taking share" in t for t in texts["platform_operator"])


def test_no_sentence_in_two_sections() -> None:
    for lang in ("zh-Hans", "en"):
        seen: dict[str, str] = {}
        for persona, points in _sections(_brief(lang)).items():
            for point in points:
                for sentence in point.replace("。", "。\n").replace(". ", ".\n").splitlines():
                    if sentence.strip():
                        assert seen.setdefault(sentence, persona) == persona, sentence


def test_a_latin_term_and_its_amount_are_kept_apart_in_chinese() -> None:
    text = "".join("".join(ts) for ts in _sections(_brief("zh-Hans")).values())
    assert "GMV为298亿美元" in text or "（GMV）298亿美元" in text
    assert "GMV298" not in text
