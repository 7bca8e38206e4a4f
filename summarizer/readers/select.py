"""Select stage: pick each persona's points from a story's takeaways.

A persona is a preset: the rules it listens to, and slots in the order it
cares about them, each accepting some facets. Each slot takes the best
unused takeaway it accepts (priority, then rule order, then the order the
facts were written), so the choice is deterministic and reviewable. Slots
with nothing relevant are skipped; the persona says so instead of padding.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Persona, Slot, Takeaway
from ..rules import rule_names


@dataclass(frozen=True, slots=True)
class Pick:
    """A takeaway chosen for one slot of a persona's section."""

    slot: Slot
    takeaway: Takeaway


def addressed_to(persona: Persona, takeaway: Takeaway) -> bool:
    """Whether a takeaway may be shown to ``persona``.

    An empty audience means anyone whose slots accept the facet; ``@term``
    entries address a regulation party the persona is (``parties``).
    """
    if not takeaway.audience:
        return True
    return any(
        a == persona.id or (a.startswith("@") and a[1:] in persona.parties)
        for a in takeaway.audience
    )


#: Bonus for a takeaway written for this very persona over one for anyone.
ADDRESSED_BONUS = 15
#: Bonus for a figure a rule computed over an editor's qualitative claim:
#: traceable numbers are what this product offers that prose cannot.
FIGURE_BONUS = 15


RankKey = Callable[[Takeaway], tuple[int, int, str]]


def rank_key(order: dict[str, int], persona: Persona) -> RankKey:
    def key(t: Takeaway) -> tuple[int, int, str]:
        bonus = ADDRESSED_BONUS if t.audience and addressed_to(persona, t) else 0
        bonus += FIGURE_BONUS if t.rule != "claims" else 0
        return (-(t.priority + bonus), order.get(t.rule, len(order)), t.facts[0] if t.facts else "")

    return key


def select(persona: Persona, takeaways: Sequence[Takeaway]) -> list[Pick]:
    """Up to ``persona.points`` picks, in the persona's slot order.

    Each slot, in order, takes its best unused takeaway; of the filled slots
    the ``points`` best-scoring ones are kept, so a reader with five kinds of
    interest sees the three the story speaks to most, in a stable order.
    """
    order = {name: i for i, name in enumerate(rule_names())}
    allowed = set(persona.rules)
    key = rank_key(order, persona)
    pool = sorted(
        (t for t in takeaways if t.rule in allowed and addressed_to(persona, t)),
        key=key,
    )
    filled: list[tuple[int, Pick]] = []
    used: set[int] = set()
    rounds = 1 + max(0, persona.points - 1) // max(1, len(persona.slots))
    for _ in range(rounds):
        for slot in persona.slots:
            for i, t in enumerate(pool):
                if i not in used and t.facet in slot.accepts:
                    used.add(i)
                    filled.append((len(filled), Pick(slot, t)))
                    break
    best = sorted(filled, key=lambda ip: (key(ip[1].takeaway), ip[0]))[: persona.points]
    return [pick for _, pick in sorted(best, key=lambda ip: ip[0])]
