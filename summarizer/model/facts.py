"""The story as the editor wrote it: facts, quantities, sources, entities,
and where each was written (``SourceSpan``), so any figure in any output can
be traced back to a line of a seeds file and a quote in its article."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

from .. import languages

Day = date
"""A calendar day, where a field named ``date`` shadows the type (``Fact.until``)."""

#: An output language code of the registry (``summarizer.languages``). A
#: plain str, checked by ``languages.language()``: a Literal would make a
#: new variant a second edit here.
Lang = str
#: Output languages, from the registry at import (zh-Hant is Taiwan phrasing,
#: zh-Hant-HK Hong Kong phrasing; both derived from zh-Hans by OpenCC).
LANGS: tuple[Lang, ...] = languages.codes()
#: Languages that have their own templates; the others are derived.
SOURCE_LANGS: tuple[Lang, ...] = languages.sources()


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """A position in an input file, 1-based, for error messages and provenance."""

    file: str
    """Path of the file as given on the command line (not resolved)."""
    line: int
    """1-based line number."""
    col: int
    """1-based column number."""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


@dataclass(frozen=True, slots=True)
class Text:
    """A short text given by the editor in both source languages."""

    zh: str
    """Simplified Chinese wording (zh-Hant is derived from it)."""
    en: str
    """English wording."""

    def get(self, lang: str) -> str:
        """The wording for ``lang``: a variant takes its source's (zh-Hant, zh-Hant-HK
        start from zh-Hans)."""
        src = languages.source_of(lang)
        if src == "zh-Hans":
            return self.zh
        if src == "en":
            return self.en
        raise ValueError(f"no {src} wording: Text holds zh-Hans and en")


@dataclass(frozen=True, slots=True)
class Quantity:
    """An exact decimal amount with its unit, as written in the article.

    ``value`` is already multiplied out by the scale (5.34亿 -> 534000000), so
    rules never see scale words. ``digits`` keeps how precisely the article
    wrote it (the unit of the last written digit, in the same base), so checks
    can tell a rounding difference from a real disagreement.
    """

    value: Decimal
    """The amount in base units (yuan, dollars, shares, percent points, ...)."""
    unit: str
    """A currency code (CNY, HKD, USD) or a unit id (percent, times, shares, ...)."""
    resolution: Decimal
    """Unit of the last digit as written: 5.34亿 -> 1000000 (0.01亿)."""
    scale: str = ""
    """The scale word the editor used (万, 亿, million, ...) or empty."""
    qualifier: str = ""
    """about | over | nearly | at_least | up_to | under | '' (as written: 约, 超, 近, 至少,
    不超过, 不到)."""
    upper: Decimal | None = None
    """The top of a range (HK$151–165), in base units; ``value`` is its bottom."""
    per: str = ""
    """What the amount is per (unit, order, parcel), from the vocabulary; '' = a total."""

    @property
    def is_money(self) -> bool:
        return self.unit.isupper() and len(self.unit) == 3

    def bounds(self) -> tuple[Decimal, Decimal]:
        """The interval the written figure stands for (half a last digit each way)."""
        half = self.resolution / 2
        return self.value - half, self.value + half


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: the article and the passage an editor can point to."""

    article: str
    """File name of the article in the shared seeds folder (or a URL)."""
    quote: str
    """A short verbatim quote from the article that states the fact."""


@dataclass(frozen=True, slots=True)
class Article:
    """Another article a story's facts quote (``story.articles``): named in the
    sources list and the facts table by its outlet and headline, not its file."""

    outlet: Text
    title: Text | None = None
    url: str = ""
    published: date | None = None


@dataclass(frozen=True, slots=True)
class Credit:
    """One article of a brief's sources list, in the brief's language."""

    article: str
    """File name of the article (or a URL)."""
    quote: str
    """Its headline ('' when the facts file gives none)."""
    outlet: str = ""
    url: str = ""
    published: date | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A company, product, regulator, regulation, person or group named in a story."""

    id: str
    kind: str
    """company | product | person | regulator | regulation | fund | exchange | group | index"""
    name: Text
    term: str = ""
    """Glossary term id that holds the canonical names, if any."""
    span: SourceSpan | None = None
    year_end: int = 12
    """The month its fiscal year ends in (3 for Alibaba): its FY, H and Q codes."""
    carrier: bool = False
    """A parcel or freight carrier (UPS, FedEx): its staff cuts are capacity its
    shippers lose, not a buyer's orders shrinking."""
    reader: str = ""
    """The reader (vocabulary role) a group bound by a regulation is: the
    sellers or the platforms a decree names reach the seller's or the
    platform operator's section with their duties, whatever the group's id."""
    plural: bool = False
    """Its English name names several ("Pinduoduo, Taobao and JD.com"): English
    templates make verbs and pronouns agree ("are using their")."""


