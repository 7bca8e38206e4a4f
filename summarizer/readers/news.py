"""Which day's news a point reports, so one section does not say it twice.

A fee change is often in the facts twice: as figures (the referral fee went
from 17% to 5% on 15 January, a ``base_change``) and as the editor's dated
event (Amazon cut its fee on 15 January, a ``dated_event``). Both are true,
and each reader may get either, but one section that shows both reads as
the same news told twice, the second time with fewer figures. A point's
*news* is the (entity, day) pairs of the changes it reports; a section
takes a dated event only if none of its points already reports that day's
change of that entity, and the reverse.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Fact, Story, Takeaway
from .stakes import fact_of

#: Messages that report a dated change (the others may cite dated facts as
#: background without being that day's news).
DATED = frozenset({"base_change", "dated_event"})


def news(story: Story, t: Takeaway) -> frozenset[tuple[str, str]]:
    """The (entity, ISO day) pairs of the changes ``t`` reports."""
    if t.message not in DATED:
        return frozenset()
    days: set[tuple[str, str]] = set()
    for fid in t.facts:
        f = fact_of(story, fid)
        if f is not None and (day := _day(f)):
            days.add((f.entity, day))
    if t.message == "base_change":  # its base is the old level, not news
        base = t.values.get("base")
        if isinstance(base, Fact) and (day := _day(base)):
            days.discard((base.entity, day))
    return frozenset(days)


def _day(f: Fact) -> str:
    if f.kind == "event":
        return f.date.isoformat() if f.date and f.date_precision == "day" else ""
    # a metric dated to the day (a fee from 2024-04-01) is a change on that day
    return f.period if len(f.period) == 10 and f.period[4] == "-" else ""


def told(story: Story, t: Takeaway, section: Iterable[Takeaway]) -> bool:
    """Whether a point of ``section`` already reports ``t``'s change, one of
    the two as a dated event (two figures of one day are two points)."""
    mine = news(story, t)
    if not mine:
        return False
    return any(
        (t.message == "dated_event" or q.message == "dated_event") and mine & news(story, q)
        for q in section
        if q is not t
    )
