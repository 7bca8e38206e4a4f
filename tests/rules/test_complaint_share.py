"""complaint_share: platforms' shares of the complaints one service took in (网经社's reports on
merchants' complaints: Pinduoduo 43.25% in 2025H1, 40.71% in 2025Q3). Drafted as revenue shares,
and read as market shares they would have told a seller that orders move to the platform
merchants complain about most; now they are where disputes concentrate."""

from __future__ import annotations

from ministory import first_points, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  a: {kind: platform, name: {zh-Hans: 甲, en: Alpha}}\n"
    "  b: {kind: platform, name: {zh-Hans: 乙, en: Beta}}\n"
    "  c: {kind: platform, name: {zh-Hans: 丙, en: Gamma}}\n"
    "  d: {kind: platform, name: {zh-Hans: 丁, en: Delta}}\n"
    "  all: {kind: market, plural: true, name: {zh-Hans: 电商平台, en: e-commerce platforms}}\n"
)


def _share(fid: str, entity: str, period: str, value: str, segment: str = "merchants") -> str:
    return (f"  {fid}: {{metric: complaint_share, entity: {entity}, segment: {segment}, "
            f"period: {period}, value: {value}, unit: percent, source: {{quote: {fid}原文}}}}\n")


CASES = ("  n: {metric: complaints, entity: all, segment: merchants, period: 2025H1, value: 1, "
         "scale: 万, unit: complaints, qualifier: nearly, source: {quote: 近万份}}\n")

TWO_REPORTS = (
    _share("a1", "a", "2025H1", "43.25") + _share("b1", "b", "2025H1", "26.47")
    + _share("c1", "c", "2025H1", "16.44") + _share("d1", "d", "2025H1", "3.82")
    + _share("a2", "a", "2025Q3", "40.71") + _share("b2", "b", "2025Q3", "26.64")
    + _share("c2", "c", "2025Q3", "14.97") + _share("d2", "d", "2025Q3", "3.54") + CASES
)


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2025-10-13")


def test_the_leader_falls_and_each_reader_reads_its_own_figure() -> None:
    [t] = [t for t in derive(_story(TWO_REPORTS)).takeaways if t.rule == "complaint_share"]
    assert t.entity == "a" and t.values["faller"] is t.values["leader"]
    assert t.values["riser"]["cur"].id == "b2" and not t.values["same_span"]
    assert t.facts == ("a2", "a1", "b2", "b1", "c2", "c1", "d2", "d1", "n")
    # no other rule reads the shares as a market's (orders moving to the leader)
    assert [x.rule for x in derive(_story(TWO_REPORTS)).takeaways] == ["complaint_share"]
    en = sections(_story(TWO_REPORTS), "en")
    assert ("Among merchants' complaints against e-commerce platforms in the third quarter of "
            "2025, Alpha drew 40.71%, down from 43.25% in the first half of 2025; Beta 26.64% "
            "(from 26.47%), Gamma 14.97% (from 16.44%), and Delta 3.54% (from 3.82%); the top "
            "three drew 82.32% between them.") in en["general"]
    first = first_points(en)
    assert "With Alpha drawing 40.71% of merchants' complaints, if you sell there, keep proof" \
        in first["seller"]
    assert "With Alpha, Beta, and Gamma drawing 82.32% of merchants' complaints between them" \
        in first["brand"]
    assert "With Alpha and Beta drawing 40.71% and 26.64%" in first["service_provider"]
    assert "down 2.54 percentage points to 40.71%, it still draws the most" \
        in first["platform_operator"]
    assert ("The shares in the first half of 2025 are of the nearly 10,000 complaints filed with "
            "one service, not complaint rates") in first["researcher"]
    assert "spans of different lengths" in first["researcher"]
    assert first["factory"] == ""
    # each reader its own sentence: no lead-in repeated across readers
    leads = [p.split(",")[0] for p in first.values() if p]
    assert len(leads) == len(set(leads)) == 5
    zh = sections(_story(TWO_REPORTS), "zh-Hans")
    assert ("2025年三季度电商平台的商家投诉中，甲占40.71%，低于2025年上半年的43.25%；乙占26.64%"
            "（此前为26.47%），丙占14.97%（此前为16.44%），丁占3.54%（此前为3.82%）；前三家合计占"
            "82.32%。") in zh["general"]
    assert "2025年上半年的占比按向一家投诉平台提交的近1万件商家投诉计算，不是投诉率" \
        in zh["researcher"]


def test_one_report_is_a_ranking_with_no_moves() -> None:
    one = _share("a1", "a", "2025H1", "43.25") + _share("b1", "b", "2025H1", "26.47")
    [t] = [t for t in derive(_story(one)).takeaways if t.rule == "complaint_share"]
    assert t.values["faller"] is None and t.values["riser"] is None and t.values["same_span"]
    en = sections(_story(one), "en")
    assert ("Among merchants' complaints against e-commerce platforms in the first half of 2025, "
            "Alpha drew 43.25%, the most; Beta 26.47%; the top two drew 69.72% between them.") \
        in en["general"]
    assert "these are shares of what merchants filed with one service, not complaint rates" \
        not in en["researcher"]  # not lead: the researcher comes in by its own figure
    assert "compete on how it settles disputes" in en["platform_operator"]
    assert "spans of different lengths" not in en["researcher"]


def test_a_share_alone_or_a_tie_after_the_leaders() -> None:
    alone = _story(_share("a1", "a", "2025H1", "43.25"))
    assert not [t for t in derive(alone).takeaways if t.rule == "complaint_share"]
    # the third and fourth tied: which one is 'the top three' would be arbitrary
    tied = (_share("a1", "a", "2025H1", "40") + _share("b1", "b", "2025H1", "30")
            + _share("c1", "c", "2025H1", "5") + _share("d1", "d", "2025H1", "5"))
    [t] = [t for t in derive(_story(tied)).takeaways if t.rule == "complaint_share"]
    assert t.values["together"] is None and t.values["top"] == []
    # complaints of others (a market's, not merchants') are not read as merchants', nor mixed
    mixed = TWO_REPORTS + _share("s1", "b", "2025Q3", "50", segment="all") \
        + _share("s2", "a", "2025Q3", "20", segment="all")
    rankings = [t for t in derive(_story(mixed)).takeaways if t.rule == "complaint_share"]
    assert [t.values["leader"]["cur"].id for t in rankings] == ["a2"]
