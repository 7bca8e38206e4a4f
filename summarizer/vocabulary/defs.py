"""The vocabulary's entries as typed values: what each metric, event kind,
facet, unit, qualifier, segment and ratio of ``vocabulary.yaml`` declares.

Kept apart from the reader (``vocab``) so the stages that only look entries
up (rules, readers, realisation) depend on these plain frozen dataclasses,
not on how the YAML file is read and checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..model import SourceSpan, Text


@dataclass(frozen=True, slots=True)
class MetricDef:
    """One metric: what its number is and what a rise means to whom."""

    id: str
    kind: str
    """money | count | percent | ratio | score | duration (see ``kinds``)."""
    flow: bool = False
    """Amounts over a period that add up (revenue, GMV); False for stocks and rates."""
    facet: str = "market"
    """The kind of point a change of this metric makes when no role is concerned."""
    good: str = "up"
    """Which direction is good news for its owner ('down' for losses and burn)."""
    signed: bool = False
    """Whether a level may be negative (a profit may; cash, revenue, a fee may not)."""
    stance: dict[str, str] = field(default_factory=dict)
    """Role -> what a rise means for that role (cost, income, demand, ...)."""
    name: Text | None = None
    """Inline names; otherwise the glossary term ``term`` gives them."""
    term: str = ""
    span: SourceSpan | None = None
    by_kind: dict[str, dict[str, str]] = field(default_factory=dict)
    """Entity kind -> role -> stance, for roles ``stance`` leaves out: a
    brand's sales growing are demand for the factories that make its goods
    and a benchmark for other brands; a platform's are not."""
    levied_on: str = ""
    """For a charge: 'sales' (a fee on every sale) or 'imports' (a duty on
    goods entering a market); '' for anything else."""
    trade: str = ""
    """For a country's goods trade: 'exports', 'imports' or 'both' (the
    total), read as orders for exporters and cargo for forwarders rather than
    as a market whose growth each firm measures its own sales against."""
    sum_of: tuple[str, ...] = ()
    """Metrics whose levels add up to this one for the same entity and period
    (goods trade = exports + imports), so ``check`` can add them up."""
    told_by: str = ""
    """The rule that tells this metric's moves (a free shipping minimum's is
    ``threshold_move``'s): the generic move rules (``base_change``,
    ``rate_move``) leave it, so one move is never told twice."""
    per_order: bool = False
    """An average per order (the average order value): what shoppers spend
    per basket, read per reader (partners.basket), not as sales growing."""
    sales: bool = False
    """What shoppers buy from its owner or who buys (GMV, orders, units sold,
    buyers): a retailer's or e-commerce company's growth in it is shoppers'
    spending moving to it, read per reader (partners.retailer)."""
    loss: str = ""
    """The glossary term for a level below 0 (operating_income: 经营亏损 /
    operating loss): the facts table and a line's loss (``segment_loss``) say
    a loss with it, not a negative profit."""
    shop: bool = False
    """A shop's figure whoever owns it (comparable sales: the sales of stores
    open a year or more), read as ``sales`` of a retailer even where its owner
    is filed as a platform (Walmart, with its marketplace)."""
    limit: bool = False
    """The figure is itself a cap or a ceiling (the most a subsidy pays per
    item, the highest price it covers): "capped at CNY500" or "up to
    CNY6,000" in its quote defines it, so ``check`` asks for no qualifier."""
    bill: bool = False
    """A platform's figure that tells its sellers' bill more closely than its
    whole revenue does (its ad or transaction revenue, take rate, commission,
    GMV): with one in the story, a seller's and a brand's point is that one,
    and the platform's whole revenue is not read to them as a cost."""
    points_told: bool = False
    """A percent level whose rule (``told_by``) reads its stated moves in
    points itself (a load factor "down 2 points", schedule reliability "5.4
    points higher" on a year earlier): ``stated_growth`` leaves those moves,
    which it would otherwise tell as a growth rate to beat."""


@dataclass(frozen=True, slots=True)
class EventDef:
    id: str
    name: Text
    dated: bool = False
    facet: str = ""
    stance: dict[str, str] = field(default_factory=dict)
    effective: bool = False
    """A change that applies from its date on (a fee, a tariff, a rule)."""
    per_role: bool = False
    """Its meaning is worded for each role (templates/*/event_kinds.j2), so
    two readers with the same stance may both have it, each in its words."""
    plannable: bool = False
    """An event that may be announced with no date yet (``planned: true``):
    every change that takes effect, and kinds worded for it (a market
    entry to come)."""
    channel: str = ""
    """'opens' or 'closes' when a platform's event is a sales channel opening or
    closing (a market entry): worded per role, a shop for a seller, clients
    for a service provider."""
    by_kind: dict[str, dict[str, str]] = field(default_factory=dict)
    """entity kind -> {role: stance}, for roles ``stance`` leaves out: a
    platform's fee change is a platform operator's pricing yardstick, a
    carrier's is not its business."""
    grounds: bool = False
    """Whether an event of this kind says what it is over (``grounds:``, the
    vocabulary's grounds): a fine, a lawsuit."""

    @property
    def told(self) -> bool:
        """Whether an event of this kind is said on its own (``dated_event``):
        it has a facet and matters to some reader or changes the rules.
        Background kinds (results published, a forecast) are not, so
        ``check`` asks no text of them."""
        return bool(self.facet and (self.stance or self.by_kind or self.effective))


