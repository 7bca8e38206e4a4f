"""store_change and staff_change: a business closing or opening stores, or
cutting or adding staff, as a share of what it had.

"Walgreens plans to close 1,200 stores over the next three years, with 500
closing in 2025 alone ... the company operates around 8,700 locations": the
count is the headline, the share is the news (about 14% of its stores), and
what it means depends on who reads it. A brand loses shelves it sold
through (or, when the chain is a brand, a rival's shoppers come free); a
seller and a platform can win the shoppers who now buy elsewhere; a factory's
orders from the chain shrink; a provider has liquidation, moving and lease
work (and invoices to watch); a researcher follows where the sales go
(templates/*/meanings/store_change.j2). Openings read the other way round.

Job cuts are read the same way ("an estimated 14,000 roles -- about 4% of
their workforce of an estimated 350,000"), and what they mean depends on
whose staff goes: a platform's sellers lose support and its partners may
take over work, a company's suppliers and providers see budgets shrink, a
rival has people to hire (templates/*/staff.j2, shared with the ``layoffs``
event that gives no figure). Hiring is a rival staffing up, and workers
the reader competes for.

A ``stores`` or ``employees`` change (``measure: change``) of one entity
and segment, the largest first; a smaller change of the same direction
within its span is its first step ("500 of them in fiscal 2025"); the share
is taken of the latest count dated by the change's start (or by the
article's day, while the change is under way).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of
from .registry import Check, rule

#: What closures are to each reader (openings: OPENING_FACETS).
CLOSING_FACETS = {
    "seller": "opportunity",
    "brand": "demand",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "opportunity",
    "researcher": "research",
}
OPENING_FACETS = {
    **CLOSING_FACETS,
    "seller": "competition",
    "brand": "opportunity",
    "platform_operator": "competition",
}


def _facets(up: bool, kind: str) -> dict[str, str]:
    """Closures free a rival brand's shoppers (an opening for a brand);
    its openings are competition."""
    facets = OPENING_FACETS if up else CLOSING_FACETS
    if kind == "brand":
        return {**facets, "brand": "competition" if up else "opportunity"}
    return facets


def _span(f: Fact) -> tuple[date, date] | None:
    try:
        p = parse_period(f.period, f.year_end)
    except ValueError:
        return None
    return p.start, p.end


def _count_before(ix: FactIndex, f: Fact, start: date) -> Fact | None:
    """The business's latest count of what ``f`` changes, dated by ``start``
    (the change's start, or the article's day when the change is under way)."""
    best: tuple[date, Fact] | None = None
    for seg in dict.fromkeys((f.segment, "")):
        for lv in ix.metrics(f.metric, entity=f.entity, segment=seg, measure="level"):
            span = _span(lv)
            if span is None or lv.quantity is None or lv.forecast or span[1] > start:
                continue
            if best is None or span[1] > best[0]:
                best = (span[1], lv)
        if best:
            break
    return best[1] if best else None


#: What cutting staff is to each reader, by whose staff it is: a platform's
#: sellers and brands lose support, its partners may get work; a company's
#: suppliers and providers see orders and budgets shrink (a rival for a
#: brand). Hiring: a rival staffing up, and workers to compete for.
CUT_FACETS = {
    True: {"seller": "risk", "brand": "risk", "factory": "", "service_provider": "opportunity",
           "platform_operator": "competition", "researcher": "research"},
    False: {"seller": "risk", "brand": "competition", "factory": "risk",
            "service_provider": "risk", "platform_operator": "", "researcher": "research"},
}
#: A carrier cutting staff (``Entity.carrier``): capacity its shippers lose
#: (sellers, brands and the platforms whose delivery rests on it), shippers
#: for rival providers to win; a factory does not buy from it.
CARRIER_CUT_FACETS = {"seller": "risk", "brand": "risk", "factory": "",
                      "service_provider": "opportunity", "platform_operator": "risk",
                      "researcher": "research"}
HIRE_FACETS = {
    True: {"seller": "", "brand": "", "factory": "", "service_provider": "competition",
           "platform_operator": "competition", "researcher": "research"},
    False: {"seller": "", "brand": "competition", "factory": "demand",
            "service_provider": "competition", "platform_operator": "", "researcher": "research"},
}



@rule("store_change", needs=("metric:stores",))
def store_change(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Stores closed or opened, the largest change first, with its first step
    and its share of the network."""
    for values, ids, entity in _changes(ix, "stores"):
        facets = _facets(bool(values["up"]), ix.story.entities[entity].kind)
        values["role_facets"] = dict.fromkeys(facets, "") if values["past"] else facets
        # history ranks below what the article is about in the summary too
        yield Takeaway(rule="store_change", message="store_change", facet="market",
                       priority=40 if values["past"] else 80, facts=ids, values=values,
                       entity=entity)


