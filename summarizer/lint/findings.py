"""The finding type every check returns, and its levels."""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

#: Levels, most severe first (Vale's names). Only ``error`` fails a run,
#: unless ``--strict`` makes warnings fail too.
LEVELS = ("error", "warning", "suggestion")

#: Every check id, for --enable/--disable and suppression comments.
CHECKS = (
    "glossary.variant",
    "glossary.pair",
    "templates.hardcoded",
    "numbers.parity",
    "numbers.missing",
    "typography.punctuation",
    "typography.fullwidth",
    "typography.spacing",
    "region.vocabulary",
    "region.script",
    "lint.read",
)


class LintFinding(NamedTuple):
    """One problem at one place in one file.

    A named tuple, not a frozen dataclass: a run on Chinese text can make
    hundreds of thousands of these, and tuples are several times cheaper to
    build, sort and send between processes.
    """

    path: str
    line: int
    """1-based line."""
    col: int
    """1-based column, in characters."""
    check: str
    """Check id, e.g. ``glossary.variant``."""
    level: str
    message: str
    suggestion: str = ""
    """The replacement text, when there is one."""
    rule: str = ""
    """``Glossary.<term-id>`` for glossary findings, else the check id."""
    offset: int = -1
    """Character offset in the file of the flagged text (for --fix), or -1."""
    length: int = 0
    """Length of the flagged text; --fix replaces it with ``suggestion``."""
    fixable: bool = False
    end_line: int = 0
    """1-based line of the flagged text's last character, set by the engine
    only when the text spans lines (:func:`.engine.locate`); see :meth:`end`."""
    end_col: int = 0
    """With ``end_line``: 1-based column just after the flagged text
    (exclusive, as SARIF's ``endColumn``), in characters."""
    fingerprint: str = ""
    """A hash that identifies the finding across runs without depending on its
    line number (rule, flagged text, the line's content and how many times
    the same appears before it in the file), for SARIF ``partialFingerprints``."""

    def end(self) -> tuple[int, int]:
        """(line, exclusive column) where the flagged text ends; a finding
        without a length marks one character."""
        if self.end_line:
            return self.end_line, self.end_col
        return self.line, self.col + max(self.length, 1)

    @property
    def name(self) -> str:
        return self.rule or self.check

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.col, self.check, self.message)


#: A finding from all its fields, in order, in one C call: ``LintFinding(...)``
#: runs a Python ``__new__`` (argument defaults), a fifth of the time of the
#: loops that make a finding per regex match (``typography.punctuation``).
new_finding = partial(tuple.__new__, LintFinding)
