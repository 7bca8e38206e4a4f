"""``templates.hardcoded``: a Jinja template that writes a glossary term in
its literal text instead of asking the glossary for it.

Only text outside ``{{ }}``, ``{% %}`` and ``{# #}`` is searched (the
document reader blanks the tags), so ``{{ term('zhipu') }}`` is fine and a
literal 智谱 is not. The categories searched are configurable
(``template_categories``); general words are never reported.
"""

from __future__ import annotations

import logging

from ..vocabulary.glossary import Glossary
from .config import LintConfig
from .documents import Document
from .findings import LintFinding
from .terms import full_matcher

log = logging.getLogger(__name__)


def check_template(doc: Document, glossary: Glossary, cfg: LintConfig) -> list[LintFinding]:
    """Every canonical glossary form written literally in a template."""
    out: list[LintFinding] = []
    level = cfg.level("templates.hardcoded")
    cats = cfg.template_categories
    for seg in doc.segments:
        for hit in full_matcher(glossary).find(seg.text):
            e = next((x for x in hit.entries if x.kind == "canon" and x.category in cats), None)
            if e is None:
                continue
            line, col = doc.line_col(seg.offset + hit.start)
            found = seg.text[hit.start : hit.end]
            out.append(
                LintFinding(
                    doc.path,
                    line,
                    col,
                    "templates.hardcoded",
                    level,
                    f"Template hard-codes the glossary term '{found}'; take it from the glossary "
                    f"(term '{e.term}')",
                    "",
                    f"Glossary.{e.term}",
                )
            )
    return out
