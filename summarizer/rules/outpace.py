"""outpace: a total's parts against the whole, from the article's own rates.

A total and its parts, each with the article's own year-on-year rate (US
online sales up 7.1%, mobile 6.8%, buy now, pay later 9%): the part that
gained the most share by growing faster than the whole, and the one that
lost the most, with each one's share now and a year earlier; then a part
that fell though another lost more share, and parts given by their rate
alone ("International GMV grew 41%"), said faster or slower than the whole
with no share. Only a market's, a platform's or a brand's total (a
company's own lines: ``shifts.mix_shift`` and ``growth.segment_mix``); each
part is set against the whole alone, so parts of two splits (channels,
payment methods, regions) may be named together. Parts whose rates are too
close to tell apart (the share's move is within their rounding) are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from ..model import Fact, Takeaway
from ..vocabulary.vocab import default_vocabulary
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, apart, compute
from .kinds import adds_up, facet_of, trade_flow
from .registry import Check, rule
from .shifts import share, split

#: Whose totals ``outpace`` splits: a market's (a country's online sales by
#: channel) or a platform's (GMV by country), where a part outgrowing the
#: whole is where sellers, brands and providers should lean; and a brand's
#: (Nike's revenue by channel and region), where its stockists, suppliers and
#: rivals read which of its parts grow and which shrink.
PACED = frozenset({"market", "platform", "brand"})

#: What a part outgrowing its total is for each reader: where to put effort
#: (a seller's, a brand's budget), clients to pitch, a shift to keep up with.
OUTPACE_FACETS = {
    "seller": "operations",
    "brand": "marketing",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
    # a market's channels and payment methods (mobile, buy now, pay later,
    # Shop Pay) say nothing about what to make: no point for a factory
    "factory": "",
}

#: A country's trade partners: where exporters find orders and buyers,
#: where forwarders add lanes, where a cross-border platform could launch or
#: recruit buyers; for a brand no point of its own.
TRADE_PART_FACETS = {
    "seller": "opportunity",
    "factory": "opportunity",
    "service_provider": "opportunity",
    "platform_operator": "opportunity",
    "researcher": "research",
    "brand": "",
}

#: A brand's parts: what its stockists may sell, its suppliers make, its
#: rivals contest, its providers serve.
BRAND_PART_FACETS = {
    "seller": "demand",
    "brand": "competition",
    "factory": "demand",
    "service_provider": "demand",
    "researcher": "research",
}


def stated_rate(ix: FactIndex, level: Fact) -> Fact | None:
    """The article's own year-on-year rate for ``level``'s entity, metric,
    segment and period, if it gives one."""
    for g in ix.metrics(
        level.metric, entity=level.entity, segment=level.segment, period=level.period,
        measure="yoy",
    ):
        if g.quantity is not None:
            return g
    return None


@dataclass(frozen=True, slots=True)
class Pace:
    """A part's growth against its total's, and its share now and a year
    earlier when the article gives the part's amount."""

    part: Fact
    """The part's amount, or its rate when the article gives no amount."""
    rate: Fact
    """The part's stated year-on-year rate."""
    old: Num | None
    new: Num | None
    delta: Num | None
    """new - old, in percentage points; its sign is certain. None (and
    ``old``, ``new``) for a part known by its rate alone."""
    gap: Decimal
    """The part's rate less the whole's, in percentage points."""

    @property
    def ahead(self) -> bool:
        """It gained share: it grew faster than the whole."""
        return self.gap > 0


def stated_share(ix: FactIndex, total: Fact, part: Fact) -> Fact | None:
    """The share of ``total`` the article states for ``part`` (same metric,
    entity, segment and period; ``of`` the total, its entity or unsaid)."""
    return next(
        (
            s
            for s in ix.metrics(part.metric, entity=part.entity, measure="share",
                                segment=part.segment, period=part.period)
            if s.quantity is not None and s.of in ("", total.id, total.entity)
        ),
        None,
    )


