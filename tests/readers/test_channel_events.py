"""A platform opening or leaving a market (vocabulary ``channel:``) is a
sales channel: each reader who works with it reads what it means for them,
not one 'that means new demand' sentence for whoever comes first."""

from __future__ import annotations

from summarizer.facts.load import parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.pipeline import load_project, make_brief

STORY = """\
story:
  id: platform-enters-japan
  source: a.txt
  title: {zh-Hans: 某平台在日本上线, en: A platform opens in Japan}
  published: '2025-07-01'
  lede: {zh-Hans: 某平台在日本上线。, en: A platform opens in Japan.}
entities:
  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}
  b: {kind: brand, name: {zh-Hans: 乙品牌, en: Brand B}}
  japan: {kind: market, name: {zh-Hans: 日本, en: Japan}}
  korea: {kind: market, name: {zh-Hans: 韩国, en: Korea}}
facts:
  enter: {event: market_entry, entity: p, object: japan, date: '2025-06-30', text: {zh-Hans: 甲平台在日本上线, en: Platform A launched in Japan}, source: {quote: 原文}}
  leave: {event: market_exit, entity: p, object: korea, date: '2025-05-31', text: {zh-Hans: 甲平台退出韩国, en: Platform A left Korea}, source: {quote: 原文}}
  brand-enter: {event: market_entry, entity: b, object: korea, date: '2025-06-02', text: {zh-Hans: 乙品牌进入韩国, en: Brand B entered Korea}, source: {quote: 原文}}
"""


def _texts(lang: str) -> dict[str, str]:
    story = parse_story(load_yaml_text(STORY, "platform-enters-japan.yaml"))
    brief = make_brief(load_project(), story, lang)
    return {
        sec.persona: " ".join(s.text for p in sec.points for s in p.sentences)
        for sec in brief.sections
    }


def test_a_market_entry_is_worded_for_each_reader() -> None:
    texts = _texts("en")
    assert "A new storefront in Japan" in texts["seller"]
    assert "open an official store" in texts["brand"]
    assert "need goods" in texts["factory"]
    assert "local logistics, payments and store management" in texts["service_provider"]
    assert "One more platform competing" in texts["platform_operator"]
    assert "That means new demand" not in " ".join(texts.values())


def test_a_market_exit_is_stock_to_clear_and_a_rival_fewer() -> None:
    texts = _texts("zh-Hans")
    assert "在韩国经营的卖家需尽快清理库存" in texts["seller"]
    assert "韩国少了一个竞争者" in texts["platform_operator"]


def test_a_brand_entering_a_market_is_no_storefront() -> None:
    texts = _texts("en")
    assert "storefront in Korea" not in texts["seller"]
