"""Drafting a fee cut in rupees (MyMobileIndia on Amazon India's zero
referral fee for products under ₹300, 2025-03-24; seed
amazon-india-zero-referral-fee-2025).

The draft read no ₹ as a currency, so "from ₹77 to ₹65" gave no figures at
all; "over 12 million products" became a referral fee in yuan (a currency
guessed for a count); "reduced by up to ₹17" was a level, its 'up' read as
a rise; and "eliminating referral fees … starting April 7" drafted no fee
change, as only 'lower', 'reduce' and 'waive' said a cut."""

from __future__ import annotations

from summarizer.draft import draft_article, draft_figures

TEXT = (
    "Amazon India Drops Referral Fees On 1.2 Crore Products\n\n"
    "MyMobileIndia 2025-03-24\n\n"
    "Amazon India is eliminating referral fees on over 12 million products priced below ₹300 "
    "starting April 7. National shipping rates will drop from ₹77 to ₹65. "
    "Weight handling fees for products under 1 kg will be reduced by up to ₹17. "
    "Amazon India supports over 1.6 million sellers, and charges Rs. 25 or Rs 30 elsewhere.\n"
)


def _figures() -> list[tuple[str, str, str, str]]:
    _, figures = draft_figures(TEXT, "a.txt")
    return [(f.value, f.currency, f.unit, f.measure) for f in figures]


def test_rupee_amounts_are_amounts_in_inr() -> None:
    got = _figures()
    for value in ("300", "77", "65", "25", "30"):
        assert (value, "INR", "", "") in got, (value, got)


def test_a_fall_by_up_to_an_amount_is_a_negative_change() -> None:
    assert ("-17", "INR", "", "change") in _figures()


def test_a_count_of_products_is_no_fee_and_no_amount() -> None:
    _, figures = draft_figures(TEXT, "a.txt")
    products = next(f for f in figures if f.value == "12" and f.unit)  # the body's, not the title's
    assert (products.unit, products.currency) == ("products", "")
    assert products.metric != "referral_fee"
    sellers = next(f for f in figures if f.value == "1.6")
    assert (sellers.metric, sellers.unit) == ("sellers", "sellers")


def test_eliminating_a_fee_from_a_day_drafts_a_fee_cut_on_that_day() -> None:
    drafted = draft_article(TEXT, "a.txt")
    assert "event: fee_change" in drafted
    assert 'date: "2025-04-07"' in drafted
    assert "direction: down" in drafted


def test_crore_and_lakh_are_read_in_millions() -> None:
    """The headline's '1.2 Crore Products' is the body's 12 million."""
    _, figures = draft_figures("Amazon India drops fees on 1.2 crore products and 5 lakh items.\n", "a.txt")
    assert [(f.value, f.scale) for f in figures] == [("12", "million"), ("0.5", "million")]


def test_a_title_cased_count_after_an_indian_scale_is_a_count() -> None:
    """The headline's "1.2 Crore Products" was drafted as a referral fee of
    12 million yuan (the noun in title case named no unit, and a currency was
    guessed); it is 12 million products, as the body's "12 million products"."""
    from summarizer.draft.figures import find_figures

    [count, price] = find_figures(
        "Amazon India Drops Referral Fees On 1.2 Crore Products In Under Rs 300 Price Category"
    )
    assert (count.value, count.scale, count.unit, count.currency) == ("12", "million", "products", "")
    assert (price.value, price.currency) == ("300", "INR")
    [sellers] = find_figures("TikTok Shop Has 6 Million Sellers There")
    assert (sellers.value, sellers.scale, sellers.unit) == ("6", "million", "sellers")
