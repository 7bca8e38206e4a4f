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

Deterministic: ranks break ties by rule order, then fact order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Label, Persona, Story, Takeaway, Text
from ..rules import rule_names
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


def _rank(t: Takeaway, order: dict[str, int], weight: int = 0) -> tuple[int, int, str]:
    bonus = FIGURE_BONUS if t.rule != "claims" else 0
    first = t.facts[0] if t.facts else ""
    return (-(t.priority + bonus + weight), order.get(t.rule, len(order)), first)


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
    out: dict[str, list[Pick]] = {p.id: [] for p in personas}
    shown: set[int] = set()  # takeaways whose plain wording is out
    worded: set[tuple[int, str]] = set()  # (takeaway, angle) already used
    general = [p for p in personas if p.id == "general"]
    readers = [p for p in personas if p.id != "general"]
    for p in general:
        pool = sorted(
            (i for i, t in enumerate(takeaways) if t.rule in p.rules and not t.audience),
            key=lambda i: _rank(takeaways[i], order),
        )
        rules: set[str] = set()
        for i in pool:
            t = takeaways[i]
            if len(out[p.id]) >= p.points:
                break
            if t.rule != "claims" and t.rule in rules:
                continue  # the summary says each kind of thing once
            if told(story, t, (q.takeaway for q in out[p.id])):
                continue
            rules.add(t.rule)
            out[p.id].append(Pick(_label(vocab, t.facet), t))
            shown.add(i)
    cands: dict[str, list[tuple[int, Stake]]] = {}
    for p in readers:
        mine = [(i, s) for i, t in enumerate(takeaways) if (s := stake(story, p, t, vocab))]
        mine.sort(
            key=lambda c: (
                -int(has_angle(takeaways[c[0]], c[1], angled)),
                _rank(takeaways[c[0]], order, c[1].weight),
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
