"""duty_receipts: what a government's customs collected, read as the tariff
bill importers are paying at the border.

"Customs duties in June hitting new records, nearly quadrupling to $27.2
billion US on a gross basis … For the first nine months of fiscal 2025, the
customs take reached records of $113.3 billion US on a gross basis … nearly
double the prior-year collections" (Reuters on the US Treasury's monthly
statement). No rule read duty receipts: every reader was told the story had
no bearing on it, though they are the tariffs announced turning into a bill.

Each reading of ``customs_duties`` (a level) is paired with its stated
multiple of a year earlier (``measure: multiple``, the same period) or its
stated yearly rate; the shortest span is the latest bill (a month), the
longest the run so far (the fiscal year to date). A seller and a brand read
the latest month (landed costs; rivals paying the same duties), a provider
the same month read as customs bonds sized to a year's duties, a factory
the run so far (buyers asking suppliers to share the cost), a platform the
run so far (prices and stock in imported categories), a researcher what
receipts are and are not (not a tariff rate; divide by imports).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..facts.periods import parse_period
from ..model import Fact, Takeaway
from .facts import FactIndex
from .kinds import stances_of
from .registry import Check, rule

#: What duties collected at the border are to each reader.
FACETS = {
    "seller": "cost",
    "brand": "competition",
    "factory": "cost",
    "service_provider": "opportunity",
    "platform_operator": "risk",
    "researcher": "research",
}


def _move(ix: FactIndex, level: Fact) -> Fact | None:
    """The level's stated move on a year earlier: a multiple, else a yearly rate."""
    for measure, unit in (("multiple", "times"), ("yoy", "percent")):
        for f in ix.metrics("customs_duties", entity=level.entity, segment="",
                            period=level.period, measure=measure):
            if f.quantity is not None and f.quantity.unit == unit and f.quantity.upper is None:
                return f
    return None


def _days(f: Fact) -> int:
    """How long the reading's period runs, in days (a month before nine of them)."""
    p = parse_period(f.period, f.year_end)
    return (p.end - p.start).days if p.start else 0


@rule("duty_receipts", needs=("metric:customs_duties",))
def duty_receipts(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A government's customs receipts: the latest month and the run so far,
    each against a year earlier."""
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for level in ix.metrics("customs_duties", segment="", stated=False):
        if level.quantity is None or not level.period or level.quantity.upper is not None:
            continue
        by_entity.setdefault(level.entity, []).append({"cur": level, "move": _move(ix, level)})
    for entity, rows in by_entity.items():
        moved = sorted((r for r in rows if r["move"] is not None), key=lambda r: _days(r["cur"]))
        if not moved:
            continue  # receipts with nothing to set them against: a figure, not a bill growing
        short, long = moved[0], moved[-1]
        values: dict[str, Any] = {
            "short": short, "long": long if long is not short else None,
            "role_facets": FACETS, "role_stances": stances_of(FACETS),
        }
        told = [f for r in moved for f in (r["cur"], r["move"])]
        yield Takeaway(
            rule="duty_receipts",
            message="duty_receipts",
            facet="cost",
            priority=75,
            facts=tuple(f.id for f in told),
            values=values,
            entity=entity,
        )
