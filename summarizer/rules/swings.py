"""A profit that changes sign, or a loss that narrows or widens: no growth rate.

Growth is a rate against the earlier level, and a rate against a level
below 0 says the wrong thing: Alibaba's international group went from an
operating loss of RMB 2.905 billion to a profit of RMB 162 million, which
the growth rule told as "operating profit fell …, down 105.6%". For a
metric the vocabulary marks ``signed`` (a profit), when either level is at
or below 0 this says instead what happened: it swung to a profit (扭亏为盈)
or to a loss (由盈转亏), or its loss narrowed or widened, by how much of the
loss. The words for a loss are the vocabulary's ``loss:`` term (an
operating loss); a signed metric with none (adjusted EBITDA) is said to
turn positive or negative.
"""

from __future__ import annotations

from ..model import Fact, Takeaway
from ..vocabulary.vocab import default_vocabulary
from .facts import HUNDRED, Num, UndefinedFigureError, compute
from .kinds import facet_of


def below_zero(f: Fact) -> bool:
    """Whether ``f`` is a level of a signed metric at or below 0."""
    m = default_vocabulary().metrics.get(f.metric)
    return bool(m and m.signed and f.quantity is not None and f.quantity.value <= 0)


def profit_swing(
    rule_name: str, f: Fact, prev: Fact, priority: int, step: str = ""
) -> Takeaway | None:
    """The move from ``prev`` to ``f`` when either is at or below 0: which
    way it swung (``way``: turnaround, into_loss, narrowed, widened) and, for
    a loss on both sides, by how much of it (``change``, percent); None when
    a level is exactly 0 or the loss did not clearly move."""
    cur, old = Num.of(f), Num.of(prev)
    if cur.value == 0 or old.value == 0:
        return None  # break-even: no side to swing to
    change: Num | None = None
    if old.value < 0 < cur.value:
        way = "turnaround"
    elif cur.value < 0 < old.value:
        way = "into_loss"
    else:
        try:  # both losses: the loss's own change, in percent of the earlier one
            change = compute(lambda a, b: (a / b - 1) * HUNDRED, cur, old, unit="percent")
        except UndefinedFigureError:
            return None
        if not (change.low > 0 or change.high < 0):
            return None  # within rounding: no move to tell
        way = "widened" if change.value > 0 else "narrowed"
    loss = default_vocabulary().metrics[f.metric].loss
    return Takeaway(
        rule=rule_name,
        message="profit_swing",
        facet="risk" if way in ("into_loss", "widened") else facet_of(f.metric),
        priority=priority,
        facts=(f.id, prev.id),
        values={
            "cur": f,
            "prev": prev,
            "way": way,
            "change": change,
            "loss": loss,
            "step": step,
            "up": way in ("turnaround", "narrowed"),
        },
        entity=f.entity,
    )
