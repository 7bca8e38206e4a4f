"""Where sentences and clauses of an article end, for the figures' quotes,
periods and metric words and for the events' cues.

One definition for every stage of the drafter: a full stop after an
abbreviation ("vs.", "U.S.", "Nov. 10") ends no sentence, and a comma inside
a number (14,000) or the colon of a time (12:01) ends no clause.
"""

from __future__ import annotations

import re

#: A full stop ends an English sentence unless it ends an abbreviation
#: ("gross margin fell to 48.9% (vs. 51.7% LY)", "U.S. online sales"). A
#: month's ("Nov. 10, 2025") ends one only before a word, a.m./p.m. only
#: before a capitalised word ("12:01 a.m. EST on Nov. 10" runs on).
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_STOP = (
    r"(?<!\bvs)(?<!\bVs)(?<!\bapprox)(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)"
    r"(?<!\bNo)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bU\.S)(?<!\be\.g)(?<!\bi\.e)"
    r"(?<!\ba\.m)(?<!\bp\.m)"
    + "".join(rf"(?<!\b{m})" for m in _MONTHS)
    + r"\.(?=\s)|"
    + "(?:"
    + "|".join(rf"(?<=\b{m})" for m in _MONTHS)
    + r")\.(?=\s+[^\s\d])|"
    + r"(?:(?<=\ba\.m)|(?<=\bp\.m))\.(?=\s+[A-Z][a-z])"
)
SENTENCE_END = re.compile(r"[。！？!?；;\n]|" + _STOP)
#: A period written at the head of a sentence holds across its semicolons
#: ("2025年前9个月，A收入为…；B收入为…；C…"), so its scope ends only at 。！？.
SCOPE_END = re.compile(r"[。！？!?\n]|" + _STOP)
#: A clause mark; not a thousands separator ("14,000 roles") or a time's colon (12:01).
CLAUSE_END = re.compile(r"[，、：（(）)]|,(?!\d{3}(?!\d))|:(?!\d\d)")
LIST_END = re.compile(r"[；;]")


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """Start and end of the sentence holding offset ``at``."""
    start = 0
    for m in SENTENCE_END.finditer(text, max(0, at - 400), at):
        start = m.end()
    m2 = SENTENCE_END.search(text, at)
    return start, (m2.end() if m2 and m2.group() != "\n" else (m2.start() if m2 else len(text)))


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A window moved in to whole English words ("ts are still …" -> "are still …")."""
    if 0 < start < end and _in_word(text, start):
        space = text.find(" ", start, end)
        start = space + 1 if space >= 0 else start
    if start < end < len(text) and _in_word(text, end):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end


def _in_word(text: str, at: int) -> bool:
    """Whether offset ``at`` falls between two letters of an English word."""
    pair = text[at - 1 : at + 1]
    return pair.isascii() and pair.isalpha()
