"""sales_tax: the taxes a law levies on each sale, read as what a sale now carries.

Governments increasingly tax online sales where they happen: Vietnam makes
platforms withhold 1% VAT and 0.5% personal income tax from household
sellers' sales of goods (Decree 117/2025/ND-CP), Indonesia and the
Philippines make marketplaces withhold income tax from their merchants. The
rates are levels with no old level beside them, so no change rule reads
them; and a regulation's duties alone ("platforms must withhold …") never
say how much each sale carries.

This rule reads the rates of taxes on sales (the vocabulary's ``levied_on:
sales`` cost metrics) that a law or a government sets, not a platform's fee:
per law, part (goods, services) and day, the rates as the article gives
them and, when there are several, their sum, the share of each sale that
goes. Who pays and who collects come from the law's effective event: its
party that is a seller (``reader: seller``) pays, its party that is a
platform (``reader: platform_operator``) withholds. Each reader reads it
from its side (templates ``sales_tax.j2``): a seller prices it in; a brand
sees the sellers who pay it lose part of their price edge (or, when the
law names no payer, prices it in too); a service provider has reconciling
and filing to sell; a platform that must withhold risks sellers moving
sales to channels that do not; a researcher has collections and a channel
shift to track. A factory is not told: it sells to the sellers.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..model import Fact, Takeaway
from .facts import FactIndex, Num, compute
from .kinds import facet_of, kind_of, levied_on
from .registry import Check, rule
from .timeline import in_force

#: Entity kinds that set a tax: a rate of theirs is a tax, not a price.
LAWMAKERS = frozenset({"government", "regulator", "regulation", "market"})

#: What a tax on each sale is to each reader ('' = no point).
TAX_FACETS = {
    "seller": "cost",
    "brand": "cost",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "",
    "researcher": "research",
}


def _rates(ix: FactIndex) -> dict[tuple[str, str, str], list[Fact]]:
    """Levels of taxes on sales set by a lawmaker, by (entity, segment, period)."""
    groups: dict[tuple[str, str, str], list[Fact]] = {}
    for f in ix.metrics(measure="level"):
        e = ix.story.entities.get(f.entity)
        q = f.quantity
        if e is None or e.kind not in LAWMAKERS:  # a platform's cut is a fee, not a tax
            continue
        if levied_on(f.metric) != "sales" or facet_of(f.metric) != "cost":
            continue
        if kind_of(f.metric) != "percent" or q is None or q.unit != "percent":
            continue
        if not f.period or f.base or f.forecast or q.upper is not None or q.value <= 0:
            continue  # a change of rate is base_change's; a range has no single sum
        groups.setdefault((f.entity, f.segment, f.period), []).append(f)
    return groups


def _law(ix: FactIndex, entity: str) -> Fact | None:
    """The effective event of the law that sets the rate: the rate's own
    entity's, or, for a rate a government sets, the story's one law."""
    own = ix.events("regulation_effective", entity=entity)
    every = ix.events("regulation_effective")
    return own[0] if own else (every[0] if len(every) == 1 else None)


def _is_law(ix: FactIndex, entity: str) -> bool:
    return ix.story.entities[entity].kind == "regulation"


def _parties(ix: FactIndex, effective: Fact | None) -> tuple[str, str]:
    """The parties of the law's effective event that pay (a seller) and that
    collect (a platform), '' where it names none."""
    payer = collector = ""
    for p in effective.parties if effective else ():
        reader = ix.story.entities[p].reader
        if reader == "seller" and not payer:
            payer = p
        elif reader == "platform_operator" and not collector:
            collector = p
    return payer, collector


@rule("sales_tax", needs=("metric:vat_rate", "metric:income_tax_rate"))
def sales_tax(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """The taxes on each sale a law sets, per part and date, and their sum."""
    for (entity, _segment, period), rates in _rates(ix).items():
        effective = _law(ix, entity)
        payer, collector = _parties(ix, effective)
        total = None
        if len(rates) > 1:
            total = compute(lambda *xs: sum(xs, Decimal(0)), *map(Num.of, rates), unit="percent")
        facets = dict(TAX_FACETS)
        if payer:
            facets["brand"] = "competition"  # the sellers who pay it are the brand's rivals
        if collector:
            facets["platform_operator"] = "risk"
        yield Takeaway(
            rule="sales_tax",
            message="sales_tax",
            facet="cost",
            priority=83,
            facts=tuple(f.id for f in rates),  # the law's event is the duties' point
            values={
                "rates": rates,
                "cur": rates[0],
                "total": total,
                "payer": payer,
                "collector": collector,
                "law": effective.entity if effective else (entity if _is_law(ix, entity) else ""),
                "past": in_force(period, ix.story.published),
                "start": period,
                "role_facets": facets,
            },
            entity=entity,
        )
