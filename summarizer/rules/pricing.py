"""Pricing rules: a company's own prices moved, and what happened to volume
when they did.

"Sneakers between $100 and $150 would see increases of up to $5, those
over $150 up to $10; apparel and equipment $2 to $10" is one announcement:
``price_move`` tells a company's price changes on one date as one point,
each with its share of the price band it applies to (up to 5% on a $100
pair), and reads it from each side (templates/*/meanings/price_move.j2): a
rival brand's room to hold its prices, a seller's stock to reprice, a
factory's orders when shoppers pay more, repricing work for a provider,
order values and conversion for a platform, and for a researcher how much
of a tariff reaches the shelf.

A free shipping minimum raised or cut (Amazon's from $25 to $35 for
shoppers without Prime) is no charge anyone pays per sale: ``threshold_move``
tells it with its rise as a share and the other thresholds the story gives,
and each reader reads what it does to baskets (templates/*/meanings/
threshold_move.j2): bundles priced to reach it for a seller and a brand,
kitting work for a provider, small-basket shoppers to win for a rival
platform, order values for a researcher.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute, ids_of, moved
from .kinds import told_by
from .registry import Check, rule
from .timeline import in_force

#: What a company's price rise is to each reader (a cut: CUT_FACETS).
RISE_FACETS = {
    "seller": "pricing",
    "brand": "competition",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "demand",
    "researcher": "research",
}
CUT_FACETS = {**RISE_FACETS, "factory": "risk", "seller": "risk"}


#: Whose item prices are their own: a brand's or a company's (a platform's
#: item price is a price band its fees apply to, and not its to move).
OWN_PRICE_KINDS = frozenset({"brand", "company"})


def own_price(ix: FactIndex, f: Fact) -> bool:
    """Whether ``f`` is a company's own price, whose moves ``price_move``
    tells (``base_change`` leaves them alone), or the prices a platform's
    sellers set (a group of sellers: 930 items on Amazon up 29% on average as
    tariffs bit)."""
    e = ix.story.entities.get(f.entity)
    if f.metric != "item_price" or e is None:
        return False
    return e.kind in OWN_PRICE_KINDS or (e.kind == "group" and e.reader == "seller")


def _top(f: Fact) -> Num:
    """The largest amount a written change stands for: the top of a range
    ($2 to $10: $10), else its value ("up to $5": $5)."""
    q = f.quantity
    assert q is not None, f.id
    if q.upper is None:
        return Num.of(f)
    half = q.resolution / 2
    return Num(q.upper, q.upper - half, q.upper + half, (f.id,), q.unit)


def _band(ix: FactIndex, f: Fact) -> Fact | None:
    """The price the change applies to: the item price of the same company
    and line, in the change's currency ("sneakers between $100 and $150")."""
    assert f.quantity is not None
    for p in ix.metrics("item_price", entity=f.entity, segment=f.segment):
        if p.quantity and p.quantity.unit == f.quantity.unit and p.base != f.id:
            return p
    return None


def line_move(ix: FactIndex, f: Fact) -> dict[str, object] | None:
    """One line's move: the change, the band it applies to and the largest
    share of the price it can be ("up to $5 on $100 to $150": at most 5%);
    None when the fact is no price move."""
    q = f.quantity
    if q is None or q.value == 0 and q.upper is None:
        return None
    if f.measure == "change" and q.unit == "percent":  # "3% to 5%": the most is 5%
        exact = not q.qualifier and q.upper is None
        return {"cur": f, "band": None, "share": _top(f), "by": None, "exact": exact}
    b = ix.fact(f.base) if f.base else None
    if f.measure == "level" and b is not None and b.quantity and b.quantity.unit == q.unit:
        got = moved(b, f)  # an old price and a new one
        if got is None:
            return None
        move, share = got
        return {"cur": f, "band": b, "share": share, "move": move, "by": move, "exact": True}
    if f.measure != "change" or not q.is_money:
        return None
    band = _band(ix, f)
    part = _share_of(f, band) if band else None
    bq = band.quantity if band and part else None
    exact = bq is not None and not (q.qualifier or bq.qualifier) and q.upper is bq.upper is None
    return {"cur": f, "band": band if part else None, "share": part, "by": _top(f), "exact": exact}


def _share_of(f: Fact, band: Fact) -> Num | None:
    """The share of the band's cheapest price the change's top can be: the
    most it can be. None when the band has no floor ("under $100") or none
    it can be told from ("about $100")."""
    bq = band.quantity
    if bq is None or bq.qualifier not in ("", "over", "at_least") or bq.value <= 0:
        return None
    try:
        floor = replace(Num.of(band), upper=None)  # the band's cheapest price, not its range
        return compute(lambda c, p: abs(c) / p * HUNDRED, _top(f), floor, unit="percent")
    except UndefinedFigureError:
        return None


