"""Facts no rule reads, for want of one field: two levels of one price or
fee on two days with nothing linking them, and an event with no text.

A fee that went from US$3.22 to US$3.40 is a move only when the later fact
names the earlier one as its ``base:`` (``base_change``), or when another
rule reads the pair (a daily rate's move, a price's retreat from its
peak). Written as two bare levels, neither read by any rule, the pair gives
readers nothing and ``check`` said nothing either: the editor saw a story
with no computed points and no reason. This check names the pair and the
fix, as info (two levels may be meant as context only). A day's sales on
two days (Black Friday and the year before's) are the same: linked with
``base:`` they are growth (``growth.period_base``).

An event of a kind that matters to readers (a layoffs, a fee change) is
said in its own words (``text``); written without them, and read by no
rule, it reached no reader and ``check`` was silent: a warning names the
missing field.

A price, fee or duty change that does not say which way it went (no
``direction:``, and for a price change no signed percent) is told to
readers as "new prices" or "the new duty": true, but not what the article
says. An info names the field where the change reached readers.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..facts.event_fields import DIRECTION_ASKED, way
from ..facts.periods import parse_period
from ..model import Fact, Finding
from .consistency_figures import Context
from .events import background
from .kinds import of_a_period


def _day(f: Fact) -> bool:
    """A level read on one day (2025-06-01), not over a period."""
    try:
        return parse_period(f.period).kind == "instant"
    except ValueError:
        return False


def levels_unlinked(ctx: Context) -> Iterator[Finding]:
    """An info at the later of two same-figure levels on different days that
    no rule read and neither names as the other's ``base:``."""
    for story in ctx.stories:
        groups: dict[tuple[str, str, str, str], list[Fact]] = {}
        for f in story.facts:
            q = f.quantity
            if f.kind != "metric" or f.measure != "level" or q is None or f.forecast:
                continue
            m = ctx.vocab.metrics.get(f.metric)
            if m is None or not f.period or not _day(f):
                continue
            groups.setdefault((f.entity, f.metric, f.segment, q.unit), []).append(f)
        for facts in groups.values():
            facts.sort(key=lambda f: f.period)
            for earlier, later in zip(facts, facts[1:], strict=False):
                if earlier.period == later.period or later.base or earlier.base:
                    continue
                if (story.id, earlier.id) in ctx.told or (story.id, later.id) in ctx.told:
                    continue
                # a day's sales are that day's (Black Friday against last year's):
                # linked, they are growth; a level read on two days is a move
                fix = (
                    "if the later is the same day or event a year on" if of_a_period(f.metric)
                    else "if the later replaced the earlier"
                )
                gets = "the growth" if of_a_period(f.metric) else "the move"
                yield Finding(
                    "info",
                    "levels-unlinked",
                    f"'{earlier.id}' and '{later.id}' give {_name(later)} on {earlier.period} "
                    f"and {later.period}, and no rule reads them: {fix}, add base: "
                    f"{earlier.id} to '{later.id}' so readers get {gets}",
                    later.span,
                    (earlier.span,),
                )


def _name(f: Fact) -> str:
    return f"{f.metric} of {f.entity}" + (f" ({f.segment})" if f.segment else "")


def events_untold(ctx: Context) -> Iterator[Finding]:
    """A warning at an event whose kind matters to some reader or takes
    effect, which has no ``text`` and which no rule read."""
    for story in ctx.stories:
        for f in story.facts:
            if f.kind != "event" or f.text is not None or (story.id, f.id) in ctx.told:
                continue
            kind = ctx.vocab.events.get(f.event)
            if kind is None or not kind.told or background(story, f):
                continue  # background: no reader would be told it, text or none
            yield Finding(
                "warning",
                "event-untold",
                f"event '{f.id}' ({f.event}) has no text, so no reader is told it: "
                "add text: {zh-Hans: …, en: …}, the event as a clause in both languages",
                f.span,
            )


#: What a change without a direction is told as ("the new fees").
_NEW = {"price_change": "prices", "fee_change": "fees", "tariff_change": "duty"}


def events_undirected(ctx: Context) -> Iterator[Finding]:
    """An info at a price, fee or duty change that reached readers without
    saying which way it went (``event_fields.way``)."""
    for story in ctx.stories:
        for f in story.facts:
            if f.kind != "event" or f.event not in DIRECTION_ASKED or way(f) is not None:
                continue
            if (story.id, f.id) not in ctx.told:
                continue
            yield Finding(
                "info",
                "event-undirected",
                f"event '{f.id}' ({f.event}) does not say which way it went, so readers are "
                f"told of the new {_NEW[f.event]}: add direction: up or direction: down if "
                "the article says",
                f.span,
            )
