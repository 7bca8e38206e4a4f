"""Claims: the editor's qualitative points, passed through with their facet."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Takeaway
from .facts import FactIndex
from .registry import Check, rule


@rule("claims", needs=("claim",))
def claims(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Every claim becomes a takeaway for its facet and audience."""
    for c in ix.claims():
        yield Takeaway(
            rule="claims",
            message="claim",
            facet=c.facet,
            priority=c.priority,
            facts=(c.id,),
            values={"claim": c},
            audience=c.audience,
            entity=c.entity,
        )
