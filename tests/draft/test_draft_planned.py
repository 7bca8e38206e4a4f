"""Drafting a change still to come: "platforms … will completely cancel
'refund only' … once the review is completed, it will be publicly announced"
(Seeway, 2025-04-23; seed refund-only-end-2025) gave no event at all, and a
fee change whose day is in the next sentence ("The new rates will take
effect from 10th January 2023") none either. A change with no day in its
sentence, worded as to come, is drafted ``planned``; one whose day follows
in the next sentence takes that day; one whose sentence names a day the
draft cannot place in a year stays out rather than read as planned."""

from __future__ import annotations

from summarizer.draft import draft_article, draft_events

REFUND = (
    "TITLE: E-commerce platforms will cancel refund only\nOUTLET: Seeway\nDATE: 2025-04-23\n\n"
    'Many e-commerce platforms, such as Pinduoduo and Taobao, will completely cancel "refund only", '
    "and such applications will be handled by the merchants themselves. "
    "Once the review is completed, it will be publicly announced.\n"
)


def test_a_change_to_come_with_no_day_is_drafted_planned() -> None:
    (event,) = draft_events(REFUND, "refund.txt")
    assert (event.kind, event.date, event.planned, event.area) == (
        "policy_change", "", True, "returns",
    )
    draft = draft_article(REFUND, "refund.txt")
    assert "    planned: true  # REVIEW: no date yet; replace with date: once it is set" in draft
    assert "    date:" not in draft


def test_the_same_change_already_made_is_not_planned() -> None:
    past = (
        REFUND.replace("will completely cancel", "completely cancelled")
        .replace("will be handled", "are handled")
        .replace("Once the review is completed, it will be publicly announced.", "")
    )
    assert [e.planned for e in draft_events(past, "refund.txt")] == []


def test_a_changes_day_in_the_next_sentence_is_its_date() -> None:
    text = (
        "TITLE: Shopee raises its commission\nOUTLET: SoyaCincau\nDATE: 2022-12-22\n\n"
        "Shopee has announced a revision to its Marketplace Commission fee which will require "
        "most sellers with high sales volumes to pay up to 100% more for the commission fee. "
        "The new rates will take effect from 10th January 2023.\n"
    )
    fees = [e for e in draft_events(text, "s.txt") if e.kind == "fee_change"]
    assert [(e.date, e.planned) for e in fees] == [("2023-01-10", False)]


def test_a_day_the_draft_cannot_place_is_no_plan() -> None:
    """No article date: "Dec. 26" has no year, but the change is not undated."""
    text = (
        "TITLE: UPS to raise rates\nOUTLET: FreightWaves\n\n"
        "UPS said late Thursday that it will raise its tariff rates on all services, "
        "effective Dec. 26.\n"
    )
    assert [e for e in draft_events(text, "u.txt") if e.planned] == []
