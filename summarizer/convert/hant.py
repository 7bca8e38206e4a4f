"""The zh-Hans -> zh-Hant (Taiwan) / zh-Hant-HK script stage.

zh-Hant and zh-Hant-HK are never written by hand: templates render zh-Hans
and this stage converts the finished text -- briefs, digests, feeds, the
glossary page and the site's interface strings all go through it. OpenCC
(``s2twp`` for Taiwan, with Taiwan phrasing; ``s2hk`` for Hong Kong) does
the script; before converting we mask (:mod:`.mask`: one left-to-right pass,
longest word first, of the words :mod:`.maskplan` chose) everything it must not rewrite:

* **Protected names** (``Glossary.protected``: MiniMax, GLM-5.2, ...) stay
  exactly as written.
* **The story's own names** (:mod:`.names`: the companies, brands, people …
  its facts file declares, given as ``names``) convert by characters only:
  速达仓配 is 速達倉配, not 速達倉儲物流.
* **Glossary overrides** (``Glossary.hant_overrides(lang)``): a term with a
  zh-Hant / zh-Hant-HK form in the glossary is replaced by that form.
* **Regional vocabulary** (:mod:`.regional`, ``regional.yaml``): what Taipei
  and Hong Kong editors write (营销 -> 行銷 / 營銷, 抛压 -> 賣壓 / 沽壓,
  一季度 -> 第一季 / 第一季度) and ordinary words s2twp's phrase table breaks
  (对象 -> 物件, 扩展 -> 擴充套件), kept to their characters. The glossary
  wins over this table.
* **Numbers with their scale word** (5.34亿, 1万亿): characters converted
  only, never by phrase rules, then put in the regional form: Taiwan writes
  兆 for 万亿 (1兆港元), Hong Kong 萬億. An amount in bare 元 (renminbi in
  our sources, NT$ / HK$ to the reader) is printed ``5.34億元人民幣``.
* **Quoted passages** “…” ‘…’ 「…」 『…』: a quote stays as quoted, so its
  content is converted character by character (``s2tw`` / ``s2hk``, which
  have no vocabulary substitution), numbers included (no 兆, no 人民幣).
  Protected names inside a quote are kept too; other glossary overrides and
  regional words are not applied inside quotes. :func:`to_script` does the
  same for a whole text (a source article's quote in the facts table).

Masks are characters from Unicode Supplementary Private Use Area-A
(U+F0000...), which OpenCC passes through unchanged (tested).

Quotation marks: Taiwan and Hong Kong print corner brackets, so for both
targets “ ” become 「 」 and ‘ ’ become 『 』 (the Ministry of Education's
punctuation handbook; HK newspapers follow the same convention). A lone ’
is left alone, since in mixed text it is usually an English apostrophe.

The OpenCC converters are created once per config and reused.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import languages
from ..vocabulary.glossary import Glossary
from .mask import (
    _MASKS,
    _SEP,
    CHAR_CONFIG,
    PHRASE_CONFIG,
    QUOTE_MARKS,
    _Masker,
    _unpaired,
    converter,
    scale_words,
)
from .maskplan import _MEMO_MAX, _cached_plan, _Plan

__all__ = [
    "CHAR_CONFIG",
    "PHRASE_CONFIG",
    "QUOTE_MARKS",
    "converter",
    "scale_words",
    "to_script",
    "to_traditional",
    "to_traditional_many",
]


def to_traditional(
    text: str, lang: str, glossary: Glossary, names: tuple[str, ...] = ()
) -> str:
    """Convert rendered zh-Hans text to ``lang`` ("zh-Hant" or "zh-Hant-HK").

    Protected names, glossary overrides, numbers and quoted passages are
    masked first (see the module docstring); everything else goes through
    OpenCC (s2twp / s2hk); “” become 「」. ``names``: the story's own names
    (:func:`.names.story_names`), converted by characters only.

    >>> from summarizer.vocabulary.glossary import Term
    >>> g = Glossary({"cb": Term("cb", "ai", {"zh-Hans": "回调", "en": "callback",
    ...                                           "zh-Hant": "回調"})})
    >>> to_traditional("回调函数的程序", "zh-Hant", g)
    '回調函式的程式'
    >>> to_traditional("市值超1万亿港元，“智能”不是智能", "zh-Hant", g)
    '市值超1兆港元，「智能」不是智慧'
    >>> to_traditional("2026年一季度营收5.34亿元", "zh-Hant-HK", g)
    '2026年第一季度營收5.34億元人民幣'
    >>> to_traditional("速达仓配的仓配服务", "zh-Hant", g, names=("速达仓配",))
    '速達倉配的倉儲物流服務'
    """
    _check(lang, "to_traditional")
    if not text:
        return text
    plan, memo = _cached_plan(glossary, lang)
    key = _key(text, names)
    done = memo.get(key)
    if done is not None:
        return done
    done = _convert(text, plan, names)
    if len(memo) >= _MEMO_MAX:
        memo.clear()
    memo[key] = done
    return done


def _key(text: str, names: tuple[str, ...]) -> str | tuple[str, tuple[str, ...]]:
    """A converted text's memo key: the text, and the story names in it if
    any (the same sentence converts otherwise for a story naming 速达仓配)."""
    if not names:
        return text
    inside = tuple(n for n in names if n in text)
    return (text, inside) if inside else text


def to_traditional_many(
    texts: Iterable[str], lang: str, glossary: Glossary, names: tuple[str, ...] = ()
) -> dict[str, str]:
    """:func:`to_traditional` of each text, as a dict, in one OpenCC call.

    The texts not converted before are joined with a separator that no
    mask, quotation or OpenCC phrase spans, converted together and split
    again: the same result as one call per text, for a fraction of the
    calls.
    """
    _check(lang, "to_traditional")
    plan, memo = _cached_plan(glossary, lang)
    out: dict[str, str] = {}
    todo: list[str] = []
    for text in texts:
        if text in out:
            continue
        done = memo.get(_key(text, names)) if text else text
        if done is None:
            todo.append(text)
            out[text] = ""
        else:
            out[text] = done
    if not todo:
        return out
    parts: list[str] = []
    if not any(_SEP in t for t in todo):
        parts = _convert(_SEP.join(todo), plan, names).split(_SEP)
    if len(parts) != len(todo):
        parts = [_convert(t, plan, names) for t in todo]
    if len(memo) + len(todo) > _MEMO_MAX:
        memo.clear()
    for text, done in zip(todo, parts, strict=True):
        memo[_key(text, names)] = out[text] = done
    return out


def to_script(text: str, lang: str, glossary: Glossary) -> str:
    """Characters only: ``text`` as a quoted passage would be converted
    (``s2tw`` / ``s2hk``, protected names kept, no vocabulary, numbers as
    written), for a source article's own words such as a quote.

    >>> to_script("“智能”用户达1万亿", "zh-Hant", Glossary({}))
    '「智能」用戶達1萬億'
    """
    _check(lang, "to_script")
    if not text:
        return text
    if _MASKS.search(text):
        raise ValueError("text contains supplementary private-use characters used as masks")
    plan, _ = _cached_plan(glossary, lang)
    masker = _Masker(plan)
    converted = masker.chars.convert(masker.mask(text, quoted=True))
    masker.convert_quotes()
    return masker.restore(_unpaired(converted))


def _check(lang: str, what: str) -> None:
    """Refuse a target that is not an OpenCC variant of the registry."""
    target = languages.find(lang)
    if target is None or not target.opencc:
        known = " or ".join(c for c in languages.derived() if languages.language(c).opencc)
        raise ValueError(f"{what} converts to {known}, not {lang!r}")


def _convert(text: str, plan: _Plan, names: tuple[str, ...] = ()) -> str:
    if _MASKS.search(text):
        raise ValueError("text contains supplementary private-use characters used as masks")
    masker = _Masker(plan)
    phrase = converter(languages.language(plan.lang).opencc)
    converted = phrase.convert(masker.mask(masker.hold_names(text, names), quoted=False))
    masker.convert_quotes()
    return masker.restore(_unpaired(converted))
