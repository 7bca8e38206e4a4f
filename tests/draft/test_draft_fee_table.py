"""Drafting a fee notice that lists new rates by category as ranges.

SoyaCincau on Shopee Malaysia's Marketplace commission (2022-12-22): the
headline (83 characters) was passed over for the byline line; "between
2.50-4.00% for Electronics, 4.00% for Fashion, 3.00-4.00% for FMCG" gave
one figure where it has three, each range's upper end read as part of a
date; "sellers would have to pay 4%" was drafted as a number of sellers;
and "pay up to 100% more for the commission fee" as a level of revenue."""

from __future__ import annotations

from summarizer.draft import draft_article, draft_figures

HEAD = (
    "Shopee Malaysia: Marketplace commission fee rate hike of up to 100% from January 2023\n\n"
    "soyacincau, 22 December 2022\n\n"
)
BODY = (
    "Shopee has announced a revision which will require most sellers with high sales volumes "
    "to pay up to 100% more for the commission fee. Products are currently charged with a "
    "commission fee rate of 2.00%. Effective 10th January, sellers would have to pay between "
    "2.50-4.00% for Electronics, 4.00% for Fashion, 3.00-4.00% for FMCG and 3.50-4.00% for "
    "Lifestyle.\n"
)


def test_a_long_headline_is_the_title_not_the_byline() -> None:
    draft = draft_article(HEAD + BODY, "shopee.txt")
    assert 'title: {zh-Hans: "Shopee Malaysia: Marketplace commission fee rate hike' in draft


def test_each_categorys_range_is_a_rate_of_the_fee() -> None:
    _, figures = draft_figures(HEAD + BODY, "shopee.txt")
    got = [(f.metric, f.measure, f.low, f.value) for f in figures]
    assert got == [
        ("referral_fee", "change", "", "100"),
        ("referral_fee", "", "", "2.00"),
        ("referral_fee", "", "2.50", "4.00"),
        ("referral_fee", "", "", "4.00"),
        ("referral_fee", "", "3.00", "4.00"),
        ("referral_fee", "", "3.50", "4.00"),
    ]
    assert figures[0].qualifier == "up_to"


def test_a_date_is_still_no_range_and_less_is_a_fall() -> None:
    text = "DATE: 2024-05-01\n\nThe rules of 2024-10-16 apply. Sellers pay 20% less in fees.\n"
    _, figures = draft_figures(text, "d.txt")
    assert [(f.value, f.measure) for f in figures] == [("-20", "change")]
