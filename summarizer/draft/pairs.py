"""Figures that belong together: a range is one figure, a move has a base.

"Section 301 tariffs of 7.5 to 100 percent" and "每件80至200美元" are one fact
with a range value; drafted one number at a time, the lower bound was lost
(it has no unit of its own) and the upper read as the level. "Lowered from
20 percent to 10 percent", "从200美元提高至800美元" and "rose to $2.84B from
$2.16B" are a change: the new figure's ``base`` is the old one, which is
what the rules need to say how much it moved. Both are read from the few
characters between the two numbers, so a guess here costs the editor one
line to delete, never a wrong number.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .figures import Figure
from .keywords import load_keywords
from .measures import year_earlier
from .numberwords import CURRENCY_PREFIXES
from .sentences import sentence_bounds

_NUM = r"(?P<a>\d+(?:,\d{3})*(?:\.\d+)?)"
#: A currency before an amount, as ``figures`` reads them ("US$", "USD 2.8",
#: "USD2.58": a range's bound "USD2.58 to USD2.63" stayed a figure of its own).
_CUR = "(?:(?:" + "|".join(
    re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True)
) + r")\s?)?"
_UNIT = r"\s?(?:%|％|percent|billion|million|bn|B|M)?(?:亿|万)?(?:美元|港元|元|欧元)?"
#: The lower bound and what joins it to the figure: "7.5 to ", "80至", "5%–".
RANGE_BEFORE = re.compile(rf"{_CUR}{_NUM}{_UNIT}\s*(?:至|到|~|～|-|–|—|\sto)\s*{_CUR}$")
#: "to 30,000 or 60,000 yuan" (3万或6万元): two levels (by kind of business) with
#: the unit said once, drafted as the range they span; with a unit on each
#: ("RM10 or RM500", "Rs. 25 or Rs 30") they are two examples, two figures.
OR_BEFORE = re.compile(rf"(?<![A-Za-z0-9$¥€£₹.,]){_NUM}(?:亿|万)?\s*(?:\sor|或)\s*{_CUR}$")
#: "between US$100 and US$150": a range joined by "and" only after "between"
#: ("5% and 7%" alone are two figures).
BETWEEN_BEFORE = re.compile(rf"\bbetween\s+{_CUR}{_NUM}{_UNIT}\s+and\s+{_CUR}$", re.IGNORECASE)
#: A word before the lower bound that makes the pair a move, not a range
#: ("ranging from $3,100 to $4,000" is a range all the same).
MOVE_WORDS = re.compile(r"(?<!ranging )(?<!range )(?:\bfrom|[从由自])\s*$", re.IGNORECASE)
#: "from A to B" / "从A(降)至B": A is B's base when a verb says it moved
#: ("lowered from 20 percent to 10 percent", "从3.3%提升至18.9%"); "priced
#: from $15 to $20" is a band.
FROM_TO = re.compile(
    rf"(?P<from>\bfrom\s+|[从由自]){_CUR}{_NUM}{_UNIT}\s*(?P<verb>[^\s，。；,;]{{0,4}})\s*"
    rf"(?P<to>to|至|到)\s*{_CUR}$",
    re.IGNORECASE,
)
#: Words besides the direction words that say a level moved.
MOVED = re.compile(r"\b(?:changed?|moved?|went|go(?:es)?|will be|would be)\s*$", re.IGNORECASE)
#: A verb that moves what follows it, its object between it and "from" ("will
#: reduce the export tax rebate rate for batteries from 13% to 9%"), in the
#: same clause.
MOVES_OBJECT = re.compile(
    r"\b(?:reduce[sd]?|lower(?:s|ed)?|cut|cuts|raise[sd]?|hike[sd]?|lift(?:s|ed)?)\s[^,;:，。；：]*$",
    re.IGNORECASE,
)
#: "A, rising to B" / "A，并于6月1日提高至B": B moved on from the figure of its
#: kind before it in the sentence.
GOES_TO = re.compile(
    r"\b(?:rising|climbing|increasing|growing|going up|falling|dropping|declining|"
    r"going down|decreasing)\s+to\s+" + _CUR + r"$|(?:提高|上调|增加|增至|降低|下调|降)至$",
    re.IGNORECASE,
)
#: "to B from A": after B, what leads to its base.
TO_FROM = re.compile(r"\s*,?\s*from\s+(?:a year earlier\s+)?$|\s*,?\s*(?:up|down)?\s*from\s+$")


def merge_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """Each figure whose lower bound is written just before it takes it as
    ``low`` (and starts there); the bound's own figure, if it was one, goes."""
    out: list[Figure] = []
    for fig in figures:
        before = text[max(0, fig.start - 24) : fig.start]
        m = RANGE_BEFORE.search(before) or OR_BEFORE.search(before)
        if m is None:
            before = text[max(0, fig.start - 40) : fig.start]
            m = BETWEEN_BEFORE.search(before)
        start = fig.start - len(before) + m.start() if m else -1
        if m is None or MOVE_WORDS.search(text[max(0, start - 14) : start]) or _year_to(m):
            out.append(fig)
            continue
        if out and out[-1].start >= start:
            low = out.pop()
            if (low.unit, low.currency) not in (("", ""), (fig.unit, fig.currency)):
                out.extend((low, fig))  # "10% to US$5": two figures that meet, no range
                continue
        fig.low = m.group("a").replace(",", "")
        fig.start = start
        out.append(fig)
    return out


