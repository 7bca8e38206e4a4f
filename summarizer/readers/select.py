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
   word it from (``angle``, see ``readers.wording``), and its plain wording
   is shown only where no other section has shown it (``lead``), so no
   sentence appears twice in a story.
3. A reader with little at stake gets fewer points, never someone else's.

Deterministic: ranks break ties by rule order, then segment, recency and the
editor's order of the facts (``rank.rank``); the Quick Summary is chosen by
``summary.summary``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import Fact, Label, Persona, Story, Takeaway, Text
from ..rules import rule_names
from ..rules.realgrowth import VOLUME_ROLES, deflated
from ..vocabulary.vocab import Vocabulary
from .news import covered, told
from .rank import rank, stale
from .stakes import Stake, stake
from .summary import summary
from .wording import has_angle, partner_of, wording, yardstick


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


#: Computed points of one rule a reader gets at most: variety over a form.
MAX_SAME_RULE = 2

#: Messages whose meaning carries no figure of its own: a reader gets one.
ONCE_PER_READER = frozenset({"dated_event"})

#: A reader's turn looks for a point in these passes, (fresh, plain): first a
#: point worded for it that no other section has; then figures another reader
#: has, worded again for this role (a fee's cost for a brand after a seller);
#: only then a plain fact, with no meaning for this reader.
PASSES = ((True, False), (False, False), (False, True))

#: Points not worded for the reader (a fact it follows or was addressed,
#: with nothing said about what it means for it) fill at most this many
#: places: a reader with little at stake gets fewer points instead.
MAX_PLAIN = 1


def _fits(story: Story, p: Persona, t: Takeaway, s: Stake, angle: str, section: list[Pick]) -> bool:
    """Whether a point may join a reader's section, by what the section has."""
    if any(q.takeaway is t for q in section):
        return False
    if told(story, t, (q.takeaway for q in section)):
        return False  # that day's change is already in this section
    once = (t.message in ONCE_PER_READER and not t.values.get("per_role")) or s.kind == "benchmark"
    if (
        angle
        and once
        and any(q.takeaway.message == t.message and q.stake == s.kind for q in section)
    ):
        return False  # the same meaning twice, with no figure to tell them apart
    partner = partner_of(story, t, s.kind) if angle else None
    if partner and any(partner_of(story, q.takeaway, q.stake) == partner for q in section):
        return False  # a brand's growth means the same to its suppliers at any level
    if t.rule != "claims" and sum(q.takeaway.rule == t.rule for q in section) >= MAX_SAME_RULE:
        return False  # three fee moves in a row read as a form, not a briefing
    plain = sum(not q.angle for q in section)
    return bool(angle) or p.role == "researcher" or plain < MAX_PLAIN


#: Roles that act on a story's figures in their own trade (buy, sell, make,
#: serve, run a marketplace): a figure is one of their points only worded
#: for them. Others (a researcher, an investor, a newsroom's own reader)
#: study the figures, so a plain one in a facet they follow is theirs.
ACTING_ROLES = frozenset({"brand", "seller", "factory", "service_provider", "platform_operator"})


