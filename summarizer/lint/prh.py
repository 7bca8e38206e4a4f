"""Export the glossary as prh rules that make textlint find what we find.

textlint-rule-prh runs each rule's regular expression on its own, while our
matcher (:mod:`.matcher`) finds rejected forms in one leftmost-longest pass
with a Latin word boundary of its own and shields: a longer pattern that
contains a rejected form (a canonical form such as "Cambricon", an
exception such as "unlocking a phone", a longer rejected form) wins where it
matches. So each pattern is written as a regular expression that says all
that:

- the form itself (ASCII-lower-cased and with the ``i`` flag for a term that
  is not case-sensitive, as we fold ASCII case);
- ``(?<![W])`` / ``(?![W])`` where the form starts or ends with a Latin
  letter or digit, ``W`` being the characters that continue a Latin word for
  us (ASCII letters, digits, ``_`` and U+00C0-U+027F, not CJK: ``\\b`` would
  count 寒 as a word character);
- a negative lookahead per shield occurrence: "not where the longer pattern
  stands around this one" (see :func:`pattern`).

Every rejected form is exported, the English plurals we derive included,
with the replacement we suggest; a form we reject only next to a word in
the other language of a pair (``when_paired``) cannot be said in prh and is
left out (it still shields shorter forms). Rules are grouped per term and
replacement, as prh wants one ``expected`` per rule and one set of flags
per pattern list. Not mirrored: the capital we give a suggestion when the
found text starts with one, and a match that only partly overlaps another.
"""

from __future__ import annotations

from typing import Any

import yaml

from ..vocabulary.glossary import Glossary
from .automaton import _Automaton
from .terms import suggestion, variant_matcher

#: Characters that continue a Latin word for the matcher (its byte test).
WORD = "[A-Za-z0-9_\\u00C0-\\u027F]"
_SPECIAL = set("\\^$.|?*+()[]{}/")


def _esc(text: str) -> str:
    """``text`` as a literal in a JavaScript /u regular expression (which
    refuses needless escapes such as ``\\-``)."""
    return "".join("\\" + c if c in _SPECIAL else c for c in text)


def _word(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c == "_") or "\u00c0" <= c <= "\u027f"


def _bounded(text: str, start: bool = True, end: bool = True) -> str:
    """``text`` as a regex, with the matcher's Latin boundary at its ends."""
    out = _esc(text)
    if start and text and _word(text[0]):
        out = f"(?<!{WORD})" + out
    if end and text and _word(text[-1]):
        out += f"(?!{WORD})"
    return out


def pattern(form: str, shields: list[str]) -> str:
    """The regex body for ``form``: bounded, and not inside any of ``shields``
    (longer patterns of the same automaton that contain it).

    A shield's own boundary is not part of its guard: the automaton finds
    the longest pattern at the leftmost place and only then tests its
    boundary, so a shield that fails its boundary ("arte poverax") still
    hides the shorter form inside it."""
    guards = []
    for s in shields:
        k = s.find(form)
        while k >= 0:
            before, after = s[:k], s[k + len(form) :]
            if not (  # else the form's own boundary keeps it out of this shield
                (before and _word(before[-1]) and _word(form[0]))
                or (after and _word(after[0]) and _word(form[-1]))
            ):
                head = f"(?<={_esc(before)})" if before else ""
                guards.append(f"(?!{head}{_esc(form)}{_esc(after)})")
            k = s.find(form, k + 1)
    return "".join(guards) + _bounded(form)


def _rules(glossary: Glossary, auto: _Automaton, flags: str) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    for idx, form in enumerate(auto.patterns):
        e = auto.variant[idx]
        if e is None:
            continue
        term = glossary.terms[e.term]
        v = term.variants[e.ref]
        if v.when_paired:
            continue
        shields = [p for p in auto.patterns if p != form and form in p]
        expected = suggestion(term, v, v.form, e.plural)
        out.setdefault((term.id, expected), []).append(f"/{pattern(form, shields)}/{flags}")
    return out


def export_prh(glossary: Glossary) -> str:
    """prh YAML (``version: 1``, ``rules``) for textlint-rule-prh."""
    matcher = variant_matcher(glossary)
    rules: list[dict[str, Any]] = []
    for auto, flags in ((matcher.ci, "i"), (matcher.cs, "")):
        for (tid, expected), patterns in _rules(glossary, auto, flags).items():
            note = glossary.terms[tid].note
            rules.append(
                {
                    "expected": expected,
                    "patterns": patterns,
                    "prh": f"Glossary.{tid}" + (f": {note}" if note else ""),
                }
            )
    return yaml.safe_dump(
        {"version": 1, "rules": rules}, allow_unicode=True, sort_keys=False, width=4096
    )
