"""Editions: which stories a digest covers and how its heading dates them.

An edition is a calendar week (Monday to Sunday, numbered as ISO weeks) or
month, or the range given with ``--since``/``--until``. It is dated by its
stories, never by the clock, so the same seeds give the same digest: by
default it is the edition holding the newest story, "as of" that story's
date.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from .. import languages
from ..errors import ConfigError
from ..model import Story
from ..realise.dates import format_date
from ..vocabulary.glossary import Glossary
from .words import localise

Every = Literal["week", "month"]


@dataclass(frozen=True, slots=True)
class Edition:
    """The days a digest covers and the day it is current to."""

    kind: Literal["week", "month", "range"]
    start: date
    end: date
    as_of: date

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.as_of


def choose(
    stories: Sequence[Story],
    every: Every = "week",
    since: date | None = None,
    until: date | None = None,
) -> Edition:
    """The edition for ``--since``/``--until``: a custom range when ``since``
    is given, else the week or month holding ``until`` (default: the newest
    story's date)."""
    if until is None:
        dates = [s.published for s in stories if since is None or s.published >= since]
        until = max(dates) if dates else since
    if until is None:
        raise ConfigError.at(None, "no stories to make a digest from")
    if since is not None:
        if since > until:
            raise ConfigError.at(None, f"--since {since} is after --until {until}")
        return Edition("range", since, until, until)
    if every == "week":
        week = week_of(until)
        return Edition("week", week.start, week.end, until)
    last = calendar.monthrange(until.year, until.month)[1]
    return Edition("month", until.replace(day=1), until.replace(day=last), until)


def stories_in(stories: Sequence[Story], edition: Edition) -> list[Story]:
    """The edition's stories, newest first, a day's stories by id descending
    (as the site's digests list them, ``site.storyrecord.newest_first``)."""
    chosen = [s for s in stories if edition.covers(s.published)]
    return sorted(chosen, key=lambda s: (s.published, s.id), reverse=True)


def span_text(start: date, end: date, lang: str) -> str:
    """Two dates as one span, the shared year (and month) said once.

    >>> span_text(date(2026, 6, 22), date(2026, 6, 28), "zh-Hans")
    '2026年6月22日至28日'
    >>> span_text(date(2025, 12, 29), date(2026, 1, 4), "en")
    'December 29, 2025 – January 4, 2026'
    >>> span_text(date(2026, 6, 22), date(2026, 6, 28), "en")
    'June 22–28, 2026'
    """
    if start == end:
        return format_date(start, lang)
    zh = not lang.startswith("en")
    if zh:
        tail = format_date(end, lang)
        if start.year == end.year:
            cut = tail.index("年") + 1
            if start.month == end.month:
                cut = tail.index("月") + 1
            tail = tail[cut:]
        return f"{format_date(start, lang)}至{tail}"
    if start.year != end.year:
        return f"{format_date(start, lang)} – {format_date(end, lang)}"
    first = format_date(start, lang).rsplit(",", 1)[0]
    if start.month == end.month:
        return f"{first}–{end.day}, {end.year}"
    return f"{first} – {format_date(end, lang)}"


def heading_text(edition: Edition, lang: str) -> str:
    """The edition's number and dates: 2026年第26周（6月22日至28日）,
    Week 26, 2026 (June 22–28)."""
    zh = not lang.startswith("en")
    span = span_text(edition.start, edition.end, lang)
    if edition.kind == "week":
        year, week, _ = edition.start.isocalendar()
        if edition.start.year == edition.end.year == year:  # the year is said once
            span = span.removeprefix(f"{year}年").removesuffix(f", {year}")
        return f"{year}年第{week}周（{span}）" if zh else f"Week {week}, {year} ({span})"
    if edition.kind == "month":
        return format_date(edition.start, lang, "month")
    return span


def heading(edition: Edition, lang: str, glossary: Glossary) -> str:
    """:func:`heading_text` in ``lang``. OpenCC keeps 周 in 第26周 (the number
    is masked, so it never sees the word) while Taiwan and Hong Kong write
    週 for a week: that one character is set here."""
    text = localise(heading_text(edition, languages.source_of(lang)), lang, glossary)
    if edition.kind == "week" and languages.language(lang).script == "Hant":
        text = text.replace("周（", "週（")
    return text


def week_of(day: date) -> Edition:
    """The week edition holding ``day``, complete (as of its Sunday)."""
    start = day - timedelta(days=day.weekday())
    end = start + timedelta(days=6)
    return Edition("week", start, end, end)
