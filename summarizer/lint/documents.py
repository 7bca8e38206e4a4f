"""Read the files to lint into documents of text segments, and pair them.

A :class:`Document` is one file: its raw text, its kind (markdown, html,
jinja, json, yaml, text), its language when the name or content says it,
and its *segments*: the pieces of prose to check, each with its character
offset in the file. Markup that is not prose (code, URLs, HTML tags, Jinja
tags) is blanked out with spaces (Markdown and HTML as their parsers see
them: :mod:`.markdown_prose`, :mod:`.html_prose`), so offsets, lines and
columns still point
into the original file.

The engine's JSON output (briefs, paired by story and section) is read by
:mod:`.briefs`.
"""

from __future__ import annotations

import bisect
import logging
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

import yaml

from .. import languages
from ..facts.yamlload import MAX_BYTES, MAX_DEPTH, MAX_NODES
from ..userfiles import read_bounded
from . import discover, masks
from .discover import Patterns
from .html_prose import html_prose
from .markdown_bytes import prose_bytes
from .markdown_prose import markdown_prose
from .masks import blank

log = logging.getLogger(__name__)

#: Extensions read when a directory is given (a file named on the command line is always read).
EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".j2": "jinja",
    ".jinja": "jinja",
    ".jinja2": "jinja",
    ".json": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
}
#: Largest prose file read (structured ones, YAML and JSON, have the loader's MAX_BYTES).
MAX_TEXT_BYTES = 4 * MAX_BYTES
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([\w-]+)""", re.I)
_FRONT_LANG = re.compile(r"""^lang:\s*["']?([\w-]+)""", re.M)


class Segment:
    """A piece of prose to check: text and where it starts in the file.

    Made from its text, its UTF-8 bytes or both; each is made from the
    other once, when first asked for. The matchers work in UTF-8, so a plain
    Markdown file's prose, blanked in the bytes it was read as
    (:mod:`.markdown_bytes`), is decoded only if a check reads it as text."""

    __slots__ = ("_text", "offset", "unit", "_utf8")

    def __init__(
        self, text: str | None, offset: int, unit: str = "", utf8: bytes | None = None
    ) -> None:
        if text is None and utf8 is None:
            raise ValueError("a segment needs its text or its UTF-8 bytes")
        self._text, self._utf8 = text, utf8
        self.offset = offset
        #: Pair unit: segments with the same unit in the zh and en documents
        #: of a pair are compared ('' = the whole document).
        self.unit = unit

    @property
    def text(self) -> str:
        if self._text is None:
            assert self._utf8 is not None
            self._text = self._utf8.decode("utf-8")
        return self._text

    def utf8(self) -> bytes:
        """The text in UTF-8, encoded once (every matcher works on it)."""
        if self._utf8 is None:
            self._utf8 = self.text.encode("utf-8")
        return self._utf8

    def __repr__(self) -> str:
        return f"Segment({self.text!r}, {self.offset}, {self.unit!r})"


@dataclass
class Document:
    """One file to lint."""

    path: str
    text: str
    kind: str
    lang: str = ""
    segments: list[Segment] = field(default_factory=list)
    pair_key: str = ""
    """Documents with the same pair key and languages zh-Hans/en form a pair."""
    _lines: list[int] | None = None
    _units: dict[str, list[Segment]] | None = None
    _at: int = 0
    _line: int = 1
    _start: int = 0
    """Line of offset ``_at`` and where it starts: checks ask for offsets
    mostly in increasing order, and counting newlines from the last one beats
    indexing every line (and, unlike searching back, is never quadratic)."""

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        if offset >= self._at:
            text, at = self.text, self._at
            n = text.count("\n", at, offset)
            if n:
                self._line += n
                self._start = text.rfind("\n", at, offset) + 1
            self._at = offset
            return self._line, offset - self._start + 1
        if self._lines is None:
            # offsets of the newlines, computed in C: cumulative line lengths + 1
            ends = accumulate(map((1).__add__, map(len, self.text.split("\n"))))
            self._lines = [e - 1 for e in ends][:-1]
        line = bisect.bisect_left(self._lines, offset)
        start = self._lines[line - 1] + 1 if line else 0
        return line + 1, offset - start + 1

    def unit_segments(self, unit: str) -> list[Segment]:
        """The segments of one pair unit ('' = all), grouped once: asking each
        unit to filter every segment was quadratic in the number of sections."""
        if not unit:
            return self.segments
        if self._units is None:
            self._units = {}
            for seg in self.segments:
                self._units.setdefault(seg.unit, []).append(seg)
        return self._units.get(unit, [])

    def unit_text(self, unit: str) -> str:
        """All prose of one pair unit ('' = the whole document)."""
        return "\n".join(s.text for s in self.unit_segments(unit))


def iter_files(paths: list[str], exclude: Patterns | None = None) -> list[Path]:
    """Every file to read: files as given, directories recursively (sorted),
    minus ignored and excluded ones (:mod:`.discover`)."""
    excluded = exclude.match if exclude else _none
    return discover.iter_files(paths, frozenset(EXTENSIONS), excluded, filter_named=False)


def _none(_path: Path, _is_dir: bool) -> bool:
    return False


