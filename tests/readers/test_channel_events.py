"""A platform opening or leaving a market (vocabulary ``channel:``) is a
sales channel: each reader who works with it reads what it means for them,
not one 'that means new demand' sentence for whoever comes first."""

from __future__ import annotations

import pytest
from ministory import first_points, mini_story, sections

from summarizer.facts.load import parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.pipeline import load_project, make_brief
from summarizer.writers.markdown import brief_markdown

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
    assert "在韩国靠甲平台经营的卖家需尽快清理库存" in texts["seller"]
    assert "韩国少了一个竞争者" in texts["platform_operator"]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            {
                "brand": "**Risk**: If you ran a store on Platform A in Korea",
                "seller": "**Risk**: Sellers on Platform A in Korea need to clear stock",
                "factory": "**Risk**: Sellers who sold through Platform A in Korea will order less",
                "service_provider": "**Opportunity**: Sellers leaving Platform A in Korea",
                "platform_operator": "**Competition**: One rival fewer in Korea",
                "researcher": "**For research**: Track where Platform A's sales in Korea go",
            },
        ),
        (
            "zh-Hans",
            {
                "brand": "**风险提示**：如果你在韩国的甲平台上开了店",
                "factory": "**风险提示**：在韩国靠甲平台销售的卖家在找到新渠道之前会少下单",
                "service_provider": "**机会**：在韩国撤离甲平台的卖家",
                "researcher": "**研究线索**：可跟踪甲平台退出后它在韩国的销售流向",
            },
        ),
    ],
)
def test_a_platform_leaving_a_market_is_news_to_every_reader(
    lang: str, said: dict[str, str]
) -> None:
    """Before, only its sellers and rival platforms were told: its brands,
    the factories its sellers buy from, providers and researchers got nothing."""
    entities = (
        "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n"
        "  korea: {kind: market, name: {zh-Hans: 韩国, en: Korea}}\n"
    )
    facts = (
        "  leave: {event: market_exit, entity: p, object: korea, date: '2025-05-31', "
        "text: {zh-Hans: 甲平台退出韩国, en: Platform A left Korea}, source: {quote: 原文}}\n"
    )
    points = first_points(sections(mini_story(entities, facts, published="2025-07-01"), lang))
    for reader, start in said.items():
        assert start in points[reader], (reader, points[reader])


def test_a_brand_entering_a_market_is_no_storefront() -> None:
    texts = _texts("en")
    assert "storefront in Korea" not in texts["seller"]


EVENTS = """\
story:
  id: events-mix
  source: a.txt
  title: {zh-Hans: 某平台收购物流公司, en: A platform buys a logistics firm}
  published: '2025-09-01'
  lede: {zh-Hans: 某平台收购物流公司。, en: A platform buys a logistics firm.}
entities:
  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}
  l: {kind: company, name: {zh-Hans: 乙物流, en: B Logistics}}
facts:
  buy: {event: acquisition, entity: p, object: l, date: '2025-08-20', text: {zh-Hans: 甲平台收购乙物流, en: Platform A bought B Logistics}, source: {quote: 原文}}
  cut: {event: layoffs, entity: p, date: '2025-08-25', value: 1200, unit: people, text: {zh-Hans: 甲平台裁员1200人, en: "Platform A cut 1,200 jobs"}, source: {quote: 原文}}
  store: {event: store_opening, entity: p, date: '2025-08-28', text: {zh-Hans: 甲平台在上海开出首家线下店, en: Platform A opened its first physical store in Shanghai}, source: {quote: 原文}}
  rule: {event: policy_change, entity: p, date: '2025-10-01', text: {zh-Hans: 甲平台将退货期从30天缩短至15天, en: Platform A shortens its returns window from 30 to 15 days}, source: {quote: 原文}}
"""


def test_each_event_kind_says_what_it_means_for_the_reader() -> None:
    story = parse_story(load_yaml_text(EVENTS, "events-mix.yaml"))
    brief = make_brief(load_project(), story, "en")
    texts = {
        sec.persona: " ".join(s.text for p in sec.points for s in p.sentences)
        for sec in brief.sections
    }
    assert "may move in-house" in texts["service_provider"]
    # two of its three events (a reader gets at most two points of one rule)
    assert "compliance work to prepare" in texts["service_provider"]
    # a seller's two: the platform's staff cuts (slower support) and its new rules,
    # ahead of its first physical store
    assert "Expect slower support and account management" in texts["seller"]
    # a brand's two: the platform's new rules and its staff cuts (who handles
    # its account), ahead of the platform's first physical store
    assert "confirm who now handles your account" in texts["brand"]
    assert "expand offline too" not in texts["brand"]
    assert "A rival is cutting staff" in texts["platform_operator"]
    everything = " ".join(texts.values())
    assert "The competitive field shifts" not in everything
    assert "That means new demand" not in everything
    # the editor wrote the figure into the clause: it is not appended again
    assert "cut 1,200 jobs 1,200" not in everything and "cut 1,200 jobs" in everything


def test_a_platforms_new_rules_say_what_to_change_before_they_apply() -> None:
    story = parse_story(load_yaml_text(EVENTS, "events-mix.yaml"))
    brief = make_brief(load_project(), story, "zh-Hans")
    seller = next(sec for sec in brief.sections if sec.persona == "seller")
    [point] = [p for p in seller.points if "退货期" in "".join(s.text for s in p.alone)]
    text = "".join(s.text for s in point.alone)
    assert point.label == "政策变化"
    assert "新规则届时生效，需在此之前调整店铺设置" in text  # the day once, in the event


WAIVER = """\
story:
  id: waiver
  source: w.txt
  title: {zh-Hans: 标题, en: Title}
  published: '2025-08-20'
  lede: {zh-Hans: 导语。, en: Lede.}
entities:
  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}
facts:
  cut:
    event: fee_change
    entity: p
    date: '2025-09-01'
    until: '2025-11-30'
    text: {zh-Hans: 甲平台对新入驻卖家免收佣金, en: Platform A waives commission for new sellers}
    source: {quote: 原文}
"""


def test_a_change_with_an_end_day_is_a_window() -> None:
    """A fee waived until a day: the point says when it ends, a seller plans
    for the window and the old terms after it, a platform watches sign-ups
    either side of the end."""
    story = parse_story(load_yaml_text(WAIVER, "w.yaml"))
    project = load_project()
    en = brief_markdown(make_brief(project, story, "en"))  # a seller and a brand, each its own way
    assert (
        "From September 1, 2025, Platform A waives commission for new sellers, until November 30, 2025."
        in en
    )
    assert "The terms last only until November 30, 2025: set prices and stock for that window" in en
    assert (
        "The terms last only until November 30, 2025: weigh the channel on the terms that follow"
        in en
    )
    assert "The terms end on November 30, 2025: watch sellers' sign-ups and retention" in en
    zh = brief_markdown(make_brief(project, story, "zh-Hans"))
    assert "自2025年9月1日起，甲平台对新入驻卖家免收佣金，至2025年11月30日止。" in zh
    assert "这项调整只持续到2025年11月30日" in zh
