"""A charge raised or cut by a stated amount, band by band.

Platforms announce fee changes as amounts, not as old and new levels: "the
average FBA fee increase will be $0.08 per unit", "+$0.51" for small items
over US$50, "+$0.05" for large ones at US$10 to US$50. Without levels there
is no ``base`` for ``base_change``, and such a story used to give its readers
nothing but the dated event. This rule reads the stated changes of a cost
metric (a fee, a duty: the vocabulary's ``facet: cost``) taking effect on one
day as one piece of news: the figure for the whole (an average, when bands
differ) leads, the bands follow largest move first, so a reader learns the
size of the move and where it bites hardest. Bands that move the other way
(one cut while the rest rise) are a takeaway of their own.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Takeaway
from .facts import FactIndex, Num, in_force
from .kinds import facet_of, kind_of
from .registry import Check, rule


def _charges(ix: FactIndex) -> list[Fact]:
    """Stated amount changes of cost metrics, with a period and no base."""
    out = []
    for f in ix.metrics(measure="change"):
        if (
            facet_of(f.metric) == "cost"
            and kind_of(f.metric) == "money"
            and f.quantity is not None
            and f.quantity.is_money  # an amount; a rate's percent move is level_move's
            and f.period
            and not f.base
            and not f.forecast
        ):
            out.append(f)
    return out


@rule("charge_step", needs=("metric:fulfilment_fee",))
def charge_step(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A fee raised or cut by a stated amount: the whole's move and the
    bands', one takeaway per entity, metric and day."""
    # bands moving the other way (one cut while the rest rise) are news of their own
    groups: dict[tuple[str, str, str, str, bool], list[Fact]] = {}
    for f in _charges(ix):
        assert f.quantity is not None
        key = (f.entity, f.metric, f.period, f.quantity.unit, f.quantity.value > 0)
        groups.setdefault(key, []).append(f)
    for (*_, up), facts in groups.items():
        whole = [f for f in facts if not f.segment]
        bands = sorted(
            (f for f in facts if f.segment),
            key=lambda f: -abs(f.quantity.value),  # type: ignore[union-attr]
        )
        lead = whole[0] if whole else bands.pop(0)
        yield Takeaway(
            rule="charge_step",
            message="charge_step",
            facet=facet_of(lead.metric),
            priority=78,
            facts=tuple(dict.fromkeys([lead.id, *(b.id for b in bands)])),
            values={
                "cur": lead,
                "delta": Num.of(lead),  # signed, as base_change's: stakes reads a fall from it
                "bands": bands,
                "up": up,
                # an average when the bands moved by different amounts
                "average": not lead.segment and len({b.quantity.value for b in bands}) > 1,  # type: ignore[union-attr]
                "past": in_force(lead.period, ix.story.published),
            },
            entity=lead.entity,
        )
