"""The editor's text, checked as it is loaded with the rules output obeys.

Realisation refuses output no editor would publish (a leftover ``{{``, a
half-width comma between Chinese characters, a doubled ``。。``). When that
text came from a facts file, the build used to blame a template; and
``check`` passed a file ``build`` then refused. So the same patterns live
here, and the loader applies them to every text an editor writes (titles,
ledes, names, claims, implications, event texts, duties) and to every id,
each problem at its ``file:line:col``. ``realise`` imports the patterns from
here, so the two can never drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..model import SourceSpan
from .yamlload import Located, Path_

CJK = "\u3400-\u9fff\uf900-\ufaff"
#: Output that betrays a bug or a typo: a leftover template tag or None/nan
#: (as a word of its own, not "None of the analysts"), doubled punctuation.
LEFTOVER = re.compile(
    r"(?<![A-Za-z])None(?![A-Za-z]| [a-z])|\bnan\b|\{\{|\}\}|\{%|%\}"
    r"|。。|，，|，。|。，|：：|、、|(?<!\.)\.\.(?!\.)|,,"
)
#: Half-width punctuation inside Chinese text.
ZH_HALF = re.compile(f"(?<=[{CJK}])[,;:!?](?=\\s*[{CJK}])|(?<=[{CJK}]),|,(?=[{CJK}])")
#: Control characters (tab and newline aside) and the private-use marks the
#: realiser uses to cite facts: never part of an editor's text.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ue000\ue001]")
ID = re.compile("[a-z0-9][a-z0-9_-]{0,63}")
#: A day-first English date ("1 April 2024"). Generated dates are
#: month-first ("April 1, 2024", Babel's en long format), and one brief that
#: mixes the two reads as two hands; the editor's text follows the house style.
DAY_FIRST = re.compile(
    r"\b([0-3]?[0-9]) (January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b(,? [12][0-9]{3}\b)?"
)

Problems = list[tuple[SourceSpan | None, str]]


def text_problem(text: str, lang: str) -> str:
    """What is wrong with one text in ``lang`` ('' if nothing)."""
    if CONTROL.search(text):
        return "contains a control character"
    bad = LEFTOVER.search(text)
    if bad:
        return f"contains {bad.group(0)!r}, which output may not (a template tag or a typo)"
    if lang == "en" and (day := DAY_FIRST.search(text)):
        year = f", {day.group(3).lstrip(', ')}" if day.group(3) else ""
        return (
            f"day-first date {day.group(0)!r}: write '{day.group(2)} {day.group(1)}{year}' "
            "(month first, like the generated dates)"
        )
    if lang == "zh-Hans":
        half = ZH_HALF.search(text)
        if half:
            return f"half-width {half.group(0).strip()!r} in Chinese: use full-width punctuation"
    return ""


def _texts(data: dict[str, Any]) -> Iterator[tuple[Path_, Any]]:
    """Every bilingual text of a facts file, with its path."""
    story = data.get("story") or {}
    for key in ("title", "outlet", "author", "lede"):
        yield ("story", key), story.get(key)
    for pid, text in (story.get("audiences") or {}).items():
        yield ("story", "audiences", pid), text
    for eid, e in (data.get("entities") or {}).items():
        yield ("entities", eid, "name"), e.get("name") if isinstance(e, dict) else None
    for fid, f in (data.get("facts") or {}).items():
        if not isinstance(f, dict):
            continue
        for key in ("claim", "text"):
            yield ("facts", fid, key), f.get(key)
        for role, text in (f.get("implications") or {}).items():
            yield ("facts", fid, "implications", role), text
        for i, ob in enumerate(f.get("obligations") or []):
            yield ("facts", fid, "obligations", i, "duty"), ob.get("duty")


def wording_problems(loc: Located) -> Problems:
    """Every text and id of a (schema-valid) facts file that output would refuse."""
    out: Problems = []
    data = loc.data
    for path, text in _texts(data):
        if not isinstance(text, dict):
            continue
        for lang in ("zh-Hans", "en"):
            value = text.get(lang)
            why = text_problem(value, lang) if isinstance(value, str) else ""
            if why:
                where = ".".join(str(p) for p in (*path, lang))
                out.append((loc.span((*path, lang)), f"field '{where}': {why}"))
    ids: list[tuple[Path_, str]] = [(("story", "id"), str(data["story"].get("id", "")))]
    ids += [(("entities", k, "<key>"), k) for k in data.get("entities") or {}]
    ids += [(("facts", k, "<key>"), k) for k in data.get("facts") or {}]
    for path, value in ids:
        if not ID.fullmatch(value):
            out.append(
                (
                    loc.span(path),
                    f"id {value[:40]!r}: expected lower-case letters, digits, '-' and '_' "
                    "(at most 64, no spaces or line breaks)",
                )
            )
    return out
