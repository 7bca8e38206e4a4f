"""pmi_read: a purchasing managers' index read against its 50 line.

"The official manufacturing PMI dropped to 49.0 in April from 50.5 in March,
falling below the 50-point mark that separates expansion from contraction …
new orders fell to 49.2 from 51.8 … new export orders to 44.7 from 49.0"
(China's NBS, April 2025) is the first sign of what factories' order books
hold: weeks before trade figures or company results. As plain levels the
readings said nothing (a score "down 1.5 points"), and their meaning lies in
one line: a diffusion index is the share of purchasing managers reporting
more activity, plus half of those reporting the same, so 50 divides more
factories growing from more shrinking.

This rule reads an index's headline (``pmi``, a manufacturing index;
``services_pmi``, services and construction, told with the manufacturing
one) and its sub-indices (the facts' segments:
new orders, new export orders), each against the month before (``base:`` or
the previous level the story gives): which side of 50 each is on, whether it
crossed the line, and by how many points it moved; the weakest sub-index
below the line is named. Each reader reads it from its side (templates
``pmi_read.j2``): a factory's order book, a seller's and a brand's
bargaining power with suppliers, a logistics provider's shipments, a
researcher's reading of a diffusion index. A platform operator is not told,
and of a services index only a researcher.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from ..model import Fact, Takeaway
from .facts import FactIndex, Num
from .kinds import stances_of
from .readings import before, latest
from .registry import Check, rule

#: The line between more purchasing managers reporting growth and more reporting decline.
LINE = Decimal(50)

#: What a manufacturing index's reading is to each reader ('' = no point): the
#: same kinds of point above the line and below it, read the other way by the
#: templates.
PMI_FACETS = {
    "seller": "supply",
    "brand": "supply",
    "factory": "demand",
    "service_provider": "demand",
    "platform_operator": "",
    "researcher": "research",
}
#: A services and construction index (``services_pmi``) says nothing of
#: factories' orders: a researcher reads it beside the manufacturing one.
SERVICES_FACETS = {"researcher": "research"}


@dataclass(frozen=True)
class Reading:
    """One index's latest level against the month before."""

    cur: Fact
    base: Fact | None
    delta: Num | None

    @property
    def above(self) -> bool:
        """On or above the line: more managers report growth than decline."""
        return _level(self.cur) >= LINE

    @property
    def crossed(self) -> bool:
        """Whether it moved across the line since the month before."""
        return self.base is not None and (_level(self.base) >= LINE) != self.above


def _level(f: Fact) -> Decimal:
    assert f.quantity is not None, f.id
    return f.quantity.value


@rule("pmi_read", needs=("metric:pmi", "metric:services_pmi"))
def pmi_read(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """Each manufacturing index's headline with its sub-indices, each against
    the month before; a services index of the story told with the first (a
    researcher reads them side by side), or alone where there is none."""
    factories = list(_indices(ix, "pmi"))
    services = list(_indices(ix, "services_pmi"))
    for k, (head, parts) in enumerate(factories):
        yield _point(head, parts, services if k == 0 else [], PMI_FACETS)
    if not factories:
        for head, parts in services:
            yield _point(head, parts, [], SERVICES_FACETS)


def _indices(ix: FactIndex, metric: str) -> Iterator[tuple[Reading, list[Reading]]]:
    """Each index of ``metric``: its headline reading and its sub-indices'."""
    for head, parts in latest(ix, metric):
        yield _reading(ix, head), [_reading(ix, f) for f in parts]


def _weakest(parts: list[Reading]) -> Reading | None:
    low = [p for p in parts if not p.above]
    return min(low, key=lambda p: _level(p.cur)) if low else None


def _point(h: Reading, parts: list[Reading], others: list[tuple[Reading, list[Reading]]],
           facets: dict[str, str]) -> Takeaway:
    readings = [h, *parts, *(r for o, ps in others for r in (o, *ps))]
    ids = [x.id for r in readings for x in (r.base, r.cur) if x is not None]
    return Takeaway(
        rule="pmi_read",
        message="pmi_read",
        facet="demand",
        priority=74,
        facts=tuple(dict.fromkeys(ids)),
        values={
            "head": h,
            "parts": parts,
            "weakest": _weakest(parts),
            "others": [{"head": o, "parts": ps, "weakest": _weakest(ps)} for o, ps in others],
            "cur": h.cur,
            "above": h.above,
            "role_facets": facets,
            "role_stances": stances_of(facets),
        },
        entity=h.cur.entity,
    )


def _reading(ix: FactIndex, f: Fact) -> Reading:
    """``f`` against the month before (``readings.before``)."""
    b, delta = before(ix, f)
    return Reading(f, b, delta)
