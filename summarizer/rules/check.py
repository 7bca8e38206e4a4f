"""Cross-checks: stated figures against recomputed ones, and sources against
each other.

A stated figure disagrees when the figure recomputed from the article's own
inputs falls outside what its wording allows (last written digit, 约/近/超,
plus 1% for intermediate rounding). Two sources disagree when the same
entity, metric, measure, segment and period carry values whose intervals do
not meet, across stories too; both places are named. Then the consistency
checks (``consistency.py``) compare written figures with each other; their
findings are counted apart in ``Report.consistency``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..model import Fact, Figure, Finding, Persona, SourceSpan, Story
from ..realise.locale import format_amount
from ..vocabulary.glossary import Glossary
from . import Check, derive
from .consistency import Context, run_checks
from .consistency_figures import entity_key
from .facts import stated_interval
from .namehant import name_region_findings
from .untranslated import untranslated_findings

ONCE_EVENTS = ("founding", "listing", "hearing_passed", "prospectus_published")
#: Converting a computed figure into the unit the article stated it in.
UNIT_FACTORS = {("months", "years"): Decimal(1) / 12, ("years", "months"): Decimal(12)}


@dataclass(frozen=True, slots=True)
class Report:
    findings: list[Finding]
    compared: int
    agreed: int
    consistency: int = 0
    """How many of ``findings`` the consistency checks produced."""

    @property
    def errors(self) -> int:
        return sum(f.level == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.level == "warning" for f in self.findings)

    @property
    def infos(self) -> int:
        return sum(f.level == "info" for f in self.findings)


def _fmt(v: Decimal) -> str:
    q = v.quantize(Decimal("0.01")) if abs(v) < 1000 else v.quantize(Decimal(1))
    return f"{q.normalize():f}"


def _meets(lo: Decimal | None, hi: Decimal | None, a: Decimal, b: Decimal) -> bool:
    return (lo is None or b >= lo) and (hi is None or a <= hi)


def stated_findings(story: Story, checks: Sequence[Check]) -> tuple[list[Finding], int]:
    """Each stated figure whose recomputation falls outside what it allows."""
    out: list[Finding] = []
    agreed = 0
    for c in checks:
        fact = story.fact(c.fact)
        lo, hi = stated_interval(fact)
        fig = c.figure
        q = fact.quantity
        assert q is not None
        k = UNIT_FACTORS.get((fig.unit, q.unit))
        if k is not None:
            fig = Figure(fig.value * k, q.unit, fig.low * k, fig.high * k)
        if _meets(lo, hi, fig.value, fig.value):
            agreed += 1
            continue
        shown = _fmt(fig.value)
        out.append(
            Finding(
                "warning",
                "stated-differs",
                f"'{fact.id}' states {format_amount(q, '', 'en')}; rule '{c.rule}' computes {shown}"
                f"{'' if fig.unit in ('percent', 'times') else ' ' + fig.unit} "
                f"from {', '.join(c.inputs)}",
                fact.span,
                tuple(story.fact(i).span for i in c.inputs if i != fact.id),
            )
        )
    return out, agreed


def source_findings(stories: Iterable[Story]) -> list[Finding]:
    """Metrics and one-off events that two sources give differently."""
    groups: dict[tuple[str, ...], list[tuple[Story, Fact]]] = {}
    key: tuple[str, ...]
    for s in stories:
        for f in s.facts:
            if f.kind == "metric" and not f.stated and f.quantity is not None and f.period:
                # without a period two figures may describe different moments
                seg = entity_key(s, f.segment) if f.segment in s.entities else f.segment
                kind = "money" if f.quantity.is_money else f.quantity.unit
                key = (
                    "m",
                    entity_key(s, f.entity),
                    f.metric,
                    f.measure,
                    seg,
                    f.period,
                    f.of and entity_key(s, f.of),
                    kind,
                    f.quantity.per,  # a wage a month and one an hour are two figures
                    f.forecast and entity_key(s, f.forecast),  # a forecast is not a result
                )
            elif f.kind == "event" and f.event in ONCE_EVENTS and f.date is not None:
                key = ("e", entity_key(s, f.entity), f.event)
            else:
                continue
            groups.setdefault(key, []).append((s, f))
    out: list[Finding] = []
    for key, items in groups.items():
        first_story, first = items[0]
        for s, f in items[1:]:
            rates = {(x, y): r for st in (first_story, s) for x, y, r in st.fx}
            msg = _disagreement(first, f, rates) if key[0] == "m" else _date_disagreement(first, f)
            if msg:
                out.append(
                    Finding(
                        "warning",
                        "sources-disagree",
                        f"{msg}: '{f.id}' ({s.source}: “{f.source.quote}”) "
                        f"vs '{first.id}' ({first_story.source}: “{first.source.quote}”)",
                        f.span,
                        (first.span,),
                    )
                )
    return out


def _disagreement(a: Fact, b: Fact, rates: dict[tuple[str, str], Decimal]) -> str:
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    measure = f" {a.measure}" if a.measure != "level" else ""
    segment = f" of {a.segment}" if a.segment else ""
    label = f"{a.metric}{measure}{segment} {a.period}".strip()
    lo_a, hi_a = stated_interval(a)
    lo_b, hi_b = stated_interval(b)
    if qa.unit != qb.unit:  # compare in a's currency with either story's rate, if any
        rate = rates.get((qb.unit, qa.unit)) or (
            1 / rates[(qa.unit, qb.unit)] if (qa.unit, qb.unit) in rates else None
        )
        if rate is None:
            return ""
        lo_b, hi_b = (x * rate if x is not None else None for x in (lo_b, hi_b))
    apart = (hi_a is not None and lo_b is not None and lo_b > hi_a) or (
        hi_b is not None and lo_a is not None and lo_a > hi_b
    )
    if apart:
        return (
            f"{label}: {format_amount(qb, '', 'en')} here, {format_amount(qa, '', 'en')} elsewhere"
        )
    return ""


def _date_disagreement(a: Fact, b: Fact) -> str:
    assert a.date and b.date
    coarse = (
        "year"
        if "year" in (a.date_precision, b.date_precision)
        else ("month" if "month" in (a.date_precision, b.date_precision) else "day")
    )
    ka = (
        a.date.year,
        a.date.month if coarse != "year" else 0,
        a.date.day if coarse == "day" else 0,
    )
    kb = (
        b.date.year,
        b.date.month if coarse != "year" else 0,
        b.date.day if coarse == "day" else 0,
    )
    if ka != kb:
        width = {"year": 4, "month": 7, "day": 10}[coarse]
        here, there = b.date.isoformat()[:width], a.date.isoformat()[:width]
        return f"{a.event} of '{a.entity}': {here} here, {there} elsewhere"
    return ""


def reference_findings(
    stories: Iterable[Story], glossary: Glossary, personas: Sequence[Persona]
) -> list[Finding]:
    """Names a story uses that the glossary or personas do not know (errors)."""
    ids = {p.id for p in personas}
    out = []
    for s in stories:
        for e in s.entities.values():
            if e.term and e.term not in glossary.terms:
                out.append(
                    Finding(
                        "error",
                        "unknown-term",
                        f"entity '{e.id}': glossary has no term '{e.term}'",
                        e.span or SourceSpan(s.path, 1, 1),
                    )
                )
        for f in s.facts:
            for a in f.audience:
                if a not in ids:
                    out.append(
                        Finding(
                            "error",
                            "unknown-persona",
                            f"fact '{f.id}': unknown persona '{a}'; "
                            f"expected one of: {', '.join(sorted(ids))}",
                            f.span,
                        )
                    )
            if f.kind == "metric" and f.metric not in glossary.terms:
                out.append(
                    Finding(
                        "error",
                        "unknown-term",
                        f"fact '{f.id}': glossary has no term for metric '{f.metric}'",
                        f.span,
                    )
                )
    return out


def check_stories(
    stories: Sequence[Story],
    glossary: Glossary,
    personas: Sequence[Persona],
    sources: Sequence[Path] = (),
) -> Report:
    """Every finding of ``summarizer check`` over ``stories``; ``sources``: the
    site's articles folder, searched after ``sources/`` beside the stories."""
    findings = reference_findings(stories, glossary, personas)
    compared = agreed = 0
    verified: set[tuple[str, str]] = set()
    told: set[tuple[str, str]] = set()
    for s in stories:
        derived = derive(s)
        f, a = stated_findings(s, derived.checks)
        findings += f
        compared += len(derived.checks)
        agreed += a
        verified.update((s.id, c.fact) for c in derived.checks)
        told.update((s.id, fid) for t in derived.takeaways for fid in t.facts)
    findings += source_findings(stories)
    findings += untranslated_findings(stories)
    findings += name_region_findings(stories, glossary)
    # a bound both sources-disagree and the bounds check catch is said once
    said = {frozenset((x.span, *x.related)) for x in findings if x.code == "sources-disagree"}
    consistency = [
        x
        for x in run_checks(
            Context(
                tuple(stories), frozenset(verified), sources=tuple(sources), told=frozenset(told)
            )
        )
        if x.code != "bound-contradicted" or frozenset((x.span, *x.related)) not in said
    ]
    findings += consistency
    findings.sort(key=lambda x: (x.span.file, x.span.line, x.span.col, x.code))
    return Report(findings, compared, agreed, len(consistency))
