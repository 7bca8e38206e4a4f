"""Core types passed between the pipeline stages.

Every stage takes and returns these frozen dataclasses, so the data that
flows through load -> validate -> derive -> select -> realise -> localise ->
write is declared in one package, one module per stage's side of it:

* ``facts``: the story as the editor wrote it (load, validate);
* ``derived``: what the rules compute from it (derive, checks);
* ``brief``: the quick read as readers get it (select, realise, write).

Every value derived from the facts keeps the ids of the facts it came from,
and every fact keeps its SourceSpan, so any figure in any output can be
traced back to a line of a seeds file and to a quote in the source article.
Import the types from here (``from summarizer.model import Fact``).
"""

from .brief import (
    Brief,
    FactRow,
    Label,
    Persona,
    Point,
    Section,
    Sentence,
    shown_in,
)
from .derived import (
    Figure,
    Finding,
    Takeaway,
)
from .facts import (
    LANGS,
    SOURCE_LANGS,
    Article,
    Credit,
    Day,
    Entity,
    Fact,
    Lang,
    Obligation,
    Quantity,
    Source,
    SourceSpan,
    Story,
    Text,
)

__all__ = [
    "Article",
    "Brief",
    "Credit",
    "Day",
    "Entity",
    "Fact",
    "FactRow",
    "Figure",
    "Finding",
    "LANGS",
    "Label",
    "Lang",
    "Obligation",
    "Persona",
    "Point",
    "Quantity",
    "SOURCE_LANGS",
    "Section",
    "Sentence",
    "Source",
    "SourceSpan",
    "Story",
    "Takeaway",
    "Text",
    "shown_in",
]
