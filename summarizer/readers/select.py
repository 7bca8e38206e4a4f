"""Select stage: every reader's points of one story, chosen together.

Chosen reader by reader, the same strong takeaway lands in every section and
70% of the points repeat. So the choice is made for all readers at once:

1. The Quick Summary (the ``general`` persona) takes the story's best
   points, worded as facts.
2. Then the readers take turns, one point per turn, each its best remaining
   candidate. A candidate is a takeaway the reader has a *stake* in
   (``readers.stakes``): an editor's implication for its role, a stance the
   vocabulary gives its role on the metric or event (a fee rise is a cost to
   a seller), an editor's or rule's address, or — ranked last — a facet it
   follows. A point is worded from the reader's side when there is a side to
   word it from (``angle``), and its plain wording is shown only where no
   other section has shown it (``lead``), so no sentence appears twice in a
   story.
3. A reader with little at stake gets fewer points, never someone else's.

Deterministic: ranks break ties by rule order, then segment, recency and the
editor's order of the facts (``_rank``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Fact, Label, Persona, Story, Takeaway, Text
from ..rules import rule_names
from ..rules.facts import period_end
from ..vocabulary.vocab import Vocabulary
from .news import told
from .stakes import Stake, stake

#: Bonus for a figure a rule computed over an editor's qualitative claim:
#: traceable numbers are what this product offers that prose cannot.
FIGURE_BONUS = 15


@dataclass(frozen=True, slots=True)
class Pick:
    """A takeaway chosen for one reader, with how to word it."""

    label: Label
    """Its lead label (from the facet the point has for this reader)."""
    takeaway: Takeaway
    angle: str = ""
    """The role to word the point for ('' = as a plain fact)."""
    lead: bool = True
    """Whether the plain wording comes first (False: shown in another section)."""
    stake: str = ""
    """Why this reader gets it (see ``Stake.kind``)."""


def _label(vocab: Vocabulary, facet: str) -> Label:
    f = vocab.facets.get(facet)
    return Label(f.label if f else Text(facet, facet), facet)


def _rank(
    t: Takeaway, order: dict[str, int], weight: int = 0, facts: dict[str, int] | None = None
) -> tuple[int, int, int, tuple[int, int, int], int]:
    """Best first: priority (with the figure bonus and the reader's stake),
    rule order; then, between two takeaways of one rule, the whole company
    before one of its segments and the latest figure before older ones (a
    results story's 2023-to-2024 growth before its 2022-to-2023 growth); last,
    the editor's order of the facts (``facts``: id -> position in the file)."""
    bonus = FIGURE_BONUS if t.rule != "claims" else 0
    first = (facts or {}).get(t.facts[0], 0) if t.facts else 0
    dated = [v for v in t.values.values() if isinstance(v, Fact) and v.kind == "metric"]
    segment = int(any(v.segment for v in dated[:1]))
    latest = max((period_end(v.period) for v in dated), default=(0, 0, 0))
    recency = (-latest[0], -latest[1], -latest[2])
    return (-(t.priority + bonus + weight), order.get(t.rule, len(order)), segment, recency, first)


#: Growth messages whose meaning for a brand's suppliers and peers is one
#: sentence whatever the figure (templates/*/partners.j2).
PARTNER_MESSAGES = frozenset({"growth", "level_with_growth"})


def _partner(story: Story, t: Takeaway, s: Stake) -> tuple[str, str] | None:
    """(brand, stance) when the point is a brand's growth read by its
    suppliers or peers: a reader gets one such point per brand."""
    e = story.entities.get(t.entity)
    if t.message in PARTNER_MESSAGES and e and e.kind == "brand" and s.kind in (
        "demand", "benchmark"
    ):
        return (t.entity, s.kind)
    return None


#: Rules whose figures describe a period, so a later period's says it better
#: (not dated changes: a fee's April and July steps are two pieces of news).
PERIODIC = frozenset(
    {"yoy_growth", "stated_growth", "ratio", "segment_mix", "segment_rank", "margin_change"}
)


def _stale(takeaways: Sequence[Takeaway]) -> set[int]:
    """Takeaways a later one of the same rule and series supersedes: a
    results story's 2022-to-2023 growth once its 2023-to-2024 growth is there."""
    latest: dict[tuple[str, tuple[str, str, str]], tuple[int, int, int]] = {}
    ends: dict[int, tuple[tuple[str, tuple[str, str, str]], tuple[int, int, int]]] = {}
    for i, t in enumerate(takeaways):
        line = _series(t)
        if line is None or t.rule not in PERIODIC:
            continue
        end = max(
            (period_end(v.period) for v in t.values.values()
             if isinstance(v, Fact) and v.kind == "metric"),
            default=(0, 0, 0),
        )
        key = (t.rule, line)
        ends[i] = (key, end)
        latest[key] = max(latest.get(key, end), end)
    return {i for i, (key, end) in ends.items() if end < latest[key]}


def _series(t: Takeaway) -> tuple[str, str, str] | None:
    """The (entity, metric, segment) a computed takeaway is about, or None."""
    for v in t.values.values():
        if isinstance(v, Fact) and v.kind == "metric":
            return (v.entity, v.metric, v.segment)
    return None


#: Messages whose plain wording is already the reader's own (a regulation's
#: duties for the party the reader is): worded for them, with no meaning added.
READER_WORDED = frozenset({"obligation"})

#: Computed points of one rule a reader gets at most: variety over a form.
MAX_SAME_RULE = 2

#: Messages whose meaning carries no figure of its own: a reader gets one.
ONCE_PER_READER = frozenset({"dated_event"})

#: Points not worded for the reader (a fact it follows or was addressed,
#: with nothing said about what it means for it) fill at most this many
#: places: a reader with little at stake gets fewer points instead.
MAX_PLAIN = 1


#: Rules that say how one figure moved (its CAGR, its growth on a year, a
#: round mark it passed): the summary says one of them per figure. How a
#: total splits (mix_shift, segment_mix) or what it yields (ratio) is
#: another point about the same figure.
MOVES = frozenset(
    {"yoy_growth", "stated_growth", "cagr", "span_change", "milestone", "base_change",
     "market_cap_rise"}
)

#: How much weaker (in rank score) a figure about a company the summary has
#: not yet named may be, and still come before one about a company it has:
#: a story of two companies gets a point on each.
ENTITY_SLACK = 10


def _summary(
    story: Story,
    p: Persona,
    takeaways: Sequence[Takeaway],
    order: dict[str, int],
    where: dict[str, int],
) -> list[int]:
    """The Quick Summary's takeaways: the story's best points, each kind of
    thing once (one CAGR, one growth), each company's figure once (not its
    CAGR, then its last year again), no day's change twice, and the
    companies the story compares each named when their points come close."""
    ranked = sorted(
        (i for i, t in enumerate(takeaways) if t.rule in p.rules and not t.audience),
        key=lambda i: _rank(takeaways[i], order, 0, where),
    )
    score = {i: _rank(takeaways[i], order, 0, where)[0] for i in ranked}
    chosen: list[int] = []
    rules: set[str] = set()
    series: set[tuple[str, str, str]] = set()
    covered: set[str] = set()

    def fits(i: int) -> bool:
        t = takeaways[i]
        if t.rule == "claims":
            return not told(story, t, (takeaways[j] for j in chosen))
        line = _series(t) if t.rule in MOVES else None
        return (
            t.rule not in rules
            and (line is None or line not in series)
            and not told(story, t, (takeaways[j] for j in chosen))
        )

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
            rules.add(t.rule)
            if t.rule in MOVES and (line := _series(t)) is not None:
                series.add(line)
            covered.add(t.entity)
    return chosen


def has_angle(t: Takeaway, s: Stake, angled: frozenset[str]) -> bool:
    """Whether the point can be worded from the reader's side: an editor's
    implication, a meaning template for the takeaway's message, or a message
    that is the reader's own."""
    if s.kind == "implication" or (s.kind == "addressed" and t.message in READER_WORDED):
        return True
    return s.kind not in ("addressed", "interest") and t.message in angled


def plan(
    story: Story,
    personas: Sequence[Persona],
    takeaways: Sequence[Takeaway],
    vocab: Vocabulary,
    angled: frozenset[str] = frozenset(),
) -> dict[str, list[Pick]]:
    """Each persona's picks, chosen together (see the module docstring).

    ``angled`` names the takeaway messages that have a meaning template.
    """
    order = {name: i for i, name in enumerate(rule_names())}
    where = {f.id: i for i, f in enumerate(story.facts)}
    out: dict[str, list[Pick]] = {p.id: [] for p in personas}
    shown: set[int] = set()  # takeaways whose plain wording is out
    worded: set[tuple[int, str]] = set()  # (takeaway, angle) already used
    general = [p for p in personas if p.id == "general"]
    readers = [p for p in personas if p.id != "general"]
    for p in general:
        for i in _summary(story, p, takeaways, order, where):
            t = takeaways[i]
            out[p.id].append(Pick(_label(vocab, t.facet), t))
            shown.add(i)
    stale = _stale(takeaways)
    cands: dict[str, list[tuple[int, Stake]]] = {}
    for p in readers:
        mine = [
            (i, s)
            for i, t in enumerate(takeaways)
            if i not in stale and (s := stake(story, p, t, vocab))
        ]
        mine.sort(
            key=lambda c: (
                -int(has_angle(takeaways[c[0]], c[1], angled)),
                _rank(takeaways[c[0]], order, c[1].weight, where),
            )
        )
        cands[p.id] = mine
    for _ in range(max((p.points for p in readers), default=0)):
        for p in readers:
            if len(out[p.id]) >= p.points:
                continue
            for i, s in cands[p.id]:
                t = takeaways[i]
                angle = p.role if has_angle(t, s, angled) else ""
                # the meaning's wording depends on the stance, not on who reads it
                key = (i, s.kind if angle and s.kind != "implication" else angle)
                if angle and _partner(story, t, s):
                    key = (i, angle)  # a brand's growth is worded for each partner's role
                if key in worded or (not angle and i in shown):
                    continue
                if any(q.takeaway is t for q in out[p.id]):
                    continue
                if told(story, t, (q.takeaway for q in out[p.id])):
                    continue  # that day's change is already in this section
                once = t.message in ONCE_PER_READER or s.kind == "benchmark"
                if angle and once and any(
                    q.takeaway.message == t.message and q.stake == s.kind for q in out[p.id]
                ):
                    continue  # the same meaning twice, with no figure to tell them apart
                if angle and (key2 := _partner(story, t, s)) and any(
                    _partner(story, q.takeaway, Stake(q.stake, q.label.facet)) == key2
                    for q in out[p.id]
                ):
                    continue  # a brand's growth means the same to its suppliers at any level
                if t.rule != "claims" and sum(
                    q.takeaway.rule == t.rule for q in out[p.id]
                ) >= MAX_SAME_RULE:
                    continue  # three fee moves in a row read as a form, not a briefing
                plain = sum(not q.angle for q in out[p.id])
                if not angle and p.role != "researcher" and plain >= MAX_PLAIN:
                    continue
                worded.add(key)
                out[p.id].append(Pick(_label(vocab, s.facet), t, angle, i not in shown, s.kind))
                shown.add(i)
                break
    for p in readers:  # shown in the order the persona lists its interests
        rank = {f: k for k, f in enumerate(p.follows)}
        out[p.id].sort(key=lambda q: (q.stake in ("interest",), rank.get(q.label.facet, 99)))
    return out
