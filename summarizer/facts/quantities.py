"""Build exact Quantities from figures as an article writes them.

Articles write "5.34亿元", "1173.79万股" or "US$27.9 million"; the facts file
keeps the written number and its scale word apart (``value: 5.34``,
``scale: 亿``) so an editor can copy them verbatim. Rules, though, must never
see scale words, and checks must know how precisely a figure was written to
tell rounding from a real disagreement. ``amount_from`` does both: it
multiplies the scale out exactly (``Decimal``, never ``float``) and records
the unit of the last written digit as ``Quantity.resolution``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ..model import Quantity
from ..vocabulary.vocab import Vocabulary, derived_table

#: Scale words an editor may write, Chinese and English, and their factor
#: (from the vocabulary).
SCALES: dict[str, Decimal] = {}

#: Qualifiers a figure may carry (the article's 约, 超, 近, 至少, 不超过).
QUALIFIERS: list[str] = []


@derived_table
def _tables(vocab: Vocabulary) -> None:
    SCALES.clear()
    SCALES.update({word: Decimal(10) ** power for word, power in vocab.scales.items()})
    QUALIFIERS[:] = ["", *vocab.qualifiers]


def written_decimal(value: Decimal | int | str) -> Decimal:
    """The number exactly as written, keeping its trailing zeros.

    Strings may use "," or "_" as digit group separators. Floats are refused:
    ``0.1`` is not exactly one tenth, and the digits the editor wrote would be
    lost.

    >>> written_decimal("2.70")
    Decimal('2.70')
    >>> written_decimal("1,173.79")
    Decimal('1173.79')
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise TypeError(f"a written amount is a Decimal, int or str, not {type(value).__name__}")
    if isinstance(value, str):
        text = value.strip().replace(",", "").replace("_", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"not a number: {value!r}") from None
    else:
        number = Decimal(value)
    if not number.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    if number != 0 and not -12 <= number.adjusted() <= 24:
        raise ValueError(f"not a plausible written figure: {str(value)[:24]!r}")
    if len(number.as_tuple().digits) > 28:
        raise ValueError(f"more than 28 digits: {str(value)[:24]!r}")
    return number


def resolution_of(number: Decimal) -> Decimal:
    """Unit of the last written digit; integers always count to the unit.

    >>> resolution_of(Decimal("5.34")), resolution_of(Decimal("130"))
    (Decimal('0.01'), Decimal('1'))
    """
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)  # finite, checked by written_decimal
    return Decimal(1).scaleb(min(exponent, 0))


def amount_from(value: Decimal | int | str, scale: str, unit: str, qualifier: str = "") -> Quantity:
    """A Quantity from a written number, its scale word and its unit.

    The scale is multiplied out exactly and the resolution is the unit of
    the last written digit times the scale: "5.34" 亿 is 534,000,000 known
    to 1,000,000; "2.70" 亿 to 1,000,000 as well (the trailing zero was
    written, so it counts); "130" is known to 1 (a written integer counts to
    its last digit, trailing zeros included).

    >>> q = amount_from("5.34", "亿", "CNY")
    >>> q.value, q.resolution, q.scale
    (Decimal('534000000'), Decimal('1000000'), '亿')
    >>> amount_from(130, "", "percent").resolution
    Decimal('1')
    >>> amount_from("27.9", "million", "USD", "about").value
    Decimal('27900000')
    """
    try:
        factor = SCALES[scale.strip()]
    except KeyError:
        raise ValueError(
            f"unknown scale word {scale!r}: expected one of {', '.join(s for s in SCALES if s)}"
        ) from None
    if qualifier not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {qualifier!r}: expected one of {QUALIFIERS[1:]}")
    if not unit:
        raise ValueError("an amount needs a unit (a currency code or a unit id)")
    number = written_decimal(value)
    return Quantity(
        value=_plain(number * factor),
        unit=unit,
        resolution=_plain(resolution_of(number) * factor),
        scale=scale.strip(),
        qualifier=qualifier,
    )


def _plain(number: Decimal) -> Decimal:
    """``number`` with no exponent and no trailing fractional zeros.

    5.34 * 10**8 is Decimal('5.3400000000') internally; the value a rule sees
    should print as 534000000, and 1E+6 as 1000000.
    """
    normal = number.normalize()
    exponent = normal.as_tuple().exponent
    assert isinstance(exponent, int)
    return normal.quantize(Decimal(1)) if exponent > 0 else normal
