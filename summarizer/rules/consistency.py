"""Consistency checks: figures an editor wrote that cannot all be true.

``check_stories`` (``check.py``) compares stated figures with what the rules
recompute; these checks compare written figures with each other, inside a
story and across stories: a part above its total, shares of one whole adding
up to more than it, exchange rates that disagree, a 至少/超/近/不超过 that
another figure contradicts, same-day snapshots whose order is unknown, and
stated figures no rule verifies. Each check is one small function taking a
``Context`` and yielding ``Finding``s; ``CHECKS`` lists them in the order they
run (markdown-it's ``_rules`` list), and ``run_checks`` runs them. What each
one compares, its tolerance and its level: docs/checks.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from itertools import combinations

from ..errors import SummarizerError
from ..facts.yamlload import Located, load_yaml
from ..model import Fact, Finding, SourceSpan, Story
from ..vocabulary.vocab import Vocabulary
from .consistency_figures import (
    Context,
    amount,
    entity_key,
    gap,
    is_one_day,
    label,
    meets,
    metric_key,
    number,
    written_interval,
)
from .consistency_parts import parts_within_total, shares_sum
from .consistency_sums import flows_sum
from .facts import HUNDRED
from .quote_values import values_in_quotes
from .sources import articles_described, quotes_in_source
from .unlinked import events_undirected, events_untold, levels_unlinked

#: Metrics whose one-day figures are snapshots that move within the day.
SNAPSHOT_METRICS = ("share_price", "price", "market_cap")
#: Snapshots whose place in the day is known: anything is after the open and
#: before the close, but a high, a low and an intraday figure have no order.
DAY_ENDS = ("open", "close")
#: Relative difference between two stories' rates for one currency pair.
FX_TOLERANCE = Decimal("0.02")

__all__ = ["CHECKS", "Context", "check_names", "run_checks", "same_day_unordered"]


def _is_time(at: str) -> bool:
    return len(at) == 5 and at[2] == ":"


def same_day_unordered(a: Fact, b: Fact) -> bool:
    """True when ``a`` and ``b`` are two snapshots of one price (or market cap)
    on one day in one unit, and which came first is unknown: a rule must not
    read them as a move from one to the other (HK$294 intraday, HK$345 at the
    close is a rise; without ``at`` it could be read as a fall)."""
    if a is b or a.kind != "metric" or b.kind != "metric" or a.quantity is None:
        return False
    if b.quantity is None or a.quantity.unit != b.quantity.unit:
        return False
    same = (a.metric, a.entity, a.segment, a.period) == (b.metric, b.entity, b.segment, b.period)
    if not same or a.metric not in SNAPSHOT_METRICS or not is_one_day(a.period):
        return False
    if a.measure != "level" or b.measure != "level":
        return False
    ordered = (
        bool(a.at and b.at)
        and a.at != b.at
        and (a.at in DAY_ENDS or b.at in DAY_ENDS or (_is_time(a.at) and _is_time(b.at)))
    )
    return not ordered


def fx_rates(ctx: Context) -> Iterator[Finding]:
    """Exchange rates: positive, the same pair alike across stories (within
    2%), and a story's own conversions agreeing with its rate."""
    #: the first story giving each pair: (story, rate of the sorted pair, pair as written)
    first: dict[tuple[str, str], tuple[Story, Decimal, tuple[str, str]]] = {}
    for s in ctx.stories:
        for a, b, rate in s.fx:
            if rate <= 0:
                yield Finding(
                    "error",
                    "fx-rate-invalid",
                    f"fx {a}/{b} is {rate}: a rate must be positive; figures converted with it "
                    "would change sign or divide by zero",
                    _fx_span(s, a, b),
                )
                continue
            pair, norm = ((a, b), rate) if a < b else ((b, a), 1 / rate)
            if pair not in first:
                first[pair] = (s, norm, (a, b))
                continue
            s0, norm0, written0 = first[pair]
            apart = abs(norm / norm0 - 1)
            if s0.id != s.id and apart > FX_TOLERANCE:
                r0 = norm0 if (a, b) == pair else 1 / norm0
                yield Finding(
                    "warning",
                    "fx-rates-differ",
                    f"fx {a}/{b}: {number(rate, 4)} in {s.id}, {number(r0, 4)} in {s0.id} "
                    f"({number(apart * HUNDRED)}% apart, more than {number(FX_TOLERANCE * HUNDRED)}"
                    "%): figures converted at one rate will not match those converted at the "
                    "other, and comparisons across the stories depend on which is used",
                    _fx_span(s, a, b),
                    (_fx_span(s0, *written0),),
                )
        yield from _conversions(s, ctx.vocab)


