"""How an already chosen Decimal becomes digits: significant-digit rounding
of computed figures, decimals of a step, scale words, and the digits
themselves (Babel's symbols, or Python's own formatting where they are plain
ASCII: byte-identical and some 20 times faster). Split from ``numbers`` so
that module keeps to what an amount *says* (unit, scale word, qualifier)."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from babel.numbers import format_decimal as _babel_decimal
from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

from ..model import Quantity
from .units import _EN_SCALES, _ZH_SCALES, EN_LOCALE, ZH_LOCALE, _is_zh


def round_significant(value: Decimal, significant: int = 3) -> Decimal:
    """``value`` rounded to ``significant`` digits (half even, as Babel rounds).

    >>> round_significant(Decimal("19430000")), round_significant(Decimal("1.335"))
    (Decimal('1.94E+7'), Decimal('1.34'))
    """
    if not value:
        return value
    return value.quantize(Decimal(1).scaleb(value.adjusted() - significant + 1))


def significant_decimals(value: Decimal, lang: str, significant: int = 3) -> int:
    """Decimals that show a computed amount to ``significant`` digits once it
    is scaled as it will be printed: 1,335,000,000 -> 2 ("US$1.34 billion"),
    6,300,000,000 in Chinese -> 1 ("63.0亿", trailing zero dropped later).

    A computed figure has no written precision of its own; three significant
    digits is what a financial desk prints, never the 28 a Decimal carries.

    >>> significant_decimals(Decimal(1335000000), "en")
    2
    >>> significant_decimals(Decimal(6300000000), "zh-Hans")
    1
    """
    a = abs(value)
    for factor, _ in _ZH_SCALES if _is_zh(lang) else _EN_SCALES:
        if a >= factor:
            a = a / factor
            break
    whole = len(str(int(a))) if a >= 1 else 1
    return max(0, significant - whole)


def _decimals(step: Decimal) -> int:
    """Decimals needed to show a multiple of ``step`` (0.01 -> 2, 100 -> 0)."""
    exponent = step.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


_ONE = Decimal(1)
#: Quantize targets and format specs by number of decimals, made once.
_QUANTA = tuple(_ONE.scaleb(-p) for p in range(16))
_ZH_SPECS = tuple(f".{p}f" for p in range(16))
_EN_SPECS = tuple(f",.{p}f" for p in range(16))


def _scale_for(magnitude: Decimal, zh: bool, scaled: bool) -> tuple[Decimal, str]:
    if scaled:
        for factor, word in _ZH_SCALES if zh else _EN_SCALES:
            if magnitude >= factor:
                return factor, word
    return _ONE, ""


def _symbols_are_ascii(locale: str) -> bool:
    symbols = get_decimal_symbol(locale), get_group_symbol(locale), get_minus_sign_symbol(locale)
    return symbols == (".", ",", "-")


#: Babel's zh_Hans_CN and en print numbers with ASCII '.', ',' and '-', so the
#: patterns below ("0.00", "#,##0.00") are Python's own Decimal formatting:
#: byte-identical (no rounding happens: the number is already rounded to the
#: decimals shown) and some 20 times faster than format_decimal. Checked once
#: against Babel's symbols; any other data falls back to Babel.
@cache
def _fast_numbers() -> bool:
    """Checked on first use, not at import: reading Babel's locale data for
    it was ~6 ms of every start, which a rebuild or a lint may not need."""
    return _symbols_are_ascii(ZH_LOCALE) and _symbols_are_ascii(EN_LOCALE)


def _format_number(number: Decimal, zh: bool, shown: int = -1) -> str:
    """Babel-format an already rounded Decimal, dropping trailing fractional zeros.

    ``shown``: the decimals ``number`` was quantized to (its exponent is
    ``-shown``), or -1 if unknown.
    """
    if number == 0:
        number = Decimal(0)  # no "-0"
    if number and 0 <= shown < 16 and _fast_numbers():
        # printed to the decimals it has, then its trailing zeros dropped:
        # the same digits as printing it to _decimals(number) decimals
        text = format(number, _ZH_SPECS[shown] if zh else _EN_SPECS[shown])
        return text.rstrip("0").rstrip(".") if shown else text
    places = _decimals(number)
    if _fast_numbers():
        if places < 16:
            return format(number, _ZH_SPECS[places] if zh else _EN_SPECS[places])
        return format(number, f".{places}f" if zh else f",.{places}f")
    pattern = ("0" if zh else "#,##0") + ("." + "0" * places if places else "")
    return _babel_decimal(
        number,
        format=pattern,
        locale=ZH_LOCALE if zh else EN_LOCALE,
        group_separator=not zh,
    )


#: Units a rate is written in, whose trailing zeros the writer meant: a rate
#: fixed at 3.0% beside 3.1% (money keeps its cents its own way).
_RATE_UNITS = frozenset({"percent", "pp", "points", "bp"})


def with_written_zeros(text: str, q: Quantity) -> str:
    """``text`` (``q`` printed) with the trailing zeros the article wrote put
    back: a rate written '3.0' prints 3.0%, not 3%; any other figure is left.

    >>> from decimal import Decimal as D
    >>> with_written_zeros("3%", Quantity(D(3), "percent", D("0.1")))
    '3.0%'
    >>> with_written_zeros("3%", Quantity(D(3), "percent", D(1)))
    '3%'
    """
    places = -q.resolution.normalize().as_tuple().exponent  # type: ignore[operator]
    if q.unit not in _RATE_UNITS or not isinstance(places, int) or places <= 0 or places > 4:
        return text
    full = format(abs(q.value).quantize(Decimal(1).scaleb(-places)), "f")
    short = full.rstrip("0").rstrip(".")
    return text.replace(short, full, 1) if short != full and short in text else text
