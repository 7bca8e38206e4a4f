"""Region lint: Traditional Chinese as Taipei and Hong Kong editors write it.

Two checks, on documents whose variant is zh-Hant (Taiwan) or zh-Hant-HK
(from the file name ``x.zh-Hant.md``, ``<html lang>`` or front matter
``lang:``, see :mod:`.documents`; in HTML an element's own ``lang`` wins):

* ``region.vocabulary``: a mainland word (營銷, 拋壓, 一季度, 1萬億 in
  Taiwan), or the other region's word (沽壓 in Taiwan text, 賣壓 in Hong
  Kong text), with the expected form. The words come from the same data as
  the script stage: ``summarizer/convert/regional.yaml`` and the glossary's
  zh-Hant / zh-Hant-HK forms, so lint and conversion can never disagree.
  Quoted passages (「」『』“”《》, ``<q>``, ``<blockquote>``) keep the
  article's wording and are not checked for vocabulary.
* ``region.script``: a Simplified-only character (发, 说, 们) anywhere,
  quotes included; protected names (通义千问) are exempt.

``--fix`` applies a replacement only when it is unambiguous: one expected
form for the flagged word, one Traditional form for the character.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .. import languages
from ..convert.hant import converter
from ..convert.regional import load_entries, region_forms, simplified_only
from ..vocabulary.glossary import Glossary
from .config import LintConfig
from .documents import Document
from .findings import LintFinding

_QUOTED = re.compile(r"「[^「」]*」|『[^『』]*』|“[^“”]*”|‘[^‘’]*’|《[^《》]*》")
_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)([^>]*)>")
_LANG_ATTR = re.compile(r"""\blang\s*=\s*["']?([\w-]+)""")
_QUOTE_TAGS = {"q", "blockquote", "code", "pre", "script", "style"}
_VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col"}
#: Numbers in the other region's form, per region column: Taiwan writes 兆
#: for 萬億, Hong Kong 萬億.
_SCALE = {
    "zh-Hant": (re.compile(r"(?<=\d)萬億"), "兆"),
    "zh-Hant-HK": (re.compile(r"(?<=\d)兆"), "萬億"),
}
_NO_SCALE = (re.compile(r"(?!)"), "")  # a new region column without a number rule


def variants() -> tuple[str, ...]:
    """The registry's variants with regional forms (zh-Hant, zh-Hant-HK): the
    languages this lint knows how Taipei or Hong Kong editors write."""
    return tuple(c for c in languages.derived() if languages.language(c).region)


def label(lang: str) -> str:
    """A variant as messages name it: 'zh-Hant-HK (Hong Kong)'."""
    return f"{lang} ({languages.language(lang).region_name})"


@dataclass(frozen=True, slots=True)
class _Table:
    """What to look for in one variant's text."""

    pattern: re.Pattern[str] | None
    expected: dict[str, tuple[str, ...]]
    """Flagged form -> expected forms (valid forms are in the pattern with ())."""
    why: dict[str, str]
    exempt: re.Pattern[str] | None
    """Protected names, exempt from the script check."""


def _alternation(keys: set[str]) -> re.Pattern[str] | None:
    ordered = sorted((k for k in keys if k), key=lambda s: (-len(s), s))
    return re.compile("|".join(map(re.escape, ordered))) if ordered else None


_TABLES: dict[tuple[int, str], tuple[Glossary, _Table]] = {}


def table(glossary: Glossary, lang: str) -> _Table:
    """The lint table for ``lang`` (cached per glossary object)."""
    hit = _TABLES.get((id(glossary), lang))
    if hit is not None and hit[0] is glossary:
        return hit[1]
    built = _build(glossary, lang)
    _TABLES[(id(glossary), lang)] = (glossary, built)
    return built


def _build(glossary: Glossary, lang: str) -> _Table:
    target = languages.language(lang)
    chars = converter(target.opencc_chars)
    # the other regions' words are wrong here (a region is the code owning its column)
    others = [r for r in languages.regions() if r != target.region]
    ours = dict(region_forms(lang))
    overrides = glossary.hant_overrides(lang)
    protected = set(glossary.protected)
    valid = set(ours.values()) | set(overrides.values()) | protected
    if target.glyphs:
        glyphs = converter(target.glyphs)
        valid |= {str(glyphs.convert(v)) for v in overrides.values()}
    wrong: dict[str, set[str]] = {}
    why: dict[str, str] = {}

    def flag(form: str, want: str, source: str) -> None:
        if form and form != want:
            wrong.setdefault(form, set()).add(want)
            why.setdefault(form, source)

    for e in load_entries():
        want = ours[e.hans]
        # a word both regions write as the mainland does (公布): what is wrong is
        # OpenCC's character conversion of it (公佈), no mainland word
        flag(str(chars.convert(e.hans)), want, "converted" if want == e.hans else "mainland")
        if not e.mainland_only:
            for other in others:
                flag(region_forms(other)[e.hans], want, other)
    their_overrides = {other: glossary.hant_overrides(other) for other in others}
    for hans, want in overrides.items():
        if hans in protected:
            continue
        flag(str(chars.convert(hans)), want, "mainland")
        for other in others:
            flag(their_overrides[other].get(hans, ""), want, other)
    expected = {k: tuple(sorted(v)) for k, v in wrong.items() if k not in valid}
    return _Table(
        _alternation(set(expected) | valid),
        expected,
        why,
        _alternation(protected),
    )