def _bound(f: object) -> bool:
    """Whether a change is written as a bound or a range ("up to $5", "$2 to $10")."""
    q = f.quantity if isinstance(f, Fact) else None
    return q is not None and (bool(q.qualifier) or q.upper is not None)


def _up(tier: dict[str, object]) -> bool:
    move = tier.get("move")
    if isinstance(move, Num):
        return move.value > 0
    f = tier["cur"]
    return isinstance(f, Fact) and f.quantity is not None and f.quantity.value > 0


@rule("price_move", needs=("metric:item_price",))
def price_move(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A company's price changes on one date, in the editor's order, each with
    its share of the price it applies to; the largest share is the one the
    meanings quote."""
    groups: dict[tuple[str, str, bool], list[dict[str, object]]] = {}
    for f in ix.metrics("item_price", measure=None, stated=None):
        if f.measure not in ("change", "level") or not f.period or f.forecast:
            continue
        if not own_price(ix, f):
            continue
        tier = line_move(ix, f)
        if tier is not None:
            groups.setdefault((f.entity, f.period, _up(tier)), []).append(tier)
    tariff = _tariff(ix)
    for (entity, period, up), tiers in groups.items():
        shares = [t["share"] for t in tiers if isinstance(t["share"], Num)]
        # "up to 6.7%" only when every line's share is known: a line with no
        # price band ($2 to $10 on apparel) may rise by more; else the largest
        # amount, when every line is in one currency
        most = max(shares, key=lambda n: n.value) if len(shares) == len(tiers) else None
        tops = [t["by"] for t in tiers if isinstance(t["by"], Num)]
        one_unit = len(tops) == len(tiers) and len({n.unit for n in tops}) == 1
        top = max(tops, key=lambda n: abs(n.value)) if one_unit and not most else None
        yield Takeaway(
            rule="price_move",
            message="price_move",
            facet="pricing",
            priority=80,
            facts=ids_of(tiers, "band", "cur"),
            values={
                "tiers": tiers,
                "cur": tiers[0]["cur"],
                "most": most,
                "top": top,
                # one line whose share is exact ("by 5%", not "by up to 5%"),
                # and one line whose amount is ("by US$50")
                "exact": len(tiers) == 1 and bool(tiers[0]["exact"]),
                "top_exact": len(tiers) == 1 and not _bound(tiers[0]["cur"]),
                "tariff": tariff,
                "up": up,
                "past": in_force(period, ix.story.published),
                "role_facets": RISE_FACETS if up else CUT_FACETS,
            },
            entity=entity,
        )


DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

#: What a higher free shipping minimum is to each reader (a lower one: the
#: same kinds of point, read the other way).
THRESHOLD_FACETS = {
    "seller": "pricing",
    "brand": "pricing",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}


@rule("threshold_move", needs=("metric:free_shipping_threshold",))
def threshold_move(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A free shipping minimum moved from the level the editor named as its
    base: the move, its share of the old level, and the same threshold of
    the other companies the story names (Walmart's $35) to set it against."""
    for f in ix.metrics(stated=None):
        b = _threshold_base(ix, f)
        if b is None or not f.quantity or not b.quantity or b.quantity.unit != f.quantity.unit:
            continue
        got = moved(b, f)
        if got is None or got[0].value == 0:
            continue
        move, share = got
        others = [o for o in ix.metrics(f.metric) if o.entity != f.entity and o.quantity
                  and not o.base and o.quantity.unit == f.quantity.unit]
        yield Takeaway(
            rule="threshold_move",
            message="threshold_move",
            facet="pricing",
            priority=80,
            facts=(b.id, f.id, *(o.id for o in others)),
            values={
                "cur": f,
                "base": b,
                "delta": move,
                "share": share,
                "others": others,
                "up": move.value > 0,
                "past": in_force(f.period, ix.story.published),
                # a day it took effect ('on March 1'), or a year's level ('in 2025')
                "day": bool(DAY.fullmatch(f.period)),
                "trial": f.trial,
                "role_facets": THRESHOLD_FACETS,
            },
            entity=f.entity,
        )


def _threshold_base(ix: FactIndex, f: Fact) -> Fact | None:
    """The level a threshold moved from: the ``base:`` the editor named, or
    else the same threshold a period earlier (FY2024's beside FY2025's)."""
    return ix.earlier(f) if told_by(f.metric) == "threshold_move" else None


def _tariff(ix: FactIndex) -> Fact | None:
    """The highest tariff rate the story gives (Chinese imports' 30%): what a
    researcher sets the price rise against."""
    rates = [f for f in ix.metrics("tariff_rate") if f.quantity and f.quantity.unit == "percent"]
    return max(rates, key=lambda f: f.quantity.value) if rates else None  # type: ignore[union-attr]


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
