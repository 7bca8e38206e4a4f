"""A fee charged in money (a fulfilment fee per unit) trimmed for two sizes on
one day: one point, worded per reader with the amounts, never 'cost pressure
eases accordingly' or 'this change is worth tracking'."""

from __future__ import annotations

import pytest

from summarizer.facts.load import parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Brief
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive

STORY = """\
story:
  id: fba
  source: a.txt
  title: {zh-Hans: 亚马逊下调部分FBA配送费, en: Amazon trims some FBA fulfilment fees}
  published: '2025-01-10'
  lede: {zh-Hans: 亚马逊将下调部分FBA配送费。, en: Amazon trims some FBA fulfilment fees.}
entities:
  amazon: {kind: platform, name: {zh-Hans: 亚马逊, en: Amazon}}
  small: {kind: product, name: {zh-Hans: 小号标准尺寸商品, en: small standard-size items}}
  large: {kind: product, name: {zh-Hans: 大号标准尺寸商品, en: large standard-size items}}
facts:
  s-old: {metric: fulfilment_fee, entity: amazon, segment: small, period: '2025-01-14', value: 3.22, currency: USD, source: {quote: 原文一}}
  s-new: {metric: fulfilment_fee, entity: amazon, segment: small, period: '2025-01-15', value: 3.06, currency: USD, base: s-old, source: {quote: 原文二}}
  l-old: {metric: fulfilment_fee, entity: amazon, segment: large, period: '2025-01-14', value: 3.86, currency: USD, source: {quote: 原文三}}
  l-new: {metric: fulfilment_fee, entity: amazon, segment: large, period: '2025-01-15', value: 3.68, currency: USD, base: l-old, source: {quote: 原文四}}
"""


def _story():  # type: ignore[no-untyped-def]
    return parse_story(load_yaml_text(STORY, "fba.yaml"))


def _texts(brief: Brief) -> dict[str, str]:
    return {
        sec.persona: " ".join(s.text for p in sec.points for s in p.sentences)
        for sec in brief.sections
    }


def test_two_sizes_trimmed_on_one_day_are_one_move_from_different_bases() -> None:
    [t] = [t for t in derive(_story()).takeaways if t.rule == "base_change"]
    assert len(t.values["also"]) == 1  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "persona", "said"),
    [
        ("en", "seller", "US$0.18 lower and US$0.16 lower for small standard-size items: room to cut prices"),
        ("en", "brand", "a saving on every sale through this channel"),
        ("en", "service_provider", "the platform's own service gets cheaper"),
        ("en", "platform_operator", "collects US$0.18 less per charge"),
        ("zh-Hans", "seller", "每次少付0.18美元（小号标准尺寸商品少付0.16美元）"),
        ("zh-Hans", "service_provider", "平台自营服务变便宜"),
    ],
)
def test_each_reader_gets_the_amounts_worded_for_it(lang: str, persona: str, said: str) -> None:
    text = _texts(make_brief(load_project(), _story(), lang))
    assert said in text[persona], text[persona]
    assert "worth tracking" not in " ".join(text.values())
    assert "accordingly" not in " ".join(text.values())


def test_the_point_says_the_day_not_as_of() -> None:
    text = _texts(make_brief(load_project(), _story(), "en"))["general"]
    assert "falls from US$3.86 to US$3.68 on January 15, 2025" in text


TARIFF = """\
story:
  id: tariff
  source: a.txt
  title: {zh-Hans: 美国对华加征关税升至145%, en: US tariffs on Chinese goods rise to 145%}
  published: '2025-04-11'
  lede: {zh-Hans: 美国对中国商品加征的关税升至145%。, en: US tariffs on Chinese goods rise to 145%.}
entities:
  us-gov: {kind: government, name: {zh-Hans: 美国政府, en: the US government}}
  china-goods: {kind: product, name: {zh-Hans: 中国商品, en: Chinese goods}}
facts:
  t-old: {metric: tariff_rate, entity: us-gov, segment: china-goods, period: '2025-04-08', value: 54, unit: percent, source: {quote: 原文一}}
  t-new: {metric: tariff_rate, entity: us-gov, segment: china-goods, period: '2025-04-10', value: 145, unit: percent, base: t-old, source: {quote: 原文二}}
"""


@pytest.mark.parametrize(
    ("lang", "persona", "said"),
    [
        ("en", "seller", "carry 91 percentage points more duty on their import value, so landed costs"),
        ("en", "factory", "quote with the duty in, or look at shipping from another country"),
        ("en", "brand", "widening their cost gap with goods from other sourcing countries: compare suppliers elsewhere"),
        ("zh-Hans", "brand", "与其他采购地商品的成本差距拉大，需比较其他地区的供应商"),
        ("zh-Hans", "factory", "海外买家进口中国商品时多缴91个百分点的关税，会向你压价"),
        ("en", "service_provider", "customs filings"),
        ("en", "platform_operator", "face higher landed costs"),
        ("zh-Hans", "seller", "进口时按货值多缴91个百分点的关税，需重新核算到岸成本和售价"),
        ("zh-Hans", "factory", "报价要把关税算进去"),
    ],
)
def test_a_tariff_is_a_duty_on_imports_not_a_share_of_every_sale(
    lang: str, persona: str, said: str
) -> None:
    story = parse_story(load_yaml_text(TARIFF, "tariff.yaml"))
    text = _texts(make_brief(load_project(), story, lang))
    assert said in text[persona], text[persona]
    everything = " ".join(text.values())
    assert "of every sale" not in everything and "worth tracking" not in everything
