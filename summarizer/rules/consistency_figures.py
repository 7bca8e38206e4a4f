"""Written figures: what each allows, how facts are keyed, and the checks
that add figures up (parts within their total, shares of one whole to 100).

The consistency checks (``consistency.py``) compare figures that editors
wrote, not figures a rule computed, so a figure stands for the interval its
wording allows: half its last written digit either way, widened by the
qualifier's ``slack`` (约 5%) or cut to one side by its ``bound`` (至少/超 are
floors, 近/不超过 ceilings), as ``vocabulary.yaml`` declares them. No extra
tolerance is added: a check fires only where the written digits and words
themselves cannot both hold. ``consistency.py`` registers the checks and
holds the others.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations
from pathlib import Path

from ..facts.periods import parse_period
from ..model import Fact, Finding, Quantity, SourceSpan, Story
from ..realise.locale import format_amount
from ..vocabulary.vocab import Vocabulary, default_vocabulary
from .facts import HUNDRED

#: An interval; ``None`` is an open end (至少85% has no top).
Interval = tuple[Decimal | None, Decimal | None]
#: Metric kinds whose parts add up to their total (a 60% margin and a 70%
#: margin of two segments do not add up to anything).
ADDITIVE_KINDS = ("money", "count")
#: Shares of one whole may add up to this much before they are too many.
OVER, UNDER = Decimal("100.5"), Decimal("99.5")
#: Segment id words that name "the rest", so the split claims to be complete.
REMAINDER_WORDS = frozenset({"other", "others", "rest", "remaining", "remainder"})
#: Beyond this many segments of one whole, telling splits apart is not tried.
MAX_SPLIT = 12


@dataclass(frozen=True, slots=True)
class Context:
    """What every consistency check may read."""

    stories: tuple[Story, ...]
    verified: frozenset[tuple[str, str]] = frozenset()
    """(story id, fact id) of every stated figure a rule recomputed."""
    told: frozenset[tuple[str, str]] = frozenset()
    """(story id, fact id) of every fact some rule's takeaway reads."""
    vocab: Vocabulary = field(default_factory=default_vocabulary)
    sources: tuple[Path, ...] = ()
    """Folders searched for articles after ``sources/`` beside each story's
    folder (the site's ``[content] sources``)."""


def written_interval(q: Quantity, vocab: Vocabulary) -> Interval:
    """The values a written figure allows.

    ``85`` -> [84.5, 85.5]; ``至少85`` -> [85, open): a floor is the number as
    written, since an author who wrote 至少 chose it as the limit; ``近100``
    (slack 10%) -> [89.5, 100]; ``约90亿`` (slack 5%) -> [85亿, 95亿].
    """
    low, high = q.bounds()
    if q.upper is not None:
        high = q.upper + q.resolution / 2
    qd = vocab.qualifiers.get(q.qualifier)
    if qd is None:
        return low, high
    slack = abs(q.value) * qd.slack
    if qd.bound == "low":
        return q.value, None
    if qd.bound == "high":
        return (low - slack if qd.slack else None), q.upper if q.upper is not None else q.value
    return low - slack, high + slack


def meets(a: Interval, b: Interval) -> bool:
    """Whether two intervals share a value."""
    (alo, ahi), (blo, bhi) = a, b
    return (ahi is None or blo is None or blo <= ahi) and (bhi is None or alo is None or alo <= bhi)


def entity_key(story: Story, entity: str) -> str:
    """An entity across stories: its glossary term, else its id."""
    e = story.entities.get(entity)
    return (e.term or e.id) if e else entity


def metric_key(story: Story, f: Fact) -> tuple[str, ...]:
    """Facts with the same key describe the same figure, in any story."""
    q = f.quantity
    assert q is not None
    return (
        entity_key(story, f.entity),
        f.metric,
        f.measure,
        entity_key(story, f.segment) if f.segment else "",
        f.period,
        entity_key(story, f.of) if f.of else "",
        q.unit,
        q.per,
        f.at,
        f.forecast and entity_key(story, f.forecast),  # a forecast is not a result
    )


def is_one_day(period: str) -> bool:
    """True for a period that is a single day (``2026-01-09``)."""
    try:
        return bool(period) and parse_period(period).is_instant
    except ValueError:
        return False


