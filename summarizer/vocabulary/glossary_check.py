"""Build glossary terms from YAML and validate the glossary as a whole.

``build_terms`` turns each entry into a :class:`~summarizer.vocabulary.glossary.Term`
and collects structural problems (missing languages, unknown keys or
categories, malformed variants); ``check_terms`` then looks across terms:
duplicate forms, a rejected form of one term that is the canonical form of
another, ``same_as`` pointing nowhere. Every problem carries the
``SourceSpan`` of the offending YAML node, and all of them are reported at
once.
"""

from __future__ import annotations

import logging
from typing import Any

from ..facts.yamlload import Located
from ..keys import unknown_keys
from ..model import SourceSpan
from .glossary import CATEGORIES, LEVELS, REQUIRED_LANGS, TERM_LANGS, Term, Variant

log = logging.getLogger(__name__)

Problem = tuple[SourceSpan | None, str]
KEYS = (
    "id",
    "category",
    *TERM_LANGS,
    "plural",
    "abbr",
    "accept",
    "reject",
    "case_sensitive",
    "protect",
    "note",
    "exceptions",
    "level",
    "message",
    "same_as",
)
VARIANT_KEYS = ("form", "note", "when_paired", "level", "use")
_INHERIT = ("forms", "plural", "abbr", "case_sensitive", "protect", "accept")


def _lang_map(
    loc: Located, path: tuple[str | int, ...], value: Any, out: list[Problem]
) -> dict[str, str]:
    if not isinstance(value, dict):
        out.append((loc.span(path), "expected a mapping of language -> text"))
        return {}
    bad = [k for k in value if k not in TERM_LANGS]
    for k in bad:
        out.append(
            (
                loc.span((*path, k, "<key>")),
                f"unknown language '{k}'; expected one of: {list(TERM_LANGS)}",
            )
        )
    return {str(k): str(v) for k, v in value.items() if k not in bad and v is not None}


def _string_list(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def _variants(
    loc: Located, path: tuple[str | int, ...], raw: Any, out: list[Problem]
) -> list[Variant]:
    if not isinstance(raw, dict):
        out.append((loc.span(path), "'reject' maps a language to a list of forms"))
        return []
    variants: list[Variant] = []
    for lang, items in raw.items():
        if lang not in TERM_LANGS:
            out.append(
                (
                    loc.span((*path, lang, "<key>")),
                    f"unknown language '{lang}'; expected one of: {list(TERM_LANGS)}",
                )
            )
            continue
        if not isinstance(items, list):
            out.append((loc.span((*path, lang)), "expected a list of rejected forms"))
            continue
        for j, item in enumerate(items):
            vpath = (*path, lang, j)
            if isinstance(item, str) and item:
                variants.append(Variant(item, str(lang), span=loc.span(vpath)))
                continue
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("form"), str)
                or not item["form"]
            ):
                out.append(
                    (
                        loc.span(vpath),
                        "a rejected form is a string or {form, note, when_paired, level, use}",
                    )
                )
                continue
            out.extend(unknown_keys(loc, vpath, VARIANT_KEYS, "rejected form"))
            level = str(item.get("level", ""))
            if level and level not in LEVELS:
                out.append(
                    (
                        loc.span((*vpath, "level")),
                        f"expected one of: {list(LEVELS)} but received: '{level}'",
                    )
                )
            paired = _string_list(item.get("when_paired", []))
            if paired is None:
                out.append(
                    (
                        loc.span((*vpath, "when_paired")),
                        "'when_paired' is a string or a list of strings",
                    )
                )
                paired = ()
            variants.append(
                Variant(
                    str(item["form"]),
                    str(lang),
                    str(item.get("note", "")),
                    paired,
                    loc.span(vpath),
                    level,
                    str(item.get("use", "")),
                )
            )
    return variants


