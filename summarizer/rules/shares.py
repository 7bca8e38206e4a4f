"""Who gained and who lost share of one market (``share_shift``).

A market-share story (a survey's shares of cross-border orders by platform,
a research firm's shares of a category's sales) is news about the ranking:
Temu went from 1% of cross-border orders in 2022 to 24% in 2025, level with
Amazon, whose share slipped from 26%. Told share by share as rates that
moved (``rate_move``), it was six points saying the same thing; told by no
rule, a reader heard nothing.

So one point per market: the platform that gained the most points, the one
that lost the most, the rest of the latest ranking with their earlier
readings, and what the leaders hold together. Each reader reads it from its
own side (templates ``share_shift.j2``): where orders are moving for a seller
and the factories behind them, the channel mix for a brand, sellers to serve
for a provider, rivals for a platform, and for a researcher what the share
counts (orders, not their value, for ``order_share``).

Which metrics are shares is vocabulary data: ``told_by: share_shift``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from operator import attrgetter
from typing import Any

from ..model import Fact, Takeaway
from .facts import FactIndex, Num, apart, compute, ids_of
from .kinds import told_by
from .registry import Check, rule
from .timeline import period_end

#: What a share moving between companies is to each reader.
SHARE_SHIFT_FACETS = {
    "seller": "opportunity",
    "brand": "customers",
    "factory": "demand",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}

#: At most this many other companies are named beside the gainer and the loser.
OTHERS = 4


def _shares(ix: FactIndex) -> dict[tuple[str, str], list[Fact]]:
    """Share readings by (metric, market): percent levels with a period."""
    groups: dict[tuple[str, str], list[Fact]] = {}
    for f in ix.metrics():
        q = f.quantity
        if told_by(f.metric) != "share_shift" or q is None or q.unit != "percent":
            continue
        if not f.period or q.upper is not None:
            continue
        groups.setdefault((f.metric, f.segment), []).append(f)
    return groups


def share_row(facts: list[Fact], latest: tuple[int, int, int]) -> dict[str, Any] | None:
    """One company's latest reading, its earliest before it, and the move."""
    ordered = sorted(facts, key=lambda f: period_end(f.period))
    cur = ordered[-1]
    if period_end(cur.period) != latest:
        return None  # not in the latest ranking (the story gives only older shares)
    base = ordered[0]
    if period_end(base.period) == latest or apart(Num.of(cur), Num.of(base)) == 0:
        return {"cur": cur, "base": None, "delta": None}  # no earlier reading, or no move
    d = compute(lambda a, b: b - a, Num.of(base), Num.of(cur), unit="pp")
    return {"cur": cur, "base": base, "delta": d}


def ranking(
    facts: list[Fact], by: Callable[[Fact], str] = attrgetter("entity")
) -> list[dict[str, Any]]:
    """The latest ranking of one group of shares: each company's (or, ``by``
    another key, each problem's) latest reading with its earliest before it
    (``share_row``), largest first; the editor's order breaks ties (the sort
    is stable)."""
    latest = max(period_end(f.period) for f in facts)
    by_key: dict[str, list[Fact]] = {}
    for f in facts:
        by_key.setdefault(by(f), []).append(f)
    rows = [r for fs in by_key.values() if (r := share_row(fs, latest)) is not None]
    rows.sort(key=lambda r: -r["cur"].quantity.value)
    return rows


def movers(rows: list[dict[str, Any]]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The row that gained the most points and the one that lost the most
    (None where no share rose, or none fell)."""
    moved = [r for r in rows if r["delta"] is not None]
    gainer = max(moved, key=lambda r: r["delta"].value, default=None)
    loser = min(moved, key=lambda r: r["delta"].value, default=None)
    return (gainer if gainer and gainer["delta"].value > 0 else None,
            loser if loser and loser["delta"].value < 0 else None)


@rule("share_shift", needs=("metric:order_share",))
def share_shift(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """The gainer, the loser and the rest of one market's latest ranking."""
    for (metric, _market), facts in _shares(ix).items():
        rows = ranking(facts)
        gainer, loser = movers(rows)
        if gainer is None and loser is None and len(rows) < 2:
            continue  # one share, never moved: a figure, not a shift
        lead = gainer or loser or rows[0]
        # the company the gainer drew level with (Amazon, at 24% like Temu)
        peer = next((r for r in rows if gainer and r is not gainer
                     and apart(Num.of(r["cur"]), Num.of(gainer["cur"])) == 0), None)
        others = [r for r in rows if all(r is not x for x in (lead, gainer, loser, peer))]
        together = None
        # the two leaders' sum, unless the second is tied with the third (Temu
        # and Shein at 1% each: which one joins Amazon would be arbitrary)
        tied = len(rows) > 2 and apart(Num.of(rows[1]["cur"]), Num.of(rows[2]["cur"])) == 0
        if len(rows) >= 2 and not tied and not any(r["cur"].quantity.qualifier for r in rows[:2]):
            together = compute(lambda a, b: a + b, Num.of(rows[0]["cur"]),
                               Num.of(rows[1]["cur"]), unit="percent")
        yield Takeaway(
            rule="share_shift",
            message="share_shift",
            facet="competition",
            priority=78,
            # the lead's own share too (the leader when no share moved)
            facts=ids_of([r for r in (lead, gainer, peer, loser, *others[:OTHERS]) if r],
                         "base", "cur"),
            values={
                "cur": lead["cur"],
                "gainer": gainer,
                "peer": peer,
                "loser": loser,
                "others": others[:OTHERS],
                "top": rows[0] is lead or rows[0] is peer,
                "two": rows[:2] if together is not None else [],
                "together": together,
                "by_orders": metric == "order_share",
                "role_facets": SHARE_SHIFT_FACETS,
            },
            entity=lead["cur"].entity,
        )