@lru_cache(maxsize=8)
def _lang_in_name(codes: str) -> re.Pattern[str]:
    """``x.zh-Hant.md`` -> base, a registry code, extension (``codes``: the
    registry's alternation, longest first, so zh-Hant-HK is not read as zh-Hant)."""
    return re.compile(rf"^(?P<base>.+?)\.(?P<lang>{codes})(?P<ext>\.[^.]+)?$")


def kind_of(path: Path) -> str:
    return EXTENSIONS.get(path.suffix.lower(), "text")


def make_documents(path: str, text: str, kind: str, utf8: bytes | None = None) -> list[Document]:
    """Split one file's text into documents of segments according to its kind
    (one per brief for JSON, else one); ``utf8`` is the file's bytes if the
    caller has them."""
    m = _lang_in_name(languages.code_pattern()).match(os.path.basename(path))
    lang = m.group("lang") if m else declared_lang(text, kind)
    key = str(Path(path).with_name(m.group("base") + (m.group("ext") or ""))) if m else ""
    if kind == "json":
        from .briefs import json_documents

        return json_documents(path, text, lang, key)
    doc = Document(path, text, kind, lang, pair_key=key)
    if kind == "yaml":
        doc.segments = _yaml_segments(text)
        return [doc]
    prose = text
    if kind == "markdown":
        fast = prose_bytes(utf8) if utf8 is not None else None
        if fast is not None:  # plain prose: blanked in its bytes, decoded if asked
            doc.segments.append(Segment(text if fast is utf8 else None, 0, "", fast))
            return [doc]
        prose = markdown_prose(text)
    elif kind == "jinja":  # site templates are HTML with Jinja tags
        prose = html_prose(blank(text, masks.JINJA))
    elif kind == "html":
        prose = html_prose(text)
    doc.segments.append(Segment(prose, 0, "", utf8 if prose is text else None))
    return [doc]


class LimitError(ValueError):
    """A file over one of the loader's limits, with where it went over."""

    def __init__(self, message: str, line: int = 1, col: int = 1) -> None:
        super().__init__(message)
        self.line, self.col = line, col


def declared_lang(text: str, kind: str) -> str:
    """The language a file declares when its name does not: ``<html lang>``
    or Markdown front matter ``lang:`` ('' if none)."""
    if kind == "html":
        m = _HTML_LANG.search(text, 0, 4096)
    elif kind == "markdown" and text.startswith("---"):
        m = _FRONT_LANG.search(text, 0, text.find("\n---", 3) + 1 or 4096)
    else:
        return ""
    return m.group(1) if m else ""


def _yaml_segments(text: str) -> list[Segment]:
    """The string values of a YAML file (not its keys or syntax), or the whole
    text when it does not parse.

    Read from the parser's events, not a composed tree: events come from a
    state machine (no recursion however deep the nesting) and an alias is
    one event, never an expansion (issue 12: a 400-byte alias bomb ran lint
    to 3.8 GB). The loader's depth and node limits apply; aliases count as
    nodes and are not linted again (their anchor was)."""
    loader = yaml.SafeLoader(text)  # pure Python: its marks index characters, as offsets do
    out: list[Segment] = []
    stack: list[list[bool]] = []  # per open collection: [is_mapping, next node is a key]
    nodes = 0
    try:
        while loader.check_event():
            ev = loader.get_event()  # type: ignore[no-untyped-call]
            if isinstance(ev, yaml.CollectionEndEvent):
                stack.pop()
                continue
            if not isinstance(ev, yaml.NodeEvent):
                continue
            nodes += 1
            mark = ev.start_mark
            assert mark is not None  # the parser marks every event
            if nodes > MAX_NODES:
                raise LimitError(f"more than {MAX_NODES} values", mark.line + 1, mark.column + 1)
            is_key = bool(stack) and stack[-1][0] and stack[-1][1]
            if stack and stack[-1][0]:
                stack[-1][1] = not stack[-1][1]
            if isinstance(ev, yaml.CollectionStartEvent):
                stack.append([isinstance(ev, yaml.MappingStartEvent), True])
                if len(stack) > MAX_DEPTH:
                    message = f"nested deeper than {MAX_DEPTH} levels"
                    raise LimitError(message, mark.line + 1, mark.column + 1)
            elif isinstance(ev, yaml.ScalarEvent) and ev.value and not is_key:
                start = mark.index + (1 if ev.style in ("'", '"') else 0)
                out.append(Segment(ev.value, start))
    except yaml.YAMLError:
        return [Segment(text, 0)]
    finally:
        loader.dispose()
    return sorted(out, key=lambda s: s.offset)


def read_documents(path: Path) -> list[Document]:
    """Read and split one file; raises OSError or ValueError (not UTF-8, bad JSON)."""
    kind = kind_of(path)
    data = read_bounded(path, MAX_BYTES if kind in ("json", "yaml") else MAX_TEXT_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 (byte {exc.start})") from None
    return make_documents(str(path), text, kind, None if data.startswith(b"\xef\xbb\xbf") else data)


def pairs(docs: list[Document]) -> list[tuple[Document, Document]]:
    """(zh-Hans, en) documents that share a pair key."""
    by_key: dict[str, dict[str, Document]] = {}
    for d in docs:
        if d.pair_key and d.lang in ("zh-Hans", "en"):
            by_key.setdefault(d.pair_key, {}).setdefault(d.lang, d)
    return [(v["zh-Hans"], v["en"]) for v in by_key.values() if len(v) == 2]
