"""penalty: a fine that is the story's news (no new regulation in it) is a
point for each reader by what it punishes -- misleading shoppers binds every
shop there, anti-competitive terms free sellers and brands, product safety
reaches factories -- and, where the article gives the company's revenue, the
fine as a share of it, checked against the article's own percentage. In a
story about a new regulation, fines stay the cases it targets (enforcement)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.errors import SeedError
from summarizer.facts.load import load_story, parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Brief, Story, Takeaway
from summarizer.pipeline import load_project, make_brief
from summarizer.rules import derive
from summarizer.writers.markdown import brief_markdown

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
READERS = ("brand", "seller", "factory", "service_provider", "platform_operator", "researcher")

HEAD = """\
story:
  id: p
  source: a.txt
  title: {zh-Hans: 标题, en: Title}
  published: '2025-07-03'
  lede: {zh-Hans: 导语。, en: Lede.}
entities:
  shop: {kind: KIND, name: {zh-Hans: 甲公司, en: Shop A}}
  reg: {kind: regulator, name: {zh-Hans: 监管局, en: Consumer Office}}
  mk: {kind: market, name: {zh-Hans: 德国, en: Germany}}
facts:
  fine:
    event: fine
    entity: shop
    parties: [reg]
    object: mk
    GROUNDS
    date: '2025-07-01'
    value: 5
    scale: million
    currency: EUR
    text: {zh-Hans: 违规, en: breaking the rules}
    source: {quote: 原文}
"""


def _story(grounds: str = "consumer", kind: str = "platform", extra: str = "") -> Story:
    text = HEAD.replace("KIND", kind).replace(
        "GROUNDS", f"grounds: {grounds}" if grounds else ""
    )
    return parse_story(load_yaml_text(text + extra, "p.yaml"))


def _revenue(currency: str) -> str:
    """The fined company's 2024 revenue, 2 billion in ``currency``."""
    return (
        "  sales: {metric: revenue, entity: shop, period: FY2024, value: 2, scale: billion, "
        f"currency: {currency}, source: {{quote: 原文}}}}\n"
    )


def _penalties(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule == "penalty"]


def _sections(brief: Brief) -> dict[str, str]:
    """Each section's Markdown by persona id (the Quick Summary is 'general')."""
    parts = brief_markdown(brief).split("\n## ")[1:-1]  # drop the title and the sources
    return dict(zip(("general", *READERS), parts, strict=True))


def _brief(story: Story, lang: str = "en") -> Brief:
    return make_brief(load_project(), story, lang, ("general", *READERS))


def test_a_consumer_fine_is_a_warning_to_every_shop_and_work_for_providers() -> None:
    story = load_story(SEEDS / "shein-france-fine-2025.yaml")
    [t] = _penalties(story)
    assert (t.values["by"], t.values["market"], t.values["grounds"]) == (
        "dgccrf", "france", "consumer")
    assert t.values["share"] is None  # the article gives no revenue
    md = brief_markdown(_brief(story))
    assert ("France's DGCCRF fined Shein €40 million for deceptive commercial practices, "
            "chiefly misleading discounts.") in md
    assert ("Shein's €40 million fine in France is a reminder that the same consumer rules "
            "bind every shop selling there, not only the big platforms") in md
    assert "answer to the same rules in France, so review them before the next campaign" in md
    assert "compliance work to offer" in md
    assert "Shein was fined €40 million in France for what its own site did" in md
    assert "The article has little bearing on manufacturing" in md  # nothing for a factory
    zh = brief_markdown(_brief(story, "zh-Hans"))
    assert "法国竞争、消费和反欺诈总局以虚假折扣等误导性商业行为为由，对SHEIN处以4000万欧元罚款。" in zh
    assert "可跟踪其定价与促销是否改变" in zh


