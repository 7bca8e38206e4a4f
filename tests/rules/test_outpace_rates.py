"""outpace with parts the article gives a rate for but no amount
("International GMV grew 41%" beside GMV up 32%): named as faster or slower
than the whole, never with a share; only where the parts are where sellers
sell (GMV), not a platform's revenue lines; never when the rates' rounding
could make the part level with the whole."""

from __future__ import annotations

from decimal import Decimal

from platform_story import platform_story

from summarizer.model import Story, Takeaway
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive
from summarizer.writers.markdown import brief_markdown

ENTITIES = """\
  intl: {kind: market, name: {zh-Hans: 国际市场, en: international sales}}
  eu: {kind: market, name: {zh-Hans: 欧洲, en: Europe}}
  ads: {kind: product, name: {zh-Hans: 广告, en: ads}}
"""
TOTAL = """\
  t: {metric: gmv, entity: p, period: 2025Q3, value: 92, scale: billion, currency: USD, source: {quote: 原文}}
  ty: {metric: gmv, measure: yoy, entity: p, period: 2025Q3, value: 32, unit: percent, stated: true, source: {quote: 原文}}
"""


def _story(facts: str) -> Story:
    return platform_story(TOTAL + facts, ENTITIES)


def _rate(fid: str, metric: str, seg: str, value: str) -> str:
    return (
        f"  {fid}: {{metric: {metric}, measure: yoy, entity: p, segment: {seg}, period: 2025Q3, "
        f"value: {value}, unit: percent, stated: true, source: {{quote: 原文}}}}\n"
    )


def _outpace(facts: str) -> list[Takeaway]:
    story = _story(facts)
    return [t for t in derive(story).takeaways if t.rule == "outpace"]


def test_a_part_known_by_its_rate_is_faster_or_slower_than_the_whole() -> None:
    [t] = _outpace(_rate("iy", "gmv", "intl", "41") + _rate("ey", "gmv", "eu", "12"))
    [fast], [slow] = t.values["ahead"], t.values["behind"]  # type: ignore[misc]
    assert (fast.part.segment, fast.new) == ("intl", None)
    assert slow.part.segment == "eu"
    story = _story(_rate("iy", "gmv", "intl", "41"))
    project = load_project()
    en = brief_markdown(make_brief(project, story, "en", ("general",)))
    assert "international sales grew 41%, faster than the whole" in en
    [line] = [ln for ln in en.splitlines() if "international sales grew" in ln]
    assert "share" not in line  # no amount, no share
    zh = brief_markdown(make_brief(project, story, "zh-Hans", ("general",)))
    assert "国际市场增长41%，快于整体" in zh


def test_a_rate_within_the_wholes_rounding_is_not_a_move() -> None:
    assert _outpace(_rate("iy", "gmv", "intl", "32.4")) == []


def test_revenue_lines_are_not_channels() -> None:
    facts = (
        "  r: {metric: revenue, entity: p, period: 2025Q3, value: 2.84, scale: billion, currency: USD, source: {quote: 原文}}\n"
        "  ry: {metric: revenue, measure: yoy, entity: p, period: 2025Q3, value: 32, unit: percent, stated: true, source: {quote: 原文}}\n"
        + _rate("ay", "revenue", "ads", "38")
    )
    assert _outpace(facts) == []


def _level(fid: str, seg: str, value: str, rate: str) -> str:
    return (
        f"  {fid}: {{metric: gmv, entity: p, segment: {seg}, period: 2025Q3, value: {value}, "
        f"scale: billion, currency: USD, source: {{quote: 原文}}}}\n" + _rate(fid + "y", "gmv", seg, rate)
    )


def test_a_part_that_fell_is_named_even_when_another_lost_more_share() -> None:
    """Three parts with amounts: the one that gained most share, the one that
    lost most, and one that fell though it lost less share (a small base)."""
    facts = _level("a", "intl", "3", "138") + _level("b", "eu", "40", "12") + _level("c", "ads", "1", "-35")
    [t] = _outpace(facts)
    assert [m.part.segment for m in t.values["also"]] == ["ads"]  # type: ignore[attr-defined]
    story = _story(facts)
    en = brief_markdown(make_brief(load_project(), story, "en", ("general",)))
    assert "ads fell 35% to US$1 billion while the whole grew, so its share fell to 1.1% from about 2.2%" in en


def test_each_reader_is_told_to_hold_back_where_a_part_fell() -> None:
    facts = _level("a", "intl", "3", "138") + _level("b", "eu", "40", "12") + _level("c", "ads", "1", "-35")
    story = _story(facts)
    brief = make_brief(load_project(), story, "en")
    texts = {s.persona: " ".join(x.text for p in s.points for x in p.sentences) for s in brief.sections}
    assert "ads, down 35%, is shrinking: keep stock and ads there tight" in texts["seller"]
    assert "ads, down 35%, is shrinking: move budget out of it" in texts["brand"]
    zh = make_brief(load_project(), story, "zh-Hans")
    seller = [s for s in zh.sections if s.persona == "seller"][0]
    assert "广告下降35%，正在萎缩，在那里的库存和广告投放宜收紧" in "".join(
        x.text for p in seller.points for x in p.sentences
    )


def test_a_share_the_article_states_is_the_share_now_and_backs_out_the_year_before() -> None:
    """GMV up 32%, international RMB 46 billion up 41%: the amounts make it
    50% of GMV, but the article says 49%; the page says 49%, and a year
    earlier is 49% x 1.32 / 1.41 (45.9%), not the amounts' 46.7%."""
    part = (
        "  i: {metric: gmv, entity: p, segment: intl, period: 2025Q3, value: 46, scale: billion, "
        "currency: USD, source: {quote: 原文}}\n"
        + _rate("iy", "gmv", "intl", "41")
    )
    share = (
        "  is: {metric: gmv, measure: share, entity: p, segment: intl, of: t, period: 2025Q3, "
        "value: 49, unit: percent, stated: true, source: {quote: 原文}}\n"
    )
    [plain] = _outpace(part)
    [said] = _outpace(part + share)
    [p0], [p1] = plain.values["ahead"], said.values["ahead"]  # type: ignore[misc]
    assert round(p0.new.value, 1) == 50 and round(p0.old.value, 1) == Decimal("46.8")
    assert p1.new.value == 49 and round(p1.old.value, 1) == Decimal("45.9")
    assert round(p1.delta.value, 1) == Decimal("3.1")
    en = brief_markdown(make_brief(load_project(), _story(part + share), "en", ("general",)))
    assert "its share rose to 49% from about 45.9% a year earlier" in en
    assert "50%" not in en
