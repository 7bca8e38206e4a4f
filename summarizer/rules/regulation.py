"""Regulation rules: when a rule takes effect, who issued it, who must do what."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Obligation, Takeaway
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .registry import Check, rule
from .timeline import in_force, latest


@rule("regulation_effective", needs=("event:regulation_effective", "event:regulation_issued"))
def regulation_effective(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A regulation's effective date, its issuers and the parties it binds."""
    for eff in ix.events("regulation_effective"):
        issued = [e for e in ix.events("regulation_issued", entity=eff.entity)]
        parties = tuple(dict.fromkeys(o.party for o in eff.obligations))
        if not parties or eff.date is None or (ix.story.published - eff.date).days > 365:
            continue  # a rule in force long before the story binds no one anew
        yield Takeaway(
            rule="regulation_effective",
            message="regulation_effective",
            facet="compliance",
            priority=92,
            facts=(eff.id, *(e.id for e in issued)),
            values={"effective": eff, "issued": issued[0] if issued else None, "parties": parties},
            entity=eff.entity,
        )


@rule("obligations", needs=("event:regulation_effective",))
def obligations(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """One takeaway per bound party, addressed to the personas that are that party."""
    for eff in ix.events("regulation_effective"):
        by_party: dict[str, list[Obligation]] = {}
        for ob in eff.obligations:
            by_party.setdefault(ob.party, []).append(ob)
        past = eff.date is not None and in_force(eff.date.isoformat(), ix.story.published)
        for turn, (party, duties) in enumerate(by_party.items()):
            entity = ix.story.entities[party]
            yield Takeaway(
                rule="obligations",
                message="obligation",
                facet="compliance",
                priority=88,
                facts=(eff.id,),
                # turn: the party's place, so each reader's duties open their own way
                values={"effective": eff, "party": party, "duties": duties, "turn": turn,
                        "past": past},
                # the party as personas name it, and the reader it says it is
                audience=(f"@{entity.term or party}", *((entity.reader,) if entity.reader else ())),
                entity=eff.entity,
            )


@rule("enforcement", needs=("event:fine", "event:refund"))
def enforcement(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Penalties and refunds the article cites as what a new regulation is
    aimed at (with no regulation in the story, a fine is news: ``penalty``)."""
    if not (ix.events("regulation_effective") or ix.events("regulation_issued")):
        return
    cases = [
        e for e in ix.facts if e.kind == "event" and e.event in ("fine", "refund") and e.quantity
    ]
    if cases:
        yield Takeaway(
            rule="enforcement",
            message="enforcement",
            facet="risk",
            priority=66,
            facts=tuple(c.id for c in cases),
            values={"cases": cases},
            entity=cases[0].entity,
        )


_BOUND = {"seller": "risk", "brand": "risk", "factory": "", "service_provider": "opportunity",
          "platform_operator": "risk", "researcher": "research"}

#: What a fine is to each reader, by its grounds ('' = not given): a warning
#: to those the same rules bind, an opening for providers, a research lead.
#: Sellers and brands are the ones freed, not bound, by an antitrust ruling,
#: and so are factories with stores of their own on the platform; otherwise
#: a factory is concerned only by product safety ('' = no point for it).
PENALTY_FACETS: dict[str, dict[str, str]] = {
    "consumer": {**_BOUND, "brand": "marketing"},
    "competition": {**_BOUND, "seller": "opportunity", "brand": "opportunity",
                    "factory": "opportunity"},
    "data": _BOUND,
    "safety": {**_BOUND, "factory": "demand"},
    "": _BOUND,
}

#: Entity kinds that fine: the authority a penalty is said to come from.
AUTHORITIES = ("regulator", "government")


@rule("penalty", needs=("event:fine",))
def penalty(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A fine that is the news itself: who fined whom, where and for what,
    and the fine against the company's revenue (there, if the article gives
    it) -- what the same rules mean for each reader. A story about a new
    regulation cites fines as what it targets instead (``enforcement``)."""
    if ix.events("regulation_effective") or ix.events("regulation_issued"):
        return
    entities = ix.story.entities
    for e in ix.events("fine"):
        if e.quantity is None:
            continue
        by = next((p for p in e.parties if entities[p].kind in AUTHORITIES), "")
        market = e.segment if e.segment and entities[e.segment].kind == "market" else ""
        revenue, share = _fine_share(ix, e, market)
        if share is not None:
            for s in ix.metrics("fine_share", entity=e.entity, stated=True):
                yield Check("penalty", s.id, share.figure, share.facts)
        yield Takeaway(
            rule="penalty",
            message="penalty",
            facet="compliance",
            priority=84,
            facts=(e.id, *((revenue.id,) if revenue else ())),
            values={
                "fine": e,
                "by": by,
                "market": market,
                "grounds": e.grounds,
                "platform": entities[e.entity].kind == "platform",
                "revenue": revenue,
                "share": share,
                "role_facets": PENALTY_FACETS[e.grounds],
            },
            entity=e.entity,
        )


def _fine_share(ix: FactIndex, fine: Fact, market: str) -> tuple[Fact | None, Num | None]:
    """The fined company's revenue the article gives (in the fine's market if
    it names one, else the whole company's; the latest period before the
    fine) and the fine as a percentage of it, in the fine's currency."""
    assert fine.quantity is not None
    day = fine.date or ix.story.published
    candidates = [
        f
        for seg in dict.fromkeys((market, ""))
        for f in ix.metrics("revenue", entity=fine.entity, segment=seg, stated=False)
        if f.quantity is not None and in_force(f.period, day)
    ]
    revenue = latest(f for f in candidates if f.segment == market) or latest(candidates)
    if revenue is None:
        return None, None
    base = ix.to_currency(Num.of(revenue), fine.quantity.unit)
    if base is None:
        return None, None
    try:
        share = compute(lambda a, b: a / b * HUNDRED, Num.of(fine), base, unit="percent")
    except UndefinedFigureError:
        return None, None
    return revenue, share
