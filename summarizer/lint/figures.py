"""The figures of one side of a zh/en pair, as ``numbers`` compares them.

Every figure with a scale word, a percent sign, a multiple or a currency is
read and multiplied out (5.34亿元 -> 534,000,000 CNY; "RMB 5.34 billion" ->
5,340,000,000 CNY), with its family (amount, percent, multiple) and its
offset in the file; a range's bare bound takes the other bound's unit.
Plain numbers (years, dates, list numbers) are left alone. Split from
``numbers`` so that module keeps to the comparison and its findings; the
seeds' parity test reads briefs with this reader too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .documents import Document, Segment

ZH_SCALES = {
    "千": 3,
    "万": 4,
    "十万": 5,
    "百万": 6,
    "千万": 7,
    "亿": 8,
    "十亿": 9,
    "百亿": 10,
    "千亿": 11,
    "万亿": 12,
}
EN_SCALES = {
    "thousand": 3,
    "k": 3,
    "million": 6,
    "mn": 6,
    "m": 6,
    "billion": 9,
    "bn": 9,
    "trillion": 12,
}
CURRENCY = {
    "元": "CNY",
    "人民币": "CNY",
    "RMB": "CNY",
    "CNY": "CNY",
    "¥": "CNY",
    "yuan": "CNY",
    "港元": "HKD",
    "港币": "HKD",
    "HK$": "HKD",
    "HKD": "HKD",
    "美元": "USD",
    "US$": "USD",
    "$": "USD",
    "USD": "USD",
}
# Each pattern starts at the number's first digit (a plain class the regex
# engine scans for in C); the currency sign before it is found by looking
# back (:func:`_start`). Starting with an optional currency group made the
# engine try the whole pattern at every character: two thirds of a lint of
# pairs. The matches are the same as those of ``cur? num ...`` (tested).
_NUM = r"(?P<num>\d(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))"
_ZH = re.compile(
    _NUM + r"(?P<scale>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万)?"
    r"(?P<unit>%|％|倍|港元|港币|美元|人民币|元)?"
)
_EN = re.compile(
    _NUM + r"(?:\s?(?P<scale>trillion|billion|million|thousand|bn|mn|k)\b)?"
    r"(?:\s?(?P<unit>%|per ?cent\b|x\b|×|times\b|-fold|yuan\b|HKD\b|USD\b|RMB\b))?"
)
#: Currency signs written before a number, longest first (as the regex
#: alternation ``HK\$|US\$|...|\$`` chose at the leftmost start).
_ZH_CUR = ("HK$", "US$", "RMB", "¥", "$")
_EN_CUR = ("HK$", "US$", "RMB", "CNY", "HKD", "USD", "¥", "$")
_CUR_LAST = frozenset(c[-1] for c in _EN_CUR + _ZH_CUR)


def _start(text: str, at: int, floor: int, en: bool) -> tuple[int, str]:
    """Where the figure whose digits start at ``at`` starts, and its currency
    sign ('' if none): what ``(?P<cur>...)?\\s?`` (English) or
    ``(?P<cur>...)?`` (Chinese) before the number matched, leftmost, never
    before ``floor`` (the end of the previous figure)."""
    end = at
    if en and at > floor and text[at - 1].isspace():
        end = at - 1  # English allows one space between sign and digits
    if end > floor and text[end - 1] in _CUR_LAST:  # most figures have no sign
        for cur in _EN_CUR if en else _ZH_CUR:
            if end - len(cur) >= floor and text.startswith(cur, end - len(cur)):
                return end - len(cur), cur
    return end, ""


@dataclass(frozen=True, slots=True)
class Figure:
    text: str
    offset: int
    """File offset."""
    value: Decimal
    mantissa: Decimal
    family: str
    """amount | percent | multiple"""
    currency: str


def _grouped_count(num: str, lang: str) -> bool:
    """'200,000' in English is a figure (the counterpart of 20万), though it has
    no scale word: digit groups mark a count, never a year or a list number."""
    return not lang.startswith("zh") and "," in num and len(num.split(".")[0]) >= 6


def read_figures(doc: Document, unit: str, lang: str) -> list[Figure]:
    """Scaled figures, percentages, multiples and amounts of money in one pair unit.

    A range says its unit once (100至150美元, US$2–10, 5–7%): its bare bound
    takes the other bound's currency, scale and unit, so the zh and en of one
    range carry the same figures. One pass: a bare number close before a
    figure is held until that figure shows whether a join stands between them
    (the lower bound first: "fiscal 2020 to 72.6%" is a year and a rate), and
    a bare number just after a figure's dash takes its unit (only a dash:
    "10%至2026年" is "until"). Plain numbers cost two comparisons."""
    en = not lang.startswith("zh")
    rx, scales = (_EN, EN_SCALES) if en else (_ZH, ZH_SCALES)
    out: list[Figure] = []
    for seg in doc.unit_segments(unit):
        text = seg.text
        floor = 0
        held: re.Match[str] | None = None  # a bare number that may open a range
        last: tuple[re.Match[str], str, str | None, str] | None = None  # figure just read
        for m in rx.finditer(text):
            start, cur = _start(text, m.start(), floor, en)
            scale, mark = m.group("scale"), m.group("unit") or ""
            if en and cur and not scale and not mark:
                scale = _scale_ahead(text, m) or scale  # RMB 2.4–5.4 million
            if cur or scale or mark:
                # the join runs up to the digits: "27 to US$1,806" is a day and a price
                if (
                    held is not None
                    and m.start() - held.end() <= _GAP
                    and _RANGE_JOIN.fullmatch(text, held.end(), m.start())
                    and _rises(held, m)
                ):
                    _add(out, seg, held.start(), held, cur, scale, mark, scales)
                held = None
                last = (m, cur, scale, mark)
            else:
                if (
                    last is not None
                    and m.start() - last[0].end() <= _GAP
                    and _rises(last[0], m)
                    and _DASH_JOIN.fullmatch(text, last[0].end(), m.start())
                ):
                    cur, scale, mark = last[1:]
                last = None
                held = None
                if not (cur or scale or mark) and not _grouped_count(m.group("num"), lang):
                    held, floor = m, m.end()
                    continue  # a plain number, unless the figure after it closes a range
            floor = m.end()
            if mark == "m" or (scale == "m" and not cur):
                continue
            _add(out, seg, start, m, cur, scale, mark, scales)
    return out


def _add(
    out: list[Figure],
    seg: Segment,
    start: int,
    m: re.Match[str],
    cur: str,
    scale: str | None,
    mark: str,
    scales: dict[str, int],
) -> None:
    """The figure of match ``m`` (starting at ``start`` with its sign) with
    this currency, scale and unit, appended to ``out``."""
    try:
        mantissa = Decimal(m.group("num").replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex only passes digits
        return
    family = (
        "percent"
        if mark in ("%", "％") or mark.startswith("per")
        else "multiple"
        if mark in ("倍", "x", "×", "times", "-fold")
        else "amount"
    )
    value = mantissa.scaleb(scales.get(scale or "", 0))
    currency = CURRENCY.get(cur, "") or CURRENCY.get(mark, "")
    whole = seg.text[start : m.end()]
    out.append(
        Figure(
            whole.strip(),
            seg.offset + start + (len(whole) - len(whole.lstrip())),
            value,
            mantissa,
            family,
            currency,
        )
    )


#: What joins a range's two bounds: 100至150美元, 5–7%, "3 to 4%"; only a
#: dash joins one whose unit comes first (US$2–10): "10%至2026年" is "until".
_RANGE_JOIN = re.compile(r"\s*(?:至|到|~|～|-|–|—|\bto\b)\s*")
_DASH_JOIN = re.compile(r"\s*(?:~|～|-|–|—)\s*")
#: The longest gap a range's join takes between its two numbers (" to ").
_GAP = 6


#: An English range's upper bound with the scale both bounds share: "–5.4 million".
_SCALE_AHEAD = re.compile(
    r"\s*(?:-|–|—)\s*(\d[\d,]*(?:\.\d+)?)\s?(trillion|billion|million|thousand)\b"
)


def _scale_ahead(text: str, m: re.Match[str]) -> str | None:
    """The scale word of a range whose lower bound ``m`` leaves it to the
    upper one (RMB 2.4–5.4 million: 2.4 million); None if none follows."""
    ahead = _SCALE_AHEAD.match(text, m.end())
    if ahead is None:
        return None
    try:
        rises = Decimal(m.group("num").replace(",", "")) < Decimal(ahead.group(1).replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex only passes digits
        return None
    return ahead.group(2) if rises else None


def _rises(low: re.Match[str], high: re.Match[str]) -> bool:
    """Whether two numbers can be a range's bounds, the lower first: "fiscal
    2020 to 72.6%" is a year and a rate."""
    try:
        a, b = (Decimal(x.group("num").replace(",", "")) for x in (low, high))
        return a < b
    except InvalidOperation:  # pragma: no cover - the regex only passes digits
        return False
