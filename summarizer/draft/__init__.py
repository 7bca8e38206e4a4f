"""``summarizer draft``: a facts draft from an article, for an editor to correct.

The stages, in order: article text -> header -> its Simplified shadow (an
article in Traditional Chinese is read with the same word lists) -> entities -> figures ->
ranges (pairs) -> annotate (quote, period, metric, measure) -> bases (pairs)
-> segments (the part of the business an English figure names) -> events
(a fee raised, a duty charged, a recall: from cue words) -> what their
sentences say of them (a recall's count, a fine's amount and who imposed it)
-> render YAML. Each is a module
of this package; this function only calls them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from .conversions import mark_conversions
from .figures import Figure, find_figures
from .periods import in_period_name

# The other stages are imported when a draft is made: the rules import
# ``draft.figures`` (and so this package) in every run, a site build too,
# which has no use for the article reader (html.parser) or the YAML writer.

__all__ = ["Figure", "draft_article", "draft_events", "draft_figures"]

if TYPE_CHECKING:
    from .events import Event
    from .source import Header


def draft_figures(raw: str, name: str, published: date | None = None) -> tuple[str, list[Figure]]:
    """The article text and its annotated figures (used by the report and tests);
    ``published``: the article's date where its text gives none (or a wrong one)."""
    read = _read(raw, name, published)
    return read.text, read.figures


def draft_events(raw: str, name: str, published: date | None = None) -> list[Event]:
    """The events of the article, completed as a draft gives them (used by
    the report and tests); ``published``: as for ``draft_figures``."""
    return _events(_read(raw, name, published))[0]


def draft_article(raw: str, name: str, published: date | None = None) -> str:
    """The facts draft (YAML text) for the article ``raw`` read from file ``name``
    (``published``: as for ``draft_figures``)."""
    from .render import render_draft

    read = _read(raw, name, published)
    events, figures = _events(read)
    return render_draft(read.header, name.rsplit("/", 1)[-1], read.entities, figures, events)


def _events(read: _Read) -> tuple[list[Event], list[Figure]]:
    """The article's events, completed, and the figures no event took."""
    from .entities import entity_names
    from .events import find_events
    from .eventvalues import complete_events
    from .script import verbatim

    names = entity_names(read.entities)
    events = find_events(read.shadow, read.body, read.header.published, names, read.subject)
    kinds = {k: v[0] for k, v in read.entities.items()}
    figures = complete_events(read.shadow, events, read.figures, kinds, names)
    verbatim(events, read.text)
    return events, figures


@dataclass(frozen=True, slots=True)
class _Read:
    """What one pass over the article gives the figures and the events."""

    text: str
    shadow: str
    """``text`` in Simplified characters, offset for offset (``script``): what
    the word lists read."""
    header: Header
    entities: dict[str, tuple[str, str, str]]
    body: int
    figures: list[Figure]
    subject: str
    """Who the article is about (``entities.subject_of``), or ''."""


#: Who sets the vocabulary's public metrics (tariffs, duties, thresholds).
SETTER_KINDS = frozenset({"government", "regulator"})


def _read(raw: str, name: str, published: date | None) -> _Read:
    """The article's text, header, entities and annotated figures, read once."""
    from .annotate import annotate
    from .entities import entity_names, find_entities, headline_entity, subject_of, territories
    from .keywords import load_keywords
    from .pairs import link_bases, merge_ranges
    from .script import simplified, verbatim
    from .segments import add_segments
    from .source import article_text, read_header, strip_header

    text = article_text(raw, name)
    header = dated(read_header(text), published)
    shadow = simplified(text)
    entities = find_entities(shadow)
    if shadow != text:  # a name written only in Traditional (川普政府)
        entities.update((k, v) for k, v in find_entities(text).items() if k not in entities)
    body = strip_header(text)
    places = frozenset(m.lower() for m in load_keywords().markets) | territories()
    guessed = headline_entity(header.title, text[body:], entities, places)
    if guessed:  # the title names it as its subject: who the article is about
        entities = {guessed[0]: guessed[1], **entities}
    figures = [f for f in find_figures(shadow) if f.start >= body]
    mark_conversions(shadow, figures)
    figures = merge_ranges(shadow, figures)
    figures = [f for f in figures if not in_period_name(shadow, f.start, f.end)]
    names = entity_names(entities)
    subject = subject_of(simplified(header.title), shadow[body:], names)
    setters = frozenset(k for k, v in entities.items() if v[0] in SETTER_KINDS)
    annotate(shadow, figures, header.published, names, subject, body, setters)
    link_bases(shadow, figures)
    add_segments(shadow, figures, {v[2].lower() for v in entities.values()})
    verbatim(figures, text)
    figures = _without_title_repeats(shadow, body, figures)
    return _Read(text, shadow, header, entities, body, figures, subject)


#: A headline: one line, not ended as a sentence is, at most this long.
HEADLINE_CHARS = 120
SENTENCE_ENDS = ("。", "！", "？", ".", "!", "?", "；", ";")


def _without_title_repeats(text: str, body: int, figures: list[Figure]) -> list[Figure]:
    """The figures, less those of the article's first line (its headline, as
    a saved page or a pasted article starts) that the text gives again below:
    eBay's '…提供0.3美元信用额度' headline drafted a second fact for the body's
    0.30美元, which the editor then had to find and delete."""
    start = len(text) - len(text[body:].lstrip())
    end = text.find("\n", start)
    line = text[start:end].strip()
    if end < 0 or len(line) > HEADLINE_CHARS or line.endswith(SENTENCE_ENDS):
        return figures  # a sentence, not a headline: its figures are the text's

    def key(f: Figure) -> tuple[object, ...]:
        try:
            value: object = Decimal(f.value)
        except InvalidOperation:
            value = f.value
        return (value, f.scale, f.currency, f.unit)

    later = {key(f) for f in figures if f.start > end}
    return [f for f in figures if not (start <= f.start < end and key(f) in later)]


def dated(header: Header, published: date | None) -> Header:
    """``header`` with the date the editor gave, if any: relative dates
    (今年, "on July 1") and events resolve against it."""
    if published is not None:
        header.published = published
        header.review.pop("published", None)
    return header
