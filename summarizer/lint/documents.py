"""Read the files to lint into documents of text segments, and pair them.

A :class:`Document` is one file: its raw text, its kind (markdown, html,
jinja, json, yaml, text), its language when the name or content says it,
and its *segments*: the pieces of prose to check, each with its character
offset in the file. Markup that is not prose (code, URLs, HTML tags, Jinja
tags) is blanked out with spaces, so offsets, lines and columns still point
into the original file.

The engine's JSON output is read tolerantly: any JSON object holding
``lang`` and ``sections[].points[].sentences[].text`` is a brief; every text
of it becomes a segment keyed by its section (persona), so the zh-Hans and
en briefs of one story pair section by section.
"""

from __future__ import annotations

import bisect
import json
import logging
import os
import re
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

import yaml

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
SKIP_DIRS = {
    ".git",
    "node_modules",
    "__pycache__",
    ".venv",
    ".work",
    ".pytest_cache",
    ".ruff_cache",
}
_LANG_IN_NAME = re.compile(
    r"^(?P<base>.+?)\.(?P<lang>zh-Hans|zh-Hant-HK|zh-Hant|en)(?P<ext>\.[^.]+)?$"
)
_MD_MASK = re.compile(
    r"```.*?```|~~~.*?~~~|`[^`\n]*`|<!--.*?-->|https?://[^\s)>\]]+|<[^>\n]+>", re.S
)
_HTML_MASK = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1>|<[^>]+>|&[#\w]+;", re.S | re.I)
_JINJA_MASK = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)


@dataclass(slots=True)
class Segment:
    """A piece of prose to check: text and where it starts in the file."""

    text: str
    offset: int
    unit: str = ""
    """Pair unit: segments with the same unit in the zh and en documents of a
    pair are compared ('' = the whole document)."""
    _utf8: bytes | None = field(default=None, compare=False, repr=False)

    def utf8(self) -> bytes:
        """The text in UTF-8, encoded once (every matcher works on it)."""
        if self._utf8 is None:
            self._utf8 = self.text.encode("utf-8")
        return self._utf8


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
    _at: int = 0
    _line: int = 1
    _start: int = 0
    """Line of offset ``_at`` and where that line starts: checks ask for
    offsets mostly in increasing order, and counting the newlines since the
    last one is cheaper than indexing every line of a file with a finding or
    two (and, unlike searching back for the line start, never quadratic)."""

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

    def unit_text(self, unit: str) -> str:
        """All prose of one pair unit ('' = the whole document)."""
        return "\n".join(s.text for s in self.segments if not unit or s.unit == unit)


def blank(text: str, pattern: re.Pattern[str]) -> str:
    """Replace each match by spaces (keeping newlines), so offsets stay valid."""
    if not pattern.search(text):
        return text
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def iter_files(paths: list[str], exclude: tuple[str, ...] = ()) -> list[Path]:
    """Every file to read: files as given, directories recursively (sorted)."""
    out: list[Path] = []
    for raw in paths:
        if not os.path.isdir(raw):
            out.append(Path(raw))
            continue
        for root, dirs, files in os.walk(raw):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
            for name in sorted(files):
                if os.path.splitext(name)[1].lower() not in EXTENSIONS:
                    continue
                f = Path(root, name)
                if not any(f.match(g) for g in exclude):
                    out.append(f)
    return out


def kind_of(path: Path) -> str:
    return EXTENSIONS.get(path.suffix.lower(), "text")


def make_documents(path: str, text: str, kind: str, utf8: bytes | None = None) -> list[Document]:
    """Split one file's text into documents of segments according to its kind
    (one per brief for JSON, else one); ``utf8`` is the file's bytes if the
    caller has them."""
    m = _LANG_IN_NAME.match(Path(path).name)
    lang = m.group("lang") if m else ""
    key = str(Path(path).with_name(m.group("base") + (m.group("ext") or ""))) if m else ""
    if kind == "json":
        return _json_documents(path, text, lang, key)
    doc = Document(path, text, kind, lang, pair_key=key)
    if kind == "yaml":
        doc.segments = _yaml_segments(text)
        return [doc]
    prose = text
    if kind in ("markdown", "text"):
        if kind == "markdown" and (
            "`" in prose or "<" in prose or "://" in prose or "~~~" in prose
        ):
            prose = blank(prose, _MD_MASK)
    elif kind in ("html", "jinja"):  # site templates are HTML with Jinja tags
        prose = blank(blank(prose, _JINJA_MASK), _HTML_MASK)
    doc.segments.append(Segment(prose, 0, "", utf8 if prose is text else None))
    return [doc]


