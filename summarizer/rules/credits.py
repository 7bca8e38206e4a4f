"""credit_reward: ad credit a platform pays for each product that meets a bar.

"Sellers earn $20 Ads Credit per Eligible Actively Sale New Product (max
$3000/month) and $50 Ads Credit per Successful Cold Start Product (max
$3000/month) … Successful Cold Start Products … generate ≥ $250 GMV and ≥ 3
orders." No rule read such a programme, so every reader of TikTok Shop's
NewStar incentive was told nothing. Its figures say more than each line:
the cap comes at the 150th product (the 60th past its cold start), so a
shop earns the full rate on every product it would launch anyway, and the
US$50 is worth 20% of the US$250 a product must sell to earn it.

An ``ad_credit`` fact ``per: item`` is one stage of a programme (its
``segment`` the product stage); an ``ad_credit`` of the same stage ``per:
month`` with qualifier ``up_to`` is its monthly cap, and ``qualifying_gmv``
and ``qualifying_orders`` of the stage are the bar. One programme (one
platform and period) is one point, its stages in the order written.

Each reader reads it from its side (templates/*/meanings/credit_reward.j2):
a discount on ads a seller would buy anyway, rivals' launches for a brand,
trial runs to quote for a factory, ad campaigns to run for sellers who seldom
advertise for a provider, new supply bought with the platform's own ad
inventory for a platform operator, and for a researcher how many products
clear the bar and whether they keep selling once the credit stops.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of
from .registry import Check, rule

#: What a programme of ad credits is to each reader.
CREDIT_FACETS = {
    "seller": "income",
    "brand": "competition",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}


@rule("credit_reward", needs=("metric:ad_credit",))
def credit_reward(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A platform's ad credit per qualifying product, stage by stage, with caps and bars."""
    programmes: dict[tuple[str, str], list[Fact]] = {}
    for f in ix.metrics("ad_credit"):
        q = f.quantity
        if q is None or not q.is_money or q.upper is not None or q.per != "item":
            continue
        programmes.setdefault((f.entity, f.period), []).append(f)
    for (entity, _period), credits in programmes.items():
        stages = [_stage(ix, f) for f in credits]
        ids = [x.id for s in stages for x in (s.credit, s.cap, s.gmv, s.orders) if x is not None]
        yield Takeaway(
            rule="credit_reward",
            message="credit_reward",
            facet="income",
            priority=76,
            facts=tuple(ids),
            values={
                "stages": stages,
                "platform": entity,
                "role_facets": CREDIT_FACETS,
                "role_stances": stances_of(CREDIT_FACETS),
            },
            entity=entity,
        )


@dataclass(frozen=True, slots=True)
class Stage:
    """One stage of a programme, as the templates read it."""

    credit: Fact
    """The credit per qualifying product."""
    cap: Fact | None
    """The most a seller earns a month at this stage."""
    to_cap: Num | None
    """How many products reach the cap."""
    gmv: Fact | None
    """The sales a product must reach to qualify."""
    orders: Fact | None
    """The orders a product must reach to qualify."""
    share: Num | None
    """The credit as a share of ``gmv``, in percent."""


def _stage(ix: FactIndex, f: Fact) -> Stage:
    """One stage of a programme: its credit, monthly cap, bar and what they come to."""
    cap = _of(ix, "ad_credit", f, per="month")
    gmv = _of(ix, "qualifying_gmv", f, per="item")
    return Stage(f, cap, _to_cap(f, cap), gmv, _of(ix, "qualifying_orders", f, per="item"),
                 _share(f, gmv))


def _of(ix: FactIndex, metric: str, f: Fact, *, per: str) -> Fact | None:
    """The stage's own figure of ``metric`` (same platform, stage and period) per ``per``."""
    return next(
        (
            g
            for g in ix.metrics(metric, entity=f.entity, segment=f.segment, period=f.period)
            if g.quantity is not None and g.quantity.per == per and g.quantity.upper is None
        ),
        None,
    )


def _to_cap(credit: Fact, cap: Fact | None) -> Num | None:
    """The product whose credit reaches the cap: the cap over the credit, rounded
    up (US$3,000 at US$55 a product is reached by the 55th)."""
    if cap is None or cap.quantity is None or credit.quantity is None:
        return None
    if cap.quantity.unit != credit.quantity.unit:
        return None
    try:
        n = compute(lambda c, x: c / x, Num.of(cap), Num.of(credit), unit="products")
    except UndefinedFigureError:
        return None
    whole = n.value.to_integral_value(rounding=ROUND_CEILING)
    if whole < 2:
        return None  # a cap one product reaches is no cap worth telling
    return Num(whole, whole, whole, n.facts, "products")


def _share(credit: Fact, gmv: Fact | None) -> Num | None:
    """The credit as a share of the sales a product must reach to earn it."""
    if gmv is None or gmv.quantity is None or credit.quantity is None:
        return None
    if gmv.quantity.unit != credit.quantity.unit:
        return None
    try:
        share = compute(lambda c, g: c / g * HUNDRED, Num.of(credit), Num.of(gmv), unit="percent")
    except UndefinedFigureError:
        return None
    return share if Decimal(0) < share.value < HUNDRED else None
