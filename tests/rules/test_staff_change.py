"""staff_change: a business cutting or adding staff, as a share of its
workforce -- Amazon's "estimated 14,000 roles -- about 4% of their workforce
of an estimated 350,000" -- read by whose staff it is: a platform's sellers
and brands lose support and its partners may take over work; a company's
resellers, suppliers and providers see orders and budgets shrink; a rival
has people to hire. Hiring is a rival staffing up and workers the reader
competes for. A layoffs event of the same business is the same news: said
once, in the article's words, with the share."""

from __future__ import annotations

from pathlib import Path

from ministory import READERS, mini_story, sections

from summarizer.facts.load import load_story
from summarizer.model import Story, Takeaway
from summarizer.rules import derive

SEED = Path(__file__).resolve().parents[2] / "seeds" / "amazon-layoffs-2025.yaml"


def _changes(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule == "staff_change"]


def _story(kind: str, facts: str, published: str = "2025-03-01") -> Story:
    return mini_story(f"  p: {{kind: {kind}, name: {{zh-Hans: 甲公司, en: Company A}}}}\n", facts,
                      published=published)


CUT = (
    "  c: {metric: employees, entity: p, measure: change, period: FY2025, value: -500, "
    "unit: employees, source: {quote: 原文}}\n"
    "  n: {metric: employees, entity: p, period: '2024-12-31', value: 10000, qualifier: about, "
    "unit: employees, source: {quote: 原文}}\n"
)
HIRE = (
    "  c: {metric: employees, entity: p, measure: change, period: '2025-10-01/2025-12-31', "
    "value: 250000, unit: employees, source: {quote: 原文}}\n"
    "  n: {metric: employees, entity: p, period: '2025-09-30', value: 1500000, qualifier: about, "
    "unit: employees, source: {quote: 原文}}\n"
)


def _points(s: dict[str, str]) -> list[str]:
    """The readers' first points (the Quick Summary's left out)."""
    return [line for r in READERS for line in s[r].splitlines() if line.startswith("1. ")]


def test_a_platforms_cut_is_said_once_in_the_articles_words_with_its_share() -> None:
    story = load_story(SEED)
    [t] = _changes(story)
    assert t.facts == ("cut-count", "corporate-staff", "cuts")
    assert t.values["share"].value == 4 and t.values["event"].id == "cuts"
    assert not [x for x in derive(story).takeaways if x.rule == "dated_event"]
    en = sections(story, "en")
    assert ("On October 28, 2025, Amazon announced it would cut about 14,000 corporate jobs, "
            "about 4% of its roughly 350,000 corporate staff.") in en["brand"]
    assert "confirm who now handles your account" in en["brand"]
    assert ("Expect slower support and account management from Amazon as it cuts about 14,000 "
            "jobs (about 4% of its corporate staff)") in en["seller"]
    assert "may go to partners: offer it" in en["service_provider"]
    assert "A rival is cutting about 14,000 jobs" in en["platform_operator"]
    assert "To tell cost-cutting from retreat" in en["researcher"]
    assert "nothing here calls for a factory's attention" in en["factory"]
    points = _points(en)
    assert len(points) == len(set(points)) == 5
    zh = sections(story, "zh-Hans")
    assert "2025年10月28日，亚马逊宣布裁减约1.4万个企业职位，占其约35万名企业员工的约4%。" in zh["brand"]
    assert "亚马逊裁减约1.4万名企业员工（约占其企业员工的4%）后，卖家支持" in zh["seller"]


def test_a_companys_cut_reaches_its_resellers_suppliers_and_providers() -> None:
    story = _story("company", CUT)
    [t] = _changes(story)
    assert not t.values["up"] and not t.values["platform"] and t.values["event"] is None
    en = sections(story, "en")
    assert "Company A will cut 500 of its roughly 10,000 jobs (about 5%) in 2025." in en["general"]
    assert "Company A, cutting 500 jobs (about 5% of its staff), may slow its orders" in en["seller"]
    assert "If Company A buys from you, expect smaller orders" in en["factory"]
    assert "will trim outside spending too" in en["service_provider"]
    assert "experienced people to hire" in en["brand"]
    # a company's staff is no rival platform's
    assert "nothing here calls for a platform operator's attention" in en["platform_operator"]
    assert len(_points(en)) == len(set(_points(en))) == 5
    zh = sections(story, "zh-Hans")
    assert "甲公司将在2025年裁减其约1万名员工中的500名（约5%）。" in zh["general"]
    assert "如果甲公司是你的客户，它裁减500名员工（约占其员工的5%），订单也可能随之减少" in zh["factory"]
    assert "订单量" not in zh["factory"] + zh["seller"]  # an order here, not the metric


