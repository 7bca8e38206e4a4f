"""Glossary checks: rejected forms (``glossary.variant``) and zh/en term
parity across a pair (``glossary.pair``).

A rejected form is reported with the canonical form as the suggestion,
keeping the found text's capitalisation and number ("Lock-up expirations"
-> "Lock-up expiries"). A form limited by ``when_paired`` is only reported
when the paired text in the other language contains one of those words, so
"unlocking" a phone is fine but "unlocking" for 解禁 is not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import ahocorasick_rs

from .. import languages
from ..vocabulary.glossary import Glossary, Term, Variant
from .automaton import Entry
from .config import LintConfig
from .documents import Document, Segment
from .findings import LintFinding
from .matcher import Matcher

log = logging.getLogger(__name__)


def pluralize(word: str) -> str:
    """Naive English plural of the last word: expiry -> expiries, box -> boxes."""
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def canon_forms(term: Term) -> list[tuple[str, str]]:
    """(lang, form) of every accepted form: canonical, plural, abbreviation, accept."""
    out = [(lang, f) for lang, f in term.forms.items()]
    out += [(lang, f) for lang, f in term.plural.items()]
    out += [(lang, f) for lang, f in term.abbr.items()]
    out += [(lang, f) for lang, fs in term.accept.items() for f in fs]
    return out


def _variant_entries(term: Term) -> list[Entry]:
    out = []
    for i, v in enumerate(term.variants):
        out.append(
            Entry(v.form, "variant", term.id, v.lang, term.case_sensitive, i, False, term.category)
        )
        if v.lang == "en" and not v.use and not v.form.endswith("s") and v.form[-1:].isalpha():
            out.append(
                Entry(
                    pluralize(v.form),
                    "variant",
                    term.id,
                    v.lang,
                    term.case_sensitive,
                    i,
                    True,
                    term.category,
                )
            )
    out += [
        Entry(x, "exception", term.id, "", False, -1, False, term.category) for x in term.exceptions
    ]
    return out


_CACHE: dict[tuple[int, str], tuple[Glossary, Matcher]] = {}


def _cached(glossary: Glossary, name: str, build: Callable[[Glossary], Matcher]) -> Matcher:
    key = (id(glossary), name)
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not glossary:
        hit = _CACHE[key] = (glossary, build(glossary))
    return hit[1]


def variant_matcher(glossary: Glossary) -> Matcher:
    return _cached(glossary, "variant", _variant_matcher)


def full_matcher(glossary: Glossary) -> Matcher:
    return _cached(glossary, "full", _full_matcher)


def _variant_matcher(glossary: Glossary) -> Matcher:
    """Rejected forms and exceptions, plus the canonical forms that contain a
    rejected form (so "Cambricon" is never half-matched by a shorter reject)."""
    entries = [e for t in glossary.terms.values() if not t.same_as for e in _variant_entries(t)]
    # a shield lives in the automaton of its case mode, with the rejects it contains
    ci = [e.form.lower() for e in entries if e.kind == "variant" and not e.case_sensitive]
    cs = [e.form for e in entries if e.kind == "variant" and e.case_sensitive]
    ci_ac = ahocorasick_rs.AhoCorasick(ci) if ci else None
    cs_ac = ahocorasick_rs.AhoCorasick(cs) if cs else None
    for t in glossary.terms.values():
        if t.same_as:
            continue
        for lang, f in canon_forms(t):
            ac, form = (cs_ac, f) if t.case_sensitive else (ci_ac, f.lower())
            if ac is not None and ac.find_matches_as_indexes(form):
                entries.append(
                    Entry(f, "canon", t.id, lang, t.case_sensitive, -1, False, t.category)
                )
    return Matcher(entries)


def _full_matcher(glossary: Glossary) -> Matcher:
    """Every form of every term: canonical, plural, abbreviation, accepted, rejected."""
    entries: list[Entry] = []
    for t in glossary.terms.values():
        if t.same_as:
            continue
        for lang, f in canon_forms(t):
            plural = f in t.plural.values()
            entries.append(Entry(f, "canon", t.id, lang, t.case_sensitive, -1, plural, t.category))
        entries += _variant_entries(t)
    return Matcher(entries)


def suggestion(term: Term, v: Variant, found: str, plural: bool) -> str:
    base = v.use or term.forms.get(v.lang) or term.form(v.lang)
    if plural and not (base.endswith("s") and not base.endswith(("ss", "us", "is"))):
        # a canonical form that is plural already ('platform operators') stays as it is
        base = term.plural.get(v.lang) or pluralize(base)
    if found[:1].isupper() and v.form[:1].islower() and base[:1].islower():
        base = base[0].upper() + base[1:]
    return base


def _family(lang: str) -> str:
    """The language a code is written in: 'zh' for every Chinese variant, else
    its BCP 47 language subtag ('en-GB' -> 'en'), so French text is never
    checked against English or Chinese forms."""
    return "zh" if languages.is_chinese(lang) else lang.split("-", 1)[0].lower()


def check_variants(
    doc: Document, glossary: Glossary, cfg: LintConfig, partner: Document | None
) -> list[LintFinding]:
    """Report every rejected form in ``doc``.

    The hot loop of the glossary checks (a finding per few hundred bytes of
    typical text): matches come as byte spans, character offsets are counted
    gap by gap, and a finding's wording is built once per distinct form."""
    out: list[LintFinding] = []
    matcher = variant_matcher(glossary)
    terms = glossary.terms
    seen: dict[tuple[str, tuple[str, ...]], bool] = {}
    said = matcher.wordings
    default = cfg.level("glossary.variant")
    lang, text, path, line_col = doc.lang, doc.text, doc.path, doc.line_col
    # forms of another language are not checked (a document without one: all are)
    skip = {c for c in languages.codes() if _family(c) != _family(lang)} if lang else set()
    for seg in doc.segments:
        raw, base = seg.utf8(), seg.offset  # the text is not asked for: it may not be decoded
        bpos = cpos = 0
        for b0, b1, size, e in matcher.variants(raw):
            term = terms[e.term]
            v = term.variants[e.ref]
            if v.lang in skip:
                continue
            if v.when_paired and not _paired_has(partner, seg.unit, v.when_paired, seen):
                continue
            cpos += len(raw[bpos:b0].decode("utf-8"))
            bpos = b0
            found = raw[b0:b1].decode("utf-8")
            key = (id(e), found, default)
            wording = said.get(key)
            if wording is None:  # the same wrong form recurs: word its finding once
                wording = said[key] = _wording(term, v, e, found, default)
            at = base + cpos
            line, col = line_col(at)
            out.append(
                LintFinding(
                    path,
                    line,
                    col,
                    "glossary.variant",
                    wording[2],
                    wording[1],
                    wording[0],
                    wording[3],
                    at,
                    size,
                    text[at : at + size] == found,
                )
            )
    return out


