"""A story's own name that the region lint would flag once converted.

The script stage converts the names a story declares by characters only
(``convert/names.py``: 速达仓配 is 速達倉配 in Taiwan, never 速達倉儲物流).
Sometimes the character form holds what the region lint reads as a mainland
word: 星图数据 becomes 星圖數據, and 數據 is what Taiwan calls 資料. If that is
the company's name there, the glossary should say so (a term with its
``zh-Hant`` form, the entity pointing to it with ``term:``): the lint then
accepts the form everywhere, and every story prints it alike. If it is not,
the glossary term gives the form Taipei uses. Either way ``check`` says it
before the site's region lint fails on the build.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import languages
from ..convert.hant import converter
from ..convert.names import NAME_KINDS
from ..lint import region
from ..model import Finding, SourceSpan, Story
from ..vocabulary.glossary import Glossary


def name_region_findings(stories: Iterable[Story], glossary: Glossary) -> list[Finding]:
    """One info finding per entity name whose character conversion the
    region lint flags in some region (module docstring)."""
    out = []
    for story in stories:
        for ent in story.entities.values():
            if ent.kind not in NAME_KINDS or ent.term:
                continue
            name = ent.name.get("zh-Hans")
            forms: dict[str, list[str]] = {}  # printed form -> regions that flag it
            words: dict[str, tuple[str, ...]] = {}
            for lang in region.variants():
                form = str(converter(languages.language(lang).opencc_chars).convert(name))
                flagged = _flagged(form, glossary, lang)
                if flagged:
                    forms.setdefault(form, []).append(lang)
                    words.update(flagged)
            for form, langs in forms.items():
                said = ", ".join(f"'{w}' (for {'/'.join(want)})" for w, want in words.items())
                out.append(
                    Finding(
                        "info",
                        "name-region",
                        f"entity '{ent.id}': its name prints as {form} in {' and '.join(langs)} "
                        f"(a name converts by characters only), where the region lint flags "
                        f"{said}; if {form} is its name there, add a glossary term with that "
                        f"form and point to it with term:",
                        ent.span or SourceSpan(story.path, 1, 1),
                    )
                )
    return out


def _flagged(form: str, glossary: Glossary, lang: str) -> dict[str, tuple[str, ...]]:
    """word -> expected forms, for each word the region table flags in ``form``."""
    t = region.table(glossary, lang)
    if t.pattern is None:
        return {}
    return {m[0]: t.expected[m[0]] for m in t.pattern.finditer(form) if m[0] in t.expected}
