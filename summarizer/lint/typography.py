"""Chinese typography: ``typography.punctuation`` (half-width punctuation
inside Chinese sentences), ``typography.fullwidth`` (full-width digits and
letters) and ``typography.spacing`` (one policy for the space between
Chinese and Latin letters or digits: ``require``, ``forbid`` or ``ignore``).

Each regular expression starts with a plain character class, so the regex
engine scans for it in C and the look-arounds only run at candidates.
"""

from __future__ import annotations

import logging
import re

from .config import LintConfig
from .documents import Document
from .findings import LintFinding, new_finding

log = logging.getLogger(__name__)

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Characters after which a half-width mark is inside a Chinese sentence.
_BEFORE = HAN + "\u3001\u3002\u201d\u2019\uff09\u300b\u300d\u300f\u3011"
FULL_STOPS = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", ".": "。"}
# Inside a Chinese sentence: Chinese follows at once, or Chinese precedes and
# either Chinese follows after spaces or no space follows. "回撥, a phone
# callback" and "(not 程式), 文件" are English punctuation around Chinese words.
_PUNCT = re.compile(rf"[,;:!?](?:(?=[{HAN}])|(?<=[{_BEFORE}].)(?:(?=[ \t]+[{HAN}])|(?![ \t])))")
_PERIOD = re.compile(rf"\.(?<=[{HAN}]\.)(?=\s|\Z)")
_FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
#: The same characters in UTF-8 (EF BC 90..99, EF BC A1..BA, EF BD 81..9A):
#: a segment's bytes are searched first, as a byte regex with a one-byte
#: prefix scans ten times faster than a class of ranges over text, and
#: most text has none of them.
_FULLWIDTH_UTF8 = re.compile(rb"\xef(?:\xbc[\x90-\x99\xa1-\xba]|\xbd[\x81-\x9a])")
_NEED_SPACE = re.compile(rf"[A-Za-z0-9](?=[{HAN}])|[{HAN}](?=[A-Za-z0-9])")
_NO_SPACE = re.compile(rf"[A-Za-z0-9%] +(?=[{HAN}])|[{HAN}] +(?=[A-Za-z0-9])")
_HALF = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF5B)})


def check_typography(doc: Document, cfg: LintConfig) -> list[LintFinding]:
    """Typography findings for every segment of ``doc``."""
    out: list[LintFinding] = []
    for seg in doc.segments:
        text = seg.text
        if cfg.on("typography.punctuation"):
            out += _punctuation(doc, seg.text, seg.offset, cfg.level("typography.punctuation"))
        if cfg.on("typography.fullwidth") and _FULLWIDTH_UTF8.search(seg.utf8()):
            level = cfg.level("typography.fullwidth")
            for m in _FULLWIDTH.finditer(text):
                half = m.group(0).translate(_HALF)
                out.append(
                    _finding(
                        doc,
                        seg.offset + m.start(),
                        len(m.group(0)),
                        "typography.fullwidth",
                        level,
                        f"Full-width '{m.group(0)}'; write '{half}'",
                        half,
                        m.group(0),
                    )
                )
        if cfg.on("typography.spacing") and cfg.spacing != "ignore":
            out += _spacing(doc, seg.text, seg.offset, cfg)
    return out


_MESSAGES = {m: f"Half-width '{m}' in Chinese text; use '{f}'" for m, f in FULL_STOPS.items()}


def _punctuation(doc: Document, text: str, base: int, level: str) -> list[LintFinding]:
    """The hot loop of the linter on Chinese text: keep it lean."""
    out = []
    path, line_col, fixable = doc.path, doc.line_col, doc.kind not in ("json", "yaml")
    check = "typography.punctuation"
    for rx in (_PUNCT, _PERIOD):
        for m in rx.finditer(text):
            mark = m.group()
            at = base + m.start()
            line, col = line_col(at)
            exact = fixable or doc.text[at : at + 1] == mark
            out.append(
                new_finding(
                    # every field of LintFinding, in its order (a test checks the count)
                    (
                        path,
                        line,
                        col,
                        check,
                        level,
                        _MESSAGES[mark],
                        FULL_STOPS[mark],
                        check,
                        at,
                        1,
                        exact,
                        0,
                        0,
                        "",
                    )
                )
            )
    return out


def _spacing(doc: Document, text: str, base: int, cfg: LintConfig) -> list[LintFinding]:
    level = cfg.level("typography.spacing")
    out = []
    if cfg.spacing == "require":
        for m in _NEED_SPACE.finditer(text):
            pair = text[m.start() : m.end() + 1]
            out.append(
                _finding(
                    doc,
                    base + m.start(),
                    1,
                    "typography.spacing",
                    level,
                    f"Put a space between Chinese and Latin text in '{pair}'",
                    m.group(0) + " ",
                    m.group(0),
                )
            )
    else:
        for m in _NO_SPACE.finditer(text):
            out.append(
                _finding(
                    doc,
                    base + m.start(),
                    len(m.group(0)),
                    "typography.spacing",
                    level,
                    "No space between Chinese and Latin text",
                    m.group(0)[0],
                    m.group(0),
                )
            )
    return out


def _finding(
    doc: Document,
    at: int,
    length: int,
    check: str,
    level: str,
    message: str,
    fix: str,
    found: str,
) -> LintFinding:
    line, col = doc.line_col(at)
    # JSON and YAML strings may hold escapes: rewrite only text found where we say
    exact = doc.kind not in ("json", "yaml") or doc.text[at : at + length] == found
    return LintFinding(doc.path, line, col, check, level, message, fix, check, at, length, exact)
