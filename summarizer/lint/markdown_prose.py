"""The prose of a Markdown document, as markdown-it-py parses it (CommonMark).

Regex masks guessed at Markdown and got it wrong (issue 8: front matter,
indented code, ``<pre>`` and ``<code>`` were linted as prose). Here the
parser decides: block tokens carry their line ranges, so front matter
(``mdit-py-plugins``), fenced and indented code are blanked line by line
and HTML blocks go through :mod:`.html_prose`. Inline constructs carry no
positions, so the inline rules for code spans, inline HTML, autolinks and
link destinations are wrapped to record where in the inline source they
matched; that source is the block's lines minus their container prefixes
(``> ``, list indents), mapped back to the file line by line. Bare URLs in
what remains are blanked last.

The result has the length and newlines of the input: offsets, lines and
columns still point into the file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, AnyStr

from .html_prose import html_prose

if TYPE_CHECKING:  # imported when a file needs parsing (70 ms a run otherwise)
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token

#: Bare URLs, one pattern per literal start (an alternation is 60 times slower).
_URLS = (
    re.compile(r"https?://[^\s<>()\[\]{}\"'`]+"),
    re.compile(r"www\.[\w-]+\.[^\s<>()\[\]{}\"'`]+"),
)
_CODE_TAG = re.compile(r"<(/?)(code|kbd|samp|pre)\b", re.I)
_KEY = "summarizer.spans"
#: Blocks whose lines are not prose at all.
_CODE_BLOCKS = frozenset({"fence", "code_block", "front_matter"})
#: Text without `` ` < ]( ]: ~~~`` or these line starts (``has_markup``) has
#: nothing for the parser to find (no code, HTML, link or front matter): only
#: bare URLs are blanked, at the regex's speed (the parser reads about 1 MB/s;
#: prose with URLs and no markup is common).
#: Searched for as substrings, not as one regex: a line-start alternative
#: (``^`` with re.M) kept the regex from skipping ahead in C, and it took a
#: fifth of a glossary lint. A bracket alone is no link: an inline link or
#: image needs ``](`` (no space may come between), a reference link a
#: definition ``[label]: url``, so prose with brackets (``[编者注]``, ``[1]``,
#: a source's ``[text cut off]``) stays on the fast path; 38% of the lint
#: benchmark's corpus once had one and went through the parser, a third of
#: the glossary checks' speed. The three line starts are one regex with a
#: literal ``\n`` first (found in C), and ``](``/``]:`` are looked for only
#: after a ``]``: 0.19 -> 0.08 s over the 50 MB corpus, a tenth of its checks.
_MARKUP_LINE = re.compile(r"\n(?:    |\t|---)")
_MARKUP_AT_START = ("    ", "\t", "---")
#: The same needles in bytes: ASCII, so found in UTF-8 exactly where they
#: are in the text (:mod:`.markdown_bytes` asks this of a file's bytes).
_NEEDLES: dict[type, tuple[Any, ...]] = {
    str: (_MARKUP_AT_START, "`", "<", "~", "~~~", "]", "](", "]:", _MARKUP_LINE),
    bytes: (
        tuple(s.encode() for s in _MARKUP_AT_START),
        *(s.encode() for s in ("`", "<", "~", "~~~", "]", "](", "]:")),
        re.compile(_MARKUP_LINE.pattern.encode()),
    ),
}


def has_markup(text: AnyStr) -> bool:
    """Whether ``text`` (or its UTF-8 bytes) may hold code, HTML, a link or
    front matter: one of `` ` < ]( ]: ~~~`` anywhere, or a line starting with
    four spaces, a tab or ``---``. The substrings are spelt out, not looped
    over: a generator per file was a third of this test's time. A fence is
    looked for only after a single ``~`` is found (a one-character search
    runs in C at memchr's speed; ``~~~`` took 3% of a glossary lint)."""
    starts, tick, lt, tilde, fence, close, link, ref, line = _NEEDLES[type(text)]
    return (
        text.startswith(starts)
        or tick in text
        or lt in text
        or (tilde in text and fence in text)
        or (close in text and (link in text or ref in text))
        or line.search(text) is not None
    )


Rule = Callable[["StateInline", bool], bool]
#: What follows a '<' that starts neither an HTML tag nor an autolink.
_NO_TAG = frozenset({"", "<", " ", "\t", "\n", ">"})


def _recorder(rules: dict[str, list[tuple[str, Rule]]]) -> Rule:
    """One inline rule in place of the code span, link, image, autolink and
    inline HTML rules: dispatched on the first character (one call per
    character, not five), it runs them in markdown-it's order and notes in
    the env where each matched, as (kind, start, end), when not silent."""
    from markdown_it.helpers import parseLinkLabel

    def record(state: StateInline, silent: bool) -> bool:
        start = state.pos
        candidates = rules.get(state.src[start])
        if candidates is None:
            return False
        if state.src[start] == "<" and state.src[start + 1 : start + 2] in _NO_TAG:
            return False  # no tag or autolink starts with '<<', '< ' or '<' at the end
        for kind, rule in candidates:
            if not rule(state, silent):
                continue
            if not silent:
                end = state.pos
                at = start
                if kind == "link":  # keep the label (prose), blank the destination
                    label_end = parseLinkLabel(state, at + (state.src[at] == "!"), True)
                    at = label_end + 1 if label_end >= 0 else end
                # keyed by the inline source: the token lists are rebuilt after
                # parsing, and the same source always parses the same way
                spans = state.env.setdefault(_KEY, {}).setdefault(state.src, set())
                spans.add((kind, at, end))
            return True
        return False

    return record


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """CommonMark with tables and front matter. Emphasis, entities and line
    breaks are not parsed: they change no position of code, markup or links
    (which bind tighter than emphasis), and each costs a call per character."""
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import autolink, backtick, html_inline, image, link
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").enable("table")
    md.use(front_matter_plugin)
    rules: dict[str, list[tuple[str, Rule]]] = {
        "`": [("code", backtick)],
        "[": [("link", link)],
        "!": [("link", image)],
        "<": [("code", autolink), ("html", html_inline)],
    }
    md.inline.ruler.before("backticks", "summarizer_record", _recorder(rules))
    md.disable(["backticks", "link", "image", "autolink", "html_inline"])
    md.disable(["emphasis", "entity", "newline"])
    return md


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _inline_spans(spans: set[tuple[str, int, int]], src: str) -> list[tuple[int, int]]:
    """Spans to blank in one inline source: code, destinations, tags, and
    the text between inline ``<code>`` (and kin) tags."""
    out: list[tuple[int, int]] = []
    opened = -1
    depth = 0
    for kind, start, end in sorted(spans, key=lambda s: s[1]):
        if kind == "html":
            m = _CODE_TAG.match(src, start)
            if m and not m.group(1):
                depth += 1
                opened = start if depth == 1 else opened
            elif m and depth:
                depth -= 1
                if depth == 0:
                    out.append((opened, end))
                continue
        if depth == 0:
            out.append((start, end))
    if depth:
        out.append((opened, len(src)))
    return out


