"""Whose side a point is worded from, and which readers share one sentence.

A point is worded from a reader's side (its *angle*) when there is a side to
word it from: an editor's implication, a meaning template for its message,
or a message already in the reader's terms. Most meaning sentences then
depend only on the stance (a fee rise reads the same to every reader who
pays it), so ``select`` shows each at most once a story; the messages and
metrics here are the ones the templates word per role instead, and a
company's growth read by its partners is one sentence per reader
(``partner_of``). Split from ``select`` so that module keeps to the choice.
"""

from __future__ import annotations

from ..model import Fact, Story, Takeaway
from ..rules.growth import RATE_MESSAGES
from ..rules.kinds import channel_part, facet_of, per_order, per_payer, retail
from .stakes import Stake

#: Messages whose meaning templates word a cost per role (a fee change is a
#: channel decision for a brand and an order's margin for a seller), so two
#: readers who bear the cost may each have the point.
PER_ROLE = frozenset({"base_change"})

#: Messages whose meaning templates word every stance per role (a sales peak
#: is stock for a seller, capacity for a service provider, uptime for a
#: platform; a channel gaining share is a shop to ready or a service line),
#: so each reader who has the point reads its own meaning.
BY_ROLE = frozenset(
    {
        "peak_day",
        "outpace",
        "outlook",
        "ratio",
        "charge_step",
        "level_move",
        "momentum",
        "peer_rates",
        "rate_move",
        "penalty",
        "fx_move",
        "subsidy_pace",
        "investment_pace",
        "rebate_move",
        "store_change",
        "staff_change",
        "price_move",
        "threshold_move",
        "share_shift",
        "shopper_channels",
        "charge_introduced",
        "platform_charge",
        "two_part_fee",
        "fixed_fee",
        "buyer_fee",
        "fee_schedule",
        "net_charge",
        "sales_tax",
        "payout_reserve",
        "deposit_move",
        "held_funds",
        "credit_reward",
        "channel_share",
        "return_load",
        "inventory_build",
        "dispatch_deadline",
        "stock_floor",
        "late_penalty",
        "segment_loss",
        "profit_swing",
        "wage_move",
        "pay_move",
        "input_cost",
        "pmi_read",
        "container_move",
        "space_market",
        "parcel_yield",
        "sentiment_read",
        "complaint_share",
        "complaint_problems",
        "counterfeit_seizures",
        "schedule_reliability",
        "blank_sailings",
        "online_prices",
        "duty_receipts",
        "payment_method",
        "loan_rates",
        "retail_shrink",
        "data_breach",
        "fraud_losses",
        "parcel_on_time",
        "ad_auction",
        "store_traffic",
        "discount_depth",
        "ads_per_sale",
        "shipment_cost",
        "card_fee_cut",
        "spend_per_buyer",
        "delivery_speed",
        "seller_origin",
        "buyers_per_seller",
        "cargo_space",
        "listing_raise",
        "launch_sales",
        "ad_spend_move",
        "download_move",
        "buyer_subsidy",
        "membership_fee",
        "real_growth",
        "sourcing_shift",
        "event_pace",
    }
)

#: (metric, stance, role) worded in the reader's own way by the growth
#: templates, where every other reader with that stance shares one sentence:
#: a platform's sellers or shops growing are sellers choosing that platform
#: to a platform operator, rivals bidding for the same buyers and ads to a
#: seller, and more shops reselling its goods to a brand (a market's are not
#: one platform's).
OWN_WORDING = frozenset(
    {
        (metric, "competition", role)
        for metric in ("sellers", "stores")
        for role in ("platform_operator", "seller", "brand")
    }
)

#: (metric, entity kind) whose moves (``base_change``) the templates word for
#: every role whatever its stance: prices on a platform are a seller's going
#: rate, a brand's price parity, a factory's quotes and a rival's price war.
PER_ROLE_MOVES = frozenset({("item_price", "platform")})


def partner_of(story: Story, t: Takeaway, stance: str) -> tuple[str, str] | None:
    """(company, stance) when the point is a brand's growth read by its
    suppliers or peers, a platform's read by those who sell or serve there
    or by rival platforms, or a whole market's, the rate every reader in it
    measures itself against (templates/*/partners.j2): worded per role, one
    per reader."""
    e = story.entities.get(t.entity)
    if t.message not in RATE_MESSAGES or e is None:
        return None
    if e.kind == "brand" and stance in ("demand", "benchmark"):
        return (t.entity, stance)
    if e.kind == "market" and stance in ("demand", "benchmark"):
        return (t.entity, "market")  # the yardstick every reader in it measures itself by
    cur = t.values.get("cur")
    if (
        e.kind == "platform"
        and stance == "demand"
        and isinstance(cur, Fact)
        and (not cur.segment or channel_part(story, cur.segment))
    ):
        return (t.entity, stance)  # a channel growing (in a market, a line): its sellers, brands, …
    if e.kind == "platform" and stance == "benchmark":
        return (t.entity, stance)  # a rival platform's yardstick; the researcher's back-out
    if stance in ("demand", "benchmark") and isinstance(cur, Fact) and retail(cur.metric, e.kind):
        return (t.entity, stance)  # a shop's sales: rival, stockist, buyer, client, channel
    if isinstance(cur, Fact) and per_order(cur.metric):
        return (t.entity, stance)  # what shoppers spend per basket: worded per reader
    sells_ads = e.kind in ("platform", "company", "group")  # a marketplace, or Meta, Google
    if (
        sells_ads
        and stance == "cost"
        and isinstance(cur, Fact)
        and (facet_of(cur.metric) == "marketing")
    ):
        return (t.entity, stance)  # its ad revenue: what sellers and brands pay to be seen there
    if e.kind == "platform" and stance == "cost" and isinstance(cur, Fact) and (
        cur.metric == "revenue"
    ):
        return (t.entity, stance)  # its whole revenue: a seller's bill there, a brand's terms
    return None


