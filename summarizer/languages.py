"""The language registry: every output language and variant, one row each.

What belongs to a language -- the templates it renders from, how its script
is made (OpenCC configs), which column of the regional vocabulary it prints
(``convert/regional.yaml``), its Babel locale, what it falls back to, its
name in the language switch, whether the site publishes it -- is declared
here once, as data, and every stage asks this module instead of comparing
codes (``lang == "en"``, ``lang.startswith("zh")``). That comparison is how
"anything that is not English is Chinese" crept in; a row cannot say that.

Adding a variant is one line in :data:`LANGUAGES`. Macau, for instance,
derived from zh-Hans by OpenCC's Hong Kong config and printing Hong Kong
regional words, glossary forms falling back to Hong Kong then Taiwan::

    Language("zh-Hant-MO", "繁體中文（澳門）", "zh-Hans", "zh_Hant_MO", "Hant", "s2hk", "s2hk",
             "t2hk", "zh-Hant-HK", "Macau", ("zh-Hant-HK", "zh-Hant"), site=False),

(written on one line in the tuple, like the rows there).

The model is RosaeNLG's ``languageHelper`` (a code -> its implementation),
with a row of data instead of a class per language: our languages differ in
data, not in code.

Lookups read :data:`LANGUAGES` when called (an index is rebuilt when the
tuple is replaced), so a test can register a variant by monkeypatching the
tuple. Module constants elsewhere that list languages (``model.LANGS``,
``urls.SITE_LANGS``) are taken from it at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, TypeVar

Script = Literal["Hans", "Hant", "Latn"]


@dataclass(frozen=True, slots=True)
class Language:
    """One output language or regional variant (a row of the registry)."""

    code: str
    """BCP 47 tag: ``--lang``, file names (``x.zh-Hant.md``), the site's
    directory (``zh-Hant/stories/…``), the golden files."""
    label: str
    """Its name in itself, as the language switch shows it."""
    source: str
    """The language whose templates and text it renders from: itself for a
    language with its own templates (zh-Hans, en), else the one it is
    converted from."""
    babel: str
    """Babel locale of its own dates on the site. Figures in running text are
    formatted with the *source's* locale before conversion (realise.locale)."""
    script: Script
    """ISO 15924 script: Hans, Hant or Latn. Chinese is Hans or Hant."""
    opencc: str = ""
    """OpenCC config for running text, source -> this (with regional
    phrasing); '' for a language with its own templates."""
    opencc_chars: str = ""
    """OpenCC config that converts characters only (quotes, numbers)."""
    glyphs: str = ""
    """OpenCC config that puts a standard Traditional form borrowed from a
    fallback into this variant's glyphs (t2hk: 戶 -> 户, 說 -> 説); '' = as is."""
    region: str = ""
    """Column of ``convert/regional.yaml`` (and of its number forms) whose
    words it prints: the code of the region that owns the column."""
    region_name: str = ""
    """The region in English, for lint messages ("Taiwan", "Hong Kong")."""
    fallbacks: tuple[str, ...] = ()
    """Variants whose glossary forms (and digest titles) it uses when it has
    none of its own, in order (zh-Hant-HK -> zh-Hant)."""
    site: bool = True
    """Published by ``summarizer build`` (one page set per site language)."""
    html_lang: str = ""
    """``<html lang>`` and ``hreflang``; '' = the code."""

    def __post_init__(self) -> None:
        if not self.html_lang:
            object.__setattr__(self, "html_lang", self.code)

    @property
    def chinese(self) -> bool:
        """Written in Chinese characters (Simplified or Traditional)."""
        return self.script in ("Hans", "Hant")

    @property
    def derived(self) -> bool:
        """Made from another language's text rather than its own templates."""
        return self.source != self.code


#: Every output language, in the order commands list them and the site's
#: language switch shows them; one row each (zh-Hant is Taiwan phrasing).
#: Positional fields: code, label, source, babel, script, opencc,
#: opencc_chars, glyphs, region, region_name, fallbacks.
LANGUAGES: tuple[Language, ...] = (
    Language("zh-Hans", "简体中文", "zh-Hans", "zh_Hans_CN", "Hans"),
    Language("zh-Hant", "繁體中文", "zh-Hans", "zh_Hant_TW", "Hant", "s2twp", "s2tw", "", "zh-Hant", "Taiwan"),  # noqa: E501
    Language("zh-Hant-HK", "繁體中文（香港）", "zh-Hans", "zh_Hant_HK", "Hant", "s2hk", "s2hk", "t2hk", "zh-Hant-HK", "Hong Kong", ("zh-Hant",), site=False),  # noqa: E501
    Language("en", "English", "en", "en", "Latn"),
)  # fmt: skip

_INDEX: tuple[tuple[Language, ...], dict[str, Language]] = ((), {})


