"""Bare numbers that are figures all the same: a survey index's reading and an
exchange rate quoted against the dollar.

``figures`` drops a number with nothing that says what it counts (a model
name, a ranking); these two carry no unit in the text and are still the
story's figures, known by the words around them. Kept apart so each rule
has one place and an example.
"""

from __future__ import annotations

import re

#: A bare number quoted against the dollar ("hit 6.9969 per dollar"): an
#: exchange rate, the yuan's unless the editor says otherwise.
QUOTE_AFTER = re.compile(r"\s?(?:yuan\s+)?per\s+(?:U\.?S\.?\s+)?dollar\b", re.IGNORECASE)

#: A survey index its sentence names ("the PMI dropped to 49.0 from 50.5", 新订单指数49.2,
#: "the consumer sentiment index dropped to a preliminary reading of 50.8"): a bare
#: reading to one decimal, between 20 and 80, is the index's.
INDEX_WORDS = re.compile(
    r"\bPMI\b|purchasing managers|\b(?:sub-?)?index\b|\breadings?\b|指数", re.IGNORECASE
)


def index_reading(text: str, start: int, num: str) -> bool:
    """Whether the bare number at ``start`` is a survey index's reading: one
    decimal, between 20 and 80, in a sentence that names an index before it.

    >>> t = "The sentiment index dropped to a preliminary reading of 50.8, from 52.2 in April."
    >>> index_reading(t, t.index("50.8"), "50.8"), index_reading(t, t.index("52.2"), "52.2")
    (True, True)
    >>> t = "Sales grew 12.5 in the quarter. The index rose."
    >>> index_reading(t, t.index("12.5"), "12.5")
    False
    """
    if not re.fullmatch(r"[1-9]\d\.\d", num) or not 20 <= float(num) <= 80:
        return False
    head = max(text.rfind(stop, 0, start) for stop in (". ", "。", "\n"))
    return bool(INDEX_WORDS.search(text, head + 1, start))
