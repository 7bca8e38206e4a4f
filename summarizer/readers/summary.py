"""The Quick Summary's points: the story's best, each said once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import Fact, Persona, Story, Takeaway
from .news import main_facts, restates, told
from .rank import rank, series

#: Rules that say how one figure moved (its CAGR, its growth on a year, a
#: round mark it passed): the summary says one of them per figure. How a
#: total splits (mix_shift, segment_mix) or what it yields (ratio) is
#: another point about the same figure.
MOVES = frozenset(
    {"yoy_growth", "stated_growth", "lone_rate", "cagr", "span_change", "milestone", "base_change",
     "market_cap_rise"}
)

#: How much weaker (in rank score) a figure about a company the summary has
#: not yet named may be, and still come before one about a company it has:
#: a story of two companies gets a point on each.
ENTITY_SLACK = 10


def _kind(t: Takeaway) -> str:
    """The kind of thing a point tells, which the summary tells once: its
    rule, and for a dated event the event's kind too (a government's rules on
    platform fees and a rival's fee rise are two pieces of news, two fee
    rises one kind)."""
    event = t.values.get("event") if t.rule == "dated_event" else None
    return f"{t.rule}:{event.event}" if isinstance(event, Fact) else t.rule


def _for_all(p: Persona, t: Takeaway) -> bool:
    """A point for every reader: addressed to no one, or to the summary."""
    return not t.audience or p.id in t.audience


def given(story: Story, t: Takeaway, points: Iterable[Takeaway]) -> bool:
    """Whether the lede and ``points`` give every figure ``t`` gives: after
    "retail sales grew 8.1% while consumer prices rose 8.6% … clothing 6.1%",
    "Also, retail sales grew 8.1% to US$672.9 billion; clothing 6.1%, slower
    than the whole" adds nothing to a summary. A claim is the editor's
    sentence, never given by others."""
    if t.rule == "claims":
        return False
    told = set(story.lede_about)
    for q in points:
        told.update(q.facts)
    return len(told) > len(story.lede_about) and set(t.facts) <= told


def summary(
    story: Story,
    p: Persona,
    takeaways: Sequence[Takeaway],
    order: dict[str, int],
    where: dict[str, int],
    skip: frozenset[int] = frozenset(),
) -> list[int]:
    """The Quick Summary's takeaways: the story's best points, each kind of
    thing once (one CAGR, one growth), each company's figure once (not its
    CAGR, then its last year again), no day's change twice, and the
    companies the story compares each named when their points come close;
    nothing the lede already tells (``story.lede_about``), and none of
    ``skip`` (points another point tells in full: ``news.covered``)."""
    ranked = sorted(
        (
            i
            for i, t in enumerate(takeaways)
            if i not in skip and t.rule in p.rules and _for_all(p, t)
        ),
        key=lambda i: rank(takeaways[i], order, 0, where),
    )
    score = {i: rank(takeaways[i], order, 0, where)[0] for i in ranked}
    chosen: list[int] = []
    rules: set[str] = set()
    lines: set[tuple[str, str, str]] = set()
    covered: set[str] = set()

    lede = frozenset(story.lede_about)
    #: totals an outpace point the summary may take tells in full
    totals = [takeaways[i].values.get("total") for i in ranked if takeaways[i].rule == "outpace"]
    #: and the figures a ratio gives with their rates (revenue and GMV, each
    #: up 32%, in a take rate that held)
    totals += [
        takeaways[i].values.get(k)
        for i in ranked
        if takeaways[i].rule == "ratio" and takeaways[i].values.get("move")
        for k in ("num", "den")
    ]

    def fits(i: int) -> bool:
        t = takeaways[i]
        main = main_facts(t)
        if (main and main <= lede) or lede & restates(t):
            return False  # the lede said it (a margin from its revenue is news)
        line = series(t) if t.rule in MOVES else None
        if t.rule != "claims" and (_kind(t) in rules or (line is not None and line in lines)):
            return False
        if given(story, t, (takeaways[j] for j in chosen)):
            return False  # every figure it gives is there already
        cur = t.values.get("cur")
        if cur is not None and cur in totals:
            return False  # an outpace or ratio point gives the amount and rate
        return not told(story, t, (takeaways[j] for j in chosen))

    while len(chosen) < p.points:
        eligible = [i for i in ranked if i not in chosen and fits(i)]
        if not eligible:
            break
        best = eligible[0]
        t = takeaways[best]
        if t.rule != "claims" and t.entity in covered:
            best = next(
                (
                    i
                    for i in eligible
                    if takeaways[i].rule != "claims"
                    and takeaways[i].entity not in covered
                    and score[i] - score[best] <= ENTITY_SLACK
                ),
                best,
            )
            t = takeaways[best]
        chosen.append(best)
        if t.rule != "claims":
            rules.add(_kind(t))
            if t.rule in MOVES and (line := series(t)) is not None:
                lines.add(line)
            covered.add(t.entity)
    return chosen