def _plain_fits(p: Persona, t: Takeaway, s: Stake) -> bool:
    """Whether a point with no meaning worded for this reader may still be
    one of its points: an editor's claim (the editor's own sentence, often
    saying what it means), a figure the editor addressed to this reader, or
    any figure for a reader who studies figures (``ACTING_ROLES``). A
    computed figure reaching a seller or a factory only through a stance or
    a facet it follows, with no template to say what it means for them, is
    not ("Zhipu AI's R&D expenses grew 315%" under a factory's Operations):
    it is in the Quick Summary or another section, and the reader gets
    fewer points.

    Nor is a claim with an implication (only another reader's: this
    reader's own would have worded the point for it): the claim leads in
    that reader's section, whose implication follows from it ("… should
    likewise …"), not as a bare fact here."""
    claim = t.values.get("claim")
    if isinstance(claim, Fact):
        return not claim.implications
    return s.kind == "addressed" or p.role not in ACTING_ROLES


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
    worded: set[tuple[int, str]] = set()  # (takeaway, wording) already used
    general = [p for p in personas if p.id == "general"]
    readers = [p for p in personas if p.id != "general"]
    told_in_full = frozenset(covered(story, takeaways))
    superseded = stale(takeaways) | told_in_full
    for p in general:
        for i in summary(story, p, takeaways, order, where, told_in_full):
            t = takeaways[i]
            out[p.id].append(Pick(_label(vocab, t.facet), t))
            shown.add(i)
    cands: dict[str, list[tuple[int, Stake]]] = {}
    nominal = deflated(takeaways)
    for p in readers:
        skip = superseded | (nominal if p.role in VOLUME_ROLES else frozenset())
        mine = [
            (i, s)
            for i, t in enumerate(takeaways)
            if i not in skip and (s := stake(story, p, t, vocab))
        ]
        mine.sort(
            key=lambda c: (
                -int(has_angle(takeaways[c[0]], c[1], angled)),
                rank(takeaways[c[0]], order, c[1].weight, where),
            )
        )
        cands[p.id] = mine
    taken: set[int] = set()  # takeaways some reader's section has
    for _ in range(max((p.points for p in readers), default=0)):
        for p in readers:
            if len(out[p.id]) >= p.points:
                continue
            for fresh, plain in PASSES:
                chosen = None
                for i, s in cands[p.id]:
                    t = takeaways[i]
                    angle = p.role if has_angle(t, s, angled) else ""
                    if not angle and not (plain and _plain_fits(p, t, s)):
                        continue  # says nothing about what it means for this reader
                    key = wording(story, t, s, angle)
                    if (
                        fresh
                        and i in taken
                        and angle
                        and key == angle
                        and s.kind != "implication"
                        and not t.values.get("per_role")
                    ):
                        continue  # the same figures worded for another role: later, if at all
                    if (i, key) in worded or (not angle and i in shown):
                        continue
                    if _fits(story, p, t, s, angle, out[p.id]):
                        chosen = (i, s, angle, key)
                        break
                if chosen is None:
                    continue
                i, s, angle, key = chosen
                worded.add((i, key))
                out[p.id].append(
                    Pick(_label(vocab, s.facet), takeaways[i], angle, i not in shown, s.kind)
                )
                shown.add(i)
                taken.add(i)
                break
    _fill_with_yardsticks(story, readers, takeaways, cands, angled, vocab, out, shown)
    for p in readers:  # in the order the persona lists its interests, then the editor's
        follows = {f: k for k, f in enumerate(p.follows)}
        out[p.id].sort(
            key=lambda q: (
                q.stake in ("interest",),
                follows.get(q.label.facet, 99),
                min((where.get(f, len(where)) for f in q.takeaway.facts), default=len(where)),
            )
        )
    _lead_where_shown_first(out, readers)
    return out


def _fill_with_yardsticks(
    story: Story,
    readers: Sequence[Persona],
    takeaways: Sequence[Takeaway],
    cands: dict[str, list[tuple[int, Stake]]],
    angled: frozenset[str],
    vocab: Vocabulary,
    out: dict[str, list[Pick]],
    shown: set[int],
) -> None:
    """A market's growth, the bar a seller or a brand sets its sales against,
    is worded for one of the pair (``wording.YARDSTICKS``); the other reader
    still gets it when the story has nothing else for it, rather than an
    empty section (a one-figure story of a country's online sales)."""
    for p in readers:
        if out[p.id] or p.points < 1:
            continue
        for i, s in cands[p.id]:
            t = takeaways[i]
            if not has_angle(t, s, angled) or not yardstick(story, t, s.kind, p.role):
                continue
            out[p.id].append(Pick(_label(vocab, s.facet), t, p.role, i not in shown, s.kind))
            shown.add(i)
            break


def _lead_where_shown_first(out: dict[str, list[Pick]], readers: Sequence[Persona]) -> None:
    """A point that several readers get worded from their side leads (says the
    claim or the event before its meaning) in the first section that shows
    it, in the order the sections are printed, not the turn that picked it:
    the section printed first had read "Sourcing there keeps today's duty
    cost until then" before a later one said what 'there' and 'then' were.
    Points whose plain wording a plain pick shows keep theirs."""
    angled = {id(q.takeaway) for p in readers for q in out[p.id] if q.lead and q.angle}
    angled -= {id(q.takeaway) for p in readers for q in out[p.id] if q.lead and not q.angle}
    seen: set[int] = set()
    for p in readers:
        for k, q in enumerate(out[p.id]):
            key = id(q.takeaway)
            if key in angled:
                if q.lead == (key in seen):
                    out[p.id][k] = replace(q, lead=key not in seen)
                seen.add(key)
