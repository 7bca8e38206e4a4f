"""rate_move: a rate (conversion, returns) or a part's share read in two
periods with no link between them is one point, the move in percentage
points, worded per reader. Without it a story of rates over time reached no
one; a base the editor names stays base_change's, gross margins
margin_change's, and readings the rounding cannot tell apart are no move."""

from __future__ import annotations

from summarizer.facts.load import parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Brief, Story, Takeaway
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive

HEAD = """\
story:
  id: r
  source: a.txt
  title: {zh-Hans: 标题, en: Title}
  published: '2025-09-01'
  lede: {zh-Hans: 导语。, en: Lede.}
entities:
  d: {kind: platform, name: {zh-Hans: 抖音电商, en: Douyin e-commerce}}
  live: {kind: product, name: {zh-Hans: 直播带货, en: live selling}}
facts:
"""


def _story(facts: str) -> Story:
    return parse_story(load_yaml_text(HEAD + facts, "r.yaml"))


def _fact(fid: str, metric: str, period: str, value: str, extra: str = "") -> str:
    return (
        f"  {fid}: {{metric: {metric}, entity: d, period: {period}, value: {value}, "
        f"unit: percent{extra}, source: {{quote: 原文}}}}\n"
    )


def _moves(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule == "rate_move"]


def _section(brief: Brief, persona: str) -> str:
    (s,) = [s for s in brief.sections if s.persona == persona]
    return " ".join(x.text for p in s.points for x in p.sentences)


def test_a_conversion_rate_over_two_halves_is_more_sales_from_the_same_traffic() -> None:
    story = _story(
        _fact("c24", "conversion_rate", "2024H1", "2.1")
        + _fact("c25", "conversion_rate", "2025H1", "2.6")
    )
    [t] = _moves(story)
    assert (t.values["first"].id, t.values["last"].id, t.values["up"]) == ("c24", "c25", True)
    project = load_project()
    en = make_brief(project, story, "en")
    assert (
        "Douyin e-commerce's conversion rate rose 0.5 percentage points, from 2.1% in the first "
        "half of 2024 to 2.6% in the first half of 2025."
    ) in _section(en, "general")
    assert "the same traffic brings more sales" in _section(en, "seller")
    assert "your spending there is earning more" in _section(en, "brand")
    zh = make_brief(project, story, "zh-Hans")
    assert "抖音电商的转化率从2024年上半年的2.1%升至2025年上半年的2.6%，提高0.5个百分点。" in (
        _section(zh, "general")
    )


def test_a_returns_rate_falling_is_a_lower_cost_per_order() -> None:
    story = _story(
        _fact("r24", "return_rate", "FY2023", "18") + _fact("r25", "return_rate", "FY2024", "15")
    )
    zh = make_brief(load_project(), story, "zh-Hans")
    assert "每单成本随之减轻" in _section(zh, "seller")
    assert "逆向物流业务会随之减少" in _section(zh, "service_provider")


def test_a_share_moving_is_where_sales_go_for_each_reader() -> None:
    share = ", measure: share, segment: live"
    story = _story(
        _fact("s24", "gmv", "2024H1", "25", share) + _fact("s25", "gmv", "2025H1", "30", share)
    )
    [t] = _moves(story)
    assert t.values["share"] is True
    en = make_brief(load_project(), story, "en")
    assert (
        "Live selling's share of Douyin e-commerce's gross merchandise value (GMV) rose 5 "
        "percentage points, from 25% in the first half of 2024 to 30% in the first half of 2025."
    ) in _section(en, "general")
    text = " ".join(_section(en, p) for p in ("seller", "brand", "service_provider"))
    assert "sales are concentrating in live selling" in text
    assert "tilt your budget towards it" in text
    assert "demand for services around live selling will grow" in text
    assert _section(en, "factory") == ""  # a channel's share says nothing of what to make


def test_a_base_a_gross_margin_a_rounding_tie_or_one_reading_is_no_move() -> None:
    linked = _fact("f1", "conversion_rate", "2024H1", "2.1") + _fact(
        "f2", "conversion_rate", "2025H1", "2.6", ", base: f1"
    )
    assert _moves(_story(linked)) == []
    margins = _fact("m1", "gross_margin", "FY2023", "40") + _fact("m2", "gross_margin", "FY2024", "45")
    assert _moves(_story(margins)) == []
    tie = _fact("t1", "conversion_rate", "2024H1", "2.1") + _fact(
        "t2", "conversion_rate", "2025H1", "2.12"
    )
    assert _moves(_story(tie)) == []
    assert _moves(_story(_fact("o1", "conversion_rate", "2025H1", "2.6"))) == []


def test_a_platforms_commission_over_two_years_is_each_payers_cost() -> None:
    """A platform's cut of each sale (levied on sales) given for two years
    with no base reached no reader: rate_move left every charge to
    base_change. Now each reader who pays it reads its own point, and a
    rival platform reads it as a yardstick, not 'more sales from the same
    traffic'."""
    story = _story(
        _fact("c1", "commission_fee", "FY2024", "8") + _fact("c2", "commission_fee", "FY2025", "10")
    )
    (move,) = _moves(story)
    assert move.values["levied_on"] == "sales" and move.values["up"]
    en = make_brief(load_project(), story, "en")
    seller, brand = _section(en, "seller"), _section(en, "brand")
    assert "each sale there leaves you 2 percentage points less of its price" in seller
    assert "selling through Douyin e-commerce costs more" in brand
    assert "expect harder talks on price" in _section(en, "factory")
    operator = _section(en, "platform_operator")
    assert "will set your commission against its higher one" in operator
    assert "traffic" not in operator
    zh = make_brief(load_project(), story, "zh-Hans")
    assert "每卖出一单，到手的价格少2个百分点" in _section(zh, "seller")
    assert "从2024年的8%升至2025年的10%，提高2个百分点" in _section(zh, "general")


def test_a_governments_rate_on_sales_stays_base_changes() -> None:
    """A charge levied by a government (a tax on sales) is no platform's
    price: two readings without a base are still no move."""
    text = (HEAD + _fact("c1", "commission_fee", "FY2024", "8") + _fact(
        "c2", "commission_fee", "FY2025", "10"
    )).replace("kind: platform", "kind: government")
    assert _moves(parse_story(load_yaml_text(text, "r.yaml"))) == []