def _locate(content: str, first: int, lines: list[str], starts: list[int]) -> list[int] | None:
    """File offset of each line of an inline token's ``content`` (its block's
    lines from ``first`` without their container prefixes), or None when a
    line cannot be found (tabs expanded by the parser)."""
    out: list[int] = []
    cursor: dict[int, int] = {}
    for i, part in enumerate(content.split("\n")):
        row = first + i
        if row >= len(lines):
            return None
        line = lines[row]
        stripped = line.rstrip()
        if part and stripped.endswith(part):
            at = len(stripped) - len(part)
        elif part and line.endswith(part):
            at = len(line) - len(part)
        else:  # a table cell, or a heading with a closing '#' sequence
            at = line.find(part, cursor.get(row, 0))
            if at < 0:
                return None
        cursor[row] = at + len(part)
        out.append(starts[row] + at)
    return out


def markdown_prose(text: str) -> str:
    """``text`` with everything that is not prose replaced by spaces (newlines kept)."""
    if not has_markup(text):
        return _bare_urls(text)
    return parsed_prose(text)


def parsed_prose(text: str) -> str:
    """:func:`markdown_prose` through the parser, whatever ``text`` holds."""
    src = text.replace("\r", " ")  # markdown-it reads a lone CR as a line break; we do not
    env: dict[str, Any] = {}
    tokens: list[Token] = parser().parse(src, env)
    lines = src.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    chars = list(text)
    recorded: dict[str, set[tuple[str, int, int]]] = env.get(_KEY, {})
    html_blocks: list[tuple[int, int]] = []
    for tok in tokens:
        if tok.map is None:
            continue
        a, b = tok.map
        start, end = starts[a], (starts[b] if b < len(starts) else len(text))
        if tok.type in _CODE_BLOCKS:
            _blank(chars, start, end)
        elif tok.type == "html_block":
            html_blocks.append((start, end))
        elif tok.type == "inline":
            spans = recorded.get(tok.content)
            if not spans:
                continue
            where = _locate(tok.content, a, lines, starts)
            if where is None:
                continue
            line_at = [0]
            for part in tok.content.split("\n")[:-1]:
                line_at.append(line_at[-1] + len(part) + 1)
            for s, e in _inline_spans(spans, tok.content):
                i = bisect.bisect_right(line_at, s) - 1
                j = bisect.bisect_right(line_at, max(s, e - 1)) - 1
                _blank(chars, where[i] + s - line_at[i], where[j] + e - line_at[j])
    for start, end in html_blocks:
        chars[start:end] = html_prose(text[start:end])
    return _bare_urls("".join(chars))


def _bare_urls(text: str) -> str:
    """``text`` with bare URLs blanked. A URL match holds no whitespace (the
    patterns stop at it), so each becomes as many spaces as it has characters."""
    for pattern, literal in zip(_URLS, ("://", "www."), strict=True):
        if literal in text:
            text = pattern.sub(_spaces, text)
    return text


def _spaces(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())
