"""Editions: a week by default, a month, or the range asked for."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.digest.edition import Edition, choose, heading_text, stories_in
from summarizer.errors import ConfigError
from summarizer.model import Story


def test_the_default_edition_is_the_week_of_the_newest_story(stories: list[Story]) -> None:
    e = choose(stories)
    # the newest seed is dated Thursday 2026-06-25
    assert e == Edition("week", date(2026, 6, 22), date(2026, 6, 28), date(2026, 6, 25))
    assert [s.id for s in stories_in(stories, e)] == ["zhipu-minimax-valuation-divergence"]
    assert heading_text(e, "zh-Hans") == "2026年第26周（6月22日至28日）"
    assert heading_text(e, "en") == "Week 26, 2026 (June 22–28)"


def test_until_picks_an_earlier_week_and_is_the_as_of_date(stories: list[Story]) -> None:
    e = choose(stories, until=date(2025, 12, 23))
    assert (e.start, e.end, e.as_of) == (date(2025, 12, 22), date(2025, 12, 28), date(2025, 12, 23))
    ids = [s.id for s in stories_in(stories, e)]
    # newest first; the two stories of one day by id descending, as the site lists them
    assert ids == [
        "zhipu-minimax-hk-valuation-space",
        "zhipu-minimax-hearing",
        "zhipu-minimax-bank-finance",
    ]


def test_a_month_edition(stories: list[Story]) -> None:
    e = choose(stories, "month", until=date(2026, 1, 31))
    assert (e.kind, e.start, e.end) == ("month", date(2026, 1, 1), date(2026, 1, 31))
    assert heading_text(e, "zh-Hans") == "2026年1月" and heading_text(e, "en") == "January 2026"
    assert {s.id for s in stories_in(stories, e)} == {
        "zhipu-minimax-listing-debut",
        "live-commerce-measures",
        "ipc-cross-border-share-2025",
        "ups-amazon-glide-down-2026",
        "tiktok-shop-dispatch-deadline-2026",
        "shopee-tokopedia-admin-fees-2026",
        "shipmatrix-peak-on-time-2025",
        "meta-ad-prices-2025-q4",
        "adobe-holiday-discounts-2025",
    }


def test_since_makes_a_range_up_to_the_newest_story(stories: list[Story]) -> None:
    e = choose(stories, since=date(2025, 8, 1))
    assert (e.kind, e.start, e.as_of) == ("range", date(2025, 8, 1), date(2026, 6, 25))
    chosen = stories_in(stories, e)
    assert len(chosen) == 45 and chosen[-1].id == "shopper-complaints-2025-07"
    assert [s.published for s in chosen] == sorted((s.published for s in chosen), reverse=True)


def test_a_week_across_new_year_takes_the_iso_year(stories: list[Story]) -> None:
    e = choose(stories, until=date(2026, 1, 1))
    assert heading_text(e, "zh-Hans") == "2026年第1周（2025年12月29日至2026年1月4日）"


def test_since_after_until_is_a_one_line_error(stories: list[Story]) -> None:
    with pytest.raises(ConfigError, match="--since 2026-02-01 is after --until 2026-01-01"):
        choose(stories, since=date(2026, 2, 1), until=date(2026, 1, 1))
    with pytest.raises(ConfigError, match="no stories"):
        choose([])