def is_additive(f: Fact, vocab: Vocabulary) -> bool:
    """A level of a money or count metric that is a total, not a per-unit amount."""
    m = vocab.metric(f.metric)
    return (
        m is not None
        and m.kind in ADDITIVE_KINDS
        and f.measure == "level"
        and f.quantity is not None
        and not f.quantity.per
    )


def amount(q: Quantity) -> str:
    """A written figure in English, as check messages show it (``US$9 billion``)."""
    return format_amount(q, "", "en")


def number(v: Decimal, places: int = 1) -> str:
    """A computed number for a message, trailing zeros dropped: ``99.97`` -> ``100``,
    ``7.0400`` (4 places) -> ``7.04``."""
    return f"{v.quantize(Decimal(1).scaleb(-places)).normalize():f}"


def label(f: Fact) -> str:
    """``revenue share of talkie 2025Q1-Q3``: what a metric fact measures."""
    measure = f" {f.measure}" if f.measure != "level" else ""
    segment = f" of {f.segment}" if f.segment else ""
    return f"{f.metric}{measure}{segment} {f.period}".strip()


def gap(d: Decimal, unit: str) -> str:
    """A difference in the figures' unit: ``0.2 percentage points``, ``US$5 million``."""
    if unit == "percent":
        return f"{number(d, 2)} percentage points"
    return format_amount(d, unit, "en")


def parts_within_total(ctx: Context) -> Iterator[Finding]:
    """A segment's level above the entity's total (same metric, period, unit)."""
    for s in ctx.stories:
        totals: dict[tuple[str, ...], Fact] = {}
        for f in s.facts:
            if f.kind == "metric" and not f.segment and is_additive(f, ctx.vocab):
                totals.setdefault(_total_key(f), f)
        for f in s.facts:
            if not (f.kind == "metric" and f.segment and is_additive(f, ctx.vocab)):
                continue
            t = totals.get(_total_key(f))
            if t is None or f.quantity is None or t.quantity is None:
                continue
            part_low = written_interval(f.quantity, ctx.vocab)[0]
            total_high = written_interval(t.quantity, ctx.vocab)[1]
            if part_low is None or total_high is None or part_low <= total_high:
                continue
            diff = f.quantity.value - t.quantity.value
            pct = f" ({number(diff / t.quantity.value * HUNDRED)}%)" if t.quantity.value > 0 else ""
            yield Finding(
                "warning",
                "part-above-total",
                f"{label(f)}: segment is {amount(f.quantity)} ('{f.id}'), above the total "
                f"{amount(t.quantity)} ('{t.id}') by {gap(diff, f.quantity.unit)}{pct}; "
                "a part cannot exceed its whole: one figure is wrong or the segment "
                "is not part of this total",
                f.span,
                (t.span,),
            )


def _total_key(f: Fact) -> tuple[str, ...]:
    assert f.quantity is not None
    return (f.entity, f.metric, f.period, f.quantity.unit, f.at)


@dataclass(frozen=True, slots=True)
class _Share:
    """One segment's share of a whole, written or computed from levels."""

    fact: Fact
    value: Decimal
    low: Decimal
    high: Decimal | None
    total: Fact | None = None
    """The total it was computed from, when it was."""


