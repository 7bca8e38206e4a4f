"""An implication that says its claim again is read without the claim before
it (Nike's spared lines, April 2025): where the seller's section is read on
its own (its page, a digest), the list of lines came twice."""

from __future__ import annotations

from ministory import mini_story

from summarizer.pipeline import load_project, make_brief

ENTITIES = "  n: {kind: brand, name: {zh-Hans: 甲, en: Alpha}}\n"


def _claim(implication_en: str, implication_zh: str) -> str:
    return (
        "  c: {claim: {zh-Hans: 童装、100美元以下的款式和经典鞋款不涨价。, en: \"Children's "
        "products, items under US$100 and classic sneakers are not going up.\"}, entity: n, "
        "facet: pricing, priority: 70, source: {quote: 原文一}, implications: {seller: "
        f"{{zh-Hans: {implication_zh}, en: \"{implication_en}\"}}}}}}\n"
    )


def _seller_alone(facts: str) -> tuple[str, ...]:
    brief = make_brief(load_project(), mini_story(ENTITIES, facts), "en")
    [section] = [s for s in brief.sections if s.persona == "seller"]
    return tuple(s.text.strip() for p in section.points for s in p.alone)


def test_an_implication_that_restates_its_claim_is_read_without_it() -> None:
    said = _seller_alone(_claim(
        "Items under US$100, children's products and classic sneakers keep their prices: "
        "shoppers will lean towards them.",
        "100美元以下的款式、童装和经典鞋款价格不变：消费者会更多流向这些款式。"))
    assert not any(s.startswith("Children's products") for s in said)
    assert said[0].startswith("Items under US$100")


def test_an_implication_that_answers_its_claim_follows_it() -> None:
    said = _seller_alone(_claim(
        "Shoppers comparing after the rise will lean towards the lines that stay put: weight "
        "your stock that way.",
        "涨价后比价的消费者会更多流向不涨价的款式：备货可向它们倾斜。"))
    assert said[0].startswith("Children's products") and said[1].startswith("Shoppers")
