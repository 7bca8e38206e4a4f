"""The metric of a figure whose own sentence names none, from the sentences before it.

Articles name a metric once and then list its figures: "各国电商销售额增长强劲。
美国约90亿美元，比2023年增长650%；印尼达61.98亿美元，增长39%；…", or "Revenue
was $5.2 billion. It expects $6 billion next year." Read one sentence at a
time, every figure after the first had no keyword and was drafted as revenue,
the table's last resort. Here, walking back from the figure through its
paragraph, the first thing found says what it is:

- an earlier figure of its kind (an amount for an amount, per the same
  thing; a count of the same unit; a rate after an amount in its own
  sentence is that amount's change) gives its metric, unless that figure's
  metric was itself a last resort;
- a sentence without figures that names a metric (a lead-in, a heading)
  gives that metric.

The walk stops at a sentence whose figures are all of other kinds (the text
has moved on), at a blank line, or a few sentences or a few hundred
characters back. The editor is told where each guess came from (``review``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .figures import Figure
from .keywords import Keywords, sentence_rows
from .metricwords import Row, nearest_row
from .sentences import sentence_bounds

#: How far back the walk goes: sentences and characters.
MAX_SENTENCES = 4
MAX_CHARS = 400
#: The note a figure gets when no word and no earlier figure named its metric.
LAST_RESORT = "no keyword matched"


def earlier_metric(
    text: str,
    fig: Figure,
    own_start: int,
    before: Sequence[Figure],
    kw: Keywords,
    rows: list[Row],
) -> tuple[str, str] | None:
    """(metric, why) for ``fig``, whose sentence starts at ``own_start``, from
    what comes before it, or None. ``before``: the figures before ``fig``,
    already annotated, in order; ``rows``: the keyword rows that may name
    ``fig``'s metric."""
    same = [f for f in before if f.start >= own_start and f.metric]
    for prev in reversed(same):
        if _carries(prev, fig, same_sentence=True):
            return prev.metric, "metric of the figure before it in its sentence"
    floor = max(0, fig.start - MAX_CHARS)
    end = own_start
    for _ in range(MAX_SENTENCES):
        if end <= floor:
            break
        start, stop = sentence_bounds(text, end - 1)
        if start >= end or not text[start:stop].strip():
            break  # the text's start, or a blank line: a new paragraph
        inside = [f for f in before if start <= f.start < stop and f.metric]
        for prev in reversed(inside):
            if _carries(prev, fig, same_sentence=False):
                return prev.metric, "metric of a figure in an earlier sentence"
        if inside:
            break  # figures of other kinds: the text has moved on
        sentence = text[start:stop]
        row = nearest_row(sentence, sentence_rows(kw, rows, sentence))
        if row:
            return row[1], "metric named in an earlier sentence"
        end = start
    return None


def _carries(prev: Figure, fig: Figure, same_sentence: bool) -> bool:
    """Whether ``prev``'s metric is ``fig``'s: figures of one kind, and
    ``prev``'s metric not a last resort itself."""
    if LAST_RESORT in prev.review:
        return False
    if fig.unit == "percent" and fig.measure in ("change", "yoy"):
        # "美国约90亿美元，比2023年增长650%": the amount's change, in its sentence;
        # a list's next rate ("增长39%") when the rate before was one too
        if same_sentence and prev.unit != "percent":
            return True
        return prev.unit == "percent" and prev.measure == fig.measure
    if fig.currency or prev.currency:
        return bool(fig.currency and prev.currency) and fig.per == prev.per
    return bool(fig.unit) and fig.unit == prev.unit and fig.measure == prev.measure
