"""The words numbers are said with: currency and unit words, qualifiers,
scale words, and which languages format figures the Chinese way.

Built from the vocabulary in force (``vocabulary.yaml``) and rebuilt in place
when another is activated, so a unit or currency added there formats like
ours. Shared by ``numbers`` and ``dates``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from .. import languages
from ..vocabulary.vocab import Vocabulary, derived_table
from .article import indefinite

#: Babel locale for every Chinese variant: its source's, zh-Hans (script
#: conversion comes later).
ZH_LOCALE = languages.language("zh-Hans").babel
#: Babel locale for English: CLDR ``en`` (US conventions: "February 1, 2026",
#: serial comma in lists "A, B, and C").
EN_LOCALE = languages.language("en").babel
#: The languages at import (kept for tests; checks ask the registry).
_LANGS = languages.codes()

#: Decimals shown for a bare Decimal with neither a resolution nor ``digits``.
MAX_DEFAULT_DECIMALS = 6

_ZH_SCALES: tuple[tuple[Decimal, str], ...] = (
    (Decimal(10) ** 12, "万亿"),
    (Decimal(10) ** 8, "亿"),
    (Decimal(10) ** 4, "万"),
)
_EN_SCALES: tuple[tuple[Decimal, str], ...] = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)

#: Currency code -> (zh suffix, en prefix), from the vocabulary (see _tables).
CURRENCIES: dict[str, tuple[str, str]] = {}


@dataclass(frozen=True, slots=True)
class _Unit:
    zh: str
    """Measure word (or unit) written after the Chinese number."""
    en_one: str = ""
    """English unit after the number when it is exactly 1 ('' = noun from the template)."""
    en_many: str = ""
    scaled: bool = True
    """Whether scale words apply (counts of things) or not (%, ×, months)."""


#: Unit id -> how it is said. For counts of things (users, companies) the
#: noun comes from the template in both languages; this returns the number
#: and the Chinese measure word ("2.12亿名" + 用户, "212 million" + users).
#: Units whose Chinese word *is* the unit (股, 个月, 年, 个百分点, 倍, %) carry
#: their English word too.
UNITS: dict[str, _Unit] = {}

#: The unit spec of each currency's Chinese word, made once (see _amount_fields).
_CURRENCY_UNITS: dict[str, _Unit] = {}


#: Qualifier id -> (zh prefix, en prefix). Chinese qualifiers are always
#: prefixes (约5.34亿元, never 5.34亿元左右) so one figure reads one way.
QUALIFIER_WORDS: dict[str, tuple[str, str]] = {}


#: What an amount is per, by the vocabulary's id: (zh word, en word):
#: 件 / unit, 个40英尺集装箱 / 40ft container.
PER_WORDS: dict[str, tuple[str, str]] = {}


def per_phrase(amount: str, per: str, lang: str) -> str:
    """An amount said with what it is per ('' per: the amount as it is).

    >>> per_phrase("0.08美元", "unit", "zh-Hans"), per_phrase("US$0.08", "unit", "en")
    ('每件0.08美元', 'US$0.08 a unit')
    >>> per_phrase("US$200", "item", "en")
    'US$200 an item'
    >>> per_phrase("RMB 25", "hour", "en"), per_phrase("25元", "hour", "zh-Hans")
    ('RMB 25 an hour', '每小时25元')
    """
    words = PER_WORDS.get(per)
    if not words:
        return amount
    if _is_zh(lang):
        return f"每{words[0]}{amount}"
    return f"{amount} {indefinite(words[1])}"  # a unit, an item, a 40ft container, an hour


#: Chinese measure words a per word may open with (件包裹, 笔订单, 家门店).
MEASURE_WORDS = "个件笔家"


def measure_split(word: str) -> tuple[str, str]:
    """A Chinese per word split into its measure word and noun, so a sentence
    can say 每件都… and 低价包裹 (never 每个件包裹); a noun with no measure
    word of its own is counted with 个.

    >>> measure_split("件包裹"), measure_split("笔订单"), measure_split("包裹"), measure_split("件")
    (('件', '包裹'), ('笔', '订单'), ('个', '包裹'), ('个', '件'))
    """
    if len(word) > 1 and word[0] in MEASURE_WORDS:
        return word[0], word[1:]
    return "个", word


#: Caches built from these tables (numbers' formatted fields), emptied with them.
_ON_CHANGE: list[Callable[[], None]] = []


@derived_table
def _tables(vocab: Vocabulary) -> None:
    """Currency, unit and qualifier words from the vocabulary in force, rebuilt
    in place (and the formatting cache emptied) when another is activated."""
    CURRENCIES.clear()
    CURRENCIES.update({code: (n.zh, n.en) for code, n in vocab.currencies.items()})
    UNITS.clear()
    UNITS[""] = _Unit("")
    UNITS.update(
        {uid: _Unit(u.zh, u.en_one, u.en_many, u.scaled) for uid, u in vocab.units.items()}
    )
    _CURRENCY_UNITS.clear()
    _CURRENCY_UNITS.update({zh: _Unit(zh) for zh, _ in CURRENCIES.values()})
    QUALIFIER_WORDS.clear()
    QUALIFIER_WORDS[""] = ("", "")
    QUALIFIER_WORDS.update({q.id: (q.name.zh, q.name.en) for q in vocab.qualifiers.values()})
    PER_WORDS.clear()
    PER_WORDS.update({pid: (t.get("zh-Hans"), t.get("en")) for pid, t in vocab.per.items()})
    for clear in _ON_CHANGE:
        clear()


def _is_zh(lang: str) -> bool:
    """Chinese figures (scale words, no grouping) or English ones; an unknown
    code fails listing the known ones. A non-Chinese language other than
    English would need its own formats here, so it fails too."""
    lg = languages.language(lang)
    if not lg.chinese and lg.source != "en":
        raise ValueError(f"no number formats for {lang!r}: only Chinese and English")
    return lg.chinese


