"""Quotes checked against the article they quote.

Every fact carries ``source.quote``, a verbatim passage. With the articles
kept beside the stories (``sources/``), ``check`` finds each quote in its
article, comparing after normalising only what copying changes: the width
of punctuation (，/, ：/:), quotation marks, and white space. A quote not
found is a warning at the fact; an article that cannot be read is one
warning for the story, and its quotes go unchecked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from ..model import Finding, SourceSpan, Story
from ..userfiles import InputError, read_bounded
from .consistency_figures import Context

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({c: '"' for c in "“”„«»「」『』"} | {c: "'" for c in "‘’‚"})


def normalise(text: str) -> str:
    """NFKC (full-width ， -> ,), one kind of quotation mark, no white space.

    >>> normalise("表示将为消费者退款1.5亿元，") == normalise("表示将为消费者 退款1.5亿元,")
    True
    """
    return _SPACE.sub("", unicodedata.normalize("NFKC", text).translate(_QUOTES))


def article_path(story: Story, name: str, folders: Sequence[Path] = ()) -> Path:
    """Where an article lives: ``sources/`` beside the story's folder, else
    ``folders`` (the site's ``[content] sources``), the first that has it (the
    first candidate if none)."""
    beside = Path(story.path).resolve().parent.parent / "sources" / name
    candidates = [beside, *(folder / name for folder in folders)]
    return next((p for p in candidates if p.is_file()), beside)


@lru_cache(maxsize=64)
def _article(path: Path) -> str | None:
    try:
        return normalise(read_bounded(path, 4 << 20).decode("utf-8-sig"))
    except (OSError, InputError, UnicodeDecodeError):
        return None


def quotes_in_source(ctx: Context) -> Iterator[Finding]:
    """Each quote found in its article, or a warning where it is not."""
    for story in ctx.stories:
        missing: set[str] = set()
        for f in story.facts:
            name = f.source.article
            if name.startswith(("http://", "https://")) or name in missing:
                continue
            text = _article(article_path(story, name, ctx.sources))
            if text is None:
                missing.add(name)
                yield Finding(
                    "warning",
                    "source-unreadable",
                    f"article '{name}' not found in sources/ (or unreadable): "
                    f"the quotes of {story.id} go unchecked",
                    SourceSpan(story.path, 1, 1),
                )
                continue
            if normalise(f.source.quote) not in text:
                yield Finding(
                    "warning",
                    "quote-not-in-source",
                    f"the quote of '{f.id}' is not in {name} (compared ignoring punctuation "
                    f"width and white space): {f.source.quote[:50]!r}",
                    f.span,
                )


def articles_described(ctx: Context) -> Iterator[Finding]:
    """Each other article the facts quote has its outlet in ``story.articles``
    (else readers see a file name in the sources list), and each article
    described there is quoted by some fact."""
    for story in ctx.stories:
        quoted = {f.source.article: f for f in story.facts if f.source.article != story.source}
        for name, f in quoted.items():
            if name not in story.articles and not name.startswith(("http://", "https://")):
                yield Finding(
                    "info",
                    "article-undescribed",
                    f"'{f.id}' quotes {name}, which story.articles does not describe: readers "
                    "see its file name; give its outlet (and title, url, published)",
                    f.span,
                )
        for name in story.articles:
            if name not in quoted:
                yield Finding(
                    "info",
                    "article-unquoted",
                    f"story.articles describes {name}, which no fact quotes",
                    SourceSpan(story.path, 1, 1),
                )