def shares_sum(ctx: Context) -> Iterator[Finding]:
    """Shares of one whole (metric, entity, period, base) adding up to more
    than 100%, or a split naming a remainder adding up to well under it."""
    for s in ctx.stories:
        for (entity, metric, period, base), shares in _share_groups(s, ctx.vocab).items():
            items = sorted(shares.values(), key=lambda x: (x.fact.span.line, x.fact.span.col))
            low = sum((x.low for x in items), Decimal(0))
            highs = [x.high for x in items]
            total = sum((x.value for x in items), Decimal(0))
            whole = f"{entity}'s {metric} {period}" + (f" (of '{base}')" if base else "")
            listed = ", ".join(
                f"{x.fact.segment} {'≈' if x.total else ''}{number(x.value, 2)}%" for x in items
            )
            spans = tuple(dict.fromkeys(sp for x in items for sp in _share_spans(x)))[1:]
            if low > OVER and not _explained(items):
                yield Finding(
                    "warning",
                    "shares-over-100",
                    f"shares of {whole} add up to {number(total)}% ({listed}): "
                    f"{number(total - HUNDRED)} points over 100, {number(low - HUNDRED)} even at "
                    "the bottom of their last digits; parts of one whole cannot exceed it, so "
                    "a share is wrong or two segments overlap",
                    items[0].fact.span,
                    spans,
                )
            remainder = [x.fact.segment for x in items if _is_remainder(x.fact.segment)]
            if remainder and None not in highs:
                high = sum((h for h in highs if h is not None), Decimal(0))
                if high < UNDER:
                    yield Finding(
                        "warning",
                        "shares-under-100",
                        f"shares of {whole} add up to {number(total)}% ({listed}): "
                        f"{number(HUNDRED - total)} points short of 100, {number(HUNDRED - high)} "
                        "even at the top of their last digits, though "
                        f"'{remainder[0]}' makes the split claim to be complete; a segment is "
                        "missing or a share is wrong",
                        items[0].fact.span,
                        spans,
                    )


def _share_spans(x: _Share) -> tuple[SourceSpan, ...]:
    return (x.fact.span, x.total.span) if x.total else (x.fact.span,)


def _share_groups(s: Story, vocab: Vocabulary) -> dict[tuple[str, ...], dict[str, _Share]]:
    """Segment shares by whole: written ``share`` facts first, then segment
    levels over the entity's total for segments without a written share."""
    groups: dict[tuple[str, ...], dict[str, _Share]] = {}
    ids = {f.id: f for f in s.facts}
    for f in s.facts:
        q = f.quantity
        if f.kind != "metric" or f.measure != "share" or not f.segment or q is None:
            continue
        if q.unit != "percent":
            continue
        base = ids.get(f.of)
        is_total = base is not None and not base.segment and base.measure == "level"
        of = "" if is_total or not f.of else f.of
        lo, hi = written_interval(q, vocab)
        group = groups.setdefault((f.entity, f.metric, f.period, of), {})
        group.setdefault(f.segment, _Share(f, q.value, lo or Decimal(0), hi))
    totals: dict[tuple[str, ...], Fact] = {}
    for f in s.facts:
        if f.kind == "metric" and not f.segment and is_additive(f, vocab):
            totals.setdefault(_total_key(f), f)
    for f in s.facts:
        if not (f.kind == "metric" and f.segment and is_additive(f, vocab)):
            continue
        t = totals.get(_total_key(f))
        if t is None or f.quantity is None or t.quantity is None or t.quantity.value <= 0:
            continue
        plo, phi = written_interval(f.quantity, vocab)
        tlo, thi = written_interval(t.quantity, vocab)
        if plo is None or phi is None or tlo is None or thi is None or tlo <= 0:
            continue
        group = groups.setdefault((f.entity, f.metric, f.period, ""), {})
        value = f.quantity.value / t.quantity.value * HUNDRED
        group.setdefault(
            f.segment, _Share(f, value, plo / thi * HUNDRED, phi / tlo * HUNDRED, total=t)
        )
    return groups


def _could_be_whole(block: Sequence[_Share]) -> bool:
    low = sum((x.low for x in block), Decimal(0))
    highs = [x.high for x in block]
    high = None if None in highs else sum((h for h in highs if h is not None), Decimal(0))
    return low <= OVER and (high is None or high >= UNDER)


def _explained(items: Sequence[_Share]) -> bool:
    """Whether shares adding up to more than 100% can be whole splits along
    different lines (regions, and products) plus at most one partial one:
    pop mart's two regions and four categories each add up to 100%."""
    if len(items) > MAX_SPLIT:
        return True
    memo: dict[frozenset[int], bool] = {}

    def fits(left: frozenset[int]) -> bool:
        if left not in memo:
            low = sum((items[i].low for i in left), Decimal(0))
            memo[left] = low <= OVER or any(
                _could_be_whole([items[i] for i in block]) and fits(left - set(block))
                for n in range(1, len(left) + 1)
                for block in combinations(sorted(left), n)
            )
        return memo[left]

    return fits(frozenset(range(len(items))))


def _is_remainder(segment: str) -> bool:
    return bool(REMAINDER_WORDS & set(segment.replace("_", "-").split("-")))
