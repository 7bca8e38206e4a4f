"""The zh-Hans -> zh-Hant (Taiwan) / zh-Hant-HK script stage.

zh-Hant and zh-Hant-HK are never written by hand: templates render zh-Hans
and this stage converts the finished text -- briefs, digests, feeds, the
glossary page and the site's interface strings all go through it. OpenCC
(``s2twp`` for Taiwan, with Taiwan phrasing; ``s2hk`` for Hong Kong) does
the script; before converting we mask, in one left-to-right pass with one
compiled regex (longest alternative first), everything it must not rewrite:

* **Protected names** (``Glossary.protected``: MiniMax, GLM-5.2, ...) stay
  exactly as written.
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

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import opencc

from ..vocabulary.glossary import Glossary
from .regional import RMB_MARK, region_forms, scale_word

#: Target language -> OpenCC config for running text (with regional phrasing).
PHRASE_CONFIG: dict[str, str] = {"zh-Hant": "s2twp", "zh-Hant-HK": "s2hk"}
#: Target language -> OpenCC config that converts characters only (quotes, numbers).
CHAR_CONFIG: dict[str, str] = {"zh-Hant": "s2tw", "zh-Hant-HK": "s2hk"}
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
_NUMBER = r"\d+(?:[.,]\d+)*(?:" + "|".join(_SCALES) + ")?元?"
_RMB_BEFORE, _RMB_AFTER = "人民币", ("人民币", "人民幣")
_SCALE_CHARS = "".join(sorted(set("".join(_SCALES))))


@cache
def converter(config: str) -> opencc.OpenCC:
    """The OpenCC converter for ``config``, created once and reused."""
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


@dataclass(frozen=True, slots=True)
class _Plan:
    """What to mask for one glossary and one target language."""

    lang: str
    outside: dict[str, str]
    """zh-Hans text -> what to print, for running text (protected + overrides)."""
    inside: dict[str, str]
    """The same for quoted passages (protected names only)."""
    outer: re.Pattern[str]
    inner: re.Pattern[str]


def _alternation(keys: list[str]) -> str:
    ordered = sorted({k for k in keys if k}, key=lambda s: (-len(s), s))
    return "|".join(re.escape(k) for k in ordered)


def _pattern(keys: list[str]) -> re.Pattern[str]:
    terms = _alternation(keys)
    term = f"|(?P<term>{terms})" if terms else ""
    return re.compile(f"(?P<quote>{_QUOTE}){term}|(?P<num>{_NUMBER})")


def _plan(glossary: Glossary, lang: str) -> _Plan:
    protected = {name: name for name in glossary.protected}
    overrides = glossary.hant_overrides(lang)
    if lang == "zh-Hant-HK":  # a Taiwan form borrowed for Hong Kong takes HK glyphs (户, 説)
        own = {t.forms["zh-Hans"] for t in glossary.terms.values() if "zh-Hant-HK" in t.forms}
        glyphs = converter("t2hk")
        overrides = {k: v if k in own else str(glyphs.convert(v)) for k, v in overrides.items()}
    inside = {**protected, **{k: v for k, v in overrides.items() if k in protected}}
    outside = {**region_forms(lang), **protected, **overrides}
    return _Plan(lang, outside, inside, _pattern(list(outside)), _pattern(list(inside)))


_PLANS: dict[tuple[int, str], tuple[Glossary, _Plan, dict[str, str]]] = {}
#: Converted texts kept per plan: persona names, labels and the sentences of
#: a takeaway that several personas share recur in every brief.
_MEMO_MAX = 2_048


def _cached_plan(glossary: Glossary, lang: str) -> tuple[_Plan, dict[str, str]]:
    """The plan for ``glossary`` and ``lang``, with its memo of converted texts."""
    key = (id(glossary), lang)
    hit = _PLANS.get(key)
    if hit is None or hit[0] is not glossary:
        hit = (glossary, _plan(glossary, lang), {})
        _PLANS[key] = hit
    return hit[1], hit[2]


class _Masker:
    """Replaces matched spans by private-use characters and restores them."""

    def __init__(self, plan: _Plan) -> None:
        self.plan = plan
        self.chars = converter(CHAR_CONFIG[plan.lang])
        self.scales = scale_words(CHAR_CONFIG[plan.lang])
        self.slots: list[str] = []

    def hold(self, text: str) -> str:
        code = _MASK_BASE + len(self.slots)
        if code > _MASK_LIMIT:
            raise ValueError("text too long to mask for script conversion")
        self.slots.append(text)
        return chr(code)

    def restore(self, text: str) -> str:
        return _MASKS.sub(lambda m: self.slots[ord(m[0]) - _MASK_BASE], text)

    def mask(self, text: str, quoted: bool) -> str:
        table = self.plan.inside if quoted else self.plan.outside
        pattern = self.plan.inner if quoted else self.plan.outer

        def replace(m: re.Match[str]) -> str:
            if m.lastgroup == "term":
                return self.hold(table[m[0]])
            if m.lastgroup == "num":
                return self.hold(self.number(m, quoted))
            return self.hold(self.quote(m[0]))

        return pattern.sub(replace, text)

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
        out = digits + scale_word(scale, word, self.plan.lang)
        if not yuan:
            return out
        before = m.string[max(0, m.start() - len(_RMB_BEFORE)) : m.start()]
        after = m.string[m.end() : m.end() + len(_RMB_BEFORE)]
        marked = before == _RMB_BEFORE or after in _RMB_AFTER
        return out + "元" + ("" if marked else RMB_MARK)

    def quote(self, passage: str) -> str:
        """A quoted passage, characters converted only, marks made 「」/『』."""
        open_mark, body, close_mark = passage[0], passage[1:-1], passage[-1]
        converted = _unpaired(self.restore(self.chars.convert(self.mask(body, quoted=True))))
        marks = QUOTE_MARKS.get(open_mark, open_mark), QUOTE_MARKS.get(close_mark, close_mark)
        return marks[0] + converted + marks[1]


def to_traditional(text: str, lang: str, glossary: Glossary) -> str:
    """Convert rendered zh-Hans text to ``lang`` ("zh-Hant" or "zh-Hant-HK").

    Protected names, glossary overrides, numbers and quoted passages are
    masked first (see the module docstring); everything else goes through
    OpenCC (s2twp / s2hk); “” become 「」.

    >>> from summarizer.vocabulary.glossary import Term
    >>> g = Glossary({"cb": Term("cb", "ai", {"zh-Hans": "回调", "en": "callback",
    ...                                           "zh-Hant": "回調"})})
    >>> to_traditional("回调函数的程序", "zh-Hant", g)
    '回調函式的程式'
    >>> to_traditional("市值超1万亿港元，“智能”不是智能", "zh-Hant", g)
    '市值超1兆港元，「智能」不是智慧'
    >>> to_traditional("2026年一季度营收5.34亿元", "zh-Hant-HK", g)
    '2026年第一季度營收5.34億元人民幣'
    """
    if lang not in PHRASE_CONFIG:
        raise ValueError(f"to_traditional converts to zh-Hant or zh-Hant-HK, not {lang!r}")
    if not text:
        return text
    plan, memo = _cached_plan(glossary, lang)
    done = memo.get(text)
    if done is not None:
        return done
    done = _convert(text, plan)
    if len(memo) >= _MEMO_MAX:
        memo.clear()
    memo[text] = done
    return done


def to_traditional_many(texts: Iterable[str], lang: str, glossary: Glossary) -> dict[str, str]:
    """:func:`to_traditional` of each text, as a dict, in one OpenCC call.

    The texts not converted before are joined with a separator that no
    mask, quotation or OpenCC phrase spans, converted together and split
    again: the same result as one call per text, for a fraction of the
    calls.
    """
    if lang not in PHRASE_CONFIG:
        raise ValueError(f"to_traditional converts to zh-Hant or zh-Hant-HK, not {lang!r}")
    plan, memo = _cached_plan(glossary, lang)
    out: dict[str, str] = {}
    todo: list[str] = []
    for text in texts:
        if text in out:
            continue
        done = memo.get(text) if text else text
        if done is None:
            todo.append(text)
            out[text] = ""
        else:
            out[text] = done
    if not todo:
        return out
    parts: list[str] = []
    if not any(_SEP in t for t in todo):
        parts = _convert(_SEP.join(todo), plan).split(_SEP)
    if len(parts) != len(todo):
        parts = [_convert(t, plan) for t in todo]
    if len(memo) + len(todo) > _MEMO_MAX:
        memo.clear()
    for text, done in zip(todo, parts, strict=True):
        memo[text] = out[text] = done
    return out


def to_script(text: str, lang: str, glossary: Glossary) -> str:
    """Characters only: ``text`` as a quoted passage would be converted
    (``s2tw`` / ``s2hk``, protected names kept, no vocabulary, numbers as
    written), for a source article's own words such as a quote.

    >>> to_script("“智能”用户达1万亿", "zh-Hant", Glossary({}))
    '「智能」用戶達1萬億'
    """
    if lang not in CHAR_CONFIG:
        raise ValueError(f"to_script converts to zh-Hant or zh-Hant-HK, not {lang!r}")
    if not text:
        return text
    if _MASKS.search(text):
        raise ValueError("text contains supplementary private-use characters used as masks")
    plan, _ = _cached_plan(glossary, lang)
    masker = _Masker(plan)
    converted = masker.chars.convert(masker.mask(text, quoted=True))
    return masker.restore(_unpaired(converted))


def _convert(text: str, plan: _Plan) -> str:
    if _MASKS.search(text):
        raise ValueError("text contains supplementary private-use characters used as masks")
    masker = _Masker(plan)
    converted = converter(PHRASE_CONFIG[plan.lang]).convert(masker.mask(text, quoted=False))
    return masker.restore(_unpaired(converted))


def _unpaired(text: str) -> str:
    """Corner brackets for double quotation marks left without a partner."""
    return text.replace("“", "「").replace("”", "」")
