"""A platform's sellers with the year-on-year rate the article states (Etsy's active sellers: 5.6
million, down 14.7%). Before, the level-with-growth wording gave brands, sellers, platforms and
researchers one sentence ("Backed out from the 14.7% fall, Etsy's number of sellers were about 6.57
million a year earlier: check whether peers fell too"), the same under four labels and with "number
... were"; now each reads the sellers as the two-level growth does: rivals for a seller, shops that
stock its range for a brand, sellers leaving for a rival platform."""

from __future__ import annotations

from ministory import mini_story, sections

ENTITY = "  etsy: {kind: platform, name: {zh-Hans: Etsy, en: Etsy}}\n"
FACTS = (
    "  s: {metric: sellers, entity: etsy, period: 2025Q2, value: 5.6, scale: million, unit: sellers, "
    "source: {quote: 5.6 million active sellers}}\n"
    "  sg: {metric: sellers, measure: yoy, entity: etsy, period: 2025Q2, value: -14.7, unit: percent, "
    "source: {quote: down 14.7%}}\n"
)


def test_each_reader_reads_a_platforms_sellers_falling_from_its_own_side() -> None:
    en = sections(mini_story(ENTITY, FACTS, published="2025-08-01"), "en")
    zh = sections(mini_story(ENTITY, FACTS, published="2025-08-01"), "zh-Hans")
    assert "Etsy's number of sellers was 5.6 million in the second quarter of 2025" in en["general"]
    assert "fewer shops compete for buyers there: a window to win share" in en["seller"]
    assert "fewer shops sell there: check that your range is still stocked and shown" in en["brand"]
    assert "sellers are leaving Etsy: win them with easier onboarding" in en["platform_operator"]
    assert "平台上争夺买家的店铺变少了" in zh["seller"] and "卖家在离开Etsy" in zh["platform_operator"]
    said = [en[r].split("**: ", 1)[-1].split(", ", 1)[-1] for r in
            ("brand", "seller", "platform_operator", "researcher")]
    assert len(set(said)) == 4, said  # no sentence under two labels
    assert "Backed out" not in "".join(en.values())
