"""investment_pace: money a business or a government says it will spend on
something, with its yearly pace when the spending runs over years.

"Alibaba will invest 100 billion yuan over five years to build a global
logistics network": the sum is the headline, the pace is the yardstick
(about RMB 20 billion a year, what a reader can set against a year's
revenue or a rival's budget), and what it means depends on who spends it
and who reads it (templates/*/meanings/investment_pace.j2):

* a **platform** building capacity (warehouses, delivery, tools) builds
  what its sellers will use and pay for, raises the service shoppers
  expect of a brand's own channels, competes with the independent
  providers who sell that capacity (and is work for the ones who build
  it), and is a rival's budget to a platform operator;
* a **company** spending on its own operations is a rival investing to a
  brand, a buyer of equipment and goods to a factory, and work to bid for
  to a service provider;
* a **government's** spending is work for service providers.

A researcher is told what to set the pace against. One point per
investor and period: the sums one investor pledges for the same time
(Etsy's US$50 million for customer service and US$40 million for policy
enforcement) are one piece of news, told with their total, not one point
each that says the same to every reader twice. A fact that moved from an
earlier one (``base``) is ``base_change``'s, and a change is not a budget.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from ..facts.periods import Period, parse_period
from ..model import Fact, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import stances_of
from .registry import Check, rule

#: Days in an average year: a span's length in whole months, then years.
YEAR_DAYS = Decimal("365.2425")

#: What an investment is to each reader, by who makes it ("" = not theirs).
FACETS = {
    "platform": {
        "seller": "opportunity",
        "brand": "competition",
        "factory": "",
        "service_provider": "competition",
        "platform_operator": "competition",
        "researcher": "research",
    },
    "company": {
        "seller": "",
        "brand": "competition",
        "factory": "demand",
        "service_provider": "opportunity",
        "platform_operator": "",
        "researcher": "research",
    },
    # money a business puts into its suppliers' factories (the segment's
    # readers are factories: Shein's supplier program): an opportunity to a
    # factory, shared suppliers to a brand, a rival's cheaper supply to a
    # seller, upgrade work to a provider, a supply chain harder to poach
    "suppliers": {
        "seller": "competition",
        "brand": "supply",
        "factory": "opportunity",
        "service_provider": "opportunity",
        "platform_operator": "competition",
        "researcher": "research",
    },
    "public": {
        "seller": "",
        "brand": "",
        "factory": "",
        "service_provider": "opportunity",
        "platform_operator": "",
        "researcher": "research",
    },
}

#: Entity kinds whose spending is public money.
PUBLIC = frozenset({"government", "regulator", "regulation", "market"})


def investor(kind: str, beneficiary: str = "") -> str:
    """Which reading an entity kind's spending gets: platform, company or
    public; ``suppliers`` whatever the kind when what it is spent on is for
    factories (a segment entity with ``reader: factory``)."""
    if beneficiary == "factory":
        return "suppliers"
    if kind == "platform":
        return "platform"
    return "public" if kind in PUBLIC else "company"


def span_years(p: Period | None) -> Decimal | None:
    """How many years the period runs, counted in whole months (a five-year
    plan from 26 September is 5, not 4.9994), or None for an instant, no
    period or a span under 18 months (a year's budget is its own pace)."""
    if p is None or p.kind == "instant":
        return None
    months = round((Decimal((p.end - p.start).days + 1) / YEAR_DAYS) * 12)
    return Decimal(months) / 12 if months >= 18 else None


def _period(f: Fact) -> Period | None:
    try:
        return parse_period(f.period, f.year_end)
    except ValueError:
        return None


#: An investor's sums by (entity, period, unit).
Groups = dict[tuple[str, str, str], list[Fact]]

#: Sums of one pledge told in one point at most (beyond that, a table).
MAX_PARTS = 6


@rule("investment_pace", needs=("metric:investment",))
def investment_pace(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Each investor's investment of money for a period, its sums together,
    with the yearly pace over a span of years."""
    bases = {f.base for f in ix.facts if f.base}
    groups: Groups = {}
    for f in ix.metrics("investment"):
        if f.quantity is None or not f.quantity.is_money or f.base or f.id in bases:
            continue  # a budget moved from an earlier one is base_change's news
        groups.setdefault((f.entity, f.period or "", f.quantity.unit), []).append(f)
    for key, members in groups.items():
        if _superseded(key, groups):
            continue
        parts = sorted(members, key=lambda f: -f.quantity.value if f.quantity else 0)
        parts = parts[:MAX_PARTS]
        f = parts[0]
        total = Num.of(f)
        if len(parts) > 1:
            total = compute(lambda *xs: sum(xs, Decimal(0)), *map(Num.of, parts), unit=total.unit)
        period = _period(f)
        years = span_years(period)
        per_year = None
        if years is not None:
            try:
                per_year = compute(lambda v, n=years: v / n, total, unit=total.unit)
            except UndefinedFigureError:
                per_year = None
        entity = ix.story.entities.get(f.entity)
        segment = ix.story.entities.get(f.segment) if f.segment else None
        who = investor(entity.kind if entity else "", segment.reader if segment else "")
        facets = FACETS[who]
        spent, share = _spent(ix, f, total)
        yield Takeaway(
            rule="investment_pace",
            message="investment_pace",
            facet="operations",
            priority=78,
            facts=tuple(p.id for p in (*parts, *([spent] if spent else []))),
            values={
                "cur": f,
                # the sums of one pledge, largest first, and their total
                # (told as "US$90 million in all"); [] for a single sum
                "parts": parts if len(parts) > 1 else [],
                "total": total,
                # what they are for, where every sum names it
                "uses": [p.segment for p in parts] if all(p.segment for p in parts) else [],
                "years": years,
                # a plan of whole years is said as "over five years"
                "whole_years": int(years) if years is not None and years % 1 == 0 else None,
                "per_year": per_year,
                "investor": who,
                # still to be spent when the article was written: a plan (an
                # undated sum in the news is a pledge; money spent is dated)
                "ahead": period is None or period.end > ix.story.published,
                # spent of it so far, and its share: the budget then runs to
                # its period's end ("by 2028"), not in it
                "spent": spent,
                "spent_share": share,
                # the sum of the latest earlier period of the same kind (a year-earlier quarter)
                "before": _before(key, groups),
                "role_facets": facets,
                "role_stances": stances_of(facets),
            },
            entity=f.entity,
        )


def _superseded(key: tuple[str, str, str], groups: Groups) -> bool:
    """Whether the investor spent or pledged in a later period of the same
    kind (a quarter's capital spending a year after another quarter's): the
    earlier sum is history, which the growth rules tell as a move, not a
    budget on offer now. A plan over years and a year's budget are both news."""
    here = _kind_end(key[1])
    return here is not None and any(end > here[1] for _, end in _like(key, groups))


def _before(key: tuple[str, str, str], groups: Groups) -> Fact | None:
    """The investor's sum for the latest earlier period of the same kind, where
    it is one sum (the year-earlier quarter a brand reads the latest against)."""
    here = _kind_end(key[1])
    earlier = [(end, k) for k, end in _like(key, groups) if here and end < here[1]]
    if not earlier:
        return None
    members = groups[max(earlier)[1]]
    return members[0] if len(members) == 1 else None


def _like(key: tuple[str, str, str], groups: Groups) -> Iterator[tuple[tuple[str, str, str], date]]:
    """The investor's other groups in the same unit and kind of period, with their end."""
    entity, period, unit = key
    here = _kind_end(period)
    if here is None:
        return
    for other in groups:
        e, p, u = other
        there = _kind_end(p) if (e, u) == (entity, unit) and p != period else None
        if there is not None and there[0] == here[0]:
            yield other, there[1]


def _kind_end(period: str) -> tuple[str, date] | None:
    """A period's kind (quarter, year, …) and its last day; None if it has none."""
    try:
        p = parse_period(period) if period else None
    except ValueError:
        return None
    return (p.kind, p.end) if p is not None else None


def _spent(ix: FactIndex, f: Fact, total: Num) -> tuple[Fact | None, Num | None]:
    """What the story says is spent of the pledge so far (a
    ``cumulative_spend`` of the same investor and segment, in its unit) and
    its share of the pledge; (None, None) if it says nothing."""
    for c in ix.metrics("cumulative_spend", entity=f.entity, segment=f.segment):
        if c.quantity is None or c.quantity.unit != total.unit or c.quantity.upper is not None:
            continue
        try:
            return c, compute(lambda x, t: x / t * HUNDRED, Num.of(c), total, unit="percent")
        except UndefinedFigureError:
            return c, None
    return None, None