def _index() -> dict[str, Language]:
    """code -> Language for the current :data:`LANGUAGES` (checked once per tuple)."""
    global _INDEX
    if _INDEX[0] is not LANGUAGES:
        _INDEX = (LANGUAGES, check_registry(LANGUAGES))
    return _INDEX[1]


def check_registry(langs: tuple[Language, ...]) -> dict[str, Language]:
    """The registry by code, refused (ValueError) if a row contradicts another:
    a duplicate code, a source that is not a source language, a fallback or
    region that is not a variant of the same source, a variant without OpenCC."""
    by_code: dict[str, Language] = {}
    problems: list[str] = []
    for lg in langs:
        if lg.code in by_code:
            problems.append(f"{lg.code}: listed twice")
        by_code[lg.code] = lg
    for lg in langs:
        src = by_code.get(lg.source)
        if src is None or src.derived:
            problems.append(f"{lg.code}: source {lg.source!r} is not a language with templates")
        if lg.derived and not (lg.opencc and lg.opencc_chars):
            problems.append(f"{lg.code}: a derived variant needs its OpenCC configs")
        for other in (*lg.fallbacks, *([lg.region] if lg.region else [])):
            o = by_code.get(other)
            if o is None or not o.derived or o.source != lg.source:
                problems.append(f"{lg.code}: {other!r} is not a variant of {lg.source}")
    if problems:
        raise ValueError("language registry: " + "; ".join(problems))
    return by_code


def find(code: str) -> Language | None:
    """The registered language ``code``, or None."""
    return _index().get(code)


def language(code: str) -> Language:
    """The registered language ``code``; an unknown code fails listing the known ones.

    >>> language("zh-Hant-HK").fallbacks
    ('zh-Hant',)
    >>> language("fr")
    Traceback (most recent call last):
    ...
    ValueError: unknown language 'fr': expected one of zh-Hans, zh-Hant, zh-Hant-HK, en
    """
    lg = _index().get(code)
    if lg is None:
        raise ValueError(f"unknown language {code!r}: expected one of {', '.join(codes())}")
    return lg


def codes() -> tuple[str, ...]:
    """Every language code, in registry order."""
    return tuple(_index())


def sources() -> tuple[str, ...]:
    """Languages with their own templates (zh-Hans, en)."""
    return tuple(lg.code for lg in _index().values() if not lg.derived)


def derived() -> tuple[str, ...]:
    """Languages converted from a source's text (zh-Hant, zh-Hant-HK)."""
    return tuple(lg.code for lg in _index().values() if lg.derived)


def site_codes() -> tuple[str, ...]:
    """Languages the static site publishes, in language-switch order."""
    return tuple(lg.code for lg in _index().values() if lg.site)


def regions() -> tuple[str, ...]:
    """The regional vocabulary columns in use (zh-Hant, zh-Hant-HK), in order."""
    return tuple(dict.fromkeys(lg.region for lg in _index().values() if lg.region))


def source_of(code: str) -> str:
    """The language whose templates ``code`` renders from.

    >>> source_of("zh-Hant-HK"), source_of("en")
    ('zh-Hans', 'en')
    """
    return language(code).source


def is_chinese(code: str) -> bool:
    """Whether text in ``code`` is Chinese. A code the registry does not know
    (a document's ``lang="zh-TW"``) is Chinese if its BCP 47 language subtag is
    ``zh`` -- never merely because it is not ``en``.

    >>> is_chinese("zh-Hant"), is_chinese("en"), is_chinese("zh-CN"), is_chinese("ja")
    (True, False, True, False)
    """
    lg = _index().get(code)
    if lg is not None:
        return lg.chinese
    return code.split("-", 1)[0].lower() == "zh"


def chain(code: str) -> tuple[str, ...]:
    """``code`` then its fallbacks: where its own forms are looked up, in order."""
    return (code, *language(code).fallbacks)


T = TypeVar("T")


def pick(table: dict[str, T], code: str) -> T:
    """``table``'s entry for ``code``, else for its first fallback that has one,
    else for its source (KeyError if none).

    >>> pick({"zh-Hans": "简", "zh-Hant": "繁"}, "zh-Hant-HK")
    '繁'
    """
    for c in (*chain(code), source_of(code)):
        if c in table:
            return table[c]
    raise KeyError(code)


_PATTERN: tuple[tuple[Language, ...], str] = ((), "")


def code_pattern() -> str:
    """A regex alternation of every code, longest first, so ``zh-Hant-HK``
    wins over ``zh-Hant`` (file-name variant detection in lint)."""
    global _PATTERN
    if _PATTERN[0] is not LANGUAGES:
        ordered = sorted(codes(), key=lambda c: (-len(c), c))
        _PATTERN = (LANGUAGES, "|".join(map(re.escape, ordered)))
    return _PATTERN[1]