@cache
def _fixable_chars() -> frozenset[str]:
    return simplified_only()[0]


def _html_spans(text: str, lang: str) -> tuple[list[int], list[tuple[str, bool]]]:
    """Offsets where the (lang, quoted) state of an HTML document changes."""
    stack: list[tuple[str, str, bool]] = [("", lang, False)]
    starts, states = [0], [(lang, False)]
    for m in _TAG.finditer(text):
        closing, name = m[1] == "/", m[2].lower()
        if closing:
            for i in range(len(stack) - 1, 0, -1):
                if stack[i][0] == name:
                    del stack[i:]
                    break
        elif name not in _VOID and not m[3].rstrip().endswith("/"):
            got = _LANG_ATTR.search(m[3])
            top = stack[-1]
            stack.append((name, got[1] if got else top[1], top[2] or name in _QUOTE_TAGS))
        starts.append(m.end())
        states.append((stack[-1][1], stack[-1][2]))
    return starts, states


def check_region(doc: Document, glossary: Glossary, cfg: LintConfig) -> list[LintFinding]:
    """Region findings for one document (none unless its variant is Traditional)."""
    spans = _html_spans(doc.text, doc.lang) if doc.kind == "html" else None
    if doc.lang not in variants() and spans is None:
        return []
    vocab, script = cfg.on("region.vocabulary"), cfg.on("region.script")
    out: list[LintFinding] = []
    for seg in doc.segments:
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(seg.text)]
        qstarts = [q[0] for q in quoted]

        def state(at: int, seg_at: int = seg.offset) -> tuple[str, bool]:
            if spans is None:
                return doc.lang, False
            i = bisect.bisect_right(spans[0], seg_at + at) - 1
            return spans[1][i]

        def in_quote(
            at: int, end: int, quoted: list[tuple[int, int]] = quoted, qstarts: list[int] = qstarts
        ) -> bool:
            i = bisect.bisect_right(qstarts, at) - 1
            return i >= 0 and quoted[i][1] >= end

        if vocab:
            out += _vocabulary(doc, seg.text, seg.offset, glossary, cfg, state, in_quote)
        if script:
            out += _script(doc, seg.text, seg.offset, glossary, cfg, state)
    return out


State = Callable[[int], tuple[str, bool]]


def _vocabulary(
    doc: Document,
    text: str,
    base: int,
    glossary: Glossary,
    cfg: LintConfig,
    state: State,
    in_quote: Callable[[int, int], bool],
) -> list[LintFinding]:
    level = cfg.level("region.vocabulary")
    out: list[LintFinding] = []
    found: list[tuple[int, int, str, str, tuple[str, ...], str]] = []
    for lang in variants() if doc.kind == "html" else (doc.lang,):
        t = table(glossary, lang)
        if t.pattern is not None:
            for m in t.pattern.finditer(text):
                want = t.expected.get(m[0])
                if want:
                    found.append((m.start(), m.end(), lang, m[0], want, t.why[m[0]]))
        rx, scale = _SCALE.get(languages.language(lang).region, _NO_SCALE)
        found += [(m.start(), m.end(), lang, m[0], (scale,), "mainland") for m in rx.finditer(text)]
    for start, end, lang, form, want, why in sorted(found):
        here, quote = state(start)
        if here != lang or quote or in_quote(start, end):
            continue
        source = {"mainland": "Mainland", "converted": "Character-converted"}.get(why) or (
            languages.language(why).region_name
        )
        message = f"{source} form '{form}' in {label(lang)} text; write '{' or '.join(want)}'"
        line, col = doc.line_col(base + start)
        fix = want[0] if len(want) == 1 else ""
        out.append(
            LintFinding(
                doc.path, line, col, "region.vocabulary", level, message, fix,
                "region.vocabulary", base + start, end - start, bool(fix),
            )
        )  # fmt: skip
    return out


def _script(
    doc: Document, text: str, base: int, glossary: Glossary, cfg: LintConfig, state: State
) -> list[LintFinding]:
    only, several = simplified_only()
    if not any(c in only or c in several for c in text):
        return []
    level = cfg.level("region.script")
    out: list[LintFinding] = []
    exempt: list[tuple[int, int]] = []
    known = variants()
    pattern = table(glossary, known[0]).exempt  # protected names: any variant's
    if pattern is not None:
        exempt = [(m.start(), m.end()) for m in pattern.finditer(text)]
    for i, c in enumerate(text):
        if (c not in only and c not in several) or any(a <= i < b for a, b in exempt):
            continue
        lang, _ = state(i)
        if lang not in known:
            continue
        want = str(converter(languages.language(lang).opencc_chars).convert(c))
        if want == c:  # a Hong Kong glyph (户, 温, 脱) that is also the Simplified one
            continue
        message = f"Simplified character '{c}' in {label(lang)} text; write '{want}'"
        if c in several:
            message += " (or another form: check the word)"
        line, col = doc.line_col(base + i)
        fix = want if c in _fixable_chars() else ""
        out.append(
            LintFinding(
                doc.path, line, col, "region.script", level, message, fix,
                "region.script", base + i, 1, bool(fix),
            )
        )  # fmt: skip
    return out
