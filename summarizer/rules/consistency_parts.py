"""Parts of one whole: a segment's level within its entity's total, and the
shares of one whole adding up to 100%.

Both checks read the segments a story splits a figure into (a fact's
``segment``), measured against the whole they belong to; that structure --
which facts are a total and its parts, a share written or computed from
levels, whether several splits along different lines explain shares over
100% -- is what this module holds. How a written figure is read (its
interval, its key, its wording in a message) is ``consistency_figures.py``;
``consistency.py`` registers these checks with the others.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations

from ..model import Fact, Finding, SourceSpan, Story
from ..vocabulary.vocab import Vocabulary
from .consistency_figures import (
    Context,
    amount,
    gap,
    is_additive,
    label,
    number,
    written_interval,
)
from .facts import HUNDRED

#: Shares of one whole may add up to this much before they are too many.
OVER, UNDER = Decimal("100.5"), Decimal("99.5")
#: Segment id words that name "the rest", so the split claims to be complete.
REMAINDER_WORDS = frozenset({"other", "others", "rest", "remaining", "remainder"})
#: Beyond this many segments of one whole, telling splits apart is not tried.
MAX_SPLIT = 12


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
