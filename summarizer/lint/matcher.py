"""Script-aware multi-pattern matching of glossary forms, in one pass.

All patterns go into one Aho-Corasick automaton (ahocorasick-rs, leftmost
longest), run once over the lower-cased text: linear in the text and nearly
flat in the number of terms. Two post-filters make it script-aware:

- a form that starts or ends with a Latin letter or digit only matches on a
  Latin boundary, so "MaaS" is found in "用MaaS服务" and "art" is not found in
  "smart" (``\\b`` gets both wrong: CJK characters count as word characters);
- a case-sensitive form must match exactly as written.

Chinese forms match anywhere in running text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick_rs

log = logging.getLogger(__name__)


def is_word_char(c: str) -> bool:
    """A character that continues a Latin word (ASCII letters, digits, Latin-1..Ext-B letters)."""
    return (c.isascii() and (c.isalnum() or c == "_")) or (
        "\u00c0" <= c <= "\u024f" and c.isalpha()
    )


@dataclass(frozen=True, slots=True)
class Entry:
    """What one pattern stands for."""

    form: str
    """The form as written in the glossary."""
    kind: str
    """canon | variant | exception"""
    term: str
    lang: str
    case_sensitive: bool
    ref: int = -1
    """Index of the variant in the term, for kind 'variant'."""
    plural: bool = False
    category: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: where, and every entry whose pattern and case fit there."""

    start: int
    end: int
    entries: tuple[Entry, ...]

    @property
    def entry(self) -> Entry:
        return self.entries[0]

    def pick(self, lang: str) -> Entry | None:
        """The first entry in a language family ('zh' or 'en'), if any."""
        for e in self.entries:
            if e.lang.startswith(lang):
                return e
        return None


class Matcher:
    """An automaton over a fixed list of entries."""

    def __init__(self, entries: list[Entry]) -> None:
        groups: dict[str, list[Entry]] = {}
        for e in entries:
            if e.form.strip():
                groups.setdefault(e.form.lower(), []).append(e)
        self.patterns = list(groups)
        # exact-case entries first, so "MiniMax" beats a case-sensitive "Minimax"
        self.entries = [
            sorted(groups[p], key=lambda e: not e.case_sensitive) for p in self.patterns
        ]
        self.lead = [is_word_char(p[0]) for p in self.patterns]
        self.tail = [is_word_char(p[-1]) for p in self.patterns]
        self.automaton = (
            ahocorasick_rs.AhoCorasick(
                self.patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
            )
            if self.patterns
            else None
        )
        log.debug("matcher over %d patterns", len(self.patterns))

    def __len__(self) -> int:
        return len(self.patterns)

    def find(self, text: str) -> Iterator[Hit]:
        """Every accepted hit, left to right, never overlapping."""
        if self.automaton is None or not text:
            return
        low = text.lower()
        if len(low) != len(text):  # a few characters lower-case to two (İ)
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        n = len(text)
        entries, lead, tail = self.entries, self.lead, self.tail
        for idx, start, end in self.automaton.find_matches_as_indexes(low):
            if lead[idx] and start and is_word_char(text[start - 1]):
                continue
            if tail[idx] and end < n and is_word_char(text[end]):
                continue
            group = entries[idx]
            if len(group) == 1:
                e = group[0]
                if not e.case_sensitive or text[start:end] == e.form:
                    yield Hit(start, end, (e,))
                continue
            found = text[start:end]
            fit = tuple(e for e in group if not e.case_sensitive or found == e.form)
            if fit:
                yield Hit(start, end, fit)
