"""A brand's results story with no editor claims: every reader still gets
points of its own, from the vocabulary's stances by entity kind."""

from __future__ import annotations

from summarizer.facts.load import parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Brief
from summarizer.pipeline import load_project, make_brief

STORY = """\
story:
  id: anker-like
  source: a.txt
  title: {zh-Hans: 某品牌递交招股书, en: A brand files for a listing}
  published: '2025-10-20'
  lede: {zh-Hans: 某品牌递交招股书。, en: A brand files for a listing.}
entities:
  b: {kind: brand, name: {zh-Hans: 甲品牌, en: Brand A}}
  na: {kind: market, name: {zh-Hans: 北美, en: North America}}
facts:
  r22: {metric: revenue, entity: b, period: FY2022, value: 142.5, scale: 亿, currency: CNY, source: {quote: 原文}}
  r23: {metric: revenue, entity: b, period: FY2023, value: 175.07, scale: 亿, currency: CNY, source: {quote: 原文}}
  r24: {metric: revenue, entity: b, period: FY2024, value: 247.1, scale: 亿, currency: CNY, source: {quote: 原文}}
  n22: {metric: revenue, entity: b, segment: na, period: FY2022, value: 72.53, scale: 亿, currency: CNY, source: {quote: 原文}}
  n23: {metric: revenue, entity: b, segment: na, period: FY2023, value: 83.71, scale: 亿, currency: CNY, source: {quote: 原文}}
  n24: {metric: revenue, entity: b, segment: na, period: FY2024, value: 118.81, scale: 亿, currency: CNY, source: {quote: 原文}}
  p24: {metric: net_income, entity: b, period: FY2024, value: 22.11, scale: 亿, currency: CNY, source: {quote: 原文}}
"""


def _brief(lang: str) -> Brief:
    story = parse_story(load_yaml_text(STORY, "anker-like.yaml"))
    return make_brief(load_project(), story, lang)


def _section(brief: Brief, persona: str) -> list[str]:
    sec = next(s for s in brief.sections if s.persona == persona)
    return [" ".join(x.text for x in p.sentences) for p in sec.points]


def test_each_reader_that_works_with_a_brand_gets_what_its_growth_means_for_it() -> None:
    brief = _brief("en")
    factory, provider, seller, brand = (
        _section(brief, p) for p in ("factory", "service_provider", "seller", "brand")
    )
    assert any("more capacity from its suppliers" in x for x in factory)
    assert any("logistics, marketing and channel support" in x for x in provider)
    assert any("buyers are asking for its goods" in x for x in seller)
    assert any("A rival growing its revenue this fast is taking share" in x for x in brand)
    labels = {p.label for s in brief.sections if s.persona == "brand" for p in s.points}
    assert "For research" not in labels  # a rival's figure is competition to a brand


def test_a_reader_gets_one_partner_point_per_brand_and_no_superseded_year() -> None:
    brief = _brief("en")
    for sec in brief.sections:
        texts = [" ".join(x.text for x in p.sentences) for p in sec.points]
        assert sum("growth at this pace" in t.lower() for t in texts) <= 1, sec.persona
        if sec.persona != "general":
            assert not any("in 2022 to" in t and "in 2023," in t for t in texts), sec.persona


def test_the_summary_leads_with_the_latest_figures() -> None:
    summary = _section(_brief("en"), "general")
    assert not any("2022 to RMB 17.51 billion in 2023" in x for x in summary)
    assert any("2024" in x for x in summary)


def test_chinese_says_the_same_points() -> None:
    zh, en = _brief("zh-Hans"), _brief("en")
    for a, b in zip(zh.sections, en.sections, strict=True):
        assert [p.rule for p in a.points] == [p.rule for p in b.points]
    assert any("代工的企业" in x for x in _section(zh, "factory"))


PLATFORM = """\
story:
  id: temu-like
  source: a.txt
  title: {zh-Hans: 某平台GMV大增, en: A platform's GMV soars}
  published: '2025-02-10'
  lede: {zh-Hans: 某平台GMV大增。, en: A platform's GMV soars.}
entities:
  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}
facts:
  g23: {metric: gmv, entity: p, period: FY2023, value: 150, scale: 亿, currency: USD, source: {quote: 原文}}
  g24: {metric: gmv, entity: p, period: FY2024, value: 700, scale: 亿, currency: USD, source: {quote: 原文}}
  b23: {metric: active_buyers, entity: p, period: FY2023, value: 2.3, scale: 亿, unit: users, source: {quote: 原文}}
  b24: {metric: active_buyers, entity: p, period: FY2024, value: 4.1, scale: 亿, unit: users, source: {quote: 原文}}
"""


def test_a_platform_growing_is_a_channel_worded_for_each_who_sells_or_serves_there() -> None:
    story = parse_story(load_yaml_text(PLATFORM, "temu-like.yaml"))
    brief = make_brief(load_project(), story, "en")
    texts = {s.persona: " ".join(x.text for p in s.points for x in p.sentences) for s in brief.sections}
    assert "worth a flagship store or a bigger budget" in texts["brand"]
    assert "worth listing more of your range" in texts["seller"]
    assert "direct-from-maker or white-label supply" in texts["factory"]
    assert "logistics, ads and store services" in texts["service_provider"]
    assert "Platform A's GMV" in texts["factory"]  # whose growth it is, always
    zh = make_brief(load_project(), story, "zh-Hans")
    assert "甲平台的GMV" in " ".join(x.text for s in zh.sections for p in s.points for x in p.sentences)
