"""A ratio a year earlier, backed out of the article's own growth rates for
both of its figures: a take rate that held (revenue and GMV both up 32%), a
margin that rose (profit up 186%, revenue up 107%), and no move claimed when
the rates are too coarse to tell."""

from __future__ import annotations

from decimal import Decimal

import pytest
from platform_story import platform_story

from summarizer.model import Takeaway
from summarizer.rules import derive


def _ratio(rev: str, rev_yoy: str | None, gmv: str, gmv_yoy: str | None) -> Takeaway:
    lines = [
        f"  r: {{metric: revenue, entity: p, period: 2025Q3, value: {rev}, scale: billion, currency: USD, source: {{quote: 原文}}}}",
        f"  g: {{metric: gmv, entity: p, period: 2025Q3, value: {gmv}, scale: billion, currency: USD, source: {{quote: 原文}}}}",
    ]
    if rev_yoy is not None:
        lines.append(f"  ry: {{metric: revenue, measure: yoy, entity: p, period: 2025Q3, value: {rev_yoy}, unit: percent, stated: true, source: {{quote: 原文}}}}")
    if gmv_yoy is not None:
        lines.append(f"  gy: {{metric: gmv, measure: yoy, entity: p, period: 2025Q3, value: {gmv_yoy}, unit: percent, stated: true, source: {{quote: 原文}}}}")
    story = platform_story("\n".join(lines) + "\n")
    [t] = [t for t in derive(story).takeaways if t.rule == "ratio"]
    return t


def test_equal_rates_leave_the_take_rate_where_it_was() -> None:
    t = _ratio("2.84", "32", "92.0", "32")
    assert t.values["move"] == "flat"
    assert round(t.values["prev"].value, 2) == Decimal("3.09")  # type: ignore[union-attr]
    assert {"ry", "gy"} <= set(t.facts)  # the rates are what the move rests on


@pytest.mark.parametrize(("rev_yoy", "gmv_yoy", "move"), [("40", "32", "up"), ("20", "32", "down")])
def test_revenue_outgrowing_gmv_lifts_the_take_rate(rev_yoy: str, gmv_yoy: str, move: str) -> None:
    t = _ratio("2.84", rev_yoy, "92.0", gmv_yoy)
    assert t.values["move"] == move
    prev = t.values["prev"].value  # type: ignore[union-attr]
    expected = Decimal("2.84") / (1 + Decimal(rev_yoy) / 100) / (Decimal("92.0") / (1 + Decimal(gmv_yoy) / 100)) * 100
    assert abs(prev - expected) < Decimal("0.0001")


def test_no_move_without_both_rates() -> None:
    assert not _ratio("2.84", "32", "92.0", None).values["move"]
    assert not _ratio("2.84", None, "92.0", "32").values["move"]


def test_rates_too_coarse_to_tell_say_nothing() -> None:
    # a third of GMV, both up 30% to the unit: a year earlier the ratio may
    # have been a quarter point either way, more than its shown digit, so
    # neither 'held' nor a move is claimed
    t = _ratio("30", "30", "90", "30")
    assert not t.values["move"]
    assert t.values["prev"] is None


def _move(ni_yoy: str, rev_yoy: str, with_amount: bool = False) -> list[Takeaway]:
    lines = [
        f"  ny: {{metric: net_income, measure: yoy, entity: p, period: 2025Q3, value: {ni_yoy}, unit: percent, stated: true, source: {{quote: 原文}}}}",
        f"  ry: {{metric: revenue, measure: yoy, entity: p, period: 2025Q3, value: {rev_yoy}, unit: percent, stated: true, source: {{quote: 原文}}}}",
        "  r: {metric: revenue, entity: p, period: 2025Q3, value: 11.7, scale: billion, currency: USD, source: {quote: 原文}}",
    ]
    if with_amount:
        lines.append("  n: {metric: net_income, entity: p, period: 2025Q3, value: 0.7, scale: billion, currency: USD, source: {quote: 原文}}")
    story = platform_story("\n".join(lines) + "\n")
    return [t for t in derive(story).takeaways if t.rule == "ratio_move"]


def test_profit_falling_while_revenue_grows_is_a_margin_that_fell() -> None:
    [t] = _move("-31", "1")
    assert (t.values["ratio"], t.values["move"]) == ("net_margin", "down")
    [t] = _move("40", "10")
    assert t.values["move"] == "up"


def test_no_direction_within_the_rates_rounding_or_when_the_amount_is_given() -> None:
    assert _move("10", "10.4") == []  # 9.5-10.5 against 10.35-10.45: could be equal
    assert _move("-31", "1", with_amount=True) == []  # the ratio rule gives the margin itself
