"""Wording left in the other language: a zh-Hans text with no Chinese in it,
an English text that is all Chinese.

``summarizer draft`` copies the article's headline into both languages and
leaves the clauses empty; an editor who fills in the English and forgets
the Chinese publishes an English headline on every Chinese page (and its
Traditional conversions), which nothing else flags: the schema sees two
non-empty strings. Names may stay as written (Temu, MiniMax, an outlet such
as Fintool), so only the sentences are read: the title, the lede, and each
claim's and event's text and implications. A zh-Hans text is suspect when
it has words but not one Chinese character; an English one when Chinese
characters make up more than a third of its letters ("Pop Mart (泡泡玛特)"
is English with a name in brackets; "Temu上调价格" is not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import Finding, SourceSpan, Story, Text

_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z]{2,}")
_LATIN = re.compile(r"[A-Za-z]")


def untranslated_findings(stories: Iterable[Story]) -> list[Finding]:
    """A warning for each sentence whose zh-Hans or English is the other
    language's (module docstring)."""
    out = []
    for story in stories:
        head = SourceSpan(story.path, 1, 1)
        for name, text, span in _sentences(story, head):
            for lang, why in _wrong(text):
                out.append(
                    Finding(
                        "warning",
                        "untranslated",
                        f"{name}: the {lang} wording {why}: translate it",
                        span,
                    )
                )
    return out


def _sentences(story: Story, head: SourceSpan) -> Iterator[tuple[str, Text, SourceSpan]]:
    """(what, wording, where) of every sentence an editor writes in both languages."""
    yield "story title", story.title, head
    yield "story lede", story.lede, head
    for f in story.facts:
        if f.text is not None:
            yield f"fact '{f.id}' text", f.text, f.span
        for role, said in f.implications:
            yield f"fact '{f.id}' implication for {role}", said, f.span


def _wrong(text: Text) -> Iterator[tuple[str, str]]:
    if _WORD.search(text.zh) and not _CJK.search(text.zh):
        yield "zh-Hans", "has no Chinese"
    cjk = len(_CJK.findall(text.en))
    if cjk and cjk * 3 > cjk + len(_LATIN.findall(text.en)):
        yield "en", "is mostly Chinese"
