"""sequential_growth: a level against the period just before it (Temu's EU
active buyers, 75 million in the first half of 2024 and 92 million in the
second: up 22.7%) is growth like a year's; a level with its year-earlier
figure is yoy_growth's, and two days in a row are no comparison."""

from __future__ import annotations

from ministory import mini_story

from summarizer.model import Story, Takeaway
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive
from summarizer.writers.markdown import brief_markdown

ENTITIES = """\
  temu: {kind: platform, name: {zh-Hans: Temu, en: Temu}}
  eu: {kind: market, name: {zh-Hans: 欧盟, en: the EU}}
"""


def _fact(fid: str, period: str, value: int) -> str:
    return (f"  {fid}: {{metric: active_buyers, entity: temu, segment: eu, period: '{period}', "
            f"value: {value}, scale: million, unit: users, source: {{quote: 原文}}}}\n")


def _growth(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule in ("sequential_growth", "yoy_growth")]


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2025-02-10")


def test_half_on_half_growth_is_told_with_both_halves() -> None:
    story = _story(_fact("h1", "2024H1", 75) + _fact("h2", "2024H2", 92))
    [t] = _growth(story)
    assert t.rule == "sequential_growth" and t.facts == ("h2", "h1")
    assert str(round(t.values["growth"].value, 1)) == "22.7"
    en = brief_markdown(make_brief(load_project(), story, "en"))
    assert ("Temu's EU active buyers grew from 75 million in the first half of 2024 to 92 "
            "million in the second half of 2024, up 22.7%.") in en
    zh = brief_markdown(make_brief(load_project(), story, "zh-Hans"))
    assert "从2024年上半年的7500万名增至2024年下半年的9200万名，增长22.7%" in zh


def test_a_year_earlier_figure_makes_it_yoy_and_days_are_no_step() -> None:
    story = _story(_fact("a", "2023H2", 50) + _fact("h1", "2024H1", 75) + _fact("h2", "2024H2", 92))
    rules = sorted((t.rule, t.facts[0]) for t in _growth(story))
    # 2024H2 has its year-earlier half: yoy; 2024H1 has only the half before it
    assert rules == [("sequential_growth", "h1"), ("yoy_growth", "h2")]
    days = _story(_fact("d1", "2024-11-10", 75) + _fact("d2", "2024-11-11", 92))
    assert _growth(days) == []


def test_a_platforms_buyers_growing_in_a_market_is_a_channel_for_each_reader() -> None:
    """Temu's EU buyers up 22.7%: the seller, the brand and the provider each
    read the channel growing there from their side, not one of them alone."""
    from ministory import sections

    en = sections(_story(_fact("h1", "2024H1", 75) + _fact("h2", "2024H2", 92)), "en")
    assert "more buyers are shopping there in the EU: worth listing more of your range" in en[
        "seller"]
    assert "worth a flagship store or a bigger budget in the EU" in en["brand"]
    assert "its sellers need logistics, ads and store services in the EU" in en[
        "service_provider"]
    assert "With Temu's active buyers in the EU up 22.7% in six months," in en["seller"]
    # another platform reads a rival's buyers as a yardstick, not as its own income
    assert (
        "**Competition**: Given that Temu's active buyers in the EU are up 22.7% in six months, a "
        "rival "
        "growing its active buyers in the EU this fast is taking share"
    ) in en["platform_operator"]
    zh = sections(_story(_fact("h1", "2024H1", 75) + _fact("h2", "2024H2", 92)), "zh-Hans")
    assert "Temu欧盟的活跃买家半年增长22.7%" in zh["seller"]


def test_a_platforms_monthly_users_are_buyers_to_its_sellers() -> None:
    """Monthly active users of a platform (the DSA's reported figure) have the
    stakes its buyers have: a channel for sellers, brands and providers."""
    from ministory import sections

    facts = (_fact("h1", "2024H1", 75) + _fact("h2", "2024H2", 92)).replace("active_buyers", "mau")
    en = sections(_story(facts), "en")
    assert "With Temu's MAU in the EU up 22.7% in six months, more buyers are shopping there" in en[
        "seller"]
    assert "a rival growing its MAU in the EU this fast is taking share" in en["platform_operator"]
