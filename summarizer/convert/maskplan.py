"""The mask plan of the script stage: which words are masked, for one
glossary and one target language, and with what.

Running text masks protected names, glossary overrides and the regional
vocabulary; a quoted passage masks protected names and the table's fixes of
OpenCC's phrases only. Of those, only the words OpenCC would get wrong are
kept (a word it converts right on its own is left to it, unless the table
calls it a trap or another word overlaps it): each mask is a Python step of
the pass in :mod:`.mask`. A plan is made once
per glossary and language and kept, with a memo of the texts it converted.
Split from ``mask`` so that module keeps to the pass and the restoring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick_rs
import opencc

from .. import languages
from ..vocabulary.glossary import Glossary
from .mask import _NUMBER, _QUOTE, _SEP, converter
from .regional import region_forms, trap_words


@dataclass(frozen=True, slots=True)
class _Words:
    """The words to mask in one context (running text or quotes)."""

    table: dict[str, str]
    """zh-Hans text -> what to print."""
    keys: tuple[str, ...]
    automaton: ahocorasick_rs.AhoCorasick | None

    @classmethod
    def of(cls, table: dict[str, str]) -> _Words:
        keys = tuple(sorted(k for k in table if k))
        kind = ahocorasick_rs.MatchKind.LeftmostLongest
        automaton = ahocorasick_rs.AhoCorasick(keys, matchkind=kind) if keys else None
        return cls(table, keys, automaton)

    @property
    def pattern(self) -> re.Pattern[str]:
        """Quote | word | number in one regex: the fallback, and the definition.
        Compiled when first needed (a word and a number overlapping), not with
        the plan: hundreds of alternatives cost a one-story rebuild ~10 ms."""
        return _pattern(self.keys)


@dataclass(frozen=True, slots=True)
class _Plan:
    """What to mask for one glossary and one target language."""

    lang: str
    outside: _Words
    """Running text: regional words, protected names, glossary overrides."""
    inside: _Words
    """Quoted passages: protected names, and the regional table's fixes of
    OpenCC's phrases (words spelt by their characters)."""
    owned: frozenset[str] = frozenset()
    """The words running text masks: a story's own name inside one is that
    word's (:mod:`.names`)."""


@lru_cache(maxsize=16)
def _pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(keys, key=lambda s: (-len(s), s))
    term = "|(?P<term>" + "|".join(map(re.escape, ordered)) + ")" if ordered else ""
    # A leading class of every possible first character lets the regex engine
    # skip the other positions without trying each alternative.
    first = "".join(sorted({k[0] for k in keys} | set("“‘「『")))
    head = f"(?=[{re.escape(first)}\\d])"
    return re.compile(f"{head}(?:(?P<quote>{_QUOTE}){term}|(?P<num>{_NUMBER}))")


def _plan(glossary: Glossary, lang: str) -> _Plan:
    protected = {name: name for name in glossary.protected}
    overrides = glossary.hant_overrides(lang)
    target = languages.language(lang)
    if target.glyphs:  # a Taiwan form borrowed for Hong Kong takes HK glyphs (户, 説)
        # forms given for a variant with these glyphs (zh-Hant-HK's own) are kept as written
        same = {c for c in languages.chain(lang) if languages.language(c).glyphs == target.glyphs}
        own = {t.forms[target.source] for t in glossary.terms.values() if same & t.forms.keys()}
        glyphs = converter(target.glyphs)
        overrides = {k: v if k in own else str(glyphs.convert(v)) for k, v in overrides.items()}
    regional = region_forms(lang)
    inside = {
        **_character_fixes(regional, converter(target.opencc_chars)),
        **protected,
        **{k: v for k, v in overrides.items() if k in protected},
    }
    outside = {**regional, **protected, **overrides}
    # Only what OpenCC would get wrong is masked: a word OpenCC converts to its
    # target on its own (市值, 估值) or an ASCII name is left to it unless the
    # table documents it as a trap in context (字节跳动). Each mask costs a
    # Python step, and masking all of them made the stage 2x OpenCC's time;
    # the corpus test and the region lint check the words left to OpenCC.
    phrase, chars = converter(target.opencc), converter(target.opencc_chars)
    traps = trap_words()

    def needed(table: dict[str, str], conv: opencc.OpenCC) -> dict[str, str]:
        alone = _convert_each(conv, list(table))  # what OpenCC makes of each word on its own
        # unmasked, a shorter or overlapping word of the table would match inside it
        overlapping = _overlapping(list(table))
        return {
            word: target
            for word, target in table.items()
            if not word.isascii()
            and (word in traps or alone[word] != target or word in overlapping)
        }

    outside, inside = needed(outside, phrase), needed(inside, chars)
    return _Plan(lang, _Words.of(outside), _Words.of(inside), frozenset(outside))