def _one(loc: Located, i: int, raw: Any, out: list[Problem]) -> Term | None:
    path: tuple[str | int, ...] = ("terms", i)
    span = loc.span(path)
    if not isinstance(raw, dict):
        out.append((span, "each term must be a mapping"))
        return None
    tid = str(raw.get("id") or "")
    if not tid:
        out.append((span, "term without 'id'"))
        return None
    out.extend(unknown_keys(loc, path, KEYS, f"term '{tid}'"))
    category = str(raw.get("category", ""))
    if category not in CATEGORIES:
        out.append(
            (
                loc.span((*path, "category")),
                f"term '{tid}': expected a category, one of: {list(CATEGORIES)} "
                f"but received: '{category}'",
            )
        )
    forms = {lang: str(raw[lang]) for lang in TERM_LANGS if raw.get(lang) is not None}
    same_as = str(raw.get("same_as") or "")
    missing = [lang for lang in REQUIRED_LANGS if lang not in forms]
    if missing and not same_as:
        out.append((span, f"term '{tid}' lacks {', '.join(missing)}"))
    level = str(raw.get("level", "error"))
    if level not in LEVELS:
        out.append(
            (loc.span((*path, "level")), f"expected one of: {list(LEVELS)} but received: '{level}'")
        )
    accept: dict[str, tuple[str, ...]] = {}
    for lang, items in (
        (raw.get("accept") or {}).items() if isinstance(raw.get("accept"), dict) else ()
    ):
        got = _string_list(items)
        if got is None or lang not in TERM_LANGS:
            out.append(
                (loc.span((*path, "accept", lang)), "'accept' maps a language to a list of forms")
            )
        else:
            accept[str(lang)] = got
    exceptions = _string_list(raw.get("exceptions", []))
    if exceptions is None:
        out.append((loc.span((*path, "exceptions")), "'exceptions' is a list of strings"))
    return Term(
        id=tid,
        category=category,
        forms=forms,
        plural=_lang_map(loc, (*path, "plural"), raw["plural"], out) if "plural" in raw else {},
        abbr=_lang_map(loc, (*path, "abbr"), raw["abbr"], out) if "abbr" in raw else {},
        variants=tuple(_variants(loc, (*path, "reject"), raw["reject"], out))
        if "reject" in raw
        else (),
        case_sensitive=bool(raw.get("case_sensitive", False)),
        protect=bool(raw.get("protect", False)),
        note=str(raw.get("note", "")),
        span=span,
        accept=accept,
        exceptions=exceptions or (),
        level=level,
        message=str(raw.get("message", "")),
        same_as=same_as,
    )


def build_terms(loc: Located) -> tuple[dict[str, Term], list[Problem]]:
    """Every term of a loaded glossary, and the structural problems found."""
    out: list[Problem] = []
    terms: dict[str, Term] = {}
    for i, raw in enumerate(loc.data["terms"]):
        term = _one(loc, i, raw, out)
        if term is None:
            continue
        if term.id in terms:
            first = terms[term.id].span
            out.append(
                (
                    loc.span(("terms", i, "id")),
                    f"duplicate term id '{term.id}' (first at line {first.line if first else '?'})",
                )
            )
            continue
        terms[term.id] = term
    for tid, term in list(terms.items()):
        if not term.same_as:
            continue
        target = terms.get(term.same_as)
        if target is None or target.same_as:
            out.append(
                (
                    term.span,
                    f"term '{tid}': same_as '{term.same_as}' is not a term with its own forms",
                )
            )
            terms.pop(tid)
            continue
        inherited: dict[str, Any] = {k: getattr(target, k) for k in _INHERIT}
        inherited["forms"] = {**target.forms, **term.forms}
        terms[tid] = _replace(term, inherited)
    return terms, out


def _replace(term: Term, changes: dict[str, Any]) -> Term:
    from dataclasses import replace

    return replace(term, **changes)


def _key(term: Term, form: str) -> str:
    return form if term.case_sensitive else form.casefold()


def check_terms(terms: dict[str, Term]) -> list[Problem]:
    """Problems across terms: duplicate forms, rejects that are another's canon."""
    out: list[Problem] = []
    canon: dict[tuple[str, str], str] = {}
    for term in terms.values():
        if term.same_as:
            continue
        own = {(lang, _key(term, f)) for lang, f in term.forms.items() if lang in REQUIRED_LANGS}
        own |= {(lang, _key(term, f)) for lang, f in term.abbr.items()}
        for key in sorted(own):
            other = canon.get(key)
            if other and other != term.id:
                out.append(
                    (
                        term.span,
                        f"term '{term.id}': {key[0]} form '{key[1]}' is already "
                        f"the form of '{other}'",
                    )
                )
            canon.setdefault(key, term.id)
    for term in terms.values():
        for v in term.variants:
            owner = canon.get((v.lang, v.form.casefold())) or canon.get((v.lang, v.form))
            if owner == term.id:
                what = "its own canonical"
            elif owner and (
                not terms[owner].case_sensitive
                or v.form in (terms[owner].forms.get(v.lang), terms[owner].abbr.get(v.lang))
            ):
                what = f"the canonical form of '{owner}'"
            else:
                continue
            out.append((v.span, f"term '{term.id}': rejected {v.lang} form '{v.form}' is {what}"))
    log.debug("checked %d terms, %d problems", len(terms), len(out))
    return out
