"""One rate on a year earlier over another, the same period: ad revenue over
units sold (``ads_per_sale``), freight spending over shipments
(``shipment_cost``), sales over active buyers (``spend_per_buyer``). What
the quotient did is (1 + a) / (1 + b) - 1: 22% more ad revenue on 11% more
units is about 10% more a unit, not the 11 points between the rates."""

from __future__ import annotations

from ..model import Fact
from .facts import HUNDRED, FactIndex, Num, compute


def per_unit(top: Num, bottom: Num) -> Num:
    """The rate of ``top`` over ``bottom``, in percent, as exact as the two
    rates allow (raises ``UndefinedFigureError`` for a fall of 100%).

    >>> from decimal import Decimal
    >>> rate = lambda v: Num(Decimal(v), Decimal(v), Decimal(v), (), "percent")
    >>> round(per_unit(rate(22), rate(11)).value, 1)
    Decimal('9.9')
    """
    return compute(lambda a, b: ((1 + a / HUNDRED) / (1 + b / HUNDRED) - 1) * HUNDRED,
                   top, bottom, unit="percent")


def latest_pair(
    ix: FactIndex, top: str, bottom: str, entity: str
) -> tuple[str, Num, Fact | None, Num] | None:
    """The latest period in which ``entity`` (no segment) has both metrics'
    rates on a year earlier, stated or from levels: (period, ``top``'s rate,
    ``top``'s level if given, ``bottom``'s rate); None if no period has both."""
    periods = sorted({f.period for f in ix.metrics(top, entity=entity, measure=None)
                      if f.period and not f.segment}, reverse=True)
    for period in periods:
        a, level = ix.yoy_rate(top, entity, period)
        b, _ = ix.yoy_rate(bottom, entity, period)
        if a is not None and b is not None:
            return period, a, level, b
    return None
