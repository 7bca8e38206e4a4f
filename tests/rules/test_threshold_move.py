"""threshold_move: a free shipping minimum raised or cut -- Amazon's from
US$25 to US$35 for shoppers without Prime -- is no charge per sale: it
changes what goes into a basket. Read from each side: bundles priced to
reach it (seller, brand), kitting work (provider), small-basket shoppers to
win (rival platforms), order values (researcher); a cut the other way."""

from __future__ import annotations

from pathlib import Path

from ministory import mini_story, sections

from summarizer.facts.load import load_story
from summarizer.model import Story, Takeaway
from summarizer.rules import derive

SEED = Path(__file__).resolve().parents[2] / "seeds" / "amazon-free-shipping-minimum-2023.yaml"


def _moves(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule == "threshold_move"]


def test_a_higher_minimum_is_bundles_kitting_and_small_baskets_to_win() -> None:
    story = load_story(SEED)
    [t] = _moves(story)
    assert t.values["up"] and t.values["share"].value == 40
    # no charge per sale: base_change does not tell it as a cost on every order
    assert not [x for x in derive(story).takeaways if x.rule == "base_change"]
    en = sections(story, "en")
    # a test in some markets (trial: true) is told as one, not as the new rule
    assert ("Amazon began testing a higher free shipping minimum for shoppers without Prime on "
            "August 28, 2023: US$35, up from US$25 (40% higher).") in en["general"]
    assert "Where the test runs, baskets between US$25 and US$35 now pay for shipping on Amazon" \
        in en["seller"]
    assert "and whether the test becomes the rule" in en["researcher"]
    assert "just above Amazon's new US$35 minimum (up from US$25)" in en["brand"]
    assert "kitting and bundling work" in en["service_provider"]
    assert "an opening if your own threshold is lower" in en["platform_operator"]
    assert "a bar 40% higher lifts baskets or sends shoppers elsewhere" in en["researcher"]
    lines = [x for s in en.values() for x in s.splitlines() if x[:1].isdigit()]
    assert len(lines) == len(set(lines))
    hant = sections(story, "zh-Hant")
    assert "亞馬遜開始測試把非Prime會員的免運門檻從25美元提高至35美元（提高40%）" in hant["general"]
    assert hant["seller"].count("在測試範圍內，") == 1
    assert "調到35美元後" in hant["researcher"]


def test_a_lower_minimum_with_a_rivals_reads_the_other_way() -> None:
    story = mini_story(
        "  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}\n"
        "  q: {kind: platform, name: {zh-Hans: 乙平台, en: Platform B}}\n",
        "  o: {metric: free_shipping_threshold, entity: p, period: '2025-03-01', value: 49, "
        "currency: USD, source: {quote: 原文}}\n"
        "  n: {metric: free_shipping_threshold, entity: p, period: '2025-03-02', value: 35, "
        "currency: USD, base: o, source: {quote: 原文}}\n"
        "  r: {metric: free_shipping_threshold, entity: q, period: '2025-03-02', value: 25, "
        "currency: USD, source: {quote: 原文}}\n",
        published="2025-03-05",
    )
    [t] = _moves(story)
    assert not t.values["up"] and [o.id for o in t.values["others"]] == ["r"]
    en = sections(story, "en")
    assert ("Platform A lowered its free shipping minimum from US$49 to US$35 (29% lower) on "
            "March 2, 2025; Platform B's is US$25.") in en["general"]
    assert "A rival now ships baskets from US$35 (down from US$49) free" in en["platform_operator"]
    assert "(Platform B's: US$25)" in en["platform_operator"]
    assert "cheap single items sell more easily" in en["seller"]
