"""investment_pace: money a business or a government says it will spend is
told with its yearly pace when it runs over years -- Alibaba's RMB 100
billion over five years is about RMB 20 billion a year -- and read by who
spends it: a platform's capacity is a seller's service to try, a brand's
yardstick, an independent provider's rival; a company's budget is a factory's
orders and a provider's work; public money is contracts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ministory import mini_story, sections

from summarizer.facts.load import load_story, parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Story, Takeaway
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive
from summarizer.writers.markdown import brief_markdown

SEED = Path(__file__).resolve().parents[2] / "seeds" / "alibaba-logistics-investment-2017.yaml"
READERS = ("brand", "seller", "factory", "service_provider", "platform_operator", "researcher")

HEAD = """\
story:
  id: s
  source: s.txt
  title: {zh-Hans: 标题, en: Title}
  published: '2025-03-05'
  lede: {zh-Hans: 导语。, en: Lede.}
entities:
  x: {kind: KIND, name: {zh-Hans: 甲公司, en: Company A}}
facts:
"""


def _story(kind: str, *facts: str) -> Story:
    text = HEAD.replace("KIND", kind) + "".join(f"  {f}\n" for f in facts)
    return parse_story(load_yaml_text(text, "s.yaml"))


def _paces(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule == "investment_pace"]


def _sections(story: Story, lang: str) -> dict[str, str]:
    md = brief_markdown(make_brief(load_project(), story, lang))
    return dict(zip(("general", *READERS), md.split("\n## ")[1:-1], strict=True))


def test_five_years_of_logistics_is_a_yearly_pace_each_reader_reads_its_own_way() -> None:
    story = load_story(SEED)
    [t] = _paces(story)
    assert t.values["whole_years"] == 5 and t.values["ahead"] and t.values["investor"] == "platform"
    assert t.values["per_year"].value == Decimal(20_000_000_000)
    en = _sections(story, "en")
    assert ("Alibaba plans to invest RMB 100 billion in a global logistics network over five "
            "years: about RMB 20 billion a year.") in en["brand"]
    assert "try them early" in en["seller"]
    assert "building in-house what independent service providers sell" in en["service_provider"]
    assert "a rival's bid for sellers and shoppers" in en["platform_operator"]
    assert "set the yearly pace against its annual revenue" in en["researcher"]
    assert "**" not in en["factory"]  # a platform's own capacity is no factory's order
    said = [line for s in en.values() for line in s.splitlines() if line.startswith("1. **")]
    assert len(said) == len(set(said)) == 5
    zh = _sections(story, "zh-Hans")
    assert "阿里巴巴计划在五年内为全球物流网络投入1000亿元，约合每年200亿元。" in zh["brand"]
    assert "阿里巴巴计划把每年约200亿元投进全球物流网络，建成的能力会变成平台面向卖家的服务" in zh["seller"]
    # each reader's own way in to the sum: no two sections open alike
    opens = [line.split("**：", 1)[1][:8] for s in zh.values() for line in s.splitlines()
             if line.startswith("1. **")]
    assert len(opens) == len(set(opens))
    en_opens = [line.split("**: ", 1)[1][:20] for line in said]
    assert len(en_opens) == len(set(en_opens))


def test_a_companys_budget_is_orders_and_work_and_public_money_is_contracts() -> None:
    fact = ("i: {metric: investment, entity: x, period: FY2025/FY2027, value: 3, scale: billion, "
            "currency: USD, source: {quote: 原文}}")
    company = _sections(_story("company", fact), "en")
    assert "equipment, materials and goods: worth pitching to early" in company["factory"]
    assert "a budget that size is work to bid for" in company["service_provider"]
    assert "a rival is investing heavily" in company["brand"]
    assert "**" not in company["seller"] and "**" not in company["platform_operator"]
    public = _sections(_story("government", fact), "zh-Hans")
    assert "公共资金会变成建设和运营项目：留意招标" in public["service_provider"]
    assert all("**" not in public[r] for r in ("brand", "seller", "factory", "platform_operator"))
    assert "可对照其他地区的同类公共投入" in public["researcher"]


def test_a_single_year_has_no_pace_and_a_spent_budget_is_told_as_spent() -> None:
    year = _story("company", "i: {metric: investment, entity: x, period: FY2024, value: 3, "
                  "scale: billion, currency: USD, source: {quote: 原文}}")
    [t] = _paces(year)
    assert t.values["per_year"] is None and not t.values["ahead"]
    en = brief_markdown(make_brief(load_project(), year, "en"))
    assert "Company A invested US$3 billion in 2024." in en
    assert "a year" not in en


def test_a_budget_raised_from_an_earlier_one_is_not_told_twice() -> None:
    story = _story(
        "company",
        "a: {metric: investment, entity: x, period: FY2024, value: 3, scale: billion, "
        "currency: USD, source: {quote: 原文}}",
        "b: {metric: investment, entity: x, period: FY2025, base: a, value: 4, scale: billion, "
        "currency: USD, source: {quote: 原文}}",
    )
    assert _paces(story) == []


def test_an_undated_sum_is_a_plan() -> None:
    """'Amazon is considering a $15 billion warehouse expansion plan': an
    amount with no period is a pledge, not money spent."""
    story = _story("platform", "i: {metric: investment, entity: x, value: 15, scale: billion, "
                   "currency: USD, source: {quote: 原文}}")
    [t] = _paces(story)
    assert t.values["ahead"] and t.values["per_year"] is None
    assert "Company A plans to invest US$15 billion." in brief_markdown(
        make_brief(load_project(), story, "en"))
    assert "甲公司计划投入150亿美元。" in brief_markdown(make_brief(load_project(), story, "zh-Hans"))


def test_one_investors_sums_for_one_period_are_one_point_with_their_total() -> None:
    """Etsy's US$50 million for customer service and US$40 million for policy
    enforcement: one point, US$90 million in all with each sum in brackets,
    not two points that tell every reader the same thing twice; a sum of
    another investor, or of another period, stays its own."""
    uses = (
        "cs: {kind: product, name: {zh-Hans: 客户服务, en: customer service}}\n"
        "  pe: {kind: product, name: {zh-Hans: 规则执行, en: policy enforcement}}\n"
    )
    facts = (
        "a: {metric: investment, entity: x, segment: cs, value: 50, scale: million, "
        "currency: USD, source: {quote: 原文}}",
        "b: {metric: investment, entity: x, segment: pe, value: 40, scale: million, "
        "currency: USD, source: {quote: 原文}}",
        "c: {metric: investment, entity: x, period: FY2024, value: 10, scale: million, "
        "currency: USD, source: {quote: 原文}}",
    )
    text = HEAD.replace("KIND", "platform").replace("facts:\n", f"  {uses}facts:\n")
    story = parse_story(load_yaml_text(text + "".join(f"  {f}\n" for f in facts), "s.yaml"))
    paces = _paces(story)
    assert [t.facts for t in paces] == [("a", "b"), ("c",)]
    assert paces[0].values["total"].value == Decimal(90_000_000)
    en, zh = _sections(story, "en"), _sections(story, "zh-Hans")
    said = ("Company A plans to invest US$90 million in all (US$50 million in customer service "
            "and US$40 million in policy enforcement).")
    assert said in en["brand"] + en["general"]
    assert "甲公司计划共投入9000万美元（客户服务5000万美元、规则执行4000万美元）" in zh["brand"] + zh["general"]
    assert en["seller"].count("US$50 million") + en["seller"].count("US$40 million") <= 2


def test_an_earlier_periods_spending_is_history_not_a_budget_on_offer() -> None:
    """Capital spending in two like periods (a quarter a year apart): the earlier sum was told as
    "US$6.6 million from Alpha is on offer … worth pitching to early" beside the later one, in the
    same readers' sections; now only the latest is a budget, the move is the growth rules'."""
    entity = "  p: {kind: company, name: {zh-Hans: 甲, en: Alpha}}\n"
    facts = "".join(
        f"  {fid}: {{metric: investment, entity: p, period: {period}, value: {value}, scale: million, "
        f"currency: USD, source: {{quote: {fid}原文}}}}\n"
        for fid, period, value in (("a", "2025Q2", "5.6"), ("b", "2024Q2", "6.6")))
    story = mini_story(entity, facts, published="2025-08-01")
    [t] = [t for t in derive(story).takeaways if t.rule == "investment_pace"]
    assert t.values["cur"].id == "a"
    en = sections(story, "en")
    assert "US$6.6 million from Alpha is on offer" not in en["factory"]
    assert "US$5.6 million from Alpha is on offer" in en["factory"]
    assert "fell from US$6.6 million in the second quarter of 2024 to US$5.6 million" in en["general"]
    assert ("a rival is investing less than in the second quarter of 2024 (US$6.6 million): room to "
            "outspend it") in en["brand"]
    assert "对手的投入少于2024年二季度（660万美元）" in sections(story, "zh-Hans")["brand"]