@dataclass(frozen=True, slots=True)
class FacetDef:
    id: str
    name: Text
    label: Text
    """Lead label of a point of this kind in a reader's section."""
    topic: Text
    """How the framing sentence names what such points are about."""


@dataclass(frozen=True, slots=True)
class UnitDef:
    id: str
    zh: str
    en_one: str = ""
    en_many: str = ""
    scaled: bool = True


@dataclass(frozen=True, slots=True)
class QualifierDef:
    id: str
    name: Text
    slack: Decimal = Decimal(0)
    bound: str = ""
    """'low': the figure is a floor (超, 至少); 'high': a ceiling (近, 不超过)."""


@dataclass(frozen=True, slots=True)
class SegmentDef:
    """A part of a business any story may name (on-premise, cloud, overseas)."""

    id: str
    name: Text | None = None
    term: str = ""
    span: SourceSpan | None = None
    within: Text | None = None
    """How English says "in" it where that is not 'in' + its name: 'online',
    not 'in online' (``Voice.in_segment``)."""
    sells: str = ""
    """A sales channel by who sells through it: 'own' (a brand's or store's
    own staff and hosts, 店播), 'creators' (influencers, 达人直播); '' for any
    other segment. Rule ``channel_share`` reads a market's share in it."""
    channel: bool = False
    """A way a business sells to shoppers that others sell through too (its
    online sales, where its marketplace's sellers list): a platform's figure in
    it is a channel growing for them (``rules.kinds.channel_part``), which a
    part such as offline, overseas or a cloud business is not."""
    answers: str = ""
    """For a kind of problem shoppers complain about (refunds, counterfeits): the
    reader whose work answering such complaints is (a seller settles refunds, a
    brand fights fakes sold under its name); rule ``complaint_problems``."""
    years: int = 0
    """For a loan's tenor (one-year, over-five-year): how many years it runs, so
    rule ``loan_rates`` tells short-term borrowers the shortest tenor's rate and
    long-term ones the longest's; 0 for any other segment."""


@dataclass(frozen=True, slots=True)
class RatioDef:
    """A figure defined as one metric over another (P/S, take rate, AOV)."""

    id: str
    of: tuple[str, ...]
    per: tuple[str, ...]
    unit: str
    scale: Decimal = Decimal(1)
    facet: str = "market"
    rule: str = ""
    """A named rule that computes it instead of the general ratio rule."""


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """Everything ``vocabulary.yaml`` declares, by id (compared by identity:
    caches key on the vocabulary in force)."""

    roles: tuple[str, ...]
    stances: tuple[str, ...]
    kinds: tuple[str, ...]
    scales: dict[str, int]
    currencies: dict[str, Text]
    units: dict[str, UnitDef]
    qualifiers: dict[str, QualifierDef]
    measures: tuple[str, ...]
    per: dict[str, Text]
    grounds: dict[str, Text]
    """What a fine punishes (misleading consumers, anti-competitive conduct, …)."""
    policy_areas: dict[str, Text]
    """What a platform's rule change is about (product compliance, returns, …)."""
    snapshots: tuple[str, ...]
    entity_kinds: tuple[str, ...]
    facets: dict[str, FacetDef]
    events: dict[str, EventDef]
    metrics: dict[str, MetricDef]
    ratios: dict[str, RatioDef]
    segments: dict[str, SegmentDef] = field(default_factory=dict)
    freight_modes: dict[str, str] = field(default_factory=dict)
    """How freight charged per a ``per`` unit travels (container: ocean, kilogram: air)."""
    currency_names: dict[str, Text] = field(default_factory=dict)
    """A currency's name in prose (人民币 / renminbi), where the vocabulary gives one."""
    path: str = "vocabulary.yaml"

    def metric(self, metric_id: str) -> MetricDef | None:
        return self.metrics.get(metric_id)

    def named_metrics(self) -> dict[str, Text]:
        """Metrics whose names are inline (the glossary gains them as terms)."""
        return {m.id: m.name for m in self.metrics.values() if m.name is not None}
