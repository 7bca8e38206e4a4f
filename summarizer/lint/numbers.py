"""Number parity across a zh/en pair: ``numbers.parity`` and ``numbers.missing``.

Every figure with a scale, a percent sign, a multiple or a currency is read
on both sides and multiplied out (5.34亿元 -> 534,000,000 CNY; "RMB 5.34
billion" -> 5,340,000,000 CNY). A figure whose digits appear on the other
side with a different value is the classic translation error (亿 read as
billion, ten times too large) and is reported with both readings
(``numbers.parity``); a figure with no counterpart at all is a warning
(``numbers.missing``). Plain numbers (years, dates, list numbers) are left
alone. Values match within 1%, so 1,173.79万 and 11.7 million agree. The
figures are read by ``figures.read_figures``.
"""

from __future__ import annotations

import bisect
import logging
from decimal import Decimal

from .config import LintConfig
from .documents import Document
from .figures import Figure, read_figures
from .findings import LintFinding

log = logging.getLogger(__name__)


def _close(a: Decimal, b: Decimal) -> bool:
    if a == b:
        return True
    big = max(abs(a), abs(b))
    return big > 0 and abs(a - b) / big <= Decimal("0.01")


def en_reading(value: Decimal) -> str:
    """534000000 -> '534 million'."""
    for name, exp in (("trillion", 12), ("billion", 9), ("million", 6), ("thousand", 3)):
        if abs(value) >= Decimal(10) ** exp:
            return f"{_plain(value.scaleb(-exp))} {name}"
    return _plain(value)


def zh_reading(value: Decimal) -> str:
    """5340000000 -> '53.4亿'."""
    for name, exp in (("万亿", 12), ("亿", 8), ("万", 4)):
        if abs(value) >= Decimal(10) ** exp:
            return f"{_plain(value.scaleb(-exp))}{name}"
    return _plain(value)


def _plain(d: Decimal) -> str:
    text = format(d.normalize(), "f")
    return text


def _reading(f: Figure) -> str:
    if f.family != "amount":
        return f"'{f.text}'"
    cur = f" {f.currency}" if f.currency else ""
    return f"'{f.text}' = {en_reading(f.value)}{cur} ({zh_reading(f.value)})"


class _Index:
    """The other side's figures, for "is any of them close?" in log time.

    Comparing every figure with every other was quadratic (a 1.7 MB pair ran
    for minutes). Sorted per family, the only candidates are the two values
    next to ``v``: for figures of one sign, |v - g| / max(|v|, |g|) grows as
    g moves away from v, and figures of opposite signs are never close."""

    def __init__(self, figures: list[Figure]) -> None:
        self.values: dict[str, list[Decimal]] = {}
        self.twins: dict[tuple[str, Decimal], Figure] = {}
        for g in figures:
            self.values.setdefault(g.family, []).append(g.value)
            self.twins.setdefault((g.family, g.mantissa), g)
        for values in self.values.values():
            values.sort()

    def has_close(self, f: Figure) -> bool:
        values = self.values.get(f.family, [])
        i = bisect.bisect_left(values, f.value)
        return any(_close(values[j], f.value) for j in (i - 1, i) if 0 <= j < len(values))

    def twin(self, f: Figure) -> Figure | None:
        return self.twins.get((f.family, f.mantissa))


def check_numbers(zh: Document, en: Document, cfg: LintConfig) -> list[LintFinding]:
    """Compare the figures of each pair unit of a zh/en pair."""
    out: list[LintFinding] = []
    units = sorted({s.unit for s in zh.segments} | {s.unit for s in en.segments})
    for unit in units:
        zf, ef = read_figures(zh, unit, "zh"), read_figures(en, unit, "en")
        for mine, theirs, doc, other in ((ef, _Index(zf), en, zh), (zf, _Index(ef), zh, en)):
            for f in mine:
                if theirs.has_close(f):
                    continue
                twin = theirs.twin(f)
                if twin is not None and doc is zh:
                    continue  # reported once, on the English side
                out.append(_finding(f, twin, doc, other, cfg))
    return out


def _finding(
    f: Figure, twin: Figure | None, doc: Document, other: Document, cfg: LintConfig
) -> LintFinding:
    line, col = doc.line_col(f.offset)
    if twin is not None:
        tline, tcol = other.line_col(twin.offset)
        message = (
            f"Number mismatch: {_reading(f)} but {other.path}:{tline}:{tcol} says {_reading(twin)}"
        )
        return LintFinding(
            doc.path,
            line,
            col,
            "numbers.parity",
            cfg.level("numbers.parity"),
            message,
            "",
            "numbers.parity",
        )
    message = f"{_reading(f)} has no matching figure in {other.path}"
    return LintFinding(
        doc.path,
        line,
        col,
        "numbers.missing",
        cfg.level("numbers.missing"),
        message,
        "",
        "numbers.missing",
    )
