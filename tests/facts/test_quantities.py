"""amount_from: scale words multiplied out exactly, resolution from the written digits."""

from __future__ import annotations

import doctest
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer.facts import quantities
from summarizer.facts.quantities import SCALES, amount_from

D = Decimal


@pytest.mark.parametrize(
    ("value", "scale", "unit", "expected", "resolution"),
    [
        ("5.34", "亿", "CNY", D("534000000"), D("1000000")),
        ("1", "万亿", "HKD", D("1000000000000"), D("1000000000000")),
        ("10.462", "亿", "USD", D("1046200000"), D("100000")),
        ("27.9", "million", "USD", D("27900000"), D("100000")),
        ("5740", "万", "CNY", D("57400000"), D("10000")),
        ("2.12", "亿", "users", D("212000000"), D("1000000")),
        ("1173.79", "万", "shares", D("11737900"), D("100")),
        ("1.2", "万", "companies", D("12000"), D("1000")),
        ("2.70", "亿", "CNY", D("270000000"), D("1000000")),
        ("130", "", "percent", D("130"), D("1")),
        (130, "", "percent", D("130"), D("1")),
        (D("84.5"), "", "percent", D("84.5"), D("0.1")),
        ("37", "", "months", D("37"), D("1")),
        ("1,173.79", "万", "shares", D("11737900"), D("100")),
        ("3", "千", "devices", D("3000"), D("1000")),
        ("3", "十万", "users", D("300000"), D("100000")),
        ("3", "百万", "USD", D("3000000"), D("1000000")),
        ("3", "千万", "USD", D("30000000"), D("10000000")),
        ("3", "十亿", "USD", D("3000000000"), D("1000000000")),
        ("3", "百亿", "USD", D("30000000000"), D("10000000000")),
        ("3", "千亿", "USD", D("300000000000"), D("100000000000")),
        ("3", "thousand", "USD", D("3000"), D("1000")),
        ("1.5", "billion", "USD", D("1500000000"), D("100000000")),
        ("0.5", "trillion", "USD", D("500000000000"), D("100000000000")),
        ("0.05", "", "pp", D("0.05"), D("0.01")),
    ],
)
def test_amount_from(
    value: Decimal | int | str, scale: str, unit: str, expected: Decimal, resolution: Decimal
) -> None:
    q = amount_from(value, scale, unit)
    assert q.value == expected and str(q.value) == str(expected)  # no exponent, no ".00"
    assert q.resolution == resolution and str(q.resolution) == str(resolution)
    assert q.unit == unit and q.scale == scale and q.qualifier == ""


def test_qualifier_and_bounds() -> None:
    q = amount_from("5.34", "亿", "CNY", "about")
    assert q.qualifier == "about"
    assert q.bounds() == (D("533500000"), D("534500000"))


@pytest.mark.parametrize(
    ("value", "scale", "unit", "qualifier", "error"),
    [
        ("5.34", "兆", "CNY", "", ValueError),
        ("5.34", "亿", "CNY", "approx", ValueError),
        ("5.34", "亿", "", "", ValueError),
        ("abc", "", "CNY", "", ValueError),
        ("nan", "", "CNY", "", ValueError),
        ("Infinity", "", "CNY", "", ValueError),
        (5.34, "亿", "CNY", "", TypeError),
        (True, "", "CNY", "", TypeError),
    ],
)
def test_rejects(
    value: object, scale: str, unit: str, qualifier: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        amount_from(value, scale, unit, qualifier)  # type: ignore[arg-type]


@given(
    st.decimals(min_value=0, max_value=10**6, places=4, allow_nan=False, allow_infinity=False),
    st.sampled_from(sorted(SCALES)),
)
def test_value_is_written_times_scale(written: Decimal, scale: str) -> None:
    q = amount_from(str(written), scale, "CNY")
    assert q.value == written * SCALES[scale]
    assert "E" not in str(q.value)
    lo, hi = q.bounds()
    assert lo <= q.value <= hi
    exponent = written.as_tuple().exponent
    assert isinstance(exponent, int)
    assert q.resolution == SCALES[scale] * D(1).scaleb(min(exponent, 0))


def test_doctests() -> None:
    assert doctest.testmod(quantities).failed == 0
