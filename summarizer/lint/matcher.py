"""Script-aware multi-pattern matching of glossary forms, in one pass.

Patterns go into two Aho-Corasick automata (:mod:`.automaton`, which holds
the automaton, its entries and its script-aware boundary test):
case-insensitive forms searched once in the ASCII-lower-cased text,
case-sensitive forms once in the text as written. :class:`Matcher` sorts the
glossary's entries into the two and merges what they find: earliest first,
longest first at one start, never overlapping.
"""

from __future__ import annotations

import logging

from .automaton import Entry, Hit, _Automaton

log = logging.getLogger(__name__)


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
                    ci.setdefault(_ascii_lower(e.form), []).append(e)
        self.ci = _Automaton(ci)
        self.cs = _Automaton(cs)
        #: the variant check's wording of a finding by (id(entry), found text,
        #: default level): a few dozen distinct ones in a whole run
        self.wordings: dict[tuple[int, str, str], tuple[str, str, str, str]] = {}
        log.debug("matcher over %d + %d patterns", len(ci), len(cs))

    def __len__(self) -> int:
        return len(self.ci.patterns) + len(self.cs.patterns)

    def find(self, text: str, raw: bytes | None = None) -> list[Hit]:
        """Every accepted hit, left to right, never overlapping; ``raw`` is
        the text in UTF-8 if the caller has it."""
        if not text:
            return []
        raw = text.encode("utf-8") if raw is None else raw
        hits = self.ci.hits(raw.lower(), raw)
        more = self.cs.hits(raw, raw)
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

    def variants(self, raw: bytes) -> list[tuple[int, int, int, Entry]]:
        """What :meth:`find` finds of the patterns with a 'variant' entry,
        in UTF-8 byte offsets and without :class:`Hit` objects: (byte start,
        byte end, length in characters, the pattern's first 'variant' entry).
        The variant check asks this of every file: it gets no more than it needs."""
        out = self.ci.variants(raw.lower(), raw)
        more = self.cs.variants(raw, raw)
        if not more:
            return out
        # as in find: earliest first, longest first at one start, never overlapping
        # (byte and character offsets order the same way)
        merged = sorted(out + more, key=lambda h: (h[0], h[0] - h[1]))
        out = []
        end = -1
        for h in merged:
            if h[0] >= end:
                out.append(h)
                end = h[1]
        return out

    def first_terms(
        self, raw: bytes, family: str, categories: tuple[str, ...]
    ) -> list[tuple[int, int, str]]:
        """(byte start, byte end, term id) of the first accepted match of each
        pattern of a term in a language family ('zh', 'en') and one of
        ``categories``, in UTF-8 byte offsets (decode only what you report)."""
        ci, cs = self.ci, self.cs
        lower = raw.lower()
        got = ci.firsts(lower, raw, ci.terms_for(family, categories))
        more = cs.firsts(raw, raw, cs.terms_for(family, categories))
        # each automaton matches leftmost-longest on its own: a match inside a
        # longer match of the other one is part of that word (the 云 of 马云,
        # case-sensitive Jack Ma, is no cloud), whatever the longer word's category
        if got and cs.ac is not None:
            got = _outside(got, cs.spans(raw, raw))
        if more and ci.ac is not None:
            more = _outside(more, ci.spans(lower, raw))
        return got + more


def _outside(
    found: list[tuple[int, int, str]], spans: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The matches of ``found`` not strictly inside one of ``spans``."""
    if not spans:
        return found
    return [
        (s, e, t) for s, e, t in found
        if not any(a <= s and e <= b and b - a > e - s for a, b in spans)
    ]


def _ascii_lower(text: str) -> str:
    """Lower-case ASCII letters only, as ``bytes.lower`` does to the text."""
    return text.encode("utf-8").lower().decode("utf-8")