def _year_to(m: re.Match[str]) -> bool:
    """A bare year before 'to' ("from $4.83 in 2022 to $4.81"): a period, no bound."""
    low = m.group("a")
    return re.fullmatch(r"(?:19|20)\d\d", low) is not None and m.group(0).lstrip()[:1].isdigit()


#: "B, a sharp increase from the previous A": A is the base of the figure of
#: its kind before it in the sentence.
FROM_PREVIOUS = re.compile(
    r"\b(?:increase|rise|jump|hike|up|down|decrease|cut|drop|reduction)\s+from\s+"
    r"(?:the\s+|its\s+)?(?:previous|old|former|earlier|current)?\s*" + _CUR + "$",
    re.IGNORECASE,
)


def link_bases(text: str, figures: list[Figure]) -> None:
    """Give each figure reached 'from' another of the same kind that figure as base."""
    for i, fig in enumerate(figures):
        if fig.low:
            continue
        if FROM_PREVIOUS.search(text[max(0, fig.start - 60) : fig.start]):
            new = _kind_before(text, figures, i)
            if new is not None and new.base is None and not new.low:
                new.base = fig
                _levels(fig, new)
                _before_the_move(fig, new)
                continue
        before = text[max(0, fig.start - 40) : fig.start]
        m = FROM_TO.search(before)
        # the verb with what joins it to the new level: 增至 says "rose to"
        verb = m.group("verb") + m.group("to") if m else ""
        if m and i > 0 and _moved(text, fig.start - len(before) + m.start(), verb):
            old = figures[i - 1]
            if _same_kind(old, fig) and old.start >= fig.start - len(before) + m.start():
                fig.base = old
                _levels(old, fig)
                _before_the_move(old, fig)
                continue
        after = i + 1 < len(figures) and figures[i + 1]
        if after and TO_FROM.fullmatch(text[fig.end : after.start]) and _same_kind(after, fig):
            fig.base = after
            _levels(after, fig)
            _before_the_move(after, fig)
            continue
        if GOES_TO.search(text[max(0, fig.start - 24) : fig.start]):
            moved_from = _kind_before(text, figures, i)
            if moved_from is not None:
                fig.base = moved_from
                _levels(moved_from, fig)


def _kind_before(text: str, figures: list[Figure], i: int) -> Figure | None:
    """The nearest figure before ``figures[i]`` in its sentence of its kind
    (and per the same thing): what "rising to" moved on from."""
    fig = figures[i]
    stop = sentence_bounds(text, fig.start)[0]
    for old in reversed(figures[:i]):
        if old.start < stop:
            return None
        if _same_kind(old, fig) and old.per == fig.per:
            return old
    return None


def _moved(text: str, at: int, verb: str) -> bool:
    """Whether a verb says the level moved: between the figures (提高至),
    just before 'from' ("was lowered from", "would fall from"), or before
    the object it moves, in the same clause ("reduce the rate for X from")."""
    direction = load_keywords().direction
    if verb and direction.search(verb):
        return True
    lead = text[max(0, at - 24) : at]
    last = list(direction.finditer(lead))
    if last and not lead[last[-1].end() :].strip(" ,") or MOVED.search(lead):
        return True
    return MOVES_OBJECT.search(text[max(0, at - 120) : at]) is not None


def _levels(old: Figure, new: Figure) -> None:
    """Both ends of a move are levels: "declined from 3% to 2.2% year over
    year" drafted -3 and -2.2 as yearly changes; they are 3% a year earlier
    and 2.2%."""
    note = "a fall: drafted as a negative change"
    yearly = new.measure == "yoy"
    for fig in (old, new):
        if fig.measure in ("change", "yoy"):
            fig.measure = ""
            if note in fig.review:
                fig.review.remove(note)
                fig.value = fig.value.removeprefix("-")
    if yearly:
        year_earlier(old)


def _before_the_move(old: Figure, new: Figure) -> None:
    """An old level dated the day its change takes effect is the level of the
    day before (the seeds' "period: '2024-01-14'" for a fee cut on the 15th)."""
    if old.period == new.period and len(new.period) == 10:
        old.period = (date.fromisoformat(new.period) - timedelta(days=1)).isoformat()
        old.review.append("the level before the change: dated the day before it")


def _same_kind(a: Figure, b: Figure) -> bool:
    return (a.unit, a.currency) == (b.unit, b.currency) and not a.low
