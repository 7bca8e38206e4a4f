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

A fee reworked (eBay UK's of July 17, 2025: up to £0.10 an item, 7% up to
£20, 4% to £300, 2% to £4,000) is its parts on each day (``Structure``): the
newest is told against the one before it, each example at both, so a reader
sees what a buyer pays now instead of before. A flat part "of up to" an
amount makes every fee worked out from it a most (``Structure.bounded``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import get_currency_precision

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import told_by
from .registry import Check, rule
from .timeline import in_force

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


@dataclass(frozen=True, slots=True)
class Structure:
    """A buyer fee as it stands from one day: its flat part, its bands
    (lowest first) and the most it takes (None: no top band's end)."""

    flat: Fact | None
    bands: list[Band]
    cap: Num | None
    unit: str
    since: Fact

    @property
    def bounded(self) -> bool:
        """A flat part "of up to £0.10": every fee worked out is a most."""
        return bool(self.flat and self.flat.quantity and self.flat.quantity.qualifier == "up_to")

    def fee(self, price: Num) -> Num:
        return _fee(price, self.flat, self.bands, self.unit)

    def facts(self) -> list[Fact]:
        parts = [self.flat, *(b.rate for b in self.bands), *(b.band for b in self.bands)]
        return [f for f in parts if f is not None]


def _structures(ix: FactIndex, entity: str) -> list[Structure]:
    """``entity``'s buyer fee on each day the story gives its parts, oldest
    first; a part an older day does not restate is the newer day's (a flat
    fee cut with the rates unchanged). [] where it is not given whole."""
    flats = [f for f in ix.metrics("buyer_fee", entity=entity, stated=False) if f.quantity]
    rates = [f for f in ix.metrics("buyer_fee_rate", entity=entity, stated=False) if f.quantity]
    unit = next((f.quantity.unit for f in flats if f.quantity), "")
    if not unit:  # rates alone: the prices they apply to say the currency
        prices = ix.metrics("item_price", entity=entity)
        unit = next((p.quantity.unit for p in prices if p.quantity and p.quantity.is_money), "")
    days = sorted({f.period for f in (*flats, *rates)})
    out: list[Structure] = []
    for day in reversed(days):  # newest first: an older day borrows what it does not restate
        newer = out[0] if out else None
        flat = next((f for f in flats if f.period == day), newer.flat if newer else None)
        mine = [r for r in rates if r.period == day]
        bands = [_band(ix, r, unit) for r in mine] if mine else (newer.bands if newer else [])
        if not unit or not bands or any(b is None for b in bands):
            return []
        ordered = sorted((b for b in bands if b), key=lambda b: b.lo.value)
        top = ordered[-1].hi
        try:
            cap = _fee(top, flat, ordered, unit) if top is not None else None
        except UndefinedFigureError:
            return []
        since = next(f for f in (*flats, *rates) if f.period == day)
        out.insert(0, Structure(flat, ordered, cap, unit, since))
    return out


@rule("buyer_fee", needs=("metric:buyer_fee_rate",))
def buyer_fee(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A buyer fee's parts, the most it takes and what a buyer pays at each
    example price."""
    entities = dict.fromkeys(
        f.entity for f in ix.metrics(stated=False) if told_by(f.metric) == "buyer_fee"
    )
    for entity in entities:
        structures = _structures(ix, entity)
        if not structures:
            continue
        new, old = structures[-1], (structures[-2] if len(structures) > 1 else None)
        edges = {b.band.segment for st in structures for b in st.bands if b.band}
        examples = sorted(
            (p for p in ix.metrics("item_price", entity=entity, stated=False)
             if p.segment not in edges and p.quantity and p.quantity.unit == new.unit
             and p.quantity.upper is None and not p.quantity.qualifier),
            key=lambda p: p.quantity.value if p.quantity else Decimal(0),
        )
        try:
            said = [_example(p, new, old) for p in examples]
        except UndefinedFigureError:
            continue
        facts = [*(old.facts() if old else []), *new.facts(), *examples]
        yield Takeaway(
            rule="buyer_fee",
            message="buyer_fee",
            facet="pricing",
            priority=82,
            facts=tuple(dict.fromkeys(f.id for f in facts)),
            values={
                "new": new, "old": old, "examples": said,
                "past": in_force(new.since.period, ix.story.published),
                "role_facets": FACETS,
            },
            entity=entity,
        )


def _example(p: Fact, new: Structure, old: Structure | None) -> dict[str, Num | Fact | None]:
    """What a buyer pays for an item at the example price ``p``: the fee, the
    total and its share of the price; and where the fee changed, the total
    before and the difference (negative: the buyer pays less)."""
    price = Num.of(p)
    fee = new.fee(price)
    total = compute(lambda x, y: x + y, price, fee, unit=new.unit)
    share = compute(lambda x, y: x / y * HUNDRED, fee, price, unit="percent")
    was = before = change = None
    if old is not None:
        was = old.fee(price)
        before = compute(lambda x, y: x + y, price, was, unit=new.unit)
        change = compute(lambda x, y: y - x, before, total, unit=new.unit)
    return {"price": p, "fee": fee, "total": total, "share": share,
            "was": was, "before": before, "change": change}