#: A whole market's growth is a yardstick: a seller and a brand set their own
#: sales against it, a platform and a researcher a platform's growth
#: (partners.j2 ``market``). Each pair's sentences say the same thing, so a
#: story gives each yardstick to one of its pair; the other reader's places
#: go to points that are its own (the factory's and the service provider's
#: readings, the pace of reorders and the work to size, are theirs alone).
YARDSTICKS = {
    "seller": "yardstick:sales",
    "brand": "yardstick:sales",
    "platform_operator": "yardstick:platforms",
    "researcher": "yardstick:platforms",
}


def market_growth(kind: str, stance: str, metric: str) -> bool:
    """Whether a growth point is a whole market's rate that every reader in it
    measures itself by (a country's online sales): not a cost, which reads as
    what it costs each payer, nor an average order, which reads as a basket.
    The growth templates word such a point with ``partners.market`` (template
    global ``market_growth``) and ``yardstick`` gives it one wording per pair
    of readers: one predicate, so the two cannot drift apart.

    >>> market_growth("market", "demand", "retail_sales"), market_growth("market", "cost", "duty")
    (True, False)
    """
    return (
        kind == "market"
        and stance in ("demand", "benchmark")
        and facet_of(metric) != "cost"
        and not per_order(metric)
    )


def yardstick(story: Story, t: Takeaway, stance: str, role: str) -> str:
    """The yardstick a market's growth is to ``role`` ('' when it is not one:
    a market shrinking reads differently to each, and trade has its own)."""
    e = story.entities.get(t.entity)
    cur, g = t.values.get("cur"), t.values.get("growth")
    if t.message not in RATE_MESSAGES or e is None or not isinstance(cur, Fact):
        return ""
    if t.values.get("trade") or not market_growth(e.kind, stance, cur.metric):
        return ""
    value = g.quantity.value if isinstance(g, Fact) and g.quantity else getattr(g, "value", None)
    return YARDSTICKS.get(role, "") if value is not None and value >= 0 else ""


#: Messages whose plain wording is already the reader's own (a regulation's
#: duties for the party the reader is): worded for them, with no meaning added.
READER_WORDED = frozenset({"obligation"})


def wording(story: Story, t: Takeaway, s: Stake, angle: str) -> str:
    """What a point's meaning sentence depends on, so no two sections show
    the same one: the stance (a cost reads the same to any reader who bears
    it), except where the templates word it per role."""
    if not angle or s.kind == "implication":
        return angle
    if bar := yardstick(story, t, s.kind, angle):
        return bar  # a seller's and a brand's bar for their own sales: one sentence
    if t.message in BY_ROLE or partner_of(story, t, s.kind):
        return angle  # the templates word it per role
    cur = t.values.get("cur")
    metric = cur.metric if isinstance(cur, Fact) else ""
    e = story.entities.get(t.entity)
    if (
        t.message in RATE_MESSAGES
        and (metric, s.kind, angle) in OWN_WORDING
        and (e is not None and e.kind == "platform")
    ):
        return angle
    if t.message in PER_ROLE and s.kind == "cost":
        return angle  # a brand's channel, a seller's order; a supplier, a stockist
    if (
        t.message in RATE_MESSAGES
        and e
        and per_payer(metric, e.kind)
        and (s.kind == "cost" or facet_of(metric) == "pricing")
    ):
        return angle  # a fee, freight or duty, a maker's prices: a sentence for each who pays
    if t.message in PER_ROLE and e is not None and (metric, e.kind) in PER_ROLE_MOVES:
        return angle
    if t.message == "dated_event" and t.values.get("per_role"):
        return angle  # a market entry, a store opening: a shop to open, clients to win
    if t.message == "level_with_growth" and angle == "researcher":
        return angle  # only the researcher backs the year-earlier level out
    return s.kind


def has_angle(t: Takeaway, s: Stake, angled: frozenset[str]) -> bool:
    """Whether the point can be worded from the reader's side: an editor's
    implication, a meaning template for the takeaway's message, or a message
    that is the reader's own."""
    if s.kind == "implication" or (s.kind == "addressed" and t.message in READER_WORDED):
        return True
    return s.kind not in ("addressed", "interest") and t.message in angled
