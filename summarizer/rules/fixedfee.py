"""A fixed fee per shop and period: what a rise costs against sales (``fixed_fee``).

Taobao Mall's annual service fee for registered sellers was to go from 6,000
yuan to 30,000 or 60,000 yuan a year in 2012. Told as a fee move
(``base_change``) it reads "each charge is now RMB 24,000 more: build it into
every order", which is wrong twice: the fee is paid once a year whatever a
shop sells, and it is a range. Its news is who it hurts: a fixed sum is a
large share of a small shop's sales and a small one of a big shop's, which
is why small vendors protested and large ones did not.

So this rule says the rise as a sum per period (RMB 24,000-54,000 more a
year, 5-10 times the old fee) and the sales per period at which that sum is
what a one-point commission takes (RMB 2.4-5.4 million a year): a shop that
sells less pays more than a point of its sales for the rise, one that sells
ten times as much a tenth of a point. Each figure is computed from the two
levels and cited to them.

It tells the moves of the metrics the vocabulary gives to it (``told_by:
fixed_fee``, e.g. ``annual_fee``), each level against its ``base:`` or a
period earlier (old fees of 30,000 or 60,000 yuan may move to one level; a
fee cut to nothing is scrapped: the old fee saved, no multiple said);
``base_change`` leaves those metrics alone. A new fee with no
old level is ``charge_introduced``'s. Readers: a cost for sellers and brands
who pay it, small shops shopping for cheaper channels for a provider, a
rival's pricing for a platform, a yardstick for a researcher; no factory
point (a shop's fee, not a price of goods).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import FEE_FACETS, FEE_STANCES, told_by
from .registry import Check, rule
from .timeline import in_force


@rule("fixed_fee", needs=("metric:annual_fee",))
def fixed_fee(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A fixed fee per period moved from its old level: the rise per period,
    its multiple of the old fee, and the sales per period of which the rise
    is one point."""
    for f in ix.metrics(stated=False):
        if told_by(f.metric) != "fixed_fee" or f.quantity is None:
            continue
        if f.quantity.per not in ("year", "month"):
            continue
        b = ix.earlier(f)
        if b is None or b.quantity is None or b.quantity.unit != f.quantity.unit:
            continue
        if b.quantity.value <= 0:
            continue  # a new fee is charge_introduced's
        scrapped = f.quantity.value == 0 and f.quantity.upper is None
        if b.quantity.upper is not None and f.quantity.upper is not None:
            continue  # a range to a range: which end moved to which is not said
        try:
            old, new = Num.of(b), Num.of(f)
            delta = compute(lambda x, y: y - x, old, new, unit=f.quantity.unit)
            ratio = compute(lambda x, y: y / x, old, new, unit="times")
            # the sales of which the rise is 1%: what a one-point commission takes of them
            sales = compute(lambda d: d * HUNDRED, delta, unit=f.quantity.unit)
        except UndefinedFigureError:
            continue
        if delta.value == 0:
            continue
        yield Takeaway(
            rule="fixed_fee",
            message="fixed_fee",
            facet="cost",
            priority=82,
            facts=(b.id, f.id),
            values={
                "cur": f, "base": b, "delta": delta, "ratio": ratio, "sales": sales,
                "up": delta.value > 0, "past": in_force(f.period, ix.story.published),
                # cut to nothing: the whole old fee is saved, and no multiple is said
                "scrapped": scrapped,
                "role_stances": FEE_STANCES, "role_facets": FEE_FACETS,
            },
            entity=f.entity,
        )