def _conversions(s: Story, vocab: Vocabulary) -> Iterator[Finding]:
    """Two money facts of one figure in two currencies imply a rate; it must
    agree with the story's fx for that pair (within 2% past rounding)."""
    for x, y, rate, agrees in _conversion_pairs(s, vocab):
        if agrees:
            continue
        qx, qy = x.quantity, y.quantity
        assert qx is not None and qy is not None
        implied = qy.value / qx.value
        yield Finding(
            "warning",
            "fx-conversion",
            f"'{y.id}' ({amount(qy)}) converts '{x.id}' ({amount(qx)}) at "
            f"{number(implied, 4)}, but story.fx gives {qx.unit}/{qy.unit} {number(rate, 4)} "
            f"({number(abs(implied / rate - 1) * HUNDRED)}% apart): one of the figures or "
            "the rate is wrong, and rules converting with the rate will disagree with the "
            "article",
            y.span,
            (x.span, _fx_span(s, qx.unit, qy.unit)),
        )


def _conversion_pairs(s: Story, vocab: Vocabulary) -> Iterator[tuple[Fact, Fact, Decimal, bool]]:
    """(x, y, rate, agrees) for every figure the story gives in two currencies
    it has a rate for; ``y`` is in the currency the rate converts into."""
    rates = {(a, b): r for a, b, r in s.fx if r > 0}
    seen: dict[tuple[str, ...], list[Fact]] = {}
    for f in s.facts:
        if f.kind == "metric" and f.quantity is not None and f.quantity.is_money and f.period:
            k = metric_key(s, f)
            seen.setdefault(k[:6] + k[7:], []).append(f)
    for facts in seen.values():
        for x, y in combinations(facts, 2):
            qx, qy = x.quantity, y.quantity
            assert qx is not None and qy is not None
            if (qx.unit, qy.unit) not in rates:
                x, y, qx, qy = y, x, qy, qx
            rate = rates.get((qx.unit, qy.unit))
            xlo, xhi = written_interval(qx, vocab)
            ylo, yhi = written_interval(qy, vocab)
            if rate is None or xlo is None or xhi is None or ylo is None or yhi is None:
                continue
            if xlo <= 0 or qx.value <= 0:
                continue
            lo, hi = ylo / xhi * (1 - FX_TOLERANCE), yhi / xlo * (1 + FX_TOLERANCE)
            yield x, y, rate, lo <= rate <= hi


def _fx_span(s: Story, a: str, b: str) -> SourceSpan:
    """Where ``story.fx`` gives the pair. Story keeps no spans for its header,
    so the file is read again (only when there is something to report)."""
    loc = _located(s.path)
    return loc.span(("story", "fx", f"{a}/{b}", "<key>")) if loc else SourceSpan(s.path, 1, 1)


@lru_cache(maxsize=32)
def _located(path: str) -> Located | None:
    try:
        return load_yaml(path)
    except (OSError, SummarizerError):
        return None


def qualifier_bounds(ctx: Context) -> Iterator[Finding]:
    """A figure written as a floor (至少, 超) or a ceiling (近, 不超过) that
    another figure of the same metric, entity, segment and period rules out,
    in the same story or another."""
    groups: dict[tuple[str, ...], list[tuple[Story, Fact]]] = {}
    for s in ctx.stories:
        for f in s.facts:
            if f.kind == "metric" and f.quantity is not None and f.period:
                groups.setdefault(metric_key(s, f), []).append((s, f))
    for items in groups.values():
        # most groups hold no floor or ceiling: nothing to compare (a group is
        # one metric of one entity and period, which many stories may give:
        # pairs of them were 3.5 million bound look-ups at 1,000 stories)
        bounded = {id(f) for _, f in items if _bounded(f, ctx)}
        if not bounded:
            continue
        for (sa, a), (sb, b) in combinations(items, 2):
            assert a.quantity is not None and b.quantity is not None
            if id(b) not in bounded and id(a) in bounded:
                (sa, a), (sb, b) = (sb, b), (sa, a)
            if id(b) not in bounded:
                continue
            qa, qb = a.quantity, b.quantity
            assert qa is not None and qb is not None
            if meets(written_interval(qa, ctx.vocab), written_interval(qb, ctx.vocab)):
                continue
            qd = ctx.vocab.qualifiers[qb.qualifier]
            side = "a floor" if qd.bound == "low" else "a ceiling"
            if qd.bound == "high" and qd.slack:
                side += f", at most {number(qd.slack * HUNDRED)}% under it"
            here = f" ({sb.id})" if sa.id != sb.id else ""
            there = f" ({sa.id})" if sa.id != sb.id else ""
            yield Finding(
                "warning",
                "bound-contradicted",
                f"{label(b)}: '{b.id}'{here} says {amount(qb)} ({qd.name.zh}: {side}), but "
                f"'{a.id}'{there} gives {amount(qa)}, "
                f"{gap(abs(qa.value - qb.value), qa.unit)} "
                f"{'below' if qa.value < qb.value else 'above'} it: the wording rules the other "
                "figure out, so one is wrong or they measure different things",
                b.span,
                (a.span,),
            )