@dataclass(frozen=True, slots=True)
class Fact:
    """One typed fact from a story: a metric, an event or a claim.

    The three kinds share one type because rules, provenance and the facts
    table treat them alike; ``kind`` says which fields are meaningful.
    """

    id: str
    story: str
    """Id of the story the fact belongs to."""
    kind: Literal["metric", "event", "claim"]
    source: Source
    span: SourceSpan
    entity: str = ""
    """Entity id the fact is about ('' for story-wide claims)."""
    # -- metric --------------------------------------------------------------
    metric: str = ""
    """Metric id from the vocabulary (revenue, market_cap, ps_ratio, ...)."""
    measure: str = "level"
    """level | yoy | cagr | share | multiple | change: what the number measures."""
    segment: str = ""
    """Part of the entity's business the metric covers (e.g. a product line)."""
    period: str = ""
    """FY2024, 2025H1, 2025Q1-Q3, 2026Q1, 2026-03, 2025-09-30 (as of), FY2022/FY2024 (span),
    2025-11-01/2025-11-28 (days)."""
    quantity: Quantity | None = None
    of: str = ""
    """For shares and multiples: the fact id or entity id of the base."""
    assume: tuple[tuple[str, str], ...] = ()
    """Assumptions the article made for a derived figure, as (key, value) pairs."""
    stated: bool = False
    """True when the article derived the figure itself; rules recompute it."""
    at: str = ""
    """For a figure of one day: open | high | low | close | intraday ('' = unknown)."""
    base: str = ""
    """Id of the fact this figure is compared with (old fee, offer price, peak)."""
    year_end: int = 12
    """The month the entity's fiscal year ends in: how ``period`` is read."""
    forecast: str = ""
    """Entity id of who expects the figure ('' = a result): a forecast or guidance."""
    trial: bool = False
    """A level the company is testing (for some shoppers, in some markets), not yet its rule."""
    # -- event ---------------------------------------------------------------
    event: str = ""
    """Event type from the vocabulary (listing, lockup_expiry, price_change, ...)."""
    date: date | None = None
    date_precision: str = "day"
    """day | month | quarter | year: how exactly the article dates the event."""
    until: Day | None = None
    """The day a temporary event's effect ends (a tariff paused until then)."""
    planned: bool = False
    """A change announced with no date yet ('once the review is done'): no ``date``."""
    direction: str = ""
    """For a price change: 'up' or 'down' where the article says which way
    but gives no signed figure ('' = not said, or said by a signed percent)."""
    parties: tuple[str, ...] = ()
    """Other entities involved (issuers of a regulation, investors, ...)."""
    obligations: tuple[Obligation, ...] = ()
    """For regulations: who must do what."""
    grounds: str = ""
    """For a fine: what it punishes (vocabulary ``grounds``: consumer, competition, …)."""
    area: str = ""
    """For a policy change: what its rules are about (vocabulary ``policy_areas``)."""
    # -- claim ---------------------------------------------------------------
    text: Text | None = None
    """Bilingual wording of a claim, or a short description of an event."""
    facet: str = ""
    """For claims: the facet a claim speaks to (opportunity, risk, capital, ...)."""
    audience: tuple[str, ...] = ()
    """Persona ids a claim or obligation is meant for ('' = the general reader)."""
    priority: int = 50
    """0-100; higher is said first."""
    implications: tuple[tuple[str, Text], ...] = ()
    """For claims: what it means for each role (seller, brand, …), as the editor wrote it."""
    implication_facets: tuple[tuple[str, str], ...] = ()
    """For claims: (role, facet) where an implication is another kind of point."""
    about: tuple[str, ...] = ()
    """For claims: ids of the facts the claim restates, so no section tells both."""

    def past_by(self, day: Day) -> bool:
        """Whether an event had happened, or taken effect, by ``day`` (the
        article's date): worded 'since', not 'from'. A change announced
        with no date yet (``planned``) has not."""
        return self.date is not None and self.date <= day

    def over_by(self, day: Day) -> bool:
        """Whether a temporary event had ended by ``day`` (``until`` on or
        before it): an outage over by the article's date. One definition for
        the rules that pick a reader's facet and the templates that word it."""
        return self.until is not None and self.until <= day


@dataclass(frozen=True, slots=True)
class Obligation:
    """One duty a regulation puts on one party."""

    party: str
    """Entity id of the party (a group such as 'platform operators')."""
    duty: Text


@dataclass(frozen=True, slots=True)
class Story:
    """One article's structured facts, as validated from ``seeds/<id>.yaml``."""

    id: str
    path: str
    title: Text
    outlet: Text
    author: Text
    published: date
    source: str
    """Article file name in the shared seeds folder."""
    url: str
    lede: Text
    """One sentence, the editor's own, saying what the article is about."""
    entities: dict[str, Entity]
    facts: tuple[Fact, ...]
    fx: tuple[tuple[str, str, Decimal], ...] = ()
    """Exchange rates the story uses: (from, to, rate)."""
    assumed: tuple[str, ...] = ()
    """Header fields the editor assumed (published, outlet, …): shown as assumed."""
    audiences: tuple[tuple[str, Text], ...] = ()
    """Per-persona wording of the reader for this story ('布局大模型相关业务的卖家')."""
    updated: date | None = None
    """When the editor last revised the facts (``story.updated``), if ever."""
    lede_about: tuple[str, ...] = ()
    """Ids of the facts the lede already tells: the Quick Summary does not repeat them."""
    articles: dict[str, Article] = field(default_factory=dict)
    """Other articles the facts quote, by file name (``story.articles``)."""

    def fact(self, fact_id: str) -> Fact:
        for f in self.facts:
            if f.id == fact_id:
                return f
        raise KeyError(fact_id)
