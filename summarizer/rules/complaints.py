"""complaint_share: which platforms a complaints service's complaints fall on,
and how that moved between two of its reports.

"上半年电商平台投诉占比依次为:拼多多(43.25%)、抖音电商(26.47%)、淘宝(16.44%)…"
and, a quarter later, "拼多多(40.71%)、抖音電商(26.64%)…" (网经社's reports on
the complaints merchants filed with its 电诉宝 service) read like market
shares, and were drafted as revenue shares: the drafter took every figure for
revenue, and no reader was told anything. Read as ``share_shift`` reads a
market, a seller would have been told that orders are moving to the platform
merchants complain about most.

A share of complaints is where friction concentrates, not where sales go:
the platform most complained about, the leaders' combined share, each named
platform against its earlier reading (the ranking's rows are
``shares.ranking``, as a market's), and the service's count of complaints
where the story gives it, the base the shares divide. It is not a complaint
rate: a platform with more merchants draws more complaints, which the
researcher's meaning says. A seller reads the leader as where to keep
evidence for disputes, a brand as a channel's running cost, a provider as
where dispute work is, a platform as its standing with sellers. A factory is
not told.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import FactIndex, Num, apart, compute, ids_of
from .kinds import stances_of
from .registry import Check, rule
from .shares import movers, ranking
from .timeline import latest

#: What complaints falling on a platform are to each reader ('' = no point).
COMPLAINT_FACETS = {
    "seller": "risk",
    "brand": "risk",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "competition",
    "researcher": "research",
}

#: Platforms named in the point, the leader first.
NAMED = 4

#: The leaders whose shares are summed ("the top three drew 82.32%").
LEADERS = 3


#: Who complained, for the complaints this rule reads: merchants against the
#: platforms they sell on. Shoppers' complaints would mean other things to each
#: reader (a platform's service, a seller's deliveries) and are not read yet.
SEGMENTS = ("merchants",)


def _groups(ix: FactIndex) -> dict[str, list[Fact]]:
    """Complaint shares with a period, by who complained (the segment)."""
    groups: dict[str, list[Fact]] = {}
    for f in ix.metrics("complaint_share"):
        q = f.quantity
        if q is None or q.unit != "percent" or not f.period or q.upper is not None:
            continue
        if f.segment in SEGMENTS:
            groups.setdefault(f.segment, []).append(f)
    return groups


def _together(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], Num | None]:
    """The leaders' combined share, unless the last of them ties the next (which
    one is 'the top three' would be arbitrary) or a share is qualified."""
    n = min(LEADERS, len(rows))
    top = rows[:n]
    if n < 2 or any(r["cur"].quantity.qualifier for r in top):
        return [], None
    if len(rows) > n and apart(Num.of(rows[n - 1]["cur"]), Num.of(rows[n]["cur"])) == 0:
        return [], None
    total = compute(lambda *xs: sum(xs), *(Num.of(r["cur"]) for r in top), unit="percent")
    return top, total


@rule("complaint_share", needs=("metric:complaint_share",))
def complaint_share(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """The most complained-about platform and the rest of the latest ranking,
    each against its earlier reading, and the leaders' combined share."""
    for segment, facts in _groups(ix).items():
        rows = ranking(facts)
        if len(rows) < 2 and rows[0]["delta"] is None:
            continue  # one platform's share, never moved: a figure, not a ranking
        riser, faller = movers(rows)
        top, together = _together(rows)
        named = rows[:NAMED]
        cases = latest(f for f in ix.metrics("complaints") if f.segment == segment)
        base = next((r["base"] for r in rows if r["delta"] is not None), None)
        yield Takeaway(
            rule="complaint_share",
            message="complaint_share",
            facet="risk",
            priority=77,
            facts=ids_of(named, "cur", "base") + ((cases.id,) if cases else ()),
            values={
                "cur": rows[0]["cur"],
                "leader": rows[0],
                "rows": named,
                "base": base,
                # a half year against a quarter: shares of spans of different lengths
                "same_span": base is None
                or parse_period(base.period).kind == parse_period(rows[0]["cur"].period).kind,
                "riser": riser,
                "faller": faller,
                "top": top,
                "together": together,
                "cases": cases,
                "role_facets": COMPLAINT_FACETS,
                "role_stances": stances_of(COMPLAINT_FACETS),
            },
            entity=rows[0]["cur"].entity,
        )
