"""held_funds: sellers' money a platform keeps back, and what that is a seller.

"By July 29, they reported that the total amount of after-sales penalties
and reserve funds had reached approximately 138 million yuan, affecting 407
merchants." Money a platform deducts or holds is working capital its
sellers cannot use, and no rule read it: ``frozen_funds`` is told only with
the account ban that froze it. A ``withheld_funds`` fact (of the sellers, a
group with ``reader: seller``, or of the platform) is one point, with the
number of sellers it falls on (``sellers`` of the same entity and day) and
the average each (about RMB 339,000).

Each reader reads it from its side (templates/*/meanings/held_funds.j2): a
cash buffer and one platform's share of sales for a seller, buyers who pay
late for a factory, appeals, compliance and working-capital loans for a
provider, sellers looking for a fairer platform for a platform operator, and
for a researcher whether the money held falls and how many sellers leave.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Story, Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute
from .registry import Check, rule
from .timeline import latest


@rule("held_funds", needs=("metric:withheld_funds",))
def held_funds(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Money withheld from sellers, with how many and the average each."""
    for f in ix.metrics("withheld_funds"):
        if f.quantity is None or not f.quantity.is_money or f.quantity.upper is not None:
            continue
        count = latest(
            c
            for c in ix.metrics("sellers", entity=f.entity, period=f.period)
            if c.quantity is not None and c.quantity.upper is None and c.quantity.value > 0
        )
        each = None
        if count is not None:
            try:
                each = compute(lambda m, n: m / n, Num.of(f), Num.of(count), unit=f.quantity.unit)
            except UndefinedFigureError:
                each = None
        yield Takeaway(
            rule="held_funds",
            message="held_funds",
            facet="cash",
            priority=77,
            facts=tuple(x.id for x in (f, count) if x is not None),
            values={"cur": f, "count": count, "each": each, "platform": _platform(ix.story, f)},
            entity=f.entity,
        )


def _platform(story: Story, f: Fact) -> str:
    """The platform holding the money: the fact's own entity, else the story's
    first platform ('' if it names none)."""
    own = story.entities.get(f.entity)
    if own is not None and own.kind == "platform":
        return f.entity
    return next((e.id for e in story.entities.values() if e.kind == "platform"), "")
