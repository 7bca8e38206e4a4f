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


class _Automaton:
    """Patterns of one case mode: lower-cased (searched in the lower-cased
    text) or exact (searched in the text as written)."""

    def __init__(self, groups: dict[str, list[Entry]]) -> None:
        self.patterns = list(groups)
        self.entries = [tuple(groups[p]) for p in self.patterns]
        self.kinds = [frozenset(e.kind for e in g) for g in self.entries]
        self.lead = [is_word_char(p[0]) for p in self.patterns]
        self.tail = [is_word_char(p[-1]) for p in self.patterns]
        self.ac = (
            ahocorasick_rs.AhoCorasick(
                self.patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
            )
            if self.patterns
            else None
        )

    def hits(self, haystack: str, text: str, only: str) -> list[Hit]:
        if self.ac is None:
            return []
        out = []
        n = len(text)
        entries, kinds, lead, tail = self.entries, self.kinds, self.lead, self.tail
        for idx, start, end in self.ac.find_matches_as_indexes(haystack):
            if only and only not in kinds[idx]:
                continue
            if lead[idx] and start and is_word_char(text[start - 1]):
                continue
            if tail[idx] and end < n and is_word_char(text[end]):
                continue
            out.append(Hit(start, end, entries[idx]))
        return out


class Matcher:
    """Two automata (case-insensitive and case-sensitive forms) over fixed entries."""

    def __init__(self, entries: list[Entry]) -> None:
        ci: dict[str, list[Entry]] = {}
        cs: dict[str, list[Entry]] = {}
        for e in entries:
            if e.form.strip():
                if e.case_sensitive:
                    cs.setdefault(e.form, []).append(e)
                else:
                    ci.setdefault(e.form.lower(), []).append(e)
        self.ci = _Automaton(ci)
        self.cs = _Automaton(cs)
        log.debug("matcher over %d + %d patterns", len(ci), len(cs))

    def __len__(self) -> int:
        return len(self.ci.patterns) + len(self.cs.patterns)

    def find(self, text: str, only: str = "") -> list[Hit]:
        """Every accepted hit, left to right, never overlapping; ``only``
        keeps the patterns that have an entry of that kind."""
        if not text:
            return []
        hits = []
        if self.ci.ac is not None:
            low = text.lower()
            if len(low) != len(text):  # a few characters lower-case to two (İ)
                low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
            hits = self.ci.hits(low, text, only)
        more = self.cs.hits(text, text, only)
        if not more:
            return hits
        merged = sorted(hits + more, key=lambda h: (h.start, h.start - h.end))
        out: list[Hit] = []
        end = -1
        for h in merged:
            if h.start >= end:
                out.append(h)
                end = h.end
        return out
