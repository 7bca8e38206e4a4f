"""Search tokens: how a text and a query become the tokens the index holds.

* text is NFKC-normalised (full-width letters and digits become ASCII) and
  lower-cased;
* a run of Chinese characters gives each character and each overlapping
  pair (``佣金费`` -> 佣 金 费 佣金 金费); a query run gives its pairs, or
  the character alone, so every pair of a phrase must be present;
* a run of ``[a-z0-9]`` is a word; common English function words are
  dropped and a plural ``s``/``ies`` is folded (``fees`` -> ``fee``).

``static/search.js`` does the same in the reader's browser, and a test runs
both on the same texts (tests/site/test_search_js.py).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import add

_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+")
#: A Chinese character (the ranking splits a missing pair into two of them).
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
STOPWORDS = frozenset(
    ("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in")
    + ("into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to")
    + ("was", "were", "will", "with")
)


def normalise(text: str) -> str:
    """NFKC and lower case (so ＡＩ, ｆｅｅ and 1０ match ai, fee and 10)."""
    return unicodedata.normalize("NFKC", text).lower()


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """A word's plural folded away (``fees`` -> ``fee``, ``companies`` -> ``company``)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def doc_tokens(text: str) -> list[str]:
    """Every token of a document's text, in order, with repeats."""
    out: list[str] = []
    for run in _RUN.findall(normalise(text)):
        if CJK.match(run):
            out += run
            out += map(add, run, run[1:])  # the overlapping pairs, built in C
        elif run not in STOPWORDS:
            out.append(fold(run))
    return out


def query_tokens(text: str) -> list[str]:
    """The distinct tokens a query needs, in the order typed."""
    out: list[str] = []
    for run in _RUN.findall(normalise(text)):
        if CJK.match(run):
            grams = [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]
        elif run in STOPWORDS:
            continue
        else:
            grams = [fold(run)]
        out += [g for g in grams if g not in out]
    return out


def shard_of(token: str, shards: int) -> int:
    """FNV-1a (32 bit) over the token's code points, modulo the shard count."""
    h = 0x811C9DC5
    for ch in token:
        h = ((h ^ ord(ch)) * 0x01000193) & 0xFFFFFFFF
    return h % shards
