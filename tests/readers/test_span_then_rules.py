"""A volume that grew over years reads differently when the story then
changes the rules for it: without a change it is a channel to plan around;
with a tariff, fee or policy change dated after the span it is a volume that
must find other routes (de minimis parcels: up 9.8 times, then taxed).
The service provider's wording (the business behind the volume is up for
grabs) is in the us-de-minimis-global-end goldens."""

from __future__ import annotations

import pytest

from summarizer.facts.load import parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.pipeline import load_project, make_brief

STORY = """\
story:
  id: parcels-span
  source: a.txt
  title: {{zh-Hans: 小包数量九年大增, en: Small parcels grew over nine years}}
  published: '2025-08-29'
  lede: {{zh-Hans: 小包数量九年大增。, en: Small parcels grew over nine years.}}
entities:
  cbp: {{kind: regulator, name: {{zh-Hans: 海关, en: Customs}}}}
  small: {{kind: product, name: {{zh-Hans: 小额豁免, en: de minimis}}}}
facts:
  p15: {{metric: parcels, entity: cbp, segment: small, period: FY2015, value: 1.39, scale: 亿, unit: items, source: {{quote: 原文}}}}
  p24: {{metric: parcels, entity: cbp, segment: small, period: FY2024, value: 13.6, scale: 亿, unit: items, source: {{quote: 原文}}}}
{extra}"""

TARIFF = """\
  end: {event: tariff_change, entity: cbp, date: '{date}', text: {zh-Hans: 海关对所有包裹征收正常关税, en: Customs began charging normal duties on all parcels}, source: {quote: 原文}}
"""


def _seller(extra: str, lang: str) -> str:
    story = parse_story(load_yaml_text(STORY.format(extra=extra), "parcels-span.yaml"))
    brief = make_brief(load_project(), story, lang)
    (section,) = [s for s in brief.sections if s.persona == "seller"]
    return " ".join(s.text for p in section.points for s in p.sentences)


@pytest.mark.parametrize(
    ("lang", "routes", "mainstream"),
    [
        ("en", "has to find other routes under the new rules; sales that relied", "channel is mainstream"),
        ("zh-Hans", "新规则下这么大的量要另找出路，靠这条渠道的销量需重新规划", "这条渠道已是主流"),
    ],
)
def test_growth_then_a_tariff_is_volume_to_reroute(lang: str, routes: str, mainstream: str) -> None:
    after = _seller(TARIFF.replace("{date}", "2025-08-29"), lang)
    assert routes in after
    assert mainstream not in after
    plain = _seller("", lang)
    assert mainstream in plain
    assert routes not in plain


def test_a_change_before_the_span_ends_is_no_change_for_it() -> None:
    before = _seller(TARIFF.replace("{date}", "2024-03-01"), "en")
    assert "has to find other routes" not in before
    assert "channel is mainstream" in before
