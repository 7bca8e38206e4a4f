"""Blank out Jinja tags, in time linear in the file's size (Markdown and HTML
are parsed instead: :mod:`.markdown_prose`, :mod:`.html_prose`).

A regular expression like ``<!--.*?-->`` is quadratic on text with many
unclosed ``<!--``: at each one the engine scans to the end of the file for
``-->`` and fails, then tries again at the next (issue 12 measured 44-59 s on
an unclosed ``<!--`` or ``{{``). A :class:`Mask` is the same alternation,
but each construct with a closing delimiter is split into its opener, found
by the regex, and its closer, found by a plain search. When the closer is
missing after one opener it is missing after every later one, so that
construct is dropped from the alternation for the rest of the file, which
keeps the regex semantics (the other alternatives are tried at that
position, as the regex would) and makes every scan resume where the last
one stopped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_NOT_NL = re.compile(r"[^\n]")


@dataclass(frozen=True, slots=True)
class Block:
    """A construct from ``opener`` (a regex) to the first ``closer`` after it."""

    opener: str
    closer: str
    ignore_case: bool = False


@dataclass(slots=True)
class Mask:
    """An ordered alternation of plain patterns (``str``) and ``Block``s."""

    parts: tuple[str | Block, ...]
    flags: int = 0
    _compiled: dict[frozenset[int], re.Pattern[str]] = field(default_factory=dict, repr=False)
    _closers: dict[int, re.Pattern[str]] = field(default_factory=dict, repr=False)

    def regex(self, skip: frozenset[int]) -> re.Pattern[str]:
        """The alternation without the blocks in ``skip`` (cached: at most 2^blocks)."""
        if skip not in self._compiled:
            alts = [
                f"(?P<g{i}>{p.opener if isinstance(p, Block) else p})"
                for i, p in enumerate(self.parts)
                if i not in skip
            ]
            self._compiled[skip] = re.compile("|".join(alts) or "(?!)", self.flags)
        return self._compiled[skip]

    def closer(self, i: int) -> re.Pattern[str]:
        if i not in self._closers:
            block = self.parts[i]
            assert isinstance(block, Block)
            flags = re.I if block.ignore_case else 0
            self._closers[i] = re.compile(re.escape(block.closer), flags)
        return self._closers[i]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every masked construct, left to right, not overlapping."""
        out: list[tuple[int, int]] = []
        skip: frozenset[int] = frozenset()
        regex = self.regex(skip)
        pos = 0
        while pos <= len(text):
            m = regex.search(text, pos)
            if m is None:
                break
            i = int((m.lastgroup or "g0")[1:])
            end = m.end()
            if isinstance(self.parts[i], Block):
                c = self.closer(i).search(text, end)
                if c is None:  # unclosed: no later opener of this kind closes either
                    skip = skip | {i}
                    regex = self.regex(skip)
                    continue
                end = c.end()
            out.append((m.start(), end))
            pos = end if end > m.start() else m.start() + 1
        return out


def blank(text: str, mask: Mask) -> str:
    """Replace each masked construct by spaces (keeping newlines), so offsets stay valid."""
    spans = mask.spans(text)
    if not spans:
        return text
    parts = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(_NOT_NL.sub(" ", text[start:end]))
        last = end
    parts.append(text[last:])
    return "".join(parts)


#: Jinja: expressions, statements and comments.
JINJA = Mask((Block(r"\{\{", "}}"), Block(r"\{%", "%}"), Block(r"\{#", "#}")), re.S)
