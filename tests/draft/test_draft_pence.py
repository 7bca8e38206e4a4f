"""Amounts in pence ("a flat fee of 75p per item", eBay UK's buyer protection
fee): £0.75, as "30 cents" is US$0.30; "p" after more than two digits is no
amount of money (a 1080p screen)."""

from __future__ import annotations

from summarizer.draft.figures import find_figures


def _read(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.value, f.currency, f.unit, f.per) for f in find_figures(text)]


def test_pence_are_pounds_to_the_penny() -> None:
    assert _read("a flat fee of 75p per item") == [("0.75", "GBP", "", "item")]
    assert _read("it costs 50 pence") == [("0.50", "GBP", "", "")]
    assert _read("a 5p bag charge") == [("0.05", "GBP", "", "")]


def test_a_screens_lines_are_no_money() -> None:
    assert _read("1080p screens") == [("1080", "", "", "")]
    assert _read("5 people") == [("5", "", "people", "")]