def test_an_antitrust_fine_frees_sellers_and_is_weighed_against_revenue() -> None:
    story = load_story(SEEDS / "alibaba-antitrust-fine-2021.yaml")
    [t] = _penalties(story)
    share = t.values["share"]
    assert share is not None and round(share.value, 2) == 4  # 18.22 / 455.71
    checks = [c for c in derive(story).checks if c.rule == "penalty"]
    assert [c.fact for c in checks] == ["share"]  # the article's 4% is recomputed ...
    r = subprocess.run(
        [sys.executable, "-m", "summarizer", "check", str(SEEDS / "alibaba-antitrust-fine-2021.yaml")],
        capture_output=True, text=True, check=False,
    )
    assert "1 stated figures recomputed (1 agree, 0 differ)" in r.stdout, r.stdout + r.stderr
    md = brief_markdown(_brief(story))
    assert "about 4% of its 2019 revenue in China" in md
    assert "weigh opening on rival platforms too" in md
    assert "\n- Mondaq (alibaba-antitrust-fine-2021-mondaq.txt)\n" in md  # the claim's own article
    assert "review your own exclusivity terms and traffic rules" in md
    assert "At about 4% of its 2019 revenue, Alibaba's RMB 18.22 billion fine in China is a heavy one" in md
    zh = brief_markdown(_brief(story, "zh-Hans"))
    assert "约为其2019年在中国收入的4%" in zh
    assert "可跟踪阿里巴巴对卖家的条款是否改变" in zh


def test_each_reader_reads_its_own_sentence() -> None:
    for grounds in ("consumer", "competition", "data", "safety", ""):
        sections = _sections(_brief(_story(grounds)))
        said = [s for p, s in sections.items() if p != "general" and "\n1. **" in s]
        lines = [line for s in said for line in s.splitlines() if line.startswith("1. **")]
        assert len(lines) == len(set(lines)) >= 5, grounds


def test_a_safety_fine_and_an_antitrust_fine_reach_factories() -> None:
    """Safety rules bind what a factory makes; an antitrust ruling frees the
    factories that sell on the platform themselves, and spreads their
    buyers' orders. Misleading shoppers or mishandling data is the shop's."""
    safety = _sections(_brief(_story("safety")))["factory"]
    assert "ask for test reports and certificates" in safety
    freed = _sections(_brief(_story("competition")))["factory"]
    assert "**Opportunity**" in freed and "if you sell direct, open on rival platforms too" in freed
    for grounds in ("consumer", "data"):
        assert "1. **" not in _sections(_brief(_story(grounds)))["factory"], grounds


def test_a_small_fine_next_to_revenue_says_so() -> None:
    story = _story(extra=_revenue("EUR"))
    [t] = _penalties(story)
    assert t.values["share"].value == pytest.approx(0.25)
    md = brief_markdown(_brief(story))
    assert "about 0.25% of its 2024 revenue" in md
    assert "Shop A's €5 million fine in Germany is small next to the business" in md


def test_revenue_in_another_currency_without_a_rate_gives_no_share() -> None:
    [t] = _penalties(_story(extra=_revenue("USD")))
    assert t.values["share"] is None


def test_a_non_platform_is_not_told_it_runs_a_site() -> None:
    md = brief_markdown(_brief(_story("consumer", kind="brand")))
    assert "is a warning for platforms too" in md
    assert "own site did" not in md


def test_fines_in_a_regulation_story_stay_its_cases() -> None:
    story = load_story(SEEDS / "live-commerce-measures.yaml")
    rules = {t.rule for t in derive(story).takeaways}
    assert "enforcement" in rules and "penalty" not in rules


def test_grounds_belong_to_fines_only(tmp_path: Path) -> None:
    text = HEAD.replace("KIND", "platform").replace("GROUNDS", "grounds: data").replace(
        "event: fine", "event: layoffs")
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SeedError) as info:
        load_story(path)
    assert "p.yaml:17:14: error: field 'facts.fine.grounds': only a 'fine' or 'lawsuit' event has grounds, not a 'layoffs' event" in info.value.render()
    r = subprocess.run([sys.executable, "-m", "summarizer", "check", str(path)],
                       capture_output=True, text=True, check=False)
    assert r.returncode == 2 and "p.yaml:17:14" in r.stderr
