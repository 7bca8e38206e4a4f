"""An acquisition read per reader: a platform buying a retailer gains its
stores and shoppers (an outlet for its sellers, a route for brands, orders
for its suppliers, a rival for other platforms, the store count said where
the article gives it); a brand or company buying opens no outlet, so a
seller and a factory get nothing and a brand reads a rival growing. Stores
mean an outlet only where the article counts them: a platform buying a
logistics firm gains no shoppers."""

from __future__ import annotations

from pathlib import Path

from summarizer.facts.load import load_story, parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Story
from summarizer.pipeline import load_project, make_brief
from summarizer.writers.markdown import brief_markdown

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
READERS = ("brand", "seller", "factory", "service_provider", "platform_operator", "researcher")

STORY = """\
story:
  id: a
  source: a.txt
  title: {zh-Hans: 标题, en: Title}
  published: '2025-07-31'
  lede: {zh-Hans: 导语。, en: Lede.}
entities:
  buyer: {kind: KIND, name: {zh-Hans: 甲, en: Buyer A}}
  shop: {kind: company, name: {zh-Hans: 乙, en: Retailer B}}
facts:
  deal:
    event: acquisition
    entity: buyer
    object: shop
    date: '2025-07-30'
    text: {zh-Hans: 甲收购乙, en: Buyer A agreed to buy Retailer B}
    source: {quote: 原文}
"""


def _sections(story: Story, lang: str = "en") -> dict[str, str]:
    md = brief_markdown(make_brief(load_project(), story, lang, ("general", *READERS)))
    return dict(zip(("general", *READERS), md.split("\n## ")[1:-1], strict=True))


def test_a_platform_buying_a_retailer_opens_its_stores_to_each_reader() -> None:
    s = _sections(load_story(SEEDS / "jd-ceconomy-bid-2025.yaml"))
    assert "JD.com would gain Ceconomy's more than 1,000 stores and their shoppers" in s["seller"]
    assert "**Opportunity**" in s["seller"]
    assert "A route onto Ceconomy's shelves and site may open through JD.com" in s["brand"]
    assert "its suppliers have a bigger order book to pitch for" in s["factory"]
    assert "work bought from outside providers may move in-house" in s["service_provider"]
    assert "A rival is buying its way into Ceconomy's more than 1,000 stores" in s["platform_operator"]
    zh = _sections(load_story(SEEDS / "jd-ceconomy-bid-2025.yaml"), "zh-Hans")
    assert "京东将得到Ceconomy的超1000家门店和顾客" in zh["seller"]


def test_a_company_buying_opens_no_outlet() -> None:
    story = parse_story(load_yaml_text(STORY.replace("KIND", "brand"), "a.yaml"))
    s = _sections(story)
    assert "1. **" not in s["seller"] and "1. **" not in s["factory"]
    assert "**Competition**" in s["brand"]
    assert "A rival grows by buying Retailer B: set its combined range and prices against yours" in s["brand"]
    assert "a stronger hand in its terms with platforms" in s["platform_operator"]


STORES = """\
  shops: {metric: stores, entity: shop, period: '2025-07-30', value: 40, unit: stores, source: {quote: 原文}}
"""


def test_a_platform_opens_an_outlet_only_where_the_article_counts_stores() -> None:
    with_stores = parse_story(load_yaml_text(STORY.replace("KIND", "platform") + STORES, "a.yaml"))
    s = _sections(with_stores)
    assert "Buyer A would gain Retailer B's 40 stores and their shoppers" in s["seller"]
    bare = _sections(parse_story(load_yaml_text(STORY.replace("KIND", "platform"), "a.yaml")))
    assert "1. **" not in bare["seller"] and "1. **" not in bare["factory"]
    assert "1. **" not in bare["brand"]  # a platform buying is no rival brand growing
    assert "A rival adds Retailer B to what it runs" in bare["platform_operator"]