def _json_documents(path: str, text: str, lang: str, key: str) -> list[Document]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ValueError(f"invalid JSON: {exc}") from None
    docs: list[Document] = []
    cursor = [0]
    for brief in _briefs(data):
        story = str(brief.get("story") or brief.get("id") or "")
        doc = Document(
            path,
            text,
            "json",
            str(brief.get("lang") or lang),
            pair_key=f"json:{story}" if story else key,
        )
        _brief_segments(doc, brief, cursor)
        docs.append(doc)
    if not docs:  # not a brief: check every string value as prose
        doc = Document(path, text, "json", lang, pair_key=key)
        for value in _strings(data):
            at = _find(text, value, cursor[0])
            cursor[0] = max(at, cursor[0])
            doc.segments.append(Segment(value, max(at, 0)))
        docs.append(doc)
    return docs


def _yaml_segments(text: str) -> list[Segment]:
    """The string values of a YAML file (not its keys or syntax), or the whole
    text when it does not parse."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return [Segment(text, 0)]
    out: list[Segment] = []
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            stack += [v for _, v in node.value]
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value
        elif isinstance(node, yaml.ScalarNode) and node.value:
            start = node.start_mark.index + (1 if node.style in ("'", '"') else 0)
            out.append(Segment(node.value, start))
    return sorted(out, key=lambda s: s.offset)


def _strings(data: Any) -> Any:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for v in data.values():
            yield from _strings(v)
    elif isinstance(data, list):
        for v in data:
            yield from _strings(v)


def _brief_segments(doc: Document, brief: dict[str, Any], cursor: list[int]) -> None:

    def add(value: Any, unit: str) -> None:
        if isinstance(value, dict):
            value = value.get("text")
        if not isinstance(value, str) or not value:
            return
        at = _find(doc.text, value, cursor[0])
        if at >= 0:
            cursor[0] = at
        doc.segments.append(Segment(value, max(at, 0), unit))

    for key in ("title", "lede"):
        add(brief.get(key), "head")
    for j, section in enumerate(brief.get("sections") or []):
        if not isinstance(section, dict):
            continue
        unit = "section:" + str(section.get("persona") or j)
        add(section.get("name"), unit)
        add(section.get("framing"), unit)
        for point in section.get("points") or []:
            if not isinstance(point, dict):
                continue
            add(point.get("label"), unit)
            for sentence in point.get("sentences") or []:
                add(sentence, unit)


def _briefs(data: Any) -> Any:
    """Every object in ``data`` that looks like a brief (has lang and sections)."""
    if isinstance(data, dict):
        if "lang" in data and isinstance(data.get("sections"), list):
            yield data
            return
        for v in data.values():
            yield from _briefs(v)
    elif isinstance(data, list):
        for v in data:
            yield from _briefs(v)


def _find(raw: str, value: str, start: int) -> int:
    """Offset of a JSON string's content in the raw file (after ``start``), or -1."""
    for ascii_only in (False, True):
        enc = json.dumps(value, ensure_ascii=ascii_only)[1:-1]
        at = raw.find(enc, start)
        if at < 0:
            at = raw.find(enc)
        if at >= 0:
            return at
    return -1


def read_documents(path: Path) -> list[Document]:
    """Read and split one file; raises OSError or ValueError (not UTF-8, bad JSON)."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 (byte {exc.start})") from None
    return make_documents(
        str(path), text, kind_of(path), None if data.startswith(b"\xef\xbb\xbf") else data
    )


def pairs(docs: list[Document]) -> list[tuple[Document, Document]]:
    """(zh-Hans, en) documents that share a pair key."""
    by_key: dict[str, dict[str, Document]] = {}
    for d in docs:
        if d.pair_key and d.lang in ("zh-Hans", "en"):
            by_key.setdefault(d.pair_key, {}).setdefault(d.lang, d)
    return [(v["zh-Hans"], v["en"]) for v in by_key.values() if len(v) == 2]
