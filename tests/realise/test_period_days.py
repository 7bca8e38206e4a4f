"""A run of days in words: its shared year and month said once, and in
English the preposition 'between' where 'in' would not do."""

from __future__ import annotations

import pytest

from summarizer.realise.dates import format_between, format_period


@pytest.mark.parametrize(
    ("code", "zh", "en", "between"),
    [
        ("2025-11-01/2025-11-28", "2025年11月1日至28日", "November 1–28, 2025",
         "between November 1 and 28, 2025"),
        ("2025-11-28/2025-12-01", "2025年11月28日至12月1日", "November 28–December 1, 2025",
         "between November 28 and December 1, 2025"),
        ("2025-12-28/2026-01-02", "2025年12月28日至2026年1月2日",
         "December 28, 2025–January 2, 2026", "between December 28, 2025 and January 2, 2026"),
    ],
)  # fmt: skip
def test_days_in_words(code: str, zh: str, en: str, between: str) -> None:
    assert format_period(code, "zh-Hans") == zh
    assert format_period(code, "en") == en
    assert format_between(code, "en") == between
