"""Script-aware multi-pattern matching of glossary forms, in one pass.

Patterns go into two Aho-Corasick automata (ahocorasick-rs, leftmost longest,
over UTF-8): case-insensitive forms searched once in the ASCII-lower-cased
text, case-sensitive forms once in the text as written. That is linear in
the text and nearly flat in the number of terms. Post-filters make it
script-aware:

- a form that starts or ends with a Latin letter or digit only matches on a
  Latin boundary, so "MaaS" is found in "用MaaS服务" and "art" is not found in
  "smart" (``\\b`` gets both wrong: CJK characters count as word characters);
- a case-sensitive form must match exactly as written; case-insensitive
  matching folds ASCII letters only.

Chinese forms match anywhere in running text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

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


_WORD = bytes(
    1 if (chr(b).isalnum() or b == 0x5F) else 0 for b in range(128)
)  # ASCII letters, digits and "_"


def _word_before(b: bytes, i: int) -> bool:
    """Does the character ending at byte ``i`` continue a Latin word?"""
    c = b[i - 1]
    if c < 0x80:
        return bool(_WORD[c])
    j = i - 1
    while j > 0 and 0x80 <= b[j] < 0xC0:  # back to the lead byte
        j -= 1
    return 0xC3 <= b[j] <= 0xC9  # U+00C0..U+024F: Latin-1 and Latin Extended letters


def _word_at(b: bytes, i: int) -> bool:
    c = b[i]
    return bool(_WORD[c]) if c < 0x80 else 0xC3 <= c <= 0xC9


def _first_variant(entries: tuple[Entry, ...]) -> Entry | None:
    e = next((x for x in entries if x.kind == "variant"), None)
    if e is None or e.plural == entries[0].plural:
        return e
    return replace(e, plural=entries[0].plural)


#: Up to this many patterns the automaton is a DFA: on the shipped glossary
#: (537 forms) it scans the benchmark corpus 2.5 times as fast as the NFA the
#: library picks and is built in 4 ms; a 20,000-form one took 0.25 s and
#: 118 MB to build, so large glossaries keep the NFA.
DFA_PATTERNS = 2000


def _implementation(patterns: int) -> ahocorasick_rs.Implementation | None:
    """The automaton for ``patterns`` forms (None: the library's choice)."""
    return ahocorasick_rs.Implementation.DFA if patterns <= DFA_PATTERNS else None


class _Automaton:
    """Patterns of one case mode, matched in UTF-8: ASCII-lower-cased (for
    case-insensitive forms, searched in ``bytes.lower()`` of the text, which
    only touches ASCII and costs nothing next to ``str.lower``) or exact."""

    def __init__(self, groups: dict[str, list[Entry]]) -> None:
        self.patterns = list(groups)
        self.sizes = [len(p) for p in self.patterns]
        self.nbytes = [len(p.encode("utf-8")) for p in self.patterns]
        self.entries = [tuple(groups[p]) for p in self.patterns]
        #: the first 'variant' entry of each pattern, or None; its plural flag
        #: is the first entry's (what the variant check has always used)
        self.variant = [_first_variant(g) for g in self.entries]
        self.lead = [is_word_char(p[0]) for p in self.patterns]
        self._terms: dict[tuple[str, tuple[str, ...]], list[str]] = {}
        self.tail = [is_word_char(p[-1]) for p in self.patterns]
        self.ac = (
            ahocorasick_rs.BytesAhoCorasick(
                [p.encode("utf-8") for p in self.patterns],
                matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                implementation=_implementation(len(self.patterns)),
            )
            if self.patterns
            else None
        )

    def _raw(self, hay: bytes, raw: bytes) -> list[tuple[int, int]]:
        """(pattern index, byte start) of accepted matches, in order."""
        out = []
        n = len(raw)
        lead, tail = self.lead, self.tail
        for idx, start, end in self.ac.find_matches_as_indexes(hay):  # type: ignore[union-attr]
            if lead[idx] and start and _word_before(raw, start):
                continue
            if tail[idx] and end < n and _word_at(raw, end):
                continue
            out.append((idx, start))
        return out

    def variants(self, hay: bytes, raw: bytes) -> list[tuple[int, int, int, Entry]]:
        """(byte start, byte end, length in characters, variant entry) of the
        accepted matches of patterns with a 'variant' entry (the boundary
        tests of :meth:`_raw`, with the ASCII case inline).

        The same inline test stands in :meth:`firsts`: both loops run once per
        match of any pattern (hundreds of thousands on the benchmark corpus),
        and a shared helper measured about 15% slower there."""
        if self.ac is None:
            return []
        out = []
        n = len(raw)
        variant, sizes, lead, tail, word = self.variant, self.sizes, self.lead, self.tail, _WORD
        for idx, start, end in self.ac.find_matches_as_indexes(hay):
            e = variant[idx]
            if e is None:
                continue
            if lead[idx] and start:
                c = raw[start - 1]
                if word[c] if c < 0x80 else _word_before(raw, start):
                    continue
            if tail[idx] and end < n:
                c = raw[end]
                if word[c] if c < 0x80 else 0xC3 <= c <= 0xC9:
                    continue
            out.append((start, end, sizes[idx], e))
        return out

    def hits(self, hay: bytes, raw: bytes) -> list[Hit]:
        if self.ac is None:
            return []
        out = []
        sizes, entries = self.sizes, self.entries
        if raw.isascii():  # byte offsets are character offsets: nothing to decode
            return [
                Hit(start, start + sizes[idx], entries[idx]) for idx, start in self._raw(hay, raw)
            ]
        bpos = cpos = 0
        for idx, start in self._raw(hay, raw):
            cpos += len(raw[bpos:start].decode("utf-8"))
            bpos = start
            out.append(Hit(cpos, cpos + sizes[idx], entries[idx]))
        return out

    def firsts(self, hay: bytes, raw: bytes, terms: list[str]) -> list[tuple[int, int, str]]:
        """(byte start, byte end, term) of the first accepted match of each
        pattern that stands for a term (``terms[idx]``, '' = none)."""
        if self.ac is None:
            return []
        seen: dict[int, int] = {}
        n = len(raw)
        lead, tail, word = self.lead, self.tail, _WORD
        for idx, start, end in self.ac.find_matches_as_indexes(hay):
            if not terms[idx] or idx in seen:
                continue
            if lead[idx] and start:
                c = raw[start - 1]
                if word[c] if c < 0x80 else _word_before(raw, start):
                    continue
            if tail[idx] and end < n:
                c = raw[end]
                if word[c] if c < 0x80 else 0xC3 <= c <= 0xC9:
                    continue
            seen[idx] = start
        nbytes = self.nbytes
        return [(start, start + nbytes[idx], terms[idx]) for idx, start in seen.items()]

    def terms_for(self, family: str, categories: tuple[str, ...]) -> list[str]:
        """Per pattern, the term of its first entry in a language family and
        one of ``categories`` that is not an exception ('' = none); cached."""
        key = (family, categories)
        got = self._terms.get(key)
        if got is None:
            got = self._terms[key] = [
                next(
                    (
                        e.term
                        for e in g
                        if e.lang.startswith(family)
                        and e.kind != "exception"
                        and e.category in categories
                    ),
                    "",
                )
                for g in self.entries
            ]
        return got


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
        return ci.firsts(raw.lower(), raw, ci.terms_for(family, categories)) + cs.firsts(
            raw, raw, cs.terms_for(family, categories)
        )


def _ascii_lower(text: str) -> str:
    """Lower-case ASCII letters only, as ``bytes.lower`` does to the text."""
    return text.encode("utf-8").lower().decode("utf-8")
