"""How takeaways rank against each other, what series of figures one is
about, and which a later figure supersedes: shared by the Quick Summary and
the readers' turns."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Fact, Takeaway
from ..rules.timeline import period_end

#: Bonus for a figure a rule computed over an editor's qualitative claim:
#: traceable numbers are what this product offers that prose cannot.
FIGURE_BONUS = 15


def rank(
    t: Takeaway, order: dict[str, int], weight: int = 0, facts: dict[str, int] | None = None
) -> tuple[int, int, int, tuple[int, int, int], int]:
    """Best first: priority (with the figure bonus and the reader's stake),
    rule order; then, between two takeaways of one rule, the whole company
    before one of its segments and the latest figure before older ones (a
    results story's 2023-to-2024 growth before its 2022-to-2023 growth); last,
    the editor's order of the facts (``facts``: id -> position in the file)."""
    bonus = FIGURE_BONUS if t.rule != "claims" else 0
    first = (facts or {}).get(t.facts[0], 0) if t.facts else 0
    dated = [v for v in t.values.values() if isinstance(v, Fact) and v.kind == "metric"]
    segment = int(any(v.segment for v in dated[:1]))
    latest = max((period_end(v.period) for v in dated), default=(0, 0, 0))
    recency = (-latest[0], -latest[1], -latest[2])
    return (-(t.priority + bonus + weight), order.get(t.rule, len(order)), segment, recency, first)


#: Rules whose figures describe a period, so a later period's says it better
#: (not dated changes: a fee's April and July steps are two pieces of news).
PERIODIC = frozenset(
    {"yoy_growth", "stated_growth", "lone_rate", "ratio", "segment_mix", "segment_rank",
     "margin_change"}
)


def stale(takeaways: Sequence[Takeaway]) -> set[int]:
    """Takeaways a later one of the same rule and series supersedes: a
    results story's 2022-to-2023 growth once its 2023-to-2024 growth is there."""
    latest: dict[tuple[str, tuple[str, str, str]], tuple[int, int, int]] = {}
    ends: dict[int, tuple[tuple[str, tuple[str, str, str]], tuple[int, int, int]]] = {}
    for i, t in enumerate(takeaways):
        line = series(t)
        if line is None or t.rule not in PERIODIC:
            continue
        end = max(
            (period_end(v.period) for v in t.values.values()
             if isinstance(v, Fact) and v.kind == "metric"),
            default=(0, 0, 0),
        )
        key = (t.rule, line)
        ends[i] = (key, end)
        latest[key] = max(latest.get(key, end), end)
    return {i for i, (key, end) in ends.items() if end < latest[key]}


def series(t: Takeaway) -> tuple[str, str, str] | None:
    """The (entity, metric, segment) a computed takeaway is about, or None."""
    for v in t.values.values():
        if isinstance(v, Fact) and v.kind == "metric":
            return (v.entity, v.metric, v.segment)
    return None
