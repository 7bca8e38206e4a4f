"""The prose of an HTML document: its text and ``alt``/``title`` values, nothing else.

A tokenizer after the WHATWG HTML tokenization states (tags with quoted
attributes, comments, bogus comments, raw-text elements), not a regex mask
and not the standard library's ``html.parser``: that one, in the Python this
project runs on, is quadratic on an unclosed ``<!--``, ``</`` or ``<a b='``
(20,000 of them took 6 to 69 s). Here every construct that is not closed
runs to the end of the file, as the standard says, so each character is
looked at a bounded number of times.

Skipped: tags and their attributes (except ``alt`` and ``title``, which
readers see), comments, ``<!doctype>`` and ``<?…>``, character references,
the raw text of ``<script>``, ``<style>``, ``<textarea>`` and the like, and
everything inside ``<pre>``, ``<code>``, ``<kbd>`` and ``<samp>``. The result
has the length and the newlines of the input, so offsets, lines and columns
still point into the file.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Elements whose content is raw text up to their end tag (never markup).
RAW_TEXT = frozenset(
    {"script", "style", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"}
)
#: Elements whose content is code or input, not prose (markup inside still parsed).
CODE = frozenset({"pre", "code", "kbd", "samp"})
#: Attributes whose values readers see.
PROSE_ATTRS = frozenset({"alt", "title"})

_NOT_NL = re.compile(r"[^\n]")
_NAME = re.compile(r"[A-Za-z][^\s/>]*")
_ATTR = re.compile(r"""([^\s/>"'=][^\s/>=]*)(?:\s*=\s*("[^"]*"?|'[^']*'?|[^\s>]*))?""")
_SPACE = re.compile(r"[\s/]*")
#: Where markup may start: '<' then a letter, '/', '!' or '?' (the tokenizer's tag open state).
_MARKUP = re.compile(r"<[A-Za-z/!?]")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


@lru_cache(maxsize=16)
def _end_tag(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{re.escape(name)}(?=[\s/>])", re.I)


def _tag_end(text: str, pos: int, keep: list[tuple[int, int]], code: bool) -> int:
    """Read attributes from ``pos`` to the ``>`` closing a start tag; the spans
    of ``alt``/``title`` values go to ``keep``. Returns the offset after ``>``
    (the end of the text if the tag never closes)."""
    n = len(text)
    while pos < n:
        pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]  # matches ''
        if pos >= n or text[pos] == ">":
            return pos + 1
        m = _ATTR.match(text, pos)
        if m is None:  # a stray quote or '=': part of no attribute
            pos += 1
            continue
        value = m.group(2)
        if value and not code and m.group(1).lower() in PROSE_ATTRS:
            start = m.start(2)
            quoted = value[0] in "\"'"
            end = m.end(2) - (1 if quoted and len(value) > 1 and value[-1] == value[0] else 0)
            keep.append((start + (1 if quoted else 0), end))
        pos = m.end()
    return n


def prose_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every piece of prose, left to right."""
    keep: list[tuple[int, int]] = []
    depth = dict.fromkeys(CODE, 0)
    n = len(text)
    pos = 0
    while pos < n:
        start = _MARKUP.search(text, pos)  # a '<' before anything else is text
        lt = n if start is None else start.start()
        if lt > pos and not any(depth.values()):
            keep.append((pos, lt))
        if lt >= n:
            break
        nxt = text[lt + 1 : lt + 2]
        if text.startswith("<!--", lt):
            if text.startswith(("<!-->", "<!--->"), lt):  # abruptly closed empty comment
                pos = lt + (5 if text[lt + 4] == ">" else 6)
                continue
            end = text.find("-->", lt + 4)
            pos = n if end < 0 else end + 3
        elif nxt in ("!", "?"):  # doctype, CDATA, processing instruction: bogus comments
            end = text.find(">", lt + 2)
            pos = n if end < 0 else end + 1
        elif nxt == "/":
            m = _NAME.match(text, lt + 2)
            if m:
                name = m.group().lower()
                if name in depth and depth[name]:
                    depth[name] -= 1
            end = text.find(">", lt + 2)
            pos = n if end < 0 else end + 1
        else:  # a start tag (what _MARKUP finds)
            m = _NAME.match(text, lt + 1)
            assert m is not None  # starts with a letter
            name = m.group().lower()
            pos = _tag_end(text, m.end(), keep, any(depth.values()))
            closed = text[pos - 2 : pos] == "/>"
            if name in RAW_TEXT and not closed:
                c = _end_tag(name).search(text, pos)
                pos = n if c is None else c.start()
            elif name in CODE and not closed:
                depth[name] += 1
    return keep


def html_prose(text: str) -> str:
    """``text`` with everything but prose replaced by spaces (newlines kept)."""
    out: list[str] = []
    last = 0
    for start, end in prose_spans(text):
        if start > last:
            out.append(_NOT_NL.sub(" ", text[last:start]))
        out.append(text[start:end])
        last = max(last, end)
    if last < len(text):
        out.append(_NOT_NL.sub(" ", text[last:]))
    prose = "".join(out)
    return _ENTITY.sub(lambda m: " " * len(m.group()), prose) if "&" in prose else prose
