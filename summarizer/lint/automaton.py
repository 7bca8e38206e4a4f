"""One Aho-Corasick automaton of glossary forms, script-aware: the patterns
of one case mode, the entries each stands for, and the Latin-boundary test
that decides which of its raw matches count.

:mod:`.matcher` holds two of these (case-insensitive and case-sensitive
forms) and merges what they find; everything about a single automaton --
how it is built (DFA or NFA, ``DFA_PATTERNS``), which match it accepts and
how it reports one (:class:`Hit`, variants, first matches per term) -- is
here. The automaton is ahocorasick-rs, leftmost longest, over UTF-8, so it
is linear in the text and nearly flat in the number of terms. Post-filters
make it script-aware:

- a form that starts or ends with a Latin letter or digit only matches on a
  Latin boundary, so "MaaS" is found in "用MaaS服务" and "art" is not found in
  "smart" (``\\b`` gets both wrong: CJK characters count as word characters);
- a case-sensitive form must match exactly as written; case-insensitive
  matching folds ASCII letters only.

Chinese forms match anywhere in running text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import ahocorasick_rs


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

    def spans(self, hay: bytes, raw: bytes) -> list[tuple[int, int]]:
        """(byte start, byte end) of every accepted match, of any term."""
        if self.ac is None:
            return []
        nbytes = self.nbytes
        return [(start, start + nbytes[idx]) for idx, start in self._raw(hay, raw)]

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
