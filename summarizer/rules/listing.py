"""listing_raise: a commerce business going public, read as the money it now
has to grow with.

"Mixue Group jumped nearly 30% on their first day of trading on the Hong
Kong Stock Exchange on Monday after the firm raised $444 million in an
initial public offering." As capital news (``listings``) this was no
reader's point: every section said the article had no bearing on it. For a
brand or a platform a listing is cash to open stores, cut prices and buy
traffic with: a rival's for brands and platforms, contracts to pitch for
factories and service providers, a channel worth courting for a platform
when a brand lists, traffic and incentives to come for sellers when a
platform lists. Where franchisees run most of a brand's stores, they are
its sellers, and new stores may open near theirs. A researcher gets the
first-day move set against a rival's debut, and the question whether the
price holds. Any other business's listing (an AI start-up's) stays the
capital news ``listings`` tells. A rival's earlier listing in the story
(Guming's, a month before) is the yardstick, not news of its own: only the
story's newest listing of a brand or a platform is told.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Story, Takeaway
from .facts import FactIndex
from .kinds import stances_of
from .registry import Check, rule
from .timeline import latest

#: Entity kinds whose listing is commerce news: a brand or a platform.
COMMERCE_KINDS = ("brand", "platform")

#: What a brand's or a platform's listing is to each reader ('' = no point).
#: A brand's sellers are its franchisees, told only where the story says
#: they run its stores (``_franchised``).
LISTING_FACETS = {
    "brand": {"seller": "opportunity", "brand": "competition", "factory": "opportunity",
              "service_provider": "opportunity", "platform_operator": "opportunity",
              "researcher": "research"},
    "platform": {"seller": "opportunity", "brand": "opportunity", "factory": "opportunity",
                 "service_provider": "opportunity", "platform_operator": "competition",
                 "researcher": "research"},
}


def commerce_listing(story: Story, e: Fact) -> bool:
    """Whether a listing event is a brand's or a platform's (this rule's),
    not capital news ``listings`` tells."""
    entity = story.entities.get(e.entity)
    return entity is not None and entity.kind in COMMERCE_KINDS


@rule("listing_raise", needs=("event:listing", "metric:ipo_proceeds"))
def listing_raise(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A brand's or a platform's listing, with what it raised, its first
    day and its stores: one point per listed business."""
    newest = max((e.date for e in ix.events("listing") if e.date), default=None)
    listed = [e for e in ix.events("listing") if commerce_listing(ix.story, e)]
    for e in sorted(listed, key=lambda e: (e.date, e.span.line)):
        if e.date != newest:
            continue  # a rival's earlier debut: the yardstick (``_rival_debut``)
        kind = ix.story.entities[e.entity].kind
        proceeds = latest(ix.metrics("ipo_proceeds", entity=e.entity))
        day1 = _first_day(ix, e.entity, e)
        rival = _rival_debut(ix, e, kind)
        stores = latest(ix.metrics("stores", entity=e.entity))
        franchised = _franchised(ix, e.entity)
        facets = dict(LISTING_FACETS[kind])
        if kind == "brand" and franchised is None:
            facets["seller"] = ""  # no franchisees in the story: no seller of its own
        ids = [x.id for x in (e, proceeds, day1, stores, franchised) if x is not None]
        yield Takeaway(
            rule="listing_raise",
            message="listing_raise",
            facet="capital",
            priority=74,
            facts=tuple(ids),
            values={
                "event": e,
                "kind": kind,
                "proceeds": proceeds,
                "day1": day1,
                "rival": rival,
                "stores": stores,
                "franchised": franchised,
                "role_facets": facets,
                "role_stances": stances_of(facets),
            },
            entity=e.entity,
        )


def _first_day(ix: FactIndex, entity: str, e: Fact) -> Fact | None:
    """The share price's move on the listing day, in percent."""
    day = e.date.isoformat() if e.date else ""
    return next(
        (f for f in ix.metrics("share_price", entity=entity, measure="change", period=day)
         if f.quantity is not None and f.quantity.unit == "percent"),
        None,
    )


def _rival_debut(ix: FactIndex, e: Fact, kind: str) -> Fact | None:
    """Another business of the same kind whose shares moved on its own
    listing day (its ``listing`` event's date, Guming's 10% fall on
    February 12): the yardstick a debut is read against. A rival's move on
    any other day (Baicha Baidao falling the day Mixue rose) is no debut."""
    debuts = {
        (r.entity, r.date.isoformat())
        for r in ix.events("listing")
        if r.entity != e.entity and r.date is not None
    }
    for f in ix.metrics("share_price", measure="change"):
        other = ix.story.entities.get(f.entity)
        if (
            (f.entity, f.period) in debuts
            and other is not None
            and other.kind == kind
            and f.quantity is not None
            and f.quantity.unit == "percent"
        ):
            return f
    return None


def _franchised(ix: FactIndex, entity: str) -> Fact | None:
    """The share of the business's stores run by others (a channel segment,
    in percent) where it is most of them: franchisees, its sellers."""
    for f in ix.metrics("stores", entity=entity, measure="share"):
        seg = ix.story.entities.get(f.segment)
        if (
            seg is not None
            and seg.kind == "channel"
            and f.quantity is not None
            and f.quantity.unit == "percent"
            and f.quantity.value >= 50
        ):
            return f
    return None