def _pace(
    total: Fact, rate: Fact, part: Fact, part_rate: Fact, stated: Fact | None = None
) -> Pace | None:
    """A part's share of the total now and a year earlier, from the two
    stated rates; None when the figures cannot tell which way it moved.
    Where the article states the share itself, that is the share now (the
    amounts' rounding can put their quotient a point or two off it, and a
    page must not give two shares), and a year earlier is backed out of it."""
    args = (Num.of(part), Num.of(part_rate), Num.of(total), Num.of(rate))

    def before(p: Decimal, gp: Decimal, t: Decimal, gt: Decimal) -> Decimal:
        return share(p / (1 + gp / HUNDRED), t / (1 + gt / HUNDRED))

    def back(s: Decimal, gp: Decimal, gt: Decimal) -> Decimal:
        return s * (1 + gt / HUNDRED) / (1 + gp / HUNDRED)

    try:
        if stated is not None:
            said = (Num.of(stated), Num.of(part_rate), Num.of(rate))
            new = Num.of(stated)
            old = compute(back, *said, unit="percent")
            delta = compute(lambda s, gp, gt: s - back(s, gp, gt), *said, unit="pp")
        else:
            new = compute(share, Num.of(part), Num.of(total), unit="percent")
            old = compute(before, *args, unit="percent")
            # from all four inputs at once: the part and the total are in both
            # shares, so two separate intervals would hide which way it moved
            delta = compute(
                lambda p, gp, t, gt: share(p, t) - before(p, gp, t, gt), *args, unit="pp"
            )
    except UndefinedFigureError:
        return None
    if not (delta.low > 0 or delta.high < 0):
        return None  # within the rounding of the rates: no shift to report
    return Pace(part, part_rate, old, new, delta, _gap(part_rate, rate))


#: Parts named after the two that moved most: beyond them a sentence turns
#: into a table (six trade partners, eight countries).
MAX_ALSO = 3


def runs(also: list[Pace]) -> list[list[Pace]]:
    """``also`` in runs told as one clause: parts known by their rate alone
    that grew on the same side of the whole ("Africa (19.5%), Central Asia
    (16.7%) and ASEAN (9.6%) all grew faster than the whole"); any other
    part is a run of its own."""
    out: list[list[Pace]] = []
    for m in also:
        plain = m.new is None and _value(m.rate) >= 0
        last = out[-1][-1] if out else None
        if plain and last is not None and last.new is None and _value(last.rate) >= 0 \
                and last.ahead == m.ahead:
            out[-1].append(m)
        else:
            out.append([m])
    return out


def _moved(m: Pace) -> Decimal:
    assert m.delta is not None
    return m.delta.value


def _value(f: Fact) -> Decimal:
    assert f.quantity is not None
    return f.quantity.value


def _gap(part_rate: Fact, rate: Fact) -> Decimal:
    return _value(part_rate) - _value(rate)


def _by_rate(ix: FactIndex, total: Fact, rate: Fact, levels: set[str]) -> list[Pace]:
    """Parts the article gives a rate for but no amount ("International GMV
    grew 41%"), clearly faster or slower than the whole: their rates' rounding
    cannot bring them level with it. Only for totals whose parts are where
    sellers sell (a GMV, orders, a brand's sales): a platform's revenue lines
    are not channels."""
    metric = default_vocabulary().metrics.get(total.metric)
    entity = ix.story.entities.get(total.entity)
    kind = entity.kind if entity else ""
    if metric is None or not metric.trade and "demand" not in (
        metric.stance.get("seller"), metric.by_kind.get(kind, {}).get("seller")
    ):
        return []  # a country's trade partners are where its exporters sell
    whole = Num.of(rate)
    return [
        Pace(g, g, None, None, None, _gap(g, rate))
        for g in ix.metrics(total.metric, entity=total.entity, period=total.period, measure="yoy")
        if g.segment and g.segment not in levels and g.quantity is not None
        and g.quantity.unit == "percent" and apart(Num.of(g), whole)
    ]


