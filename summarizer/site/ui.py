"""Site configuration and interface wording shared by every page.

The interface strings live in templates/site/ui.yaml (zh-Hans and en);
zh-Hant and zh-Hant-HK are derived from zh-Hans by the one script stage
(summarizer.convert.hant: glossary overrides, protected names, regional
vocabulary), like every other Traditional text, unless ui.yaml gives an
explicit form.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import yaml

from .. import languages
from ..errors import BuildError
from ..vocabulary.glossary import Glossary, packaged_glossary
from . import urls


@dataclass(frozen=True, slots=True)
class SiteConfig:
    """Everything a page renderer needs besides the story (picklable)."""

    template_dir: Path
    staging: Path
    """Directory the pages of this build are written to (never the live site)."""
    langs: tuple[str, ...] = urls.SITE_LANGS
    base_url: str = ""
    """Prefix for absolute links (feeds, sitemap, hreflang); '' keeps them root-relative."""
    assets: dict[str, str] = field(default_factory=dict)
    """'css'/'js' -> path of the fingerprinted asset, relative to the site root."""


def project_glossary() -> Glossary:
    """The project's glossary, loaded once per process (interface strings
    need its overrides), the same object the default project's briefs use."""
    return packaged_glossary()


def to_hant(
    text: str, lang: str, glossary: Glossary | None = None, names: tuple[str, ...] = ()
) -> str:
    """zh-Hans -> zh-Hant (Taiwan) or zh-Hant-HK; other languages unchanged.

    Goes through the pipeline's own stage (summarizer.convert.hant.to_traditional),
    so glossary overrides, protected names and regional words apply to the
    interface exactly as to the briefs; ``names``: a story's own names
    (:mod:`summarizer.convert.names`)."""
    target = languages.find(lang)
    if target is None or not target.opencc or not text:
        return text
    from ..convert.hant import to_traditional

    return to_traditional(text, lang, glossary or project_glossary(), names)


class Strings(dict[str, str]):
    """Interface strings; ``ui.key`` in templates is a plain attribute lookup
    (on a dict Jinja would first try getattr, fail and catch the error)."""

    __slots__ = ()

    def __getattr__(self, key: str) -> str:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None


class Alternate(NamedTuple):
    """One entry of the language switch."""

    lang: str
    label: str
    href: str
    current: bool


def load_ui(template_dir: Path) -> dict[str, dict[str, str]]:
    """lang -> key -> wording, for every site language."""
    path = template_dir / "ui.yaml"
    try:
        # libyaml's loader when built in: the pure-Python one was 10 ms of every build
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 (safe)
    except (OSError, yaml.YAMLError) as exc:
        raise BuildError.at(None, f"{path}: cannot read interface strings: {exc}") from exc
    known = languages.codes()
    stray = [
        f"{path}: '{key}' has a key that is not a language: {extra!r} "
        "(an unquoted comma in a flow mapping splits the text; quote it)"
        for key, forms in raw.items()
        if isinstance(forms, dict)
        for extra in forms
        if extra not in known
    ]
    if stray:
        raise BuildError([(None, m) for m in stray])
    out: dict[str, dict[str, str]] = {}
    for lang in urls.SITE_LANGS:
        table = Strings()
        for key, forms in raw.items():
            if lang in forms:
                table[key] = str(forms[lang])
            else:  # the source's wording, converted for a variant
                table[key] = to_hant(str(forms[languages.source_of(lang)]), lang)
        out[lang] = table
    return out


def alternates(langs: Sequence[str], current: str, href: Callable[[str], str]) -> list[Alternate]:
    """The language switch: each language's version of the same page."""
    label = languages.language
    return [Alternate(lg, label(lg).label, href(lg), lg == current) for lg in langs]
