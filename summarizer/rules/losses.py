"""segment_loss: a line of business losing money that another line's profit carries.

Results often give a company's profit by line of business, and one line
loses money while another earns it (JD.com's new businesses, food delivery
among them, lost RMB 15.7 billion in a quarter when JD Retail earned
RMB 14.8 billion). Each figure alone is a level, and no other rule reads
it: the loss reached no reader. Set side by side they say what the company
is doing: paying for one line out of another's profit, and how far (more
than all of it, or about half). That is news for the readers who deal with
the company: a seller invited into the losing line (generous terms while the
company pays, tighter ones when it must stop), a rival platform or brand
(a competitor that can keep spending there), a researcher (whether the
profit keeps covering the loss). Factories and providers are not told: a
loss says nothing of what they will sell.

Only the company's own lines of the same profit measure, period and
currency are compared, against the profitable line that earns most; a loss
with no profitable line beside it stays in the facts table (it may be a
business in decline as well as one being built).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..model import Fact, Takeaway
from ..vocabulary.vocab import default_vocabulary
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import facet_of, stances_of
from .registry import Check, rule

#: Who reads a line's loss carried by another's profit, by the kind of
#: company: a platform's sellers may be invited into the losing line and
#: rival platforms meet it there; a brand's stockists may lose the line and
#: rival brands meet it; for any other company a researcher alone.
FACETS = {
    "platform": {
        "seller": "opportunity",
        "platform_operator": "competition",
        "researcher": "research",
    },
    "brand": {"seller": "risk", "brand": "competition", "researcher": "research"},
}
OTHER_FACETS = {"researcher": "research"}
ROLES = ("seller", "brand", "factory", "service_provider", "platform_operator", "researcher")


def _facets(kind: str) -> dict[str, str]:
    """role -> facet for every reader ("" = no point), for a company of ``kind``."""
    given = FACETS.get(kind, OTHER_FACETS)
    return {role: given.get(role, "") for role in ROLES}


def _value(f: Fact) -> Decimal:
    assert f.quantity is not None
    return f.quantity.value


@rule("segment_loss", needs=("metric:operating_income", "metric:net_income"))
def segment_loss(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A line's loss against the profit of the line that earns most in the
    same period: more than all of it, about a share of it, or about as much.
    The profit measures are those the vocabulary gives a ``loss:`` term (经营
    亏损 / operating loss), read from the vocabulary in force (a site's own)."""
    terms = {mid: m.loss for mid, m in default_vocabulary().metrics.items() if m.loss}
    for loss in ix.metrics(stated=False):
        if loss.metric not in terms or not loss.segment or not loss.period:
            continue
        if loss.quantity is None or _value(loss) >= 0:
            continue
        earners = [
            f
            for f in ix.metrics(loss.metric, entity=loss.entity, period=loss.period, stated=False)
            if f.segment
            and f.segment != loss.segment
            and f.quantity is not None
            and _value(f) > 0
            and f.quantity.unit == loss.quantity.unit
        ]
        if not earners:
            continue
        profit = max(earners, key=lambda f: Num.of(f).value)
        try:
            # the loss as a share of the profit: over 100 when it took all of it
            share = compute(
                lambda lo, p: -lo / p * HUNDRED, Num.of(loss), Num.of(profit), unit="percent"
            )
        except UndefinedFigureError:
            continue
        entity = ix.story.entities.get(loss.entity)
        facets = _facets(entity.kind if entity else "")
        yield Takeaway(
            rule="segment_loss",
            message="segment_loss",
            facet=facet_of(loss.metric),  # the general reader's: the company's results
            priority=66,  # news the lede gives: after the company's growth, before its parts
            facts=(loss.id, profit.id),
            values={
                "loss": loss,
                "profit": profit,
                "share": share,
                # which way the rounding of both figures leaves it
                "more": share.low > HUNDRED,
                "less": share.high < HUNDRED,
                "term": terms[loss.metric],
                "kind": entity.kind if entity else "",
                "role_facets": facets,
                "role_stances": stances_of(facets),
            },
            entity=loss.entity,
        )