def linked_parts(ix: FactIndex, total: Fact) -> list[tuple[Fact, Fact, Fact]]:
    """Another entity's amount the article states as a share of ``total``
    (online sales of physical goods, 24.5% of all retail sales: a ``share``
    fact ``of`` the total), read as a part of it: (its amount as a segment of
    the total's entity, named by its own entity, its stated rate, the stated
    share). Written as two entities or as a segment, it is one split."""
    out = []
    for s in ix.metrics(total.metric, measure="share", period=total.period):
        if s.entity == total.entity or s.segment or s.of not in (total.id, total.entity):
            continue
        level = next((f for f in ix.metrics(total.metric, entity=s.entity, segment="",
                                             period=total.period, stated=False)
                      if f.quantity and total.quantity
                      and f.quantity.unit == total.quantity.unit), None)
        rate = stated_rate(ix, level) if level is not None else None
        if level is not None and rate is not None and s.quantity is not None:
            out.append((replace(level, entity=total.entity, segment=s.entity), rate, s))
    return out


@rule("outpace", needs=("metric:gmv",))
def outpace(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Parts of a total growing faster or slower than the total, from the
    article's own rates: which way each part's share moved in a year."""
    kinds = {k: e.kind for k, e in ix.story.entities.items()}
    for total in ix.metrics(segment="", stated=False):
        if kinds.get(total.entity) not in PACED:
            continue  # a company's own lines: mix_shift and segment_mix say it
        if not adds_up(total.metric):
            continue  # a price's lanes or grades have no shares (a freight rate per kg)
        rate = stated_rate(ix, total) if total.quantity and total.period else None
        if rate is None:
            continue
        parts = split(ix, total)
        linked = linked_parts(ix, total)
        # each part against the whole (no split assumed): its segments, then other
        # entities' amounts stated as shares of it
        candidates = [(p, stated_rate(ix, p), stated_share(ix, total, p)) for p in parts]
        paces = [
            pace
            for part, part_rate, said in (*candidates, *linked)
            if part_rate is not None
            and (pace := _pace(total, rate, part, part_rate, said)) is not None
        ]
        rated = _by_rate(ix, total, rate, {p.segment for p in parts})
        if not paces and not rated:
            continue
        # the part that gained most share and the one that lost most (or
        # gained least); by rate alone where no part has an amount, and a
        # part known by its rate that fell behind when none with an amount did
        ranked = sorted(paces, key=_moved) if paces else sorted(rated, key=lambda m: m.gap)
        most, least = ranked[-1], ranked[0]
        lagging = [m for m in rated if not m.ahead]
        if least.ahead and lagging:
            least = min(lagging, key=lambda m: m.gap)
        moves = [most] if least is most else [most, least]
        # then parts that fell while not the one behind (community group
        # buying down 35.3% beside a general platform's smaller share loss),
        # and parts known by their rate alone
        falling = [m for m in paces if m not in moves and _value(m.rate) < 0]
        also = [m for m in (*falling, *sorted(rated, key=lambda m: -m.gap)) if m not in moves]
        also = also[:MAX_ALSO]
        facts = [total.id, rate.id]
        shares: list[str] = []  # a share the article states, said as the share now
        for m in (*moves, *also):
            facts += [m.part.id, m.rate.id]
            shares += [f for n in (m.new, m.old) if n is not None for f in n.facts]
        yield Takeaway(
            rule="outpace",
            message="outpace",
            facet=facet_of(total.metric),
            priority=63,  # a reader's yardstick (the total's growth) comes first
            facts=tuple(dict.fromkeys(facts)),
            values={
                "total": total,
                "growth": rate,
                "ahead": [m for m in moves if m.ahead],
                "behind": [m for m in moves if not m.ahead],
                "also": also,
                "runs": runs(also),
                # cited by the sentence, not the takeaway's own facts (which
                # choose readers' points): the share's own point may use it
                "shares": [f for f in dict.fromkeys(shares) if f not in facts],
                "kind": kinds.get(total.entity, ""),
                # another entity's amount read as a part (``linked_parts``): its own
                # growth point says no more than this one (readers.news.covered)
                "linked": [p.id for p, _, _ in linked if p.id in facts],
                "trade": trade_flow(total.metric),
                "role_facets": BRAND_PART_FACETS
                if kinds.get(total.entity) == "brand"
                else TRADE_PART_FACETS if trade_flow(total.metric)
                else OUTPACE_FACETS,
            },
            entity=total.entity,
        )
