"""Masking for the script stage: what OpenCC must not see, and its restoring.

One pass over a text finds, left to right, quoted passages, words of the plan
(protected names, glossary overrides, regional vocabulary) and numbers with a
scale word or 元, and replaces each by one private-use character (U+F0000...,
which OpenCC passes through unchanged) holding its final form. Words are found
by an Aho-Corasick automaton (ahocorasick-rs, leftmost longest), quotes and
numbers by one small regex: with several hundred words, one regex alternation
scanned as slowly as OpenCC converted. Where a number and a word overlap (never
in our texts) the pass falls back to the single regex, whose leftmost
alternation order (quote, word, number) defines the result.

Quoted passages are collected and converted together, characters only, in one
OpenCC call after the pass. Which words a pass masks, and with what, is the
plan's (:mod:`.maskplan`); this module runs the pass over a text and restores it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

import opencc

from .. import languages
from .flatten import config_path
from .names import names_pattern
from .regional import RMB_MARK, scale_word

if TYPE_CHECKING:
    from .maskplan import _Plan, _Words

#: Target language -> OpenCC config for running text (with regional phrasing),
#: from the registry at import (the stage asks ``languages.language(lang)``).
PHRASE_CONFIG: dict[str, str] = {c: languages.language(c).opencc for c in languages.derived()}
#: Target language -> OpenCC config that converts characters only (quotes, numbers).
CHAR_CONFIG: dict[str, str] = {c: languages.language(c).opencc_chars for c in languages.derived()}
#: Chinese quotation marks -> Taiwan / Hong Kong corner brackets.
QUOTE_MARKS: dict[str, str] = {"“": "「", "”": "」", "‘": "『", "’": "』"}

_MASK_BASE = 0xF0000
_MASK_LIMIT = 0xFFFFD
_MASKS = re.compile("[\U000f0000-\U0010ffff]")
#: Joins the texts of one batch (``to_traditional_many``): private use, in no
#: OpenCC phrase, and never inside a quoted passage, so no match and no
#: phrase spans two texts.
_SEP = "\ue002"
_QUOTE = r"“[^“”\ue002]*”|‘[^‘’\ue002]*’|「[^「」\ue002]*」|『[^『』\ue002]*』"
_SCALES = ("万亿", "千亿", "百亿", "十亿", "千万", "百万", "十万", "亿", "万")
#: Only numbers with a scale word or 元 are masked: OpenCC leaves bare ASCII
#: digits alone and none of its phrases starts with one.
_NUMBER = r"\d+(?:[.,]\d+)*(?:(?:" + "|".join(_SCALES) + ")元?|元)"
_RMB_BEFORE, _RMB_AFTER = "人民币", ("人民币", "人民幣")  # 3 characters each
_SCALE_CHARS = "".join(sorted(set("".join(_SCALES))))


@cache
def converter(config: str) -> opencc.OpenCC:
    """The OpenCC converter for ``config``, created once and reused, from the
    config with its dictionary groups merged (:mod:`.flatten`: same output,
    a third of the start-up). A cache damaged from outside (a dictionary
    deleted, a file truncated) makes OpenCC raise RuntimeError: then the
    shipped config."""
    merged = config_path(config)
    try:
        return opencc.OpenCC(merged)
    except RuntimeError:
        if merged == config:
            raise
        return opencc.OpenCC(config)


@cache
def scale_words(config: str) -> dict[str, str]:
    """A number's scale word (万, 亿, …) as ``config`` converts it; '' -> ''.

    OpenCC leaves ASCII digits, '.' and ',' alone and no phrase of its
    dictionaries starts with one, so an ASCII number converts as its digits
    followed by its converted scale word (checked against OpenCC on 30,000
    numbers for every config here).
    """
    conv = converter(config)
    return {"": "", **{w: str(conv.convert(w)) for w in _SCALES}}


@cache
def regional_scales(config: str, lang: str) -> dict[str, str]:
    """A number's scale word in ``lang``'s regional form (万亿 -> 兆 in Taiwan),
    as ``config`` converts it elsewhere; made once, not per text converted."""
    return {k: scale_word(k, v, lang) for k, v in scale_words(config).items()}


#: Quotes and numbers; both start with a plain character class, which the
#: regex engine scans for in C.
_QUOTE_OR_NUMBER = re.compile(f"(?P<quote>{_QUOTE})|(?P<num>{_NUMBER})")


class _Masker:
    """Replaces matched spans by private-use characters and restores them.

    Quoted passages are collected during the pass and converted together in
    one OpenCC call (``convert_quotes``): a brief has many short quotes, and
    one call per quote cost more than the rest of the masking."""

    def __init__(self, plan: _Plan) -> None:
        self.plan = plan
        config = languages.language(plan.lang).opencc_chars
        self.chars = converter(config)
        self.scales = scale_words(config)
        self.regional = regional_scales(config, plan.lang)
        self.slots: list[str] = []
        self.quotes: list[tuple[int, str, str, str]] = []
        """(slot, opening mark, masked body, closing mark) of each quoted passage."""

    def hold(self, text: str) -> str:
        self.slots.append(text)
        return chr(_MASK_BASE + len(self.slots) - 1)

    def hold_names(self, text: str, names: tuple[str, ...]) -> str:
        """Mask a story's own names (:mod:`.names`) with their characters
        converted, before the pass: no phrase rule reaches into them."""
        pattern = names_pattern(names, self.plan.owned) if names else None
        if pattern is None:
            return text
        owned = self.plan.owned

        def held(m: re.Match[str]) -> str:
            word = m[0]
            return word if word in owned else self.hold(str(self.chars.convert(word)))

        return pattern.sub(held, text)

    def restore(self, text: str) -> str:
        return _MASKS.sub(lambda m: self.slots[ord(m[0]) - _MASK_BASE], text)

    def mask(self, text: str, quoted: bool) -> str:
        words = self.plan.inside if quoted else self.plan.outside
        n_slots, n_quotes = len(self.slots), len(self.quotes)
        done = self.merge(text, words, quoted)
        if done is None:  # a word and a number overlap: the regex defines the result
            del self.slots[n_slots:], self.quotes[n_quotes:]
            done = words.pattern.sub(lambda m: self.masked(m.lastgroup or "", m, quoted), text)
        if len(self.slots) > _MASK_LIMIT - _MASK_BASE:
            raise ValueError("text too long to mask for script conversion")
        return done

    def merge(self, text: str, words: _Words, quoted: bool) -> str | None:
        """Mask the words the automaton finds and the quotes and numbers the
        small regex finds, left to right; None if a word and a number overlap.
        (The hot loop of the stage: words are held inline.)"""
        terms = words.automaton.find_matches_as_indexes(text) if words.automaton else []
        table, keys, slots = words.table, words.keys, self.slots
        pieces: list[str] = []
        at = j = 0
        n = len(terms)
        for m in _QUOTE_OR_NUMBER.finditer(text):
            start, end = m.span()
            while j < n and terms[j][1] < start:
                i, t_start, t_end = terms[j]
                if t_end > start:
                    return None
                pieces += (text[at:t_start], chr(_MASK_BASE + len(slots)))
                slots.append(table[keys[i]])
                at, j = t_end, j + 1
            if m.lastgroup == "quote":
                while j < n and terms[j][2] <= end:  # inside the quote: its own pass
                    j += 1
            if j < n and terms[j][1] < end:
                return None
            pieces += (text[at:start], self.masked(m.lastgroup or "", m, quoted))
            at = end
        for i, t_start, t_end in terms[j:]:
            pieces += (text[at:t_start], chr(_MASK_BASE + len(slots)))
            slots.append(table[keys[i]])
            at = t_end
        pieces.append(text[at:])
        return "".join(pieces)

    def masked(self, kind: str, what: str | re.Match[str], quoted: bool) -> str:
        """The mask character for one span, its final form held."""
        words = self.plan.inside if quoted else self.plan.outside
        if kind == "term":
            return self.hold(words.table[what if isinstance(what, str) else what[0]])
        assert isinstance(what, re.Match)
        if kind == "num":
            return self.hold(self.number(what, quoted))
        passage, slot = what[0], self.hold("")
        at = len(self.quotes)
        self.quotes.append((ord(slot) - _MASK_BASE, passage[0], "", passage[-1]))
        body = self.mask(passage[1:-1], quoted=True)  # may collect quotes inside it
        self.quotes[at] = (ord(slot) - _MASK_BASE, passage[0], body, passage[-1])
        return slot

    def convert_quotes(self) -> None:
        """Characters only for every collected quote, marks made 「」/『』."""
        if not self.quotes:
            return
        bodies = str(self.chars.convert(_SEP.join(q[2] for q in self.quotes))).split(_SEP)
        if len(bodies) != len(self.quotes):  # never seen; stay correct anyway
            bodies = [str(self.chars.convert(q[2])) for q in self.quotes]
        # reversed: a quote inside a quote was collected after it and is filled first
        pairs = reversed(list(zip(self.quotes, bodies, strict=True)))
        for (slot, open_mark, _, close_mark), body in pairs:
            marks = QUOTE_MARKS.get(open_mark, open_mark), QUOTE_MARKS.get(close_mark, close_mark)
            self.slots[slot] = marks[0] + _unpaired(self.restore(body)) + marks[1]

    def number(self, m: re.Match[str], quoted: bool) -> str:
        """A number, characters converted only (see ``scale_words``); outside
        quotes in the regional form, an amount in bare 元 marked 人民幣."""
        text = m[0]
        yuan = text.endswith("元")
        digits = text.rstrip(_SCALE_CHARS + "元")
        scale = text[len(digits) : len(text) - yuan]
        word = self.scales.get(scale)
        if word is None or not digits.isascii():
            return str(self.chars.convert(text))
        if quoted:
            return digits + word + "元" * yuan
        out = digits + self.regional[scale]
        if not yuan:
            return out
        start, end = m.span()
        before, after = m.string[max(0, start - 3) : start], m.string[end : end + 3]
        marked = before == _RMB_BEFORE or after in _RMB_AFTER
        return out + "元" + ("" if marked else RMB_MARK)


def _unpaired(text: str) -> str:
    """Corner brackets for double quotation marks left without a partner."""
    return text.replace("“", "「").replace("”", "」")
