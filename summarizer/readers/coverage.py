"""Which of a story's claims reach no reader, and why.

An editor writes a claim to be read. When the joint selection leaves one
out, ``summarizer check`` says so with the reason, so the editor can add an
implication, address it, or accept that stronger points took its place.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Fact, Persona, Story, Takeaway
from ..vocabulary.vocab import Vocabulary
from .select import Pick
from .stakes import stake


@dataclass(frozen=True, slots=True)
class Unshown:
    """A claim no section shows, and why."""

    claim: Fact
    reason: str


def unshown_claims(
    story: Story,
    personas: tuple[Persona, ...],
    takeaways: list[Takeaway],
    picks: dict[str, list[Pick]],
    vocab: Vocabulary,
) -> list[Unshown]:
    """Every claim of ``story`` that no persona's picks show, with a reason."""
    shown = {fid for ps in picks.values() for p in ps for fid in p.takeaway.facts}
    out: list[Unshown] = []
    for t in takeaways:
        if t.rule != "claims" or t.facts[0] in shown:
            continue
        claim = t.values["claim"]
        assert isinstance(claim, Fact)
        readers = [p for p in personas if p.id != "general" and stake(story, p, t, vocab)]
        if not readers:
            why = (
                f"no reader has a stake in it: no persona follows facet '{t.facet}'"
                + (f" among its audience {', '.join(t.audience)}" if t.audience else "")
                + " and it carries no implications"
            )
        else:
            full = [p.id for p in readers if len(picks[p.id]) >= p.points]
            why = (
                f"outranked: the readers it concerns ({', '.join(p.id for p in readers)}) "
                f"{'all ' if len(full) == len(readers) else ''}took stronger points"
                f" (priority {t.priority}; raise it or add an implication for one of them)"
            )
        out.append(Unshown(claim, why))
    return out
