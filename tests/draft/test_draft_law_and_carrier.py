"""Drafting a tax law's rates (RegFollower on Vietnam's Decree 117/2025/ND-CP,
2025-06-11; seed vietnam-platform-tax-withholding-2025): every rate under
the "VAT:" and "PIT …:" headings was drafted as revenue with "no keyword
matched", and the issuing government was no entity. The headings now name
the metrics (``vat_rate``, ``income_tax_rate``) for the rates listed under
them, and the Vietnamese government is a known player."""

from __future__ import annotations

from summarizer.draft import draft_article, draft_events, draft_figures

TEXT = (
    "The Vietnamese Government issued Decree No. 117/2025/ND-CP on 9 June 2025.\n\n"
    "Tax rates:\nVAT:\nGoods: 1%\nServices: 5%\n"
    "PIT for resident individuals:\nGoods: 0.5%\nServices: 2%\n"
)


def test_the_rates_under_each_heading_take_its_tax() -> None:
    _, figures = draft_figures(TEXT, "vn.txt")
    assert [(f.metric, f.value) for f in figures] == [
        ("vat_rate", "1"),
        ("vat_rate", "5"),
        ("income_tax_rate", "0.5"),
        ("income_tax_rate", "2"),
    ]
    assert {f.entity for f in figures} == {"vietnam-government"}


def test_a_carrier_named_in_the_article_is_drafted_as_one() -> None:
    """The engine reads a carrier's job cuts as capacity its shippers lose
    (``carrier: true``); the draft writes it for the carriers it knows, so
    the editor need not remember to."""
    text = draft_article(
        "UPS cuts jobs\n\nUPS said it will cut 48,000 jobs as Amazon sends it fewer parcels.\n",
        "ups.txt",
    )
    assert "  ups: {kind: company, carrier: true, name:" in text
    assert "  amazon: {kind: platform, name:" in text  # a platform is no carrier


def test_a_carrier_suspending_shipments_starting_monday_is_a_dated_disruption() -> None:
    """CityNews, Sunday 2025-04-20: "DHL says it is temporarily suspending
    business-to-consumer shipments … starting Monday" drafted no event: no
    cue word, and "starting Monday" was no date (only "on Monday", the last
    one up to the article's date, was read)."""
    text = (
        "Tariffs forcing DHL to suspend shipments\n\nPosted April 20, 2025 9:13 am.\n\n"
        "DHL says it is temporarily suspending business-to-consumer shipments to the "
        "United States worth more than $800 starting Monday.\n"
    )
    events = draft_events(text, "dhl.txt")
    assert [(e.kind, e.date, e.entity) for e in events] == [("disruption", "2025-04-21", "dhl")]


def test_a_payout_hold_in_days_after_delivery_is_drafted_as_the_platforms() -> None:
    """EcommerceBytes, 2025-09-30, on Amazon's DD+7 (seed
    amazon-dd7-payout-reserve-2026): a reserve period counted in days after
    delivery is ``payout_reserve`` of the platform, dated when it starts."""
    text = (
        "Amazon Delays Payouts\n\nEcommerceBytes, September 30, 2025\n\n"
        "Beginning March 12, 2026, sellers will have a standard reserve period of 7 days "
        "after delivery date (DD+7).\n"
    )
    _, figures = draft_figures(text, "dd7.txt")
    assert [(f.metric, f.entity, f.value, f.unit) for f in figures] == [
        ("payout_reserve", "amazon", "7", "days")
    ]


def test_a_decree_issued_on_a_day_is_drafted_once_at_that_day() -> None:
    """RegFollower: "The Vietnamese Government issued Decree No.
    117/2025/ND-CP on 9 June 2025, introducing new regulations … on 11 June
    2025" drafted no regulation_issued ("issued Decree" was no cue); a law
    is issued once, so the sentence's later date is not a second issue."""
    text = (
        "Vietnam decree\n\nJune 11, 2025\n\n"
        "The Vietnamese Government issued Decree No. 117/2025/ND-CP on 9 June 2025, "
        "introducing new regulations for households selling online on 11 June 2025.\n"
    )
    issued = [e for e in draft_events(text, "vn.txt") if e.kind == "regulation_issued"]
    assert [(e.date, e.entity) for e in issued] == [("2025-06-09", "vietnam-government")]
