"""What the vocabulary says about a metric, asked the way rules ask it.

Rules name no metric; they ask whether it grows (an amount or a count),
whether its parts add up to a total (a flow), whether a rise is bad news,
and what kind of point a change of it makes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..vocabulary.vocab import default_vocabulary

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..model import Fact, Story


def kind_of(metric: str) -> str:
    """money, count, percent, ratio, score or duration ('' if unknown)."""
    m = default_vocabulary().metrics.get(metric)
    return m.kind if m else ""


def grows(metric: str) -> bool:
    """Amounts and counts grow (revenue, GMV, users, live viewers); rates,
    ratios and scores move in points or multiples and have rules of their own,
    as has an amount the vocabulary gives to one (``told_by``: a free
    shipping minimum raised from $25 to $35 is a threshold move, not a channel
    "growing 40%").

    >>> grows("gmv"), grows("take_rate"), grows("free_shipping_threshold")
    (True, False, False)
    """
    return kind_of(metric) in ("money", "count") and not told_by(metric)


def adds_up(metric: str) -> bool:
    """An amount over a period whose parts add up to a total (GMV, revenue):
    the ones a split into segments, a mix or a rank makes sense of."""
    m = default_vocabulary().metrics.get(metric)
    return bool(m and m.flow and grows(metric))


def of_a_period(metric: str) -> bool:
    """A figure of the period it is given for, not a level read on a day: an
    amount that adds up (a day's GMV), or a ratio of such amounts (a day's
    average order value, a quarter's take rate). Worded 'on' or 'in' its
    period, never 'as of' it.

    >>> of_a_period("gmv"), of_a_period("aov"), of_a_period("cash")
    (True, True, False)
    """
    m = default_vocabulary().metrics.get(metric)
    if adds_up(metric) or (m is not None and m.flow and kind_of(metric) in ("money", "count")):
        return True  # a flow its own rule reads (a day's store visits) is that day's too
    r = default_vocabulary().ratios.get(metric)
    return r is not None and all(adds_up(m) for m in (*r.of, *r.per))


def per_order(metric: str) -> bool:
    """An average per order (``per_order: true``: the average order value):
    what shoppers spend per basket, worded per reader (``partners.basket``)
    rather than as sales growing."""
    m = default_vocabulary().metrics.get(metric)
    return bool(m and m.per_order)


def is_loss(metric: str) -> bool:
    """A metric whose rise is bad news (a loss, a burn): a growing one is a
    risk, never an opportunity, so it is worded and filed apart."""
    m = default_vocabulary().metrics.get(metric)
    return bool(m and m.good == "down")


def facet_of(metric: str) -> str:
    """The kind of point a change of the metric makes when no reader is concerned."""
    m = default_vocabulary().metrics.get(metric)
    return m.facet if m else "market"


def trade_flow(metric: str) -> str:
    """Which goods-trade flow the metric is ('exports', 'imports', 'both'; ''
    for anything else), so a template words a country's trade for those who
    ship it rather than as a market to keep pace with."""
    m = default_vocabulary().metrics.get(metric)
    return m.trade if m else ""


#: Entity kinds whose cost-facet figures are fees they charge (a platform's
#: commission, a carrier's freight rate): worded per reader who pays them,
#: unlike a government's tariff or a currency's rate.
FEE_CHARGERS = frozenset({"platform", "company", "group"})


def is_fee(metric: str, owner_kind: str) -> bool:
    """Whether a figure of ``metric`` whose entity is of ``owner_kind`` is a fee
    that entity charges, worded for each reader who pays it (rules, select
    and the growth meanings ask this one question).

    A charge on imports (a duty, a tariff) is a government's, whoever the
    figure is about: a company's duty bill is what it paid, not a price it
    sets.

    >>> is_fee("fulfilment_fee", "platform"), is_fee("tariff_rate", "government")
    (True, False)
    >>> is_fee("duty", "company")
    False
    """
    charged = facet_of(metric) == "cost" and owner_kind in FEE_CHARGERS
    return charged and levied_on(metric) != "imports"


#: Entity kinds that set the prices of what they sell (a brand, a company):
#: their prices over a year are worded for resellers, rivals and suppliers.
MAKERS = frozenset({"brand", "company"})


def per_payer(metric: str, owner_kind: str) -> bool:
    """Whether a move of ``metric`` (of an entity of ``owner_kind``) is worded
    for each reader who pays it or sells it on, not once per stance: a fee
    its owner charges, a charge on shipments or imports (freight, duty), or
    a maker's own prices. The growth meanings word these per reader
    (``growth.j2``, which ``level_with_growth.j2`` takes them to), and
    ``select`` keeps one point per role for them.

    >>> per_payer("freight_rate", "market"), per_payer("item_price", "brand")
    (True, True)
    >>> per_payer("revenue", "company"), per_payer("item_price", "platform")
    (False, False)
    """
    facet = facet_of(metric)
    if facet == "cost":
        return is_fee(metric, owner_kind) or levied_on(metric) in ("shipments", "imports")
    return facet == "pricing" and owner_kind in MAKERS and not told_by(metric)


#: Owners whose sales figures are a shop's (a retailer, an e-commerce
#: company): a platform's are a channel, a brand's its own goods, a
#: market's the yardstick, each worded its own way.
SHOPS = frozenset({"company", "group"})


def retail(metric: str, owner_kind: str) -> bool:
    """Whether a growth of ``metric`` is shoppers' spending moving to a shop
    (``sales: true`` in the vocabulary, of a company or group): worded for
    each reader who sells against it, stocks it, supplies it, serves it or
    competes with it as a channel (``partners.retailer``), one per reader.

    >>> retail("gmv", "company"), retail("orders", "group")
    (True, True)
    >>> retail("gmv", "platform"), retail("revenue", "company")
    (False, False)
    >>> retail("comparable_sales", "platform")  # a shop's figure whoever owns it
    True
    """
    m = default_vocabulary().metrics.get(metric)
    return m is not None and m.sales and (owner_kind in SHOPS or m.shop)


#: Entity kinds a platform's figure may be segmented by and still read as a
#: channel growing there (Temu's EU users, Coupang's Product Commerce buyers,
#: Alibaba's quick commerce revenue).
CHANNEL_PARTS = frozenset({"market", "product", "channel"})


def channel_part(story: Story, segment: str) -> bool:
    """Whether ``segment`` is a market or a product line the story declares,
    or a vocabulary segment that is a channel (``channel: true``: a platform's
    online sales, Walmart's eCommerce, the part of it sellers and brands can
    sell through): a platform's figure in it is a channel growing there,
    worded per reader (``readers.wording`` and the growth templates ask the
    same question); another vocabulary segment (offline, overseas, a cloud
    business) is not."""
    known = default_vocabulary().segments.get(segment)
    if known is not None and known.channel:
        return True
    e = story.entities.get(segment)
    return e is not None and e.kind in CHANNEL_PARTS


def answers_of(segment: str) -> str:
    """The reader whose work answering a vocabulary segment is (its
    ``answers:``: refunds a seller's, theft at source a factory's, impostor
    scams a brand's), or '' for none."""
    known = default_vocabulary().segments.get(segment)
    return known.answers if known is not None else ""


def answered(facts: Iterable[Fact]) -> dict[str, Fact]:
    """role -> the first of ``facts`` whose segment that role answers (a
    cause of shrink, a kind of scam): each reader's own share of the story."""
    out: dict[str, Fact] = {}
    for f in facts:
        role = answers_of(f.segment)
        if role and f.quantity is not None:
            out.setdefault(role, f)
    return out


def levied_on(metric: str) -> str:
    """What a charge is paid on (sales, imports, shipments; '' if no charge),
    so a template words its cost for what it is charged on."""
    m = default_vocabulary().metrics.get(metric)
    return m.levied_on if m else ""


def freight_mode(per: str) -> str:
    """How freight priced per ``per`` travels: 'ocean' (a 40ft container),
    'air' (a kilogram), '' when the unit does not say (the vocabulary's
    ``freight_modes``), so a seller's inbound freight is worded for what it is.

    >>> freight_mode("kilogram"), freight_mode("container"), freight_mode("unit")
    ('air', 'ocean', '')
    """
    return default_vocabulary().freight_modes.get(per, "")


#: What a fixed charge on a sale may be per (a platform's fee per order, a
#: payment fee's fixed part per transaction, a warehouse fee per unit).
PER_SALE = ("transaction", "order", "item", "unit")

#: A platform's fee on what its sellers sell, seen by each reader (a fee in two
#: parts, a net move per unit): a cost for those who pay it, sellers shopping
#: for cheaper service for a provider, a rival's pricing for a platform, and a
#: yardstick for a researcher. The stake, then the facet of the point.
FEE_STANCES = {
    "seller": "cost",
    "brand": "cost",
    "service_provider": "demand",
    "platform_operator": "competition",
    "researcher": "benchmark",
}
FEE_FACETS = {
    "seller": "cost",
    "brand": "cost",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}


#: A trend (a forecast, growth picking up each quarter) is something to plan
#: around for everyone with a stake in it, and to test against later figures
#: for a researcher: the facet of the point per role.
TREND_FACETS = {
    "seller": "trend",
    "brand": "trend",
    "factory": "trend",
    "service_provider": "trend",
    "platform_operator": "trend",
    "researcher": "research",
}


def told_by(metric: str) -> str:
    """The rule that tells the metric's moves ('' if the generic move rules
    do): ``told_by`` in the vocabulary."""
    m = default_vocabulary().metrics.get(metric)
    return m.told_by if m else ""


def points_told(metric: str) -> bool:
    """Whether the metric's rule reads its stated moves in points itself
    (``points_told`` in the vocabulary: a load factor "down 2 points")."""
    m = default_vocabulary().metrics.get(metric)
    return bool(m and m.points_told)


#: The stance behind a facet a rule gives a reader, for a figure with no
#: stances of its own in the vocabulary (a headcount, an investment): who
#: reads it decides, and only the reading concerns a reader (a cost or an
#: income is a stance of its own: a platform's pay rise, ``pay_move``).
STANCE_OF_FACET = {"risk": "exposure", "opportunity": "demand", "competition": "competition",
                   "research": "benchmark", "demand": "demand", "operations": "exposure",
                   "supply": "exposure", "cost": "cost", "income": "income",
                   "marketing": "demand", "customers": "demand", "pricing": "demand",
                   "compliance": "exposure", "policy": "exposure"}


def stances_of(facets: dict[str, str]) -> dict[str, str]:
    """role -> stance for the readers a rule gives a facet ("" = none).

    >>> stances_of({"seller": "opportunity", "factory": ""})
    {'seller': 'demand'}
    """
    return {role: STANCE_OF_FACET[f] for role, f in facets.items() if f}


def facets_with(
    facets: dict[str, str], needs: dict[str, str], have: dict[str, bool]
) -> dict[str, str]:
    """The readers' facets, each left out ("") where the figure its point rests on
    (``needs``: role -> figure) is missing from the story (``have``); a role that
    needs nothing keeps its facet.

    >>> facets_with({"brand": "risk", "researcher": "research"}, {"brand": "per"}, {"per": False})
    {'brand': '', 'researcher': 'research'}
    """
    return {role: facet if role not in needs or have[needs[role]] else ""
            for role, facet in facets.items()}
