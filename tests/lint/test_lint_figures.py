"""The figure reader of ``numbers.*`` finds what its first definition found.

The patterns start at a number's first digit and the currency sign before it
is found by looking back (:func:`summarizer.lint.figures._start`), which
lets the regex engine skip text in C. The reference here is the definition
they replaced, one regex with the optional sign in front: the same figures,
texts and offsets on random strings of the characters that matter.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal

import pytest

from summarizer.lint.documents import Document, Segment
from summarizer.lint.figures import Figure, read_figures

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
REFERENCE = {
    "zh": re.compile(
        r"(?P<cur>HK\$|US\$|RMB|¥|\$)?"
        + _NUM
        + r"(?P<scale>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万)?"
        r"(?P<unit>%|％|倍|港元|港币|美元|人民币|元)?"
    ),
    "en": re.compile(
        r"(?P<cur>HK\$|US\$|RMB|CNY|HKD|USD|¥|\$)?\s?"
        + _NUM
        + r"(?:\s?(?P<scale>trillion|billion|million|thousand|bn|mn|k)\b)?"
        r"(?:\s?(?P<unit>%|per ?cent\b|x\b|×|times\b|-fold|yuan\b|HKD\b|USD\b|RMB\b))?"
    ),
}
PARTS = [
    "1", "23", "4,567", "8.9", "0", "１２", ",", ".", " ", "\n", "\u3000", "a", "中",
    "$", "HK$", "US$", "HK", "US", "RMB", "CNY", "HKD", "USD", "¥", "K$", "D",
    "亿", "万亿", "万", "元", "美元", "%", "％", "倍", "billion", "bn", "m", "k",
    "x", "times", "-fold", "yuan", "per cent", "percent",
]  # fmt: skip


def reference(text: str, lang: str) -> list[tuple[str, int, str, str, str]]:
    out = []
    for m in REFERENCE[lang].finditer(text):
        cur, scale, mark = m.group("cur"), m.group("scale"), m.group("unit") or ""
        grouped = lang == "en" and "," in m.group("num") and len(m.group("num").split(".")[0]) >= 6
        if not (cur or scale or mark) and not grouped:
            continue
        if mark == "m" or (scale == "m" and not cur):
            continue
        whole = m.group(0)
        out.append(
            (
                whole.strip(),
                m.start() + len(whole) - len(whole.lstrip()),
                cur or "",
                scale or "",
                mark,
            )
        )
    return out


def read(text: str, lang: str) -> list[tuple[str, int, str, str, str]]:
    doc = Document("x", text, "text", lang, [Segment(text, 0)])
    return [(f.text, f.offset, f.currency, "", "") for f in read_figures(doc, "", lang)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_figures_as_the_single_regex_found_them(lang: str) -> None:
    from summarizer.lint.figures import CURRENCY

    rng = random.Random(13)
    for _ in range(30_000):
        text = "".join(rng.choice(PARTS) for _ in range(rng.randint(1, 9)))
        want = [
            (t, at, CURRENCY.get(cur, "") or CURRENCY.get(mark, ""), "", "")
            for t, at, cur, _, mark in reference(text, lang)
        ]
        assert read(text, lang) == want, repr(text)


def test_signs_next_to_figures() -> None:
    assert read("营收HK$5亿，US$3万", "zh") == [
        ("HK$5亿", 2, "HKD", "", ""),
        ("US$3万", 8, "USD", "", ""),
    ]
    assert read("revenue of RMB 5.34 billion and 12%", "en")[0][:3] == (
        "RMB 5.34 billion",
        11,
        "CNY",
    )
    # a sign the previous figure ended on is not taken twice
    assert [f[0] for f in read("5 USD 3 billion", "en")] == ["5 USD", "3 billion"]


def test_a_ranges_bare_bound_takes_the_other_bounds_unit() -> None:
    """100至150美元 and "US$2–10" say the unit once; both bounds are figures
    of it, so the zh and en of one range carry the same figures. Years and
    days joined the same way stay plain numbers."""
    got = [(f.text, f.currency, f.family) for f in _figs("运动鞋100至150美元，涨幅5-7%，2024-2025年", "zh")]
    assert got == [("100", "USD", "amount"), ("150美元", "USD", "amount"),
                   ("5", "", "percent"), ("7%", "", "percent")]
    got = [(f.text, f.currency, f.family) for f in _figs("by US$2–10 in 2024–2025, 3 to 4%", "en")]
    assert got == [("US$2", "USD", "amount"), ("10", "USD", "amount"),
                   ("3", "", "percent"), ("4%", "", "percent")]


def test_a_ranges_scale_word_said_once_scales_both_bounds() -> None:
    """RMB 2.4–5.4 million is 2.4 million to 5.4 million, as its zh
    240万至540万元 says: the lower bound takes the upper one's scale. A bound
    above the other (a year after a dash) takes nothing."""
    got = [(f.text, f.value, f.currency) for f in _figs("of RMB 2.4–5.4 million in sales", "en")]
    assert got == [("RMB 2.4", Decimal("2.4E+6"), "CNY"), ("5.4 million", Decimal("5.4E+6"), "")]
    got = [(f.text, f.value) for f in _figs("US$9–3 million", "en")]
    assert got[0] == ("US$9", Decimal(9))


def _figs(text: str, lang: str) -> list[Figure]:
    return read_figures(Document("x", text, "text", lang, [Segment(text, 0)]), "", lang)
