"""Pricing-power rules: what happened to volume when the price moved."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Takeaway
from .facts import FactIndex
from .registry import Check, rule


@rule("pricing_power", needs=("metric:price", "metric:call_volume"))
def pricing_power(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Price change against volume change in the same period.

    Price up and volume up is pricing power; a price raised at launch and cut
    soon after is the lack of it. The verdict is data, the wording is the
    template's.
    """
    for entity in dict.fromkeys(f.entity for f in ix.metrics("price", measure=None)):
        changes = ix.metrics("price", entity=entity, measure="change")
        multiples = ix.metrics("price", entity=entity, measure="multiple")
        for price in changes:
            volume = ix.metrics(
                "call_volume", entity=entity, measure="change", period=price.period
            ) or ix.metrics("call_volume", entity=entity, measure="change")
            p = price.quantity.value if price.quantity else 0
            if volume and p > 0:
                v = volume[0].quantity.value if volume[0].quantity else 0
                yield Takeaway(
                    rule="pricing_power",
                    message="pricing_power" if v > 0 else "price_elastic",
                    facet="pricing",
                    priority=84,
                    facts=(price.id, volume[0].id),
                    values={"price": price, "volume": volume[0]},
                    entity=entity,
                )
            elif p < 0:
                launch = multiples[0] if multiples else None
                yield Takeaway(
                    rule="pricing_power",
                    message="price_retreat",
                    facet="pricing",
                    priority=80,
                    facts=tuple(f.id for f in (launch, price) if f is not None),
                    values={"launch": launch, "cut": price},
                    entity=entity,
                )
