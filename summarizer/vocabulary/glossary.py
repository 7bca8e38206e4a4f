"""The terminology glossary: one source of truth for every term we print.

Templates never hard-code a term; they ask ``Glossary.form(term_id, lang)``.
The OpenCC stage asks for zh-Hant overrides and for the protected names it
must leave alone. The linter (``summarizer.lint``) reads the rejected
variants. The file format is documented in docs/glossary-format.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from .. import languages
from ..errors import GlossaryError
from ..facts.yamlload import Located, paused_gc
from ..model import SourceSpan
from ..paths import GLOSSARY_PATH
from ..userfiles import load_user_yaml
from .vocab import MetricDef, SegmentDef, Vocabulary

#: Languages a term may carry a form for (the registry's): zh-Hant and
#: zh-Hant-HK are optional overrides of what OpenCC would derive from zh-Hans.
TERM_LANGS = languages.codes()
#: The languages with templates: every term has a form in each.
REQUIRED_LANGS = languages.sources()
#: Finding levels, as in Vale.
LEVELS = ("error", "warning", "suggestion")
CATEGORIES = (
    "finance",
    "ai",
    "company",
    "product",
    "chip",
    "persona",
    "facet",
    "regulation",
    "metric",
    "market",
    "unit",
    "general",
    "person",
    "organisation",
)


@dataclass(frozen=True, slots=True)
class Variant:
    """A rejected form of a term in one language, with why and when."""

    form: str
    lang: str
    note: str = ""
    when_paired: tuple[str, ...] = ()
    """Only reject when the paired text (the other language) contains one of
    these, e.g. 'unlocking' only when the Chinese side says 解禁."""
    span: SourceSpan | None = None
    level: str = ""
    """error | warning | suggestion; empty = the term's level."""
    use: str = ""
    """Replacement to suggest instead of the canonical form (``unlocking
    volumes`` -> ``lock-up expiry volumes``); empty = the canonical form."""