@rule("staff_change", needs=("metric:employees",))
def staff_change(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Staff cut or added, the largest change first, with its share of the
    workforce; a ``layoffs`` event of the same business is the same news
    (its day and text are left to this point, ``dated_event`` skips it)."""
    for values, ids, entity in _changes(ix, "employees"):
        platform = ix.story.entities[entity].kind == "platform"
        carrier = ix.story.entities[entity].carrier and not values["up"]
        facets = CARRIER_CUT_FACETS if carrier else (
            (HIRE_FACETS if values["up"] else CUT_FACETS)[platform]
        )
        if values["net"] or values["past"]:
            # a headcount a year on (attrition as much as cuts), or cuts long
            # done: background, no reader's news
            facets = dict.fromkeys(facets, "")
        values["role_facets"] = facets
        values["role_stances"] = stances_of(facets)
        values["platform"] = platform
        values["carrier"] = carrier
        # a cut the article gives is the layoffs event's news (a net headcount
        # is not: dated_event says the event then)
        said = [e for e in ix.facts if e.kind == "event" and e.event == "layoffs"
                and e.entity == entity and not values["up"] and not values["net"]]
        # the article's own words for the cut, said with its share
        values["event"] = next((e for e in said if e.text and e.date), None)
        facts = (*ids, *(e.id for e in said))
        yield Takeaway(rule="staff_change", message="staff_change", facet="operations",
                       priority=80, facts=facts, values=values, entity=entity)


def _nets(ix: FactIndex, metric: str) -> Iterator[tuple[Fact, Fact]]:
    """Two counts of ``metric`` a year apart (or the later naming the earlier
    as its ``base:``) as (the net change, stated on the later count's period
    and id, the earlier count): 1,000 stores in 2024 and 1,200 in 2025 are a
    net 200 opened in 2025, a share of the 1,000."""
    for f in ix.metrics(metric, measure="level"):
        if f.quantity is None or f.forecast:
            continue
        b = ix.earlier(f)
        if (b is None or b.metric != metric or b.measure != "level" or b.quantity is None
                or b.entity != f.entity or b.quantity.unit != f.quantity.unit):
            continue
        delta = f.quantity.value - b.quantity.value
        if delta:
            q = replace(f.quantity, value=delta, qualifier="")
            yield replace(f, measure="change", quantity=q, base=""), b


#: How long before the article's day a change must have ended to be history.
HISTORY = timedelta(days=365)

Change = tuple[dict[str, object], tuple[str, ...], str]
"""A change's values, the facts it rests on, and its entity."""


def _changes(ix: FactIndex, metric: str) -> Iterator[Change]:
    """Per entity, segment and direction: the values of its largest change of
    ``metric``, the facts it rests on, and the entity."""
    groups: dict[tuple[str, str, bool], list[tuple[Fact, tuple[date, date]]]] = {}
    nets = dict(_nets(ix, metric))
    for f in (*ix.metrics(metric, measure="change"), *nets):
        span = _span(f)
        if f.quantity is None or span is None or f.quantity.value == 0:
            continue
        groups.setdefault((f.entity, f.segment, f.quantity.value > 0), []).append((f, span))
    for (entity, _seg, up), changes in groups.items():
        # the latest change leads (UPS's 30,000 cuts planned for 2026, not the
        # 48,000 of 2025), the largest of those that end last
        changes.sort(
            key=lambda c: (-c[1][1].toordinal(), -abs(c[0].quantity.value))  # type: ignore[union-attr]
        )
        (lead, (start, end)), rest = changes[0], changes[1:]
        # a step within the span, ending inside it ("500 of them in fiscal 2025")
        first = next((f for f, (_s, e) in rest if start <= e < end), None)
        # the change that ended before this one began ("after 48,000 in 2025")
        before = next((f for f, (_s, e) in rest if e < start), None)
        # the count it changes from: dated by the start, or by the article's
        # day while the change is under way (a count after it is done is the rest)
        under_way = end > ix.story.published
        count = nets.get(lead) or _count_before(
            ix, lead, max(start, ix.story.published) if under_way else start
        )
        share = None
        if count is not None:
            try:
                share = compute(
                    lambda c, n: abs(c) / n * HUNDRED, Num.of(lead), Num.of(count), unit="percent"
                )
            except UndefinedFigureError:  # nothing to change from: no share
                share = None
        ids = (lead.id, *((first.id,) if first else ()), *((count.id,) if count and share else ()),
               *((before.id,) if before else ()))
        values: dict[str, object] = {
            "cur": lead,
            "first": first,
            "before": before,
            "count": count if share else None,
            "share": share,
            # every store it had: "closes all 350 of its stores"
            "all": bool(share and count and count.quantity
                        and abs(lead.quantity.value) >= count.quantity.value),  # type: ignore[union-attr]
            "up": up,
            "ahead": under_way,  # still to come, or under way
            # over more than a year before the article ("first filed for
            # bankruptcy in 2019, closing 200 stores", in a 2025 story): the
            # business's history, for the summary, not what a reader acts on
            "past": end < ix.story.published - HISTORY,
            # two counts a year apart, not a change the article gives: the net
            # change between them (the later count is the lead's own fact)
            "net": lead in nets,
            "total": ix.fact(lead.id) if lead in nets else None,
        }
        yield values, ids, entity