def _character_fixes(regional: dict[str, str], chars: opencc.OpenCC) -> dict[str, str]:
    """The regional words whose form is their characters converted one by one:
    fixes of OpenCC's phrase table (毛发全国 is not hair, 毛髮; 回归 is not
    regression, 迴歸), which a quote, converted character by character, needs
    too. A word the region writes differently (营销 -> 行銷) is vocabulary,
    never applied inside a quote."""
    each = _convert_each(chars, sorted({c for word in regional for c in word}))
    return {
        word: form
        for word, form in regional.items()
        if "".join(each[c] for c in word) == form
    }


def _convert_each(conv: opencc.OpenCC, words: list[str]) -> dict[str, str]:
    """Each word converted on its own, in one OpenCC call: joined by ``_SEP``,
    which no phrase spans (one call per word cost 40 ms of a one-story render)."""
    if not words:
        return {}
    parts = str(conv.convert(_SEP.join(words))).split(_SEP)
    if len(parts) != len(words):  # never seen; the slow way is the definition
        parts = [str(conv.convert(w)) for w in words]
    return dict(zip(words, parts, strict=True))


def _overlapping(keys: list[str]) -> set[str]:
    """The words ``w`` of ``keys`` with another word ``k`` such that
    ``_overlaps(k, w)``, by lookups of their substrings, prefixes and suffixes
    instead of trying every pair (quadratic: 15,000 calls, 30 ms, per plan)."""
    keyset = set(keys)
    starts: dict[str, set[str]] = {}
    ends: dict[str, set[str]] = {}
    for k in keys:
        for n in range(1, len(k)):
            starts.setdefault(k[:n], set()).add(k)
            ends.setdefault(k[-n:], set()).add(k)
    out = set()
    for w in keys:
        size = len(w)
        inside = {w[i:j] for i in range(size) for j in range(i + 1, size + 1)} - {w}
        if inside & keyset or any(
            starts.get(w[-n:], {w}) - {w} or ends.get(w[:n], {w}) - {w} for n in range(1, size)
        ):
            out.add(w)
    return out


def _overlaps(k: str, word: str) -> bool:
    """``k`` inside ``word``, or one's end the other's start (营销 in 直播营销人员)."""
    if k in word:
        return True
    span = min(len(k), len(word))
    return any(word.endswith(k[:n]) or k.endswith(word[:n]) for n in range(1, span))


_PLANS: dict[tuple[int, str], tuple[Glossary, _Plan, dict[Any, str]]] = {}
#: Converted texts kept per plan: persona names, labels and the sentences of
#: a takeaway that several personas share recur in every brief.
_MEMO_MAX = 2_048


def _cached_plan(glossary: Glossary, lang: str) -> tuple[_Plan, dict[Any, str]]:
    """The plan for ``glossary`` and ``lang``, with its memo of converted texts."""
    key = (id(glossary), lang)
    hit = _PLANS.get(key)
    if hit is None or hit[0] is not glossary:
        hit = (glossary, _plan(glossary, lang), {})
        _PLANS[key] = hit
    return hit[1], hit[2]
