"""What the rules compute from the facts: figures with the precision of
their inputs, takeaways (an insight and the facts behind it, not yet worded)
and findings (a check's result). Nothing here is worded or formatted."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from .facts import SourceSpan


@dataclass(frozen=True, slots=True)
class Figure:
    """A number a rule computed, with what it was computed from.

    ``low``/``high`` propagate the precision of the inputs so that a stated
    figure is only reported as wrong when it falls outside what the inputs
    allow.
    """

    value: Decimal
    unit: str
    low: Decimal
    high: Decimal


@dataclass(frozen=True, slots=True)
class Takeaway:
    """A structured insight a rule derived; templates turn it into sentences.

    Rules fill ``values`` with Quantities, Figures, dates and ids; they never
    word or format anything. ``message`` names the template that says it.
    """

    rule: str
    """Name of the rule that produced it."""
    message: str
    """Template name under templates/<lang>/points/ (without .j2)."""
    facet: str
    """opportunity | risk | capital | market | product | pricing | policy | trend | ..."""
    priority: int
    """0-100, higher first; ties broken by rule order, then fact order."""
    facts: tuple[str, ...]
    """Ids of every fact used."""
    values: dict[str, object] = field(hash=False, compare=False)
    audience: tuple[str, ...] = ()
    """Personas it is especially for; empty = decided by persona presets."""
    entity: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """A check result: a stated figure that disagrees with the recomputed one,
    or two sources that disagree. ``level`` is 'error' or 'warning'."""

    level: Literal["error", "warning", "info"]
    code: str
    message: str
    span: SourceSpan
    related: tuple[SourceSpan, ...] = ()

    def __str__(self) -> str:
        return f"{self.span}: {self.level}: {self.message} [{self.code}]"
