"""A fee added to what the buyer pays, by price band (``buyer_fee``).

eBay UK made selling free for private sellers and from February 6, 2025
added a Buyer Protection fee to the buyer's price instead: £0.75 an item
plus 4% of the price up to £300 and 2% of the part from £300 to £4,000,
nothing on the part above. Told figure by figure (``lone_rate``, a level
each) that is three numbers and no answer to what a reader asks: what does
a buyer pay on an item, and how much more is that? The article says it for
two prices (£21.55 for a £20 item, £516.75 for £500) and gives the most a
buyer pays (£86.75); each is a sum of the parts, so this rule computes them
from the parts and cites them.

Facts: the flat part (``buyer_fee``, money per item) and the rates
(``buyer_fee_rate``) of one entity; a rate whose ``segment`` is a price band
(an entity whose ``item_price`` gives the band: "up to £300", [300, 4000])
applies to the part of the price in that band, a rate with no segment to the
whole price. Example prices are that entity's other ``item_price`` facts (an
amount each, its own segment: "a £20 item"). Told: the parts, the most a
buyer pays where the top band ends, and for each example the buyer's total
and how much more that is than the price, a larger share the cheaper the
item. What it means to each reader: the price buyers see (seller), pricing
work (provider), a rival that charges buyers instead of sellers (platform),
who bears it (researcher); not a brand's or a factory's cost.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import get_currency_precision

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute, in_force
from .kinds import told_by
from .registry import Check, rule

#: What a buyer fee is to each reader (facets of their points).
FACETS = {
    "seller": "pricing",
    "brand": "",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}


@dataclass(frozen=True, slots=True)
class Band:
    """One rate and the part of the price it applies to: ``lo`` up to ``hi``
    (``hi`` None: the rest of the price); ``band`` the fact giving them."""

    rate: Fact
    lo: Num
    hi: Num | None
    band: Fact | None


def _exact(value: Decimal, fact: Fact, unit: str) -> Num:
    """A band's edge: a price written as a rule's threshold, exact."""
    return Num(value, value, value, (fact.id,), unit)


def _band(ix: FactIndex, rate: Fact, unit: str) -> Band | None:
    """The part of the price ``rate`` applies to: its segment's band, or all
    of it; None where the band is not an amount in ``unit``."""
    if not rate.segment:
        return Band(rate, Num(Decimal(0), Decimal(0), Decimal(0), (), unit), None, None)
    b = next(iter(ix.metrics("item_price", entity=rate.entity, segment=rate.segment)), None)
    q = b.quantity if b is not None else None
    if b is None or q is None or q.unit != unit:
        return None
    if q.upper is not None:
        return Band(rate, _exact(q.value, b, unit), _exact(q.upper, b, unit), b)
    if q.qualifier == "up_to":
        return Band(rate, _exact(Decimal(0), b, unit), _exact(q.value, b, unit), b)
    if q.qualifier in ("over", "at_least"):
        return Band(rate, _exact(q.value, b, unit), None, b)
    return None


def _fee(price: Num, flat: Fact | None, bands: list[Band], unit: str) -> Num:
    """The fee on an item at ``price``, as charged: to the currency's
    smallest unit (pence)."""
    step = Decimal(1).scaleb(-get_currency_precision(unit))
    args = [price, Num.of(flat) if flat else Num(Decimal(0), Decimal(0), Decimal(0), (), unit)]
    for b in bands:
        args += [Num.of(b.rate), b.lo, b.hi if b.hi is not None else price]

    def fee(p: Decimal, fixed: Decimal, *parts: Decimal) -> Decimal:
        total = fixed
        for i in range(0, len(parts), 3):
            r, lo, hi = parts[i : i + 3]
            total += r / HUNDRED * max(Decimal(0), min(p, hi) - lo)
        return total.quantize(step, ROUND_HALF_UP)

    return compute(fee, *args, unit=unit)


def _parts(ix: FactIndex, entity: str) -> tuple[Fact | None, list[Band], str] | None:
    """The flat part, the bands (lowest first) and the currency of
    ``entity``'s buyer fee; None where the story does not give it whole."""
    flats = [f for f in ix.metrics("buyer_fee", entity=entity, stated=False) if f.quantity]
    rates = [f for f in ix.metrics("buyer_fee_rate", entity=entity, stated=False) if f.quantity]
    flat = flats[0] if flats else None
    unit = flat.quantity.unit if flat and flat.quantity else ""
    if not unit:  # rates alone: the prices they apply to say the currency
        prices = ix.metrics("item_price", entity=entity)
        unit = next((p.quantity.unit for p in prices if p.quantity and p.quantity.is_money), "")
    bands = [_band(ix, r, unit) for r in rates]
    if not unit or not rates or any(b is None for b in bands):
        return None
    return flat, sorted((b for b in bands if b), key=lambda b: b.lo.value), unit


@rule("buyer_fee", needs=("metric:buyer_fee_rate",))
def buyer_fee(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A buyer fee's parts, the most it takes and what a buyer pays at each
    example price."""
    entities = dict.fromkeys(
        f.entity for f in ix.metrics(stated=False) if told_by(f.metric) == "buyer_fee"
    )
    for entity in entities:
        got = _parts(ix, entity)
        if got is None:
            continue
        flat, bands, unit = got
        edges = {b.band.segment for b in bands if b.band}
        examples = sorted(
            (p for p in ix.metrics("item_price", entity=entity, stated=False)
             if p.segment not in edges and p.quantity and p.quantity.unit == unit
             and p.quantity.upper is None and not p.quantity.qualifier),
            key=lambda p: p.quantity.value if p.quantity else Decimal(0),
        )
        try:
            top = bands[-1].hi
            cap = _fee(top, flat, bands, unit) if top is not None else None
            said = []
            for p in examples:
                fee = _fee(Num.of(p), flat, bands, unit)
                total = compute(lambda x, y: x + y, Num.of(p), fee, unit=unit)
                share = compute(lambda x, y: x / y * HUNDRED, fee, Num.of(p), unit="percent")
                said.append({"price": p, "fee": fee, "total": total, "share": share})
        except UndefinedFigureError:
            continue
        first = flat or bands[0].rate
        yield Takeaway(
            rule="buyer_fee",
            message="buyer_fee",
            facet="pricing",
            priority=82,
            facts=tuple(dict.fromkeys(
                x.id for x in (flat, *(b.rate for b in bands), *(b.band for b in bands), *examples)
                if x is not None
            )),
            values={
                "flat": flat, "bands": bands, "cap": cap, "examples": said,
                "past": in_force(first.period, ix.story.published) if first.period else True,
                "since": first,
                "role_facets": FACETS,
            },
            entity=entity,
        )
