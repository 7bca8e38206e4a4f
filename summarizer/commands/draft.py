"""``summarizer draft ARTICLE [-o FILE]``: a facts draft from an article.

Reads plain text, Markdown or a saved HTML page and writes a facts file with
every figure the article gives and the events it reports (a fee raised, a
duty charged, a recall), each with its quote, and the guesses an editor should
review (``# REVIEW:``). Bad input (missing, not a regular file, not UTF-8,
empty) is one ``file:1:1: error: …`` line and exit 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..errors import SummarizerError
from ..model import SourceSpan


class ArticleError(SummarizerError):
    """The article could not be read as text."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "draft", help="draft a facts file from an article (text, Markdown, HTML)"
    )
    p.add_argument("article", type=Path, help="the article: .txt, .md or a saved .html page")
    p.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
    p.add_argument(
        "--published",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the article's date, where it gives none: dates without a year"
        " ('on July 1', 今年) and events are read against it",
    )
    p.set_defaults(func=run)


def read_article(path: Path) -> str:
    """The article's text; ArticleError at ``path:1:1`` when it cannot be read."""
    from ..userfiles import InputError, read_bounded

    where = SourceSpan(str(path), 1, 1)
    try:
        raw = read_bounded(path)
    except InputError as exc:
        raise ArticleError.at(where, str(exc)) from None
    except OSError as exc:
        raise ArticleError.at(where, f"cannot read: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError.at(where, f"not UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise ArticleError.at(where, "the article is empty")
    return text


def run(args: argparse.Namespace) -> int:
    from ..draft import draft_article
    from ..userfiles import write_output

    text = draft_article(read_article(args.article), str(args.article), args.published)
    if args.output:
        write_output(args.output, text)
    else:
        sys.stdout.write(text)
    return 0
