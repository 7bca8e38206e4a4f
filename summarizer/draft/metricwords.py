"""Where the keyword table's words stand in a text: the row whose word ends
nearest before a figure, starts first after it, or is the k-th of a list
("营收和净利润分别同比增长29.79%及28.76%").

English words match whole, plural allowed (ARR is not in "carriers", price
is in "prices"); Chinese words anywhere. Split from ``annotate`` so that the
figure's own sentence and the sentences before it (``earlier``) are read by
one rule.
"""

from __future__ import annotations

import re

from .keywords import Keywords

Row = tuple[str, str, str, str]


def find_word(low: str, word: str, last: bool) -> int:
    """Where ``word`` occurs in ``low`` (the last or first time), as a whole
    word where it is English, plural allowed: ARR is not in "carriers", price
    is in "prices", GMV is in "GMV为"."""
    i = low.rfind(word) if last else low.find(word)
    while i >= 0 and not _whole(low, i, i + len(word)):
        i = low.rfind(word, 0, i) if last else low.find(word, i + 1)
    return i


def _whole(low: str, start: int, end: int) -> bool:
    if _letter(low, start - 1) and _letter(low, start):
        return False
    if not (_letter(low, end - 1) and _letter(low, end)):
        return True
    tail = low[end : end + 3]
    return any(tail.startswith(p) and not _letter(low, end + len(p)) for p in ("s", "es"))


def _letter(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at].isascii() and text[at].isalpha()


def nearest_row(haystack: str, words: list[Row]) -> Row | None:
    """The table row whose word ends nearest the end of ``haystack``."""
    best: tuple[int, Row] | None = None
    low = haystack.lower()
    for row in words:
        i = find_word(low, row[0].lower(), last=True)
        if i >= 0 and (best is None or i + len(row[0]) > best[0]):
            best = (i + len(row[0]), row)
    return best[1] if best else None


def first_row(haystack: str, words: list[Row]) -> Row | None:
    """The table row whose word starts first in ``haystack`` (longest on a tie)."""
    best: tuple[int, Row] | None = None
    low = haystack.lower()
    for row in words:
        i = find_word(low, row[0].lower(), last=False)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, row)
    return best[1] if best else None


LISTED = re.compile(r"\d(?:\.\d+)?\s?(?:万亿|亿|万)?\s?(?:美元|港元|元|%|家|名)")


def listed_before(between: str) -> int:
    """How many figures of a 分别 list come before this one."""
    return len(LISTED.findall(between))


def listed_row(before: str, kw: Keywords) -> Row | None:
    """The metric a figure of "营收和净利润分别同比增长29.79%及28.76%" stands for: the
    k-th metric named before 分别 for the k-th figure after it; None unless the
    clause names two or more."""
    resp = before.rfind("分别")
    if resp < 0:
        return None
    head = max(before.rfind(c, 0, resp) for c in "，,；;：:。") + 1
    named: list[tuple[int, Row]] = []
    taken: list[tuple[int, int]] = []
    low = before[head:resp].lower()
    for row in kw.metrics:  # longest words first: 净利润 before 利润
        i = low.find(row[0].lower())
        if i >= 0 and not any(a < i + len(row[0]) and i < b for a, b in taken):
            taken.append((i, i + len(row[0])))
            named.append((i, row))
    if len(named) < 2:
        return None
    named.sort(key=lambda n: n[0])
    k = listed_before(before[resp:])
    return named[k][1] if k < len(named) else None
