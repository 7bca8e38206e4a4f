"""fraud_losses: what consumers reported losing to fraud, read as how many
of them lost money and how much each, and the kind of scam a reader can
answer.

"Consumers reported losing more than $12.5 billion to fraud in 2024, which
represents a 25% increase over the prior year … this number is not driven by
an increase in fraud reports, which remained stable … In 2023, 27% of people
who reported a fraud said they lost money, while in 2024, that figure jumped
to 38% … The FTC received fraud reports from 2.6 million consumers" (the
FTC). No rule read fraud losses: every reader was told the story had no
bearing on them.

A market's ``fraud_losses`` (the total; by kind of scam as segment) with its
stated yearly rate, its ``fraud_reporters`` and the ``loss_report_share`` of
them (against the year before) are read together: the reports times the
share are the people who lost money (about 990,000), the losses over them
what each lost. A seller reads the total as shoppers checking shops harder,
a brand the scam its segment ``answers`` (impostors using known names), a
platform the people who lost money, a provider the loss per victim, a
researcher the share's move against flat reports. A factory is not told.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ..model import Fact, Takeaway
from ..realise.digits import round_significant
from .facts import HUNDRED, FactIndex, Num, UndefinedFigureError, compute
from .kinds import answered, facets_with, stances_of
from .registry import Check, rule
from .timeline import latest

#: What consumers losing money to fraud is to each reader.
FACETS = {
    "seller": "customers",
    "brand": "risk",
    "factory": "",
    "service_provider": "opportunity",
    "platform_operator": "risk",
    "researcher": "research",
}

#: The figure each reader's point rests on.
NEEDS = {"brand": "brand", "platform_operator": "victims", "service_provider": "each",
         "researcher": "share_move"}


def _level(ix: FactIndex, metric: str, entity: str, period: str) -> Fact | None:
    return next((f for f in ix.metrics(metric, entity=entity, segment="", period=period,
                                       stated=False)
                 if f.quantity is not None and f.quantity.upper is None), None)


def _two_digits(n: Num | None) -> Num | None:
    """A figure worked out from rounded inputs (2.6 million people, 38%) to
    two significant digits: about 990,000 people, not 988,000; its interval
    is kept for checks."""
    return n if n is None else replace(n, value=round_significant(n.value, 2))


@rule("fraud_losses", needs=("metric:fraud_losses",))
def fraud_losses(ix: FactIndex) -> Iterator[Takeaway | Check]:
    """A market's reported fraud losses, who lost money and how much each."""
    for entity in ix.entities_with("fraud_losses"):
        total = latest(f for f in ix.metrics("fraud_losses", entity=entity, segment="",
                                             stated=False)
                       if f.period and f.quantity is not None)
        if total is None or total.quantity is None:
            continue
        rate = next((f for f in ix.metrics("fraud_losses", entity=entity, segment="",
                                           period=total.period, measure="yoy")
                     if f.quantity is not None and f.quantity.unit == "percent"), None)
        reports = _level(ix, "fraud_reporters", entity, total.period)
        share = _level(ix, "loss_report_share", entity, total.period)
        share_before = ix.earlier(share) if share is not None else None  # the year before
        victims = each = None
        try:
            if reports is not None and share is not None:
                victims = compute(lambda n, s: n * s / HUNDRED, Num.of(reports), Num.of(share),
                                  unit=reports.quantity.unit if reports.quantity else "")
                each = compute(lambda m, v: m / v, Num.of(total), victims,
                               unit=total.quantity.unit)
        except UndefinedFigureError:
            victims = each = None
        victims, each = _two_digits(victims), _two_digits(each)
        scams = answered(ix.metrics("fraud_losses", entity=entity, period=total.period,
                                    stated=False))
        have = {"brand": "brand" in scams, "victims": victims is not None,
                "each": each is not None,
                "share_move": share_before is not None and reports is not None}
        facets = facets_with(FACETS, NEEDS, have)
        values: dict[str, Any] = {
            "total": total, "rate": rate, "reports": reports, "share": share,
            "share_before": share_before, "victims": victims, "each": each,
            "answered": scams,
            "role_facets": facets, "role_stances": stances_of(facets),
        }
        told = [f for f in (total, rate, reports, share, share_before, *scams.values())
                if f is not None]
        yield Takeaway(
            rule="fraud_losses",
            message="fraud_losses",
            facet="risk",
            priority=74,
            facts=tuple(f.id for f in told),
            values=values,
            entity=entity,
        )
