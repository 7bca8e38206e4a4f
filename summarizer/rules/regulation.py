"""Regulation rules: when a rule takes effect, who issued it, who must do what."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Obligation, Takeaway
from .facts import FactIndex
from .registry import Check, rule


@rule("regulation_effective", needs=("event:regulation_effective", "event:regulation_issued"))
def regulation_effective(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A regulation's effective date, its issuers and the parties it binds."""
    for eff in ix.events("regulation_effective"):
        issued = [e for e in ix.events("regulation_issued", entity=eff.entity)]
        parties = tuple(dict.fromkeys(o.party for o in eff.obligations))
        if not parties or eff.date is None or (ix.story.published - eff.date).days > 365:
            continue  # a rule in force long before the story binds no one anew
        yield Takeaway(
            rule="regulation_effective",
            message="regulation_effective",
            facet="compliance",
            priority=92,
            facts=(eff.id, *(e.id for e in issued)),
            values={"effective": eff, "issued": issued[0] if issued else None, "parties": parties},
            entity=eff.entity,
        )


@rule("obligations", needs=("event:regulation_effective",))
def obligations(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """One takeaway per bound party, addressed to the personas that are that party."""
    for eff in ix.events("regulation_effective"):
        by_party: dict[str, list[Obligation]] = {}
        for ob in eff.obligations:
            by_party.setdefault(ob.party, []).append(ob)
        for party, duties in by_party.items():
            entity = ix.story.entities[party]
            yield Takeaway(
                rule="obligations",
                message="obligation",
                facet="compliance",
                priority=88,
                facts=(eff.id,),
                values={"effective": eff, "party": party, "duties": duties},
                audience=(f"@{entity.term or party}",),
                entity=eff.entity,
            )


@rule("enforcement", needs=("event:fine", "event:refund"))
def enforcement(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Penalties and refunds the article cites as what the rules are aimed at."""
    cases = [
        e for e in ix.facts if e.kind == "event" and e.event in ("fine", "refund") and e.quantity
    ]
    if cases:
        yield Takeaway(
            rule="enforcement",
            message="enforcement",
            facet="risk",
            priority=66,
            facts=tuple(c.id for c in cases),
            values={"cases": cases},
            entity=cases[0].entity,
        )