def _bounded(f: Fact, ctx: Context) -> bool:
    qd = ctx.vocab.qualifiers.get(f.quantity.qualifier if f.quantity else "")
    return qd is not None and qd.bound in ("low", "high")


def same_day_snapshots(ctx: Context) -> Iterator[Finding]:
    """Two snapshots of one price on one day whose order is unknown (info)."""
    for s in ctx.stories:
        facts = [f for f in s.facts if f.kind == "metric" and f.metric in SNAPSHOT_METRICS]
        for a, b in combinations(facts, 2):
            if not same_day_unordered(a, b):
                continue
            assert a.quantity is not None and b.quantity is not None
            yield Finding(
                "info",
                "same-day-unordered",
                f"'{a.id}' ({amount(a.quantity)}{', ' + a.at if a.at else ''}) and '{b.id}' "
                f"({amount(b.quantity)}{', ' + b.at if b.at else ''}) are {a.metric} "
                f"snapshots of '{entity_key(s, a.entity)}' on {a.period}: order within the day "
                "unknown; rules will not compare them (give each `at:` open, high, low, close "
                "or intraday if the article says when)",
                b.span,
                (a.span,),
            )


def stated_unverified(ctx: Context) -> Iterator[Finding]:
    """Every ``stated: true`` figure that no rule recomputed and no currency
    conversion check compared with the story's rate (info)."""
    for s in ctx.stories:
        converted = {f.id for x, y, _, _ in _conversion_pairs(s, ctx.vocab) for f in (x, y)}
        for f in s.facts:
            if f.kind != "metric" or not f.stated or (s.id, f.id) in ctx.verified:
                continue
            if f.id in converted:
                continue
            assert f.quantity is not None
            yield Finding(
                "info",
                "stated-unverified",
                f"stated figure not recomputed: no rule derives {f.metric}/{f.measure} from "
                f"this story's inputs ('{f.id}' states {amount(f.quantity)}; its arithmetic "
                "goes unchecked)",
                f.span,
            )


CheckFn = Callable[[Context], Iterable[Finding]]

#: Every check, in the order it runs; a test pins the list.
CHECKS: tuple[tuple[str, CheckFn], ...] = (
    ("parts_within_total", parts_within_total),
    ("shares_sum", shares_sum),
    ("flows_sum", flows_sum),
    ("fx_rates", fx_rates),
    ("qualifier_bounds", qualifier_bounds),
    ("same_day_snapshots", same_day_snapshots),
    ("stated_unverified", stated_unverified),
    ("quotes_in_source", quotes_in_source),
    ("articles_described", articles_described),
    ("values_in_quotes", values_in_quotes),
    ("levels_unlinked", levels_unlinked),
    ("events_untold", events_untold),
    ("events_undirected", events_undirected),
)


def check_names() -> list[str]:
    """The names of the consistency checks, in order."""
    return [name for name, _ in CHECKS]


def run_checks(ctx: Context, enabled: Iterable[str] | None = None) -> list[Finding]:
    """Run every (enabled) check in order; an unknown name fails, listing them all."""
    allowed = set(enabled) if enabled is not None else set(check_names())
    missed = sorted(allowed - set(check_names()))
    if missed:
        raise ValueError(
            f"consistency: unknown check(s): {missed}; expected one of: {check_names()}"
        )
    return [f for name, fn in CHECKS if name in allowed for f in fn(ctx)]
