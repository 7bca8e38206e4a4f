"""What a drafted rate measures: a change, a yearly rate, a share, a CAGR, or
the level itself; and a figure the article dates a year before its sentence.

From the words around the figure, as the keyword table lists them, with the
phrasing of results summaries on top: a rate just after "to", "at",
"reached" or 降至/达到 is the level reached even after a word of change
("gross margin fell to 48.9%"), and "(vs. 51.7% LY)" is last year's level.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..rules.timeline import previous_period
from .figures import Figure

if TYPE_CHECKING:
    from .keywords import Keywords

#: Words just before a rate that make it a level, not the change: the level
#: reached ("fell to 48.9%", "reached 65%", "margin at 18%", "降至5%", "达到")
#: or the one left ("raised the fee from 3.5% in 2018", "从5%提高"), even
#: after a word of change.
LEVEL_BEFORE = re.compile(
    r"(?:\b(?:to|at|reached|reaching|hit|hits|hitting|from(?: the| its)?(?: previous| old| former"
    r"| earlier| current)?)|[至到为為达達从從]|达到|達到)\s*"
    r"(?:about|around|nearly|over|more than|约|約|近|超过|超過)?\s*$",
    re.IGNORECASE,
)
#: Words just after a figure that date it a year before its sentence's period
#: ("(vs. 51.7% LY)", "from 39% last year", "a year earlier", "year-ago").
YEAR_EARLIER_AFTER = re.compile(
    r"^\s*(?:\bLY\b|last year\b|a year (?:earlier|ago|before)\b|in the year-ago\b|year-ago\b)"
)


#: A comparative just after a rate: it is a change ("pay up to 100% more for
#: the commission fee", "prices 5% lower than a year ago"); less and lower fall.
MORE_AFTER = re.compile(r"\s*(?:(?P<up>more|higher)|less|lower)\b", re.IGNORECASE)
#: ... against a year earlier: a rate on a year ("5% less than last year", "4% more than the
#: same period in 2024"), its period the figure's own, not the year it is set against.
YOY_THAN = re.compile(
    r"\s*(?:more|higher|less|lower)\s+than\s+(?:last year|a year (?:earlier|ago|before)"
    r"|the (?:previous|prior) year"
    r"|the same (?:period|month|quarter) (?:in|of|last) (?:20\d\d|year))\b",
    re.IGNORECASE,
)


def measure_of(fig: Figure, clause: str, before: str, after: str, kw: Keywords) -> None:
    """What ``fig`` measures, from its clause (or, when it opens one, the
    sentence ``before`` it) and the words ``after`` it; a fall is signed only
    by a word in its own clause or just after it."""
    if fig.unit == "times":
        fig.measure = "multiple"
        return
    if fig.currency:
        _amount_moved(fig, clause or before, kw)
        return
    if fig.unit == "pp":  # percentage points say a rate moved: "同比下降0.4个百分点"
        fig.measure = "change"
        if _falls(clause, after, kw.direction):
            _negate(fig)
        return
    if fig.unit != "percent":
        _count_moved(fig, clause or before)
        return
    if m := MORE_AFTER.match(after):
        fig.measure = "change"
        if not m.group("up"):
            _negate(fig)
        return
    own = clause
    clause = clause or before
    low, later = clause.lower(), after.lower()
    for measure, words in kw.measures.items():
        if measure == "change" and LEVEL_BEFORE.search(clause):
            return  # "fell to 48.9%": the level it fell to
        if _said(words, low, later):
            fig.measure = measure
            if measure in ("change", "yoy", "cagr") and _falls(own, after, kw.direction):
                _negate(fig)
            return


@lru_cache(maxsize=64)
def words_in(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-blind regex for ``words``: an English word whole ("gain" is
    not in "against", "up" not in "upper"), a Chinese one anywhere.

    >>> words_in(("gain", "增长")).search("against 39%") is None
    True
    >>> words_in(("gain", "增长")).search("同比增长5%") is not None
    True
    """
    alts = [rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in words]
    return re.compile("|".join(sorted(alts, key=len, reverse=True)), re.IGNORECASE)


def _said(words: tuple[str, ...], before: str, after: str) -> bool:
    """Whether one of ``words`` is in the words ``before`` a figure, or an
    English one just ``after`` it ("a 5% decline")."""
    if words_in(words).search(before):
        return True
    english = _english(words)
    return bool(english) and words_in(english).search(after) is not None


@lru_cache(maxsize=64)
def _english(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w.isascii())


