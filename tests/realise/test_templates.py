"""Templates word what the facts say: one issuer is not 'jointly', one party
is not 'one kinds of party', and a date before the article is past."""

from __future__ import annotations

from summarizer.facts.load import parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.pipeline import load_project, make_brief
from summarizer.writers.markdown import brief_markdown

STORY = """\
story:
  id: rule
  source: a.txt
  title: {zh-Hans: 平台新规, en: A platform rule}
  published: '{published}'
  lede: {zh-Hans: 平台发布新规。, en: A platform issued a rule.}
entities:
  rule: {kind: regulation, name: {zh-Hans: 商家规范, en: Seller Code}}
  p: {kind: platform, name: {zh-Hans: 甲平台, en: Platform A}}
  sellers: {kind: group, name: {zh-Hans: 入驻商家, en: sellers on the platform}}
facts:
  issued: {event: regulation_issued, entity: rule, date: '2026-01', parties: [p], source: {quote: 发布}}
  eff:
    event: regulation_effective
    entity: rule
    date: '2026-03-01'
    parties: [sellers]
    obligations:
      - party: sellers
        duty: {zh-Hans: 如实标注商品产地。, en: Label truthfully where goods are made.}
    source: {quote: 施行}
"""


def render(published: str, lang: str) -> str:
    text = STORY.replace("{published}", published)
    story = parse_story(load_yaml_text(text, "rule.yaml"))
    return brief_markdown(make_brief(load_project(), story, lang))


def test_one_issuer_and_one_party_are_worded_as_such() -> None:
    en = render("2026-02-01", "en")
    assert "issued by Platform A," in en and "jointly" not in en
    assert (
        "The Seller Code, issued by Platform A, takes effect on March 1, 2026 and sets out "
        "the responsibilities of sellers on the platform" in en
    )
    assert "kinds of party" not in en
    zh = render("2026-02-01", "zh-Hans")
    assert "甲平台印发的《商家规范》将于2026年3月1日起施行" in zh and "联合" not in zh
    assert "明确了入驻商家的责任" in zh


def test_a_rule_already_in_force_is_past() -> None:
    assert "took effect on March 1, 2026 and set out the responsibilities" in render(
        "2026-03-05", "en"
    )
    assert "已于2026年3月1日起施行" in render("2026-03-05", "zh-Hans")


def test_an_editors_sentence_after_a_lead_in_lowers_only_a_determiner() -> None:
    from summarizer.realise.filters import make_env

    clause = make_env("en").filters["clause"]
    assert clause("The US ended de minimis") == "the US ended de minimis"
    assert clause("Amazon cut its fee") == "Amazon cut its fee"
    assert clause("TikTok Shop raised fees") == "TikTok Shop raised fees"


def test_a_computed_range_prints_both_ends_in_amounts_and_multiples() -> None:
    """A rise from 6,000 to 30,000-60,000 yuan is 24,000-54,000 more, 5-10
    times: the lower end alone is a figure the article never gave."""
    from decimal import Decimal

    from summarizer.realise.filters import make_env
    from summarizer.rules.facts import Num

    def num(low: int, high: int, unit: str) -> Num:
        return Num(Decimal(low), Decimal(low), Decimal(low), ("f",), unit, Decimal(high))

    rise, sales, times = num(24000, 54000, "CNY"), num(2400000, 5400000, "CNY"), num(5, 10, "times")
    en, zh = make_env("en").filters, make_env("zh-Hans").filters
    assert (en["amount"](rise), en["amount"](sales)) == ("RMB 24,000–54,000", "RMB 2.4–5.4 million")
    assert (zh["amount"](rise), zh["amount"](sales)) == ("2.4万至5.4万元", "240万至540万元")
    assert (en["times"](times, spelled=True), en["times"](times), zh["times"](times)) == (
        "5–10 times", "5–10×", "5至10倍")
