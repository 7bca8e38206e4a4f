"""complaint_problems: what shoppers' complaints are about, and whose work
answering each kind is.

"7月全国网络消费投诉问题类型TOP10中，退款问题占比高达18.79%，其余问题类型依次
为商品质量(6.91%)、售后服务(6.43%)、网络欺诈(5.16%)、网络售假(3.60%)…"
(网经社's monthly report on the complaints shoppers file with its 电诉宝
service). ``complaint_share`` reads which platforms merchants' complaints fall
on; these shares divide shoppers' complaints by problem (``problem_share``,
the problem as the fact's segment), and each problem lands on a different
desk: a seller settles refunds, a factory answers for quality, a brand for
fakes sold under its name, a provider sells the after-sales and customer
service sellers outsource, and fraud and leaked data are the platform's own.
The vocabulary says which (a segment's ``answers``), so each reader is told
the problems that are theirs to fix, with their figures, and no two readers
the same one; a reader no listed problem falls on is not told.

The researcher reads the distribution: the leader against the next, or the
problem whose share moved most since the service's earlier report (spans of
different lengths said), and that these are shares of what one service took
in, not complaint rates.
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter
from typing import Any

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import FactIndex, Num, UndefinedFigureError, compute, ids_of
from .kinds import answers_of, stances_of
from .registry import Check, rule
from .shares import movers, ranking

#: What a problem that is theirs to fix is to each reader.
FACETS = {
    "seller": "risk",
    "brand": "risk",
    "factory": "risk",
    "service_provider": "opportunity",
    "platform_operator": "risk",
    "researcher": "research",
}

#: Problems named in the general point, the most complained-about first.
NAMED = 4

#: A reader's own problems named in its point, its largest first.
OWN = 2


def _groups(ix: FactIndex) -> dict[str, list[Fact]]:
    """Problem shares with a period, by the complaints' target (the entity)."""
    groups: dict[str, list[Fact]] = {}
    for f in ix.metrics("problem_share"):
        q = f.quantity
        if q is None or q.unit != "percent" or not f.period or not f.segment:
            continue
        if q.upper is None:
            groups.setdefault(f.entity, []).append(f)
    return groups


def _owners(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Each reader's problems, largest first, by the vocabulary's ``answers``."""
    own: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        if role := answers_of(r["cur"].segment):
            own.setdefault(role, []).append(r)
    return {role: rs[:OWN] for role, rs in own.items()}


def _lead(rows: list[dict[str, Any]]) -> Num | None:
    """How many times the next problem's share the leader's is (None if the
    two could be equal, or one is qualified)."""
    if len(rows) < 2 or any(r["cur"].quantity.qualifier for r in rows[:2]):
        return None
    try:
        lead = compute(lambda a, b: a / b, Num.of(rows[0]["cur"]), Num.of(rows[1]["cur"]),
                       unit="times")
    except UndefinedFigureError:
        return None
    return lead if lead.value >= 2 else None


@rule("complaint_problems", needs=("metric:problem_share",))
def complaint_problems(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """The problems shoppers complain about most, each reader's own among
    them, and the one whose share moved most."""
    for facts in _groups(ix).values():
        rows = ranking(facts, by=attrgetter("segment"))
        for i, r in enumerate(rows):
            r["rank"] = i + 1  # 'the most of any problem', 'second only to refunds'
        if len(rows) < 2:
            continue  # one problem's share: a figure, not what complaints are about
        own = _owners(rows)
        facets = {role: facet if role == "researcher" or own.get(role) else ""
                  for role, facet in FACETS.items()}
        riser, faller = movers(rows)
        base = next((r["base"] for r in rows if r["delta"] is not None), None)
        named = rows[:NAMED]
        yield Takeaway(
            rule="complaint_problems",
            message="complaint_problems",
            facet="risk",
            priority=77,
            facts=ids_of([*named, *(r for rs in own.values() for r in rs)], "cur", "base"),
            values={
                "cur": rows[0]["cur"],
                "rows": named,
                "all": rows,
                "own": own,
                "base": base,
                "same_span": base is None
                or parse_period(base.period).kind == parse_period(rows[0]["cur"].period).kind,
                "mover": max((m for m in (riser, faller) if m),
                             key=lambda m: abs(m["delta"].value), default=None),
                "lead": _lead(rows),
                "role_facets": facets,
                "role_stances": stances_of(facets),
            },
            entity=rows[0]["cur"].entity,
        )