def carried(fig: Figure, own: str, prev: Figure, kw: Keywords) -> None:
    """A rate whose clause has no verb of its own ("grew 9.6 percent, with
    Latin America by 3.9 percent"; "1.3 percent in the first quarter, 4.5
    percent in the second") shares the measure and direction of the rate
    before it in the sentence."""
    if fig.unit != "percent" or fig.measure or prev.unit != "percent":
        return
    if prev.measure not in ("change", "yoy") or kw.direction.search(own):
        return
    low = own.lower()
    if LEVEL_BEFORE.search(own) or any(row[0].lower() in low for row in kw.metrics):
        return  # "free cash flow margin at 18%": a figure of its own
    if any(words_in(words).search(low) for words in kw.measures.values()):
        return
    fig.measure = prev.measure
    if prev.value.startswith("-"):
        _negate(fig)
    fig.review.append("no verb of its own: read like the rate before it")


#: An amount written as a move: "+$0.25", "-$0.10", "rose by $0.08", "cut by US$1".
#: A sign written before an amount ("-$5", "+ US$2"), not a hyphen ending a
#: word ("sub-$20" is under US$20).
SIGNED = re.compile(r"(?<![A-Za-z])(?P<sign>[+＋\-−])\s*$")
#: "cut by US$1", "reduced by up to ₹17": 'by' and a qualifier the figure keeps
BY = re.compile(
    r"\bby\s+(?:(?:up to|as much as|about|around|nearly|almost|over|more than)\s+)?$",
    re.IGNORECASE,
)
MOVE_NOUN = re.compile(
    # "increase will be $0.08", "increases of up to US$5", "price hikes up to US$10",
    # "increases on apparel would range from US$2"
    r"\b(increase|rise|hike|cut|decrease|reduction|drop)s?\b(?:"
    r"\s+(?:(?:will be|would be|is|was|of)\s+)?(?:up to|as much as|about|around)\s+"
    r"|\s+(?:will be|would be|is|was|of)\s+"
    r"|[^.;:]{0,80}?\b(?:range|ranging)\s+from\s+)$",
    re.IGNORECASE,
)


def _amount_moved(fig: Figure, clause: str, kw: Keywords) -> None:
    """An amount is a change when written with its sign or after 'by' and a
    direction word; a minus, or a word of falling, makes it negative."""
    m = SIGNED.search(clause)
    if m:
        fig.measure = "change"
        if m.group("sign") in "-−":
            _negate(fig)
        return
    noun = MOVE_NOUN.search(clause)
    if noun:  # "the average FBA fee increase will be $0.08"
        fig.measure = "change"
        if noun.group(1).lower() in ("cut", "decrease", "reduction", "drop"):
            _negate(fig)
        return
    by = BY.search(clause)
    if by:  # the direction word before 'by' ("up to" is no rise)
        words = list(kw.direction.finditer(clause[: by.start()]))
        last = words[-1] if words else None
        if last is not None:
            fig.measure = "change"
            if last.group("down") is not None:
                _negate(fig)


#: A count written as a move, by the verb just before it: "close about 1,200
#: stores", "cut 14,000 jobs", "opened 300 stores", "关闭约1200家门店". Only a
#: counted thing (a unit): "closed at HK$100" is an amount, "closed 2% higher"
#: a rate, both read above.
_QUALIFIER = (
    r"(?:about|around|nearly|roughly|some|another|more than|up to|an estimated|approximately)"
)
COUNT_MOVE = re.compile(
    r"(?:\b(?:(?P<down>clos(?:e|es|ed|ing)|shut(?:s|ting|tered|tering|ter)?|cut(?:s|ting)?"
    r"|eliminat(?:e|es|ed|ing)|shed(?:s|ding)?|laid off|lay(?:s|ing)? off)"
    r"|(?P<up>open(?:s|ed|ing)?|add(?:s|ed|ing)?|hir(?:e|es|ed|ing)))"
    rf"\s+(?:{_QUALIFIER}\s+)?"
    r"|(?:(?P<zh_down>关闭|關閉|关停|關停|裁减|裁減|裁撤|裁员|裁員)|(?P<zh_up>新开|新開|新增))"
    r"(?:约|約|近|超过|超過)?)$",
    re.IGNORECASE,
)


def _count_moved(fig: Figure, clause: str) -> None:
    """A count moved by the verb just before it: a change, negative for a
    closing or a cut (``COUNT_MOVE``)."""
    if not fig.unit:
        return
    m = COUNT_MOVE.search(clause)
    if m is None:
        return
    fig.measure = "change"
    fig.review.append("a count moved by its verb: drafted as a change")
    if m.group("down") is not None or m.group("zh_down") is not None:
        _negate(fig)


def _falls(before: str, after: str, direction: re.Pattern[str]) -> bool:
    """Whether the direction word nearest the figure says it went down: the
    last one before it, or one just after it ("a 5% decline")."""
    last = None
    for m in direction.finditer(before):
        last = m
    near = direction.match(after.lstrip()[:16])  # "a 5% decline"
    if near is not None and (last is None or len(before) - last.end() > 24):
        return near.group("down") is not None
    return last is not None and last.group("down") is not None


def _negate(fig: Figure) -> None:
    if not fig.value.startswith("-"):
        fig.value = "-" + fig.value
        fig.review.append("a fall: drafted as a negative change")


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
