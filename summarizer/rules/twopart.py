"""A fee in two parts: a share of each sale plus a fixed amount on each
transaction (``two_part_fee``).

PayPal's rate for US merchants went from 2.9% plus US$0.30 a transaction
to 3.49% plus US$0.49 on August 2, 2021. Told apart (``base_change``), that
is a 0.59-point rise and a 19-cent rise, and neither says what a sale pays
or whom the change hurts most. Together they are one price, and the story's
own figures say more:

- the sale price below which the fixed part's rise costs more than the
  rate's (US$0.19 / 0.59% = about US$32): the fixed part weighs on cheap sales;
- for each sale price the story gives (``item_price`` of the fee's entity,
  each example its own segment: the article's "a $7 transaction", "a $25
  item"), the fee before and after
  and its rise in percent, larger the cheaper the sale (46% on US$7, 24% on
  US$100), each figure computed from the four levels and cited to them.

A rate (a percent metric levied on sales) and a fixed fee (money per
transaction, order or item) of one entity, moved from a base on the same
day, are read as one fee; ``base_change`` leaves both to this rule
(``parts``), so a reader is not told the same change three times.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import get_currency_precision

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import FEE_FACETS, FEE_STANCES, PER_SALE, kind_of, levied_on
from .registry import Check, rule
from .timeline import in_force


def _moved(ix: FactIndex, f: Fact) -> Fact | None:
    """The base ``f`` moved from, when both have levels in one unit."""
    b = ix.fact(f.base) if f.base else None
    if b is None or b.quantity is None or f.quantity is None:
        return None
    return b if b.quantity.unit == f.quantity.unit and b.quantity.upper is None else None


def parts(ix: FactIndex) -> list[tuple[Fact, Fact, Fact, Fact]]:
    """(old rate, new rate, old fixed fee, new fixed fee) of each two-part fee
    the story gives: a rate on sales and a fixed fee per transaction of one
    entity and segment, both moved from a base on the same day."""
    out = []
    fixed = [
        (b, f) for f in ix.metrics(stated=False)
        if kind_of(f.metric) == "money" and f.quantity is not None
        and f.quantity.per in PER_SALE and (b := _moved(ix, f)) is not None
    ]
    for f in ix.metrics(stated=False):
        if kind_of(f.metric) != "percent" or levied_on(f.metric) != "sales":
            continue
        b = _moved(ix, f)
        if b is None or f.quantity is None or f.quantity.upper is not None:
            continue
        for fb, ff in fixed:
            if (ff.entity, ff.segment, ff.period) == (f.entity, f.segment, f.period):
                out.append((b, f, fb, ff))
                break
    return out


def told_here(ix: FactIndex) -> frozenset[str]:
    """The facts this rule tells, which ``base_change`` leaves alone."""
    return frozenset(x.id for group in parts(ix) for x in group)


def _one_price(p: Fact, unit: str) -> bool:
    """A sale price in the fee's currency, one amount (not a band)."""
    return p.quantity is not None and p.quantity.unit == unit and p.quantity.upper is None


def _fee(price: Num, rate: Fact, fixed: Fact) -> Num:
    """The fee on one sale as it is charged: to the currency's smallest unit
    (US$1.025 is charged as US$1.03), so a rise worked out from the fees a
    reader sees is the rise printed (PayPal's US$25 sale: 32%, not 33%)."""
    unit = fixed.quantity.unit if fixed.quantity else ""
    step = Decimal(1).scaleb(-get_currency_precision(unit))
    return compute(lambda p, r, c: (p * r / HUNDRED + c).quantize(step, ROUND_HALF_UP),
                   price, Num.of(rate), Num.of(fixed), unit=unit)


@rule("two_part_fee", needs=("metric:payment_fee",))
def two_part_fee(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A rate plus a fixed fee moved together: one fee, with the sale price
    below which its fixed part's rise weighs more, and what each sale price
    the story gives pays before and after."""
    for rb, rf, fb, ff in parts(ix):
        assert rb.quantity and rf.quantity and fb.quantity and ff.quantity
        try:
            d_rate = compute(lambda x, y: y - x, Num.of(rb), Num.of(rf), unit="pp")
            d_fixed = compute(lambda x, y: y - x, Num.of(fb), Num.of(ff), unit=ff.quantity.unit)
            crossover = None
            if d_rate.value * d_fixed.value > 0:  # both rose or both fell
                crossover = compute(lambda c, r: c / r * HUNDRED, d_fixed, d_rate,
                                    unit=ff.quantity.unit)
            # a fee of the whole entity reads the sale prices of any segment (the
            # article's examples, each a segment of its own); a segment's, its own
            prices = sorted(
                (p for p in ix.metrics("item_price", entity=rf.entity,
                                       segment=rf.segment if rf.segment else None)
                 if _one_price(p, ff.quantity.unit)),
                key=lambda p: p.quantity.value if p.quantity else Decimal(0),
            )
            examples: list[dict[str, object]] = []
            for p in prices:
                old, new = _fee(Num.of(p), rb, fb), _fee(Num.of(p), rf, ff)
                rise = compute(lambda x, y: (y / x - 1) * HUNDRED, old, new, unit="percent")
                examples.append({"price": p, "old": old, "new": new, "rise": rise})
        except UndefinedFigureError:
            continue
        up = d_rate.value >= 0 and d_fixed.value >= 0
        yield Takeaway(
            rule="two_part_fee",
            message="two_part_fee",
            facet="cost",
            priority=80,
            facts=tuple(x.id for x in (rb, rf, fb, ff, *prices)),
            values={
                "rate_old": rb, "rate": rf, "fixed_old": fb, "fixed": ff,
                "d_rate": d_rate, "d_fixed": d_fixed, "crossover": crossover,
                "examples": examples, "up": up,
                "past": in_force(rf.period, ix.story.published),
                "role_stances": FEE_STANCES, "role_facets": FEE_FACETS,
            },
            entity=rf.entity,
        )
