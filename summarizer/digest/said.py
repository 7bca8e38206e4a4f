"""No sentence twice: what a digest has said so far.

Five stories on the same companies share background sentences and the
same reader advice; a subscriber should read each once. Texts are cut into
sentences (Chinese ends anywhere, Latin ones before a space, and a short
piece ending in a full stop glued to the next so "U.S." is never a sentence), compared
without spacing, punctuation or case, and a sentence said before is
dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Sentence ends: Chinese ones anywhere, Latin ones before a space.
_SENTENCE = re.compile(r"(?<=[。！？；])|(?<=[.!?;])\s+")
#: What does not make two sentences different.
_NOISE = re.compile(r"[\s\W_]+")
#: Shorter Latin pieces ending in a full stop ("U.S.") are glued to the next one.
_SHORTEST = 12


def _pieces(text: str) -> list[str]:
    """``text`` cut into sentences, each keeping its trailing punctuation and space."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE.finditer(text):
        if m.end() > start:
            out.append(text[start : m.end()])
            start = m.end()
    if start < len(text):
        out.append(text[start:])
    merged: list[str] = []
    for piece in out:
        last = merged[-1].rstrip() if merged else ""
        if last.endswith(".") and len(_NOISE.sub("", last)) < _SHORTEST:
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged


@lru_cache(maxsize=4096)
def _keyed(text: str) -> tuple[tuple[str, str], ...]:
    """``text``'s sentences with the keys they are compared by. Cached: a
    site's digest pages show each story once per reader (seven times), and
    cutting is most of what saying costs."""
    return tuple((piece, _NOISE.sub("", piece).casefold()) for piece in _pieces(text))


def forget() -> None:
    """Let go of the texts cut so far (a site build, once its digest pages are made)."""
    _keyed.cache_clear()


class Said:
    """The sentences a digest has said so far."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def new(self, text: str) -> str:
        """The sentences of ``text`` not said before (now said)."""
        kept = []
        for piece, key in _keyed(text):
            if key and key in self.seen:
                continue
            self.seen.add(key)
            kept.append(piece)
        return "".join(kept).strip()
