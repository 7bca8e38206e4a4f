"""An article in Traditional Chinese, read with the Simplified word lists.

The keyword table, the cue words and most names are written in Simplified
Chinese, so an article from Taiwan or Hong Kong (營收, 門檻, 關稅, 召回) matched
almost nothing. The drafter reads a *shadow* of the text instead: the same
text with every Traditional character replaced by its Simplified one, one
character for one, so every offset in the shadow is an offset in the article.
What the draft quotes is then cut from the article itself (``verbatim``): a
quote must be the article's own words, in its own script, for ``check``.

Characters are converted one at a time (OpenCC ``t2s`` on each distinct
character, in one call): phrase rules could change a text's length, and the
word lists need the characters only.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Protocol

import opencc

#: Separates the characters of the one OpenCC call: no phrase contains it.
_SEP = "\n"


class Quoted(Protocol):
    """A drafted figure or event: a quote and where it starts in the text."""

    quote: str
    quote_at: int


def simplified(text: str) -> str:
    """``text`` with each Traditional character in its Simplified form; the
    same length, so offsets carry over.

    >>> simplified("營收2.4億元，門檻800美元")
    '营收2.4亿元，门槛800美元'
    """
    if text.isascii():  # most names, and every English article
        return text
    table = _table(frozenset(c for c in text if ord(c) >= 0x2E80))
    return text.translate(table) if table else text


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s.json")


@lru_cache(maxsize=1024)  # the article's names are converted one by one (entity_names)
def _table(chars: frozenset[str]) -> dict[int, str]:
    """Character -> its Simplified form, for the characters that change."""
    if not chars:
        return {}
    ordered = sorted(chars)
    out = str(_converter().convert(_SEP.join(ordered))).split(_SEP)
    if len(out) != len(ordered):  # never seen; stay correct: leave the text as it is
        return {}
    return {ord(c): s for c, s in zip(ordered, out, strict=True) if len(s) == 1 and s != c}


def verbatim(items: Iterable[Quoted], text: str) -> None:
    """Cut each quote again from the article ``text`` (quotes were cut from
    its shadow, at the same offsets)."""
    for item in items:
        item.quote = text[item.quote_at : item.quote_at + len(item.quote)]