def test_hiring_is_a_rival_staffing_up_and_workers_to_compete_for() -> None:
    story = _story("platform", HIRE, published="2025-09-20")
    [t] = _changes(story)
    assert t.values["up"] and t.values["ahead"]
    en = sections(story, "en")
    assert ("Company A will hire 250,000 people between October 1 and December 31, 2025, "
            "adding about 17% to its roughly 1.5 million staff.") in en["general"]
    assert "from the same pool of workers as you" in en["service_provider"]
    assert "A rival is adding 250,000 people (about 17% more staff)" in en["platform_operator"]
    assert "To tell growth from replacing people who left" in en["researcher"]
    for reader in ("seller", "brand", "factory"):
        assert "nothing here calls for" in en[reader]
    zh = sections(story, "zh-Hans")
    assert "招聘25万名员工，相当于其约150万名员工的约17%。" in zh["general"]
    assert "对手在增加25万名员工（员工总数约增加17%）" in zh["platform_operator"]


def test_a_workforce_in_the_millions_keeps_its_written_digits() -> None:
    """The total is said as written (1.5 million, 1.55万), not rounded to the
    digits of a computed figure (2 million, 2万)."""
    zh = sections(_story("company", HIRE), "zh-Hans")["general"]
    assert "约150万名员工" in zh
    stores = _story("company", (
        "  c: {metric: stores, entity: p, measure: change, period: FY2025, value: -1550, "
        "unit: stores, source: {quote: 原文}}\n"
        "  n: {metric: stores, entity: p, period: '2024-12-31', value: 15500, qualifier: about, "
        "unit: stores, source: {quote: 原文}}\n"))
    assert "其约1.55万家门店中的1550家（约10%）" in sections(stores, "zh-Hans")["general"]
    assert "of the roughly 15,500 stores it runs (about 10%)" in sections(stores, "en")["general"]


def test_layoffs_without_figures_still_read_by_whose_staff_it_is() -> None:
    event = ("  c: {event: layoffs, entity: p, date: '2025-02-20', text: {zh-Hans: 甲公司宣布裁员, "
             "en: Company A said it would cut jobs}, source: {quote: 原文}}\n")
    company = sections(_story("brand", event), "en")
    assert "A rival" not in company["platform_operator"]
    assert "Company A is cutting staff: experienced people to hire" in company["brand"]
    assert "If Company A buys from you, expect smaller orders as it cuts staff" in company["factory"]
    platform = sections(_story("platform", event), "en")
    assert "Your contacts at Company A may change as it cuts staff" in platform["brand"]
    assert "A rival is cutting staff" in platform["platform_operator"]
    assert set(READERS) <= set(platform)


def test_a_headcount_over_two_years_is_no_readers_fallback() -> None:
    """A headcount has no stances of its own (staff_change says a cut's or
    a hire's per reader): two years of it tell no seller 'the exposure
    grows with it' and no brand 'more rivals compete for the same buyers'."""
    story = _story("company", (
        "  a: {metric: employees, entity: p, period: FY2024, value: 8300, unit: employees, "
        "source: {quote: 原文一}}\n"
        "  b: {metric: employees, entity: p, period: FY2025, value: 9300, unit: employees, "
        "source: {quote: 原文二}}\n"), published="2026-02-10")
    text = "\n".join(sections(story, "en").values())
    assert "exposure grows" not in text and "rivals compete for the same buyers" not in text


def test_a_layoffs_event_beside_two_headcounts_is_still_told() -> None:
    """A net headcount is said in the summary only; it does not take the
    layoffs event with it: the event still reaches its readers."""
    story = _story("company", (
        "  a: {metric: employees, entity: p, period: FY2024, value: 8300, unit: employees, "
        "source: {quote: 原文一}}\n"
        "  b: {metric: employees, entity: p, period: FY2025, value: 8100, unit: employees, "
        "source: {quote: 原文二}}\n"
        "  c: {event: layoffs, entity: p, date: '2026-01-20', text: {zh-Hans: 甲公司宣布裁员, "
        "en: Company A said it would cut jobs}, source: {quote: 原文三}}\n"), published="2026-02-10")
    [t] = _changes(story)
    assert t.values["net"] and t.values["event"] is None and "c" not in t.facts
    en = sections(story, "en")
    assert "If Company A buys from you, expect smaller orders as it cuts staff" in en["factory"]
