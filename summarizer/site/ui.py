"""Site configuration and interface wording shared by every page.

The interface strings live in templates/site/ui.yaml (zh-Hans and en);
zh-Hant is derived from zh-Hans with OpenCC, like every other zh-Hant text,
unless ui.yaml gives an explicit zh-Hant form.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import yaml

from ..errors import BuildError
from . import urls

#: Same configurations as summarizer.convert.hant.PHRASE_CONFIG (Taiwan and Hong Kong phrasing).
PHRASE_CONFIG = {"zh-Hant": "s2twp", "zh-Hant-HK": "s2hk"}


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


def to_hant(text: str, lang: str) -> str:
    """zh-Hans -> zh-Hant (Taiwan) or zh-Hant-HK; other languages unchanged.

    Uses the pipeline's own converter (summarizer.convert.hant), so a build holds one
    OpenCC dictionary set, not two (each is about 45 MB)."""
    if lang not in PHRASE_CONFIG:
        return text
    from ..convert.hant import converter

    return str(converter(PHRASE_CONFIG[lang]).convert(text))


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
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise BuildError.at(None, f"{path}: cannot read interface strings: {exc}") from exc
    out: dict[str, dict[str, str]] = {}
    for lang in urls.SITE_LANGS:
        table = Strings()
        for key, forms in raw.items():
            if lang in forms:
                table[key] = str(forms[lang])
            elif lang.startswith("zh"):
                table[key] = to_hant(str(forms["zh-Hans"]), lang)
            else:
                table[key] = str(forms["en"])
        out[lang] = table
    return out


def alternates(langs: Sequence[str], current: str, href: Callable[[str], str]) -> list[Alternate]:
    """The language switch: each language's version of the same page."""
    return [Alternate(lg, urls.LANG_LABELS[lg], href(lg), lg == current) for lg in langs]
