"""Written figures: what each allows, how facts are keyed across stories,
and how a check's message shows them.

The consistency checks (``consistency.py``) compare figures that editors
wrote, not figures a rule computed, so a figure stands for the interval its
wording allows: half its last written digit either way, widened by the
qualifier's ``slack`` (约 5%) or cut to one side by its ``bound`` (至少/超 are
floors, 近/不超过 ceilings), as ``vocabulary.yaml`` declares them. No extra
tolerance is added: a check fires only where the written digits and words
themselves cannot both hold. This module is that reading of a figure, and
the ``Context`` every check reads, shared by all of them; the checks are in
``consistency.py`` (which registers them all), ``consistency_parts.py``
(parts of one whole) and ``consistency_sums.py`` (flows that add up).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..facts.periods import parse_period
from ..model import Fact, Quantity, Story
from ..realise.locale import format_amount
from ..vocabulary.vocab import Vocabulary, default_vocabulary

#: An interval; ``None`` is an open end (至少85% has no top).
Interval = tuple[Decimal | None, Decimal | None]
#: Metric kinds whose parts add up to their total (a 60% margin and a 70%
#: margin of two segments do not add up to anything).
ADDITIVE_KINDS = ("money", "count")


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
