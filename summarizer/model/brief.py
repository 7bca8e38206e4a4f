"""The quick read as readers get it, in one language: personas, their
sections, numbered points of sentences (each with the facts behind it), the
whole brief, and the facts table's rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .facts import Credit, Lang, SourceSpan, Text

#: Messages (and the rules of the same name) whose meaning for a reader
#: follows the point it answers (an event, then what it asks of this reader),
#: as an editor's implication follows its claim: where another section tells
#: the point, it is the meaning's ``context``. Unlike an implication, which
#: may lean on its claim ("This is a management target…"), such a meaning
#: is worded to stand alone (``Point.own``).
TOLD_FIRST = frozenset({"dated_event"})


@dataclass(frozen=True, slots=True)
class Label:
    """What a point leads with in a reader's section: the facet the point has
    for that reader (a fee rise is 'cost' for a seller, 'income' for the
    platform) and the vocabulary's label for it."""

    text: Text
    facet: str


@dataclass(frozen=True, slots=True)
class Persona:
    """A kind of reader, loaded from personas.yaml (adding one needs no code)."""

    id: str
    name: Text
    """Display name, from the glossary term ``name_term`` (picker and body agree)."""
    name_term: str
    audience: Text
    """Who the reader is, for the framing sentence ("布局大模型相关业务的卖家")."""
    follows: tuple[str, ...]
    """Facets the reader follows where it has no stake, in the order it cares."""
    rules: tuple[str, ...]
    """Rules this persona listens to (a preset, in order)."""
    role: str = ""
    """The generic reader role (vocabulary roles) whose stakes it has."""
    parties: tuple[str, ...] = ()
    """Regulation parties (glossary term or entity id) this reader is."""
    points: int = 3
    labels: bool = True
    """Whether points lead with their slot label (the general summary does not)."""
    empty: Text | None = None
    """What to say when nothing in a story is relevant."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One rendered sentence and the facts behind it."""

    text: str
    facts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Point:
    """A numbered point of a section: a facet label and its sentences."""

    facet: str
    label: str
    sentences: tuple[Sentence, ...]
    rule: str
    angle: str = ""
    """The reader role the point is worded for ('' = a plain fact): it says
    what the news means for that reader (a computed meaning or the editor's
    implication)."""
    context: tuple[Sentence, ...] = ()
    """The claim an editor's implication answers, when another section of
    the story says it: left out of ``sentences`` so no sentence appears twice
    where every section is read together. Where this reader's section is
    read without that one (its own page, the picker's tab, the widget, its
    digest and feed) it comes first: see ``alone`` and ``read_in``."""
    after_context: tuple[Sentence, ...] = ()
    """An event's meaning worded to follow the event, where that differs from
    ``sentences`` (worded to stand alone, which must name the day): "… until
    then" rather than "… until November 10, 2026" a line after the event
    said that day. Used wherever ``context`` is printed just before it."""

    @property
    def alone(self) -> tuple[Sentence, ...]:
        """The point as read on its own: its context, then its sentences."""
        if not self.context:
            return self.sentences
        return self.context + (self.after_context or self.sentences)

    @property
    def own(self) -> tuple[Sentence, ...]:
        """What the point says to its own reader, for a one-line teaser (a
        digest, a feed, a share card): an event's meaning without the event
        (``TOLD_FIRST``: the sellers' "M&S is back: confirm orders placed with
        it during the outage", not the event every reader's teaser began
        with); an implication after the claim it may lean on."""
        if self.context and self.sentences and self.rule in TOLD_FIRST:
            return self.sentences
        return self.alone

    def read_in(self, shown: set[str]) -> tuple[Sentence, ...]:
        """The point in a document that shows the sentences ``shown``
        (``shown_in``): its context where the document does not say it. A
        document of every section needs none; one reader's page or ``render
        --persona`` gets the claims its implications answer."""
        if not self.context:
            return self.sentences
        unsaid = self.unsaid(shown)
        return unsaid + self.follows(unsaid)

    def follows(self, unsaid: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
        """Its sentences as read after ``unsaid``, the context sentences a
        document prints for it: ``after_context`` where all of the context is
        printed just before, else ``sentences``."""
        if self.after_context and unsaid == self.context:
            return self.after_context
        return self.sentences

    def unsaid(self, shown: set[str]) -> tuple[Sentence, ...]:
        """Its context sentences a document showing ``shown`` does not say."""
        return tuple(s for s in self.context if not _said(s.text, shown))


def _said(text: str, shown: set[str]) -> bool:
    """Whether a document showing ``shown`` says ``text``: as it is, or after
    a connective the Quick Summary put before it (此外，… / Also, the …)."""
    text = text.rstrip(" ")
    if text in shown:
        return True
    folded = text.lower()
    return any(s.lower().endswith(folded) for s in shown)


def shown_in(sections: Iterable[Section]) -> set[str]:
    """The sentences a document made of ``sections`` shows (``Point.read_in``)."""
    return {s.text.rstrip(" ") for sec in sections for p in sec.points for s in p.sentences}


@dataclass(frozen=True, slots=True)
class Section:
    """One persona's part of a quick read in one language."""

    persona: str
    name: str
    """The persona's display name in this language."""
    framing: Sentence
    points: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class Brief:
    """A whole quick read of one story in one language: the unit we publish."""

    story: str
    lang: Lang
    title: str
    outlet: str
    author: str
    published: date
    url: str
    lede: Sentence
    sections: tuple[Section, ...]
    sources: tuple[Credit, ...]
    assumed: tuple[str, ...] = ()
    """Header values the editor supplied (``published``): shown as assumed."""
    updated: date | None = None
    """When the editor last revised the facts, shown as the last-updated date."""


@dataclass(frozen=True, slots=True)
class FactRow:
    """One row of a story's facts table, worded in one language: what the
    figure is, its value and period, and the passage of the article behind it."""

    id: str
    subject: str
    """The entity the fact is about, by name."""
    label: str
    """What is measured or what happened (metric, event or facet name)."""
    value: str
    period: str
    quote: str
    article: str
    span: SourceSpan | None = None
    """Where the fact is written in the seeds file."""
