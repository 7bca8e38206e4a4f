"""base_change on the seeds: parallel moves of one day are one piece of news."""

from __future__ import annotations

from pathlib import Path

from summarizer.facts.load import load_story
from summarizer.model import Fact
from summarizer.rules import derive

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _moves(stem: str) -> list[tuple[Fact, list[Fact]]]:
    out = []
    for t in derive(load_story(SEEDS / f"{stem}.yaml")).takeaways:
        if t.rule == "base_change":
            cur = t.values["cur"]
            also = t.values["also"]
            assert isinstance(cur, Fact) and isinstance(also, list)
            out.append((cur, [o["cur"] for o in also]))
    return out


def test_two_price_bands_cut_on_one_day_are_one_takeaway_led_by_the_larger_cut() -> None:
    # 17% -> 5% under US$15 and 17% -> 10% at US$15-20, both on 2024-01-15
    [(lead, also)] = _moves("amazon-apparel-referral-fee-cut")
    assert (lead.segment, lead.quantity.value if lead.quantity else None) == ("apparel-under-15", 5)
    assert [f.segment for f in also] == ["apparel-15-to-20"]


def test_a_segment_that_moved_exactly_like_the_lead_is_not_said_again() -> None:
    # 1 April: the US store and electronics 2% -> 6%, pre-owned 2% -> 5%; 1 July: 6% -> 8%
    moves = {lead.period: (lead.segment, [f.segment for f in also])
             for lead, also in _moves("tiktok-shop-us-referral-fee-2024")}
    assert moves == {"2024-04-01": ("us", ["pre-owned"])}  # 1 July is its next step


def test_a_later_step_of_the_same_move_is_told_with_the_first() -> None:
    # 2% -> 6% on 1 April, then 6% -> 8% on 1 July: one piece of news, one takeaway
    [t] = [t for t in derive(load_story(SEEDS / "tiktok-shop-us-referral-fee-2024.yaml")).takeaways
           if t.rule == "base_change"]
    then = t.values["then"]
    assert isinstance(then, list) and [s["cur"].period for s in then] == ["2024-07-01"]
    assert {"tts-fee-old", "tts-fee-apr", "tts-fee-jul"} <= set(t.facts)
    assert then[0]["delta"].value == 2


def test_a_move_from_a_named_base_is_said_by_base_change_not_again_as_growth() -> None:
    story = load_story(SEEDS / "us-de-minimis-global-end.yaml")
    rules = {(t.rule, t.values["cur"].metric) for t in derive(story).takeaways  # type: ignore[attr-defined]
             if isinstance(t.values.get("cur"), Fact)}
    assert ("base_change", "de_minimis_threshold") in rules
    assert ("yoy_growth", "de_minimis_threshold") not in rules
