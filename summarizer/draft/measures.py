"""What a drafted rate measures: a change, a yearly rate, a share, a CAGR, or
the level itself; and a figure the article dates a year before its sentence.

From the words around the figure, as the keyword table lists them, with the
phrasing of results summaries on top: a rate just after "to", "at",
"reached" or 降至/达到 is the level reached even after a word of change
("gross margin fell to 48.9%"), and "(vs. 51.7% LY)" is last year's level.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..rules.facts import previous_period
from .figures import Figure

if TYPE_CHECKING:
    from .annotate import Keywords

#: Words just before a rate that make it the level reached, not the change
#: ("fell to 48.9%", "reached 65%", "margin at 18%", "降至5%", "达到"), even
#: after a word of change.
LEVEL_BEFORE = re.compile(
    r"(?:\b(?:to|at|reached|reaching|hit|hits|hitting)|[至到为為达達]|达到|達到)\s*"
    r"(?:about|around|nearly|over|more than|约|約|近|超过|超過)?\s*$",
    re.IGNORECASE,
)
#: Words just after a figure that date it a year before its sentence's period
#: ("(vs. 51.7% LY)", "from 39% last year", "a year earlier", "year-ago").
YEAR_EARLIER_AFTER = re.compile(
    r"^\s*(?:\bLY\b|last year\b|a year (?:earlier|ago|before)\b|in the year-ago\b|year-ago\b)"
)


def measure_of(fig: Figure, clause: str, after: str, kw: Keywords) -> None:
    if fig.unit == "times":
        fig.measure = "multiple"
        return
    if fig.unit != "percent":
        return
    low, later = clause.lower(), after.lower()
    for measure, words in kw.measures.items():
        if measure == "change" and LEVEL_BEFORE.search(clause):
            return  # "fell to 48.9%": the level it fell to
        if any(w.lower() in low or (w.isascii() and w.lower() in later) for w in words):
            fig.measure = measure
            return


def year_earlier(fig: Figure) -> None:
    """A figure the article dates a year before its sentence's ("51.7% LY"):
    the same period a year earlier, a level to compare with, not a change."""

    earlier = previous_period(fig.period) if fig.period else None
    if fig.measure == "change":
        fig.measure = ""
    if earlier:
        fig.period = earlier
    else:
        fig.review.append("a year earlier than the figure it is set against: give that period")