def _paired_has(
    partner: Document | None,
    unit: str,
    words: tuple[str, ...],
    seen: dict[tuple[str, tuple[str, ...]], bool],
) -> bool:
    """Does the paired text of ``unit`` contain one of ``words``? (cached per unit)"""
    if partner is None:
        return False
    key = (unit, words)
    if key not in seen:
        other = partner.unit_text(unit)
        seen[key] = any(w in other for w in words)
    return seen[key]


def _wording(
    term: Term, v: Variant, e: Entry, found: str, default: str
) -> tuple[str, str, str, str]:
    """(suggestion, message, level, rule) of a finding for ``found``."""
    fix = suggestion(term, v, found, e.plural)
    message = f"Use '{fix}' instead of '{found}'"
    if term.message:
        message = term.message.replace("%s", found, 1)
    if v.note:
        message += f" ({v.note})"
    level = v.level or (term.level if term.level != "error" else default)
    return fix, message, level, f"Glossary.{term.id}"


def _present(
    doc: Document, unit: str, glossary: Glossary, family: str, cats: tuple[str, ...]
) -> dict[str, tuple[Segment, int, int]]:
    """term id -> (segment, byte start, byte end) of its first occurrence on one side."""
    found: dict[str, tuple[Segment, int, int]] = {}
    matcher = full_matcher(glossary)
    for seg in doc.unit_segments(unit):
        for start, end, term in matcher.first_terms(seg.utf8(), family, cats):
            cur = found.get(term)
            if cur is None or (cur[0] is seg and start < cur[1]):
                found[term] = (seg, start, end)
    return found


def _located(found: dict[str, tuple[Segment, int, int]]) -> dict[str, tuple[int, str]]:
    """File offsets and texts of byte spans: each segment's bytes are decoded
    once, gap by gap, in offset order."""
    out: dict[str, tuple[int, str]] = {}
    seg_id, bpos, cpos = -1, 0, 0
    for tid, (seg, b0, b1) in sorted(found.items(), key=lambda kv: (id(kv[1][0]), kv[1][1])):
        raw = seg.utf8()
        if id(seg) != seg_id:
            seg_id, bpos, cpos = id(seg), 0, 0
        cpos += len(raw[bpos:b0].decode("utf-8"))
        bpos = b0
        out[tid] = (seg.offset + cpos, raw[b0:b1].decode("utf-8"))
    return out


def check_pair(
    zh: Document, en: Document, glossary: Glossary, cfg: LintConfig
) -> list[LintFinding]:
    """A term on one side of a pair without its counterpart on the other."""
    out: list[LintFinding] = []
    level = cfg.level("glossary.pair")
    units = sorted({s.unit for s in zh.segments} | {s.unit for s in en.segments})
    for unit in units:
        zh_terms = _present(zh, unit, glossary, "zh", cfg.pair_categories)
        en_terms = _present(en, unit, glossary, "en", cfg.pair_categories)
        for side, other, mine, theirs, lang in (
            (zh, en, zh_terms, en_terms, "en"),
            (en, zh, en_terms, zh_terms, "zh-Hans"),
        ):
            missing = _located({t: w for t, w in mine.items() if t not in theirs})
            ctx = f" ({unit.split(':', 1)[-1]})" if unit else ""
            for tid, (offset, found) in missing.items():
                want = glossary.form(tid, lang)
                line, col = side.line_col(offset)
                out.append(
                    LintFinding(
                        side.path,
                        line,
                        col,
                        "glossary.pair",
                        level,
                        f"'{found}' has no counterpart in {other.path}{ctx}: expected '{want}'",
                        want,
                        f"Glossary.{tid}",
                    )
                )
    return out