@dataclass(frozen=True, slots=True)
class Term:
    """One glossary entry."""

    id: str
    category: str
    forms: dict[str, str]
    """Canonical form per language (zh-Hans and en always present)."""
    plural: dict[str, str] = field(default_factory=dict)
    """Plural forms (English); the linter accepts them and --fix keeps them."""
    abbr: dict[str, str] = field(default_factory=dict)
    """Abbreviation per language (MaaS); the first mention expands it."""
    variants: tuple[Variant, ...] = ()
    case_sensitive: bool = False
    protect: bool = False
    """Names OpenCC and templates must leave exactly as written."""
    note: str = ""
    span: SourceSpan | None = None
    accept: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Other forms that are fine and count as the term (never suggested)."""
    exceptions: tuple[str, ...] = ()
    """Phrases in which a rejected form is legitimate ("unlocking a phone")."""
    level: str = "error"
    """Level of a finding for a rejected form (Vale: error, warning, suggestion)."""
    message: str = ""
    """Message template with %s for the found form; empty = the default."""
    same_as: str = ""
    """Id of the term whose forms this one shares (a metric id naming a finance term)."""

    def form(self, lang: str, *, plural: bool = False) -> str:
        """Canonical form in ``lang``; zh-Hant variants fall back to their source,
        zh-Hans (OpenCC converts later, unless the term overrides it)."""
        if plural and lang in self.plural:
            return self.plural[lang]
        if lang in self.forms:
            return self.forms[lang]
        return self.forms[languages.source_of(lang)]


@dataclass(frozen=True)
class Glossary:
    """All terms by id, with the lookups the stages need."""

    terms: dict[str, Term]
    path: str = "glossary.yaml"

    def term(self, term_id: str) -> Term:
        try:
            return self.terms[term_id]
        except KeyError:
            raise GlossaryError.at(None, f"unknown glossary term '{term_id}'") from None

    def form(self, term_id: str, lang: str, *, plural: bool = False) -> str:
        return self.term(term_id).form(lang, plural=plural)

    @cached_property
    def protected(self) -> tuple[str, ...]:
        """Every form of every protected term, longest first (for masking)."""
        out = {f for t in self.terms.values() if t.protect for f in t.forms.values()}
        out |= {a for t in self.terms.values() if t.protect for a in t.abbr.values()}
        return tuple(sorted(out, key=lambda s: (-len(s), s)))

    def hant_overrides(self, lang: str) -> dict[str, str]:
        """zh-Hans form -> the glossary's form for ``lang`` (zh-Hant or zh-Hant-HK).

        A variant falls back along the registry's ``fallbacks`` when it has no
        form of its own: zh-Hant-HK takes the zh-Hant override.
        """
        chain, src = languages.chain(lang), languages.source_of(lang)
        out: dict[str, str] = {}
        for t in self.terms.values():
            target = next((f for f in map(t.forms.get, chain) if f), None)
            if target:
                out[t.forms[src]] = target
        return out


def with_vocabulary_names(glossary: Glossary, vocab: Vocabulary) -> Glossary:
    """The glossary plus a term for each metric the vocabulary names inline.

    Every metric needs a name in both languages: from its glossary term (the
    usual way, so the linter knows it) or inline in the vocabulary. A metric
    with neither is refused at its place in the vocabulary.
    """
    extra: dict[str, Term] = {}
    problems: list[tuple[SourceSpan | None, str]] = []
    named: list[tuple[str, MetricDef | SegmentDef]] = [
        ("metrics", m) for m in vocab.metrics.values()
    ]
    named += [("segments", s) for s in vocab.segments.values()]
    for section, m in named:
        if isinstance(m, MetricDef) and m.loss and m.loss not in glossary.terms:
            problems.append(
                (
                    m.span,
                    f"vocabulary 'metrics.{m.id}.loss': expected a glossary term for a "
                    f"loss of it, got {m.loss!r}",
                )
            )
        if m.term in glossary.terms:
            continue
        if m.name is None:
            problems.append(
                (
                    m.span,
                    f"vocabulary '{section}.{m.id}': no name; give name: {{zh-Hans: …, en: …}} "
                    f"or add the glossary term '{m.term}'",
                )
            )
            continue
        category = "metric" if section == "metrics" else "general"
        extra[m.term] = Term(m.term, category, {"zh-Hans": m.name.zh, "en": m.name.en})
    if problems:
        from ..errors import ConfigError

        raise ConfigError(problems)
    return Glossary({**glossary.terms, **extra}, glossary.path) if extra else glossary


def parse_glossary(loc: Located) -> Glossary:
    """Build a Glossary from loaded YAML, collecting every problem (structure,
    duplicates, clashes) and raising them all at once with file:line:col."""
    from .glossary_check import build_terms, check_terms

    data = loc.data
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise GlossaryError.at(loc.span(()), "expected a mapping with a 'terms' list")
    terms, problems = build_terms(loc)
    problems += check_terms(terms)
    if problems:
        raise GlossaryError(sorted(problems, key=_problem_key))
    return Glossary(terms, loc.file)


def _problem_key(p: tuple[SourceSpan | None, str]) -> tuple[int, int, str]:
    span, message = p
    return (span.line, span.col, message) if span else (0, 0, message)


def load_glossary(path: str | Path) -> Glossary:
    """Load and check ``glossary.yaml`` (without garbage collections: see
    :func:`~summarizer.facts.yamlload.paused_gc`), or read it back from
    :mod:`~summarizer.vocabulary.glossary_cache` when it was checked before."""
    from . import glossary_cache

    def parse() -> Glossary:
        return parse_glossary(load_user_yaml(path, GlossaryError))

    with paused_gc():
        return glossary_cache.load([path], parse)


@cache
def packaged_glossary() -> Glossary:
    """The glossary shipped with the project, loaded and checked once per
    process: a site build needs it for its interface strings and (unless a
    project brings its own) for its briefs, and loading it twice was ~30 ms
    of every one-story rebuild (issue 13)."""
    return load_glossary(GLOSSARY_PATH)
