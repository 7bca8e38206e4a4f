"""``summarizer lint``: keep every text consistent with glossary.yaml.

One module per check family, run by :mod:`.engine` over the documents that
:mod:`.documents` reads (Markdown, text, HTML, Jinja templates, YAML and the
engine's JSON briefs):

- :mod:`.terms`: rejected forms (``glossary.variant``) and, across a zh/en
  pair, a term on one side without its counterpart (``glossary.pair``);
- :mod:`.templates`: a template that hard-codes a glossary term
  (``templates.hardcoded``);
- :mod:`.numbers`: number parity across a pair (``numbers.parity``,
  ``numbers.missing``);
- :mod:`.typography`: Chinese punctuation, full-width characters and
  CJK-Latin spacing (``typography.*``);
- :mod:`.region`: mainland or other-region vocabulary and Simplified
  characters in zh-Hant / zh-Hant-HK text (``region.vocabulary``,
  ``region.script``), from the same data as the script stage.

Findings are filtered by inline suppression comments (:mod:`.suppress`),
written by :mod:`.report` (SARIF: :mod:`.sarif`) as each file or zh/en pair
is done (:func:`.engine.lint_stream`: memory stays flat in the input) and,
with ``--fix``, applied by :mod:`.fix`. :mod:`.prh` exports the glossary as
textlint-rule-prh rules that find what :mod:`.matcher` finds.
"""

from __future__ import annotations

from .engine import LintResult, lint_paths, lint_stream
from .findings import LintFinding

__all__ = ["LintFinding", "LintResult", "lint_paths", "lint_stream"]
