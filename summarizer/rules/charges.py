"""A charge raised or cut by a stated amount, band by band.

Platforms announce fee changes as amounts, not as old and new levels: "the
average FBA fee increase will be $0.08 per unit", "+$0.51" for small items
over US$50, "+$0.05" for large ones at US$10 to US$50. Without levels there
is no ``base`` for ``base_change``, and such a story used to give its readers
nothing but the dated event. This rule reads the stated changes of a cost
metric (a fee, a duty: the vocabulary's ``facet: cost``) taking effect on one
day as one piece of news: the figure for the whole (an average, when bands
differ) leads, the bands follow largest move first, so a reader learns the
size of the move and where it bites hardest. Bands that move the other way
(one cut while the rest rise) are a takeaway of their own.

Carriers announce their yearly general rate increase as a percentage ("UPS
will raise 2024 tariff rates 5.9% … effective Dec. 26", matching FedEx's
5.9%, one point below 2023's 6.9%): a percent change of a money charge on a
day or for a year (a change over a run of days with a level is
``level_move``'s), or a percent charge moved by points ("FedEx raised its US
Ground and Express fuel surcharge tables by 100 points on May 6"), is read the
same way, and the story's figures around it
are told with it, not as points of their own: the same charge's earlier
change (``previous``: a smaller or bigger rise than last time) and other
companies' changes of it (``peers``: a rival raising as much leaves a
shipper nowhere cheaper to switch to). The company the article names first
leads.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import FactIndex, Num, compute
from .kinds import facet_of, kind_of, levied_on
from .netcharge import covered
from .registry import Check, rule
from .timeline import in_force


def _index(ix: FactIndex, f: Fact) -> bool:
    """Whether the figure is a price index's (Drewry's composite up 0.7%): a market's
    reading, not a charge anyone sets or pays as such."""
    return ix.kind(f.entity) == "index"


def _charges(ix: FactIndex) -> list[Fact]:
    """Stated changes of cost metrics (an amount, or a percentage not over a
    run of days; a percent charge's move in points), with a period and no base."""
    out = []
    netted = covered(ix)  # a cut with another charge's rise on the same unit: net_charge's
    for f in ix.metrics(measure="change"):
        q = f.quantity
        if f.id in netted:
            continue
        if (
            facet_of(f.metric) == "cost"
            and q is not None
            and (
                kind_of(f.metric) == "money"
                and (q.is_money or (q.unit == "percent" and not _over_days(f.period)))
                # a charge that is a percent of something, moved by points on a day
                # (a carrier's fuel surcharge table up 1 percentage point)
                or kind_of(f.metric) == "percent" and q.unit == "pp"
            )
            and q.upper is None
            and f.period
            and not f.base
            and not f.forecast
            and not _index(ix, f)
        ):
            out.append(f)
    return out


def _over_days(period: str) -> bool:
    """A change over a run of days ('down 2% in a week'): level_move's."""
    try:
        return parse_period(period).kind == "days"
    except ValueError:
        return True


Group = tuple[tuple[str, str, str, str, bool], list[Fact]]
News = tuple[Group, Fact | None, list[Fact]]


def _around(groups: list[Group], order: dict[str, int]) -> list[News]:
    """Each charge's news with what is told with it: per metric, unit and
    direction, the first-named company's latest change leads, its earlier
    change is ``previous`` and other companies' latest are ``peers``."""
    clusters: dict[tuple[str, str, bool], list[Group]] = {}
    for g in groups:
        (_e, metric, _p, unit, up), _facts = g
        clusters.setdefault((metric, unit, up), []).append(g)
    out = []
    for members in clusters.values():
        first = min(members, key=lambda g: min(order[f.id] for f in g[1]))[0][0]
        latest: dict[str, Group] = {}
        for g in sorted(members, key=lambda g: _starts(g[0][2])):
            latest[g[0][0]] = g  # each company's latest
        news = latest[first]
        earlier = sorted(
            (g for g in members if g[0][0] == first and g is not news),
            key=lambda g: _starts(g[0][2]),
        )
        previous = _lead(earlier[-1][1]) if earlier else None
        peers = [_lead(g[1]) for e, g in latest.items() if e != first]
        out.append((news, previous, peers))
    return out


def _than(cur: Fact, previous: Fact | None) -> Num | None:
    """How much bigger this move is than the one before (negative: smaller),
    in points for percentages: 5.9% after 6.9% is 1 point smaller."""
    if previous is None or previous.quantity is None or cur.quantity is None:
        return None
    unit = cur.quantity.unit
    if previous.quantity.unit != unit:
        return None
    return compute(
        lambda a, b: abs(a) - abs(b), Num.of(cur), Num.of(previous),
        unit="pp" if unit == "percent" else unit,
    )  # fmt: skip


def _starts(period: str) -> date:
    """When a change starts applying: a year's rates (FY2023) come before
    rates from a day late in that year (2023-12-26, the 2024 rates)."""
    return parse_period(period).start


def _lead(facts: list[Fact]) -> Fact:
    """The figure a day's change is told by: the whole's, else the band that
    moved most."""
    whole = [f for f in facts if not f.segment]
    return whole[0] if whole else max(facts, key=lambda f: abs(f.quantity.value))  # type: ignore[union-attr]


@rule("charge_step", needs=("metric:fulfilment_fee",))
def charge_step(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A fee raised or cut by a stated amount: the whole's move and the
    bands', one takeaway per entity, metric and day."""
    # bands moving the other way (one cut while the rest rise) are news of their own
    groups: dict[tuple[str, str, str, str, bool], list[Fact]] = {}
    for f in _charges(ix):
        assert f.quantity is not None
        key = (f.entity, f.metric, f.period, f.quantity.unit, f.quantity.value > 0)
        groups.setdefault(key, []).append(f)
    order = {f.id: i for i, f in enumerate(ix.story.facts)}
    for ((*_, up), facts), previous, peers in _around(list(groups.items()), order):
        lead = _lead(facts)
        bands = sorted(
            (f for f in facts if f.segment and f is not lead),
            key=lambda f: -abs(f.quantity.value),  # type: ignore[union-attr]
        )
        yield Takeaway(
            rule="charge_step",
            message="charge_step",
            facet=facet_of(lead.metric),
            priority=78,
            facts=tuple(dict.fromkeys([
                lead.id, *(b.id for b in bands),
                *((previous.id,) if previous else ()), *(p.id for p in peers),
            ])),
            values={
                "cur": lead,
                "delta": Num.of(lead),  # signed, as base_change's: stakes reads a fall from it
                "bands": bands,
                "up": up,
                # an average when the bands moved by different amounts
                "average": not lead.segment and len({b.quantity.value for b in bands}) > 1,  # type: ignore[union-attr]
                "past": in_force(lead.period, ix.story.published),
                "previous": previous,  # the same charge's earlier change
                "than_before": _than(lead, previous),
                "peers": peers,  # other companies' changes of it
                "levied_on": levied_on(lead.metric),
                "to": _reached(ix, lead),
            },
            entity=lead.entity,
        )


def _reached(ix: FactIndex, lead: Fact) -> Fact | None:
    """The level the whole's move took the charge to, where the article gives
    it for the same day ("up 0.4 yuan a parcel, to over 1.4 yuan"): with it
    a reader sees the move's size against the price, not the amount alone."""
    assert lead.quantity is not None
    for f in ix.metrics(lead.metric, entity=lead.entity, measure="level"):
        q = f.quantity
        if (
            f.segment == lead.segment
            and f.period == lead.period
            and q is not None
            and q.is_money
            and q.unit == lead.quantity.unit
            and q.upper is None
            and q.per == lead.quantity.per
            and not f.forecast
        ):
            return f
    return None
