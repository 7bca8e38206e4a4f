"""summarizer.realise.locale: exact outputs for every figure the seeds use, and
properties that must hold for any figure."""

from __future__ import annotations

import doctest
import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from summarizer.facts.quantities import amount_from
from summarizer.model import Quantity
from summarizer.realise import locale as loc
from summarizer.realise.locale import (
    CURRENCIES,
    QUALIFIER_WORDS,
    UNITS,
    amount_parts,
    format_amount,
    format_change,
    format_count,
    format_date,
    format_list,
    format_multiple,
    format_percent,
    format_period,
    format_points,
)

D = Decimal
ZH = ("zh-Hans", "zh-Hant", "zh-Hant-HK")

# (written value, scale, unit, zh, en) -- as the seeds write them.
AMOUNTS = [
    ("5.34", "亿", "CNY", "5.34亿元", "RMB 534 million"),
    ("1", "万亿", "HKD", "1万亿港元", "HK$1 trillion"),
    ("10.462", "亿", "USD", "10.462亿美元", "US$1.046 billion"),  # 4 figures in English
    ("27.9", "million", "USD", "2790万美元", "US$27.9 million"),
    ("5740", "万", "CNY", "5740万元", "RMB 57.4 million"),
    ("57.4", "million", "CNY", "5740万元", "RMB 57.4 million"),
    ("2.12", "亿", "users", "2.12亿名", "212 million"),
    ("1173.79", "万", "shares", "1173.79万股", "11.74 million shares"),
    ("1.2", "万", "companies", "1.2万家", "12,000"),
    ("3.5", "万", "developers", "3.5万名", "35,000"),
    ("800", "", "devices", "800台", "800"),
    ("37", "", "months", "37个月", "37 months"),
    ("1", "", "months", "1个月", "1 month"),
    ("4", "", "years", "4年", "4 years"),
    ("4.5", "", "years", "4.5年", "4.5 years"),
    ("1", "", "years", "1年", "1 year"),
    ("84.5", "", "percent", "84.5%", "84.5%"),
    ("130", "", "percent", "130%", "130%"),
    ("15.6", "", "pp", "15.6个百分点", "15.6 percentage points"),
    ("1", "", "pp", "1个百分点", "1 percentage point"),
    ("34", "", "times", "34倍", "34×"),
    ("22", "", "times", "22倍", "22×"),
    ("1", "million", "shares", "100万股", "1 million shares"),
    ("2", "thousand", "EUR", "2000欧元", "€2,000"),
    ("3.2", "billion", "SAR", "32亿沙特里亚尔", "SAR 3.2 billion"),
    ("150", "万亿", "CNY", "150万亿元", "RMB 150 trillion"),
    ("12000", "万亿", "CNY", "12000万亿元", "RMB 12,000 trillion"),
    ("9999", "", "CNY", "9999元", "RMB 9,999"),
    ("0", "", "CNY", "0元", "RMB 0"),
    ("0.5", "", "years", "0.5年", "0.5 years"),
    ("2.70", "亿", "CNY", "2.7亿元", "RMB 270 million"),
    ("1.0", "万亿", "HKD", "1万亿港元", "HK$1 trillion"),
    ("10000", "亿", "HKD", "1万亿港元", "HK$1 trillion"),
    ("999999", "", "USD", "99.9999万美元", "US$999,999"),
]


@pytest.mark.parametrize(("value", "scale", "unit", "zh", "en"), AMOUNTS)
def test_amounts(value: str, scale: str, unit: str, zh: str, en: str) -> None:
    q = amount_from(value, scale, unit)
    for lang in ZH:
        assert format_amount(q, "", lang) == zh
    assert format_amount(q, "", "en") == en
    if len(q.value.normalize().as_tuple().digits) <= 4:
        assert format_amount(q.value, unit, "en") == en  # a bare Decimal is exact


@pytest.mark.parametrize(
    ("qualifier", "zh", "en"),
    [
        ("about", "约5.34亿元", "about RMB 534 million"),
        ("over", "超5.34亿元", "more than RMB 534 million"),
        ("nearly", "近5.34亿元", "nearly RMB 534 million"),
        ("at_least", "至少5.34亿元", "at least RMB 534 million"),
        ("up_to", "至多5.34亿元", "up to RMB 534 million"),
    ],
)
def test_qualifiers(qualifier: str, zh: str, en: str) -> None:
    q = amount_from("5.34", "亿", "CNY", qualifier)
    assert (format_amount(q, "", "zh-Hans"), format_amount(q, "", "en")) == (zh, en)
    bare = D("534000000")
    assert format_amount(bare, "CNY", "zh-Hans", qualifier=qualifier) == zh
    assert format_amount(bare, "CNY", "en", qualifier=qualifier) == en


def test_qualifier_argument_overrides_the_quantity() -> None:
    q = amount_from("1", "万亿", "HKD", "about")
    assert format_amount(q, "", "zh-Hans", qualifier="over") == "超1万亿港元"
    assert format_amount(q, "HKD", "en") == "about HK$1 trillion"


@pytest.mark.parametrize(
    ("value", "unit", "digits", "zh", "en"),
    [
        (D("1046200000"), "USD", 2, "10.46亿美元", "US$1.05 billion"),
        (D("1046200000"), "USD", 0, "10亿美元", "US$1 billion"),
        (D("99995000"), "CNY", 0, "1亿元", "RMB 100 million"),
        (D("999999999"), "USD", 1, "10亿美元", "US$1 billion"),
        (D("9999.6"), "CNY", 0, "1万元", "RMB 10,000"),
        (D("36.8"), "months", 0, "37个月", "37 months"),
        (D("129.76"), "percent", 0, "130%", "130%"),
        (D("129.76"), "percent", 1, "129.8%", "129.8%"),
        (D("34.04"), "times", 1, "34倍", "34×"),
        (D("0.04"), "percent", 1, "0%", "0%"),
        (D("-534000000"), "CNY", None, "-5.34亿元", "-RMB 534 million"),
        (D("-0.004"), "CNY", 2, "0元", "RMB 0"),
        (D(1) / D(3), "years", None, "0.333333年", "0.333333 years"),
        (D("1E+12"), "HKD", None, "1万亿港元", "HK$1 trillion"),
        (D("1.000E+12"), "HKD", 3, "1万亿港元", "HK$1 trillion"),
        (212000000, "users", None, "2.12亿名", "212 million"),
    ],
)
def test_digits_and_rounding(
    value: Decimal | int, unit: str, digits: int | None, zh: str, en: str
) -> None:
    assert format_amount(value, unit, "zh-Hans", digits=digits) == zh
    assert format_amount(value, unit, "en", digits=digits) == en


def test_resolution_of_a_computed_quantity() -> None:
    # A rule computed 1.0462e9 but only knows it to 1e7: both languages say 3 figures.
    q = Quantity(D("1046200000"), "USD", D("10000000"))
    assert format_amount(q, "", "zh-Hans") == "10.5亿美元"
    assert format_amount(q, "", "en") == "US$1.05 billion"


def test_count_percent_points_multiple_change() -> None:
    assert format_count(212000000, "users", "zh-Hans") == "2.12亿名"
    assert format_count(212000000, "users", "en") == "212 million"
    assert format_count(D("11737900"), "shares", "en") == "11.7379 million shares"
    assert format_percent(D("84.5"), "zh-Hant") == "84.5%"
    assert format_percent(amount_from("84.5", "", "percent", "about"), "en") == "about 84.5%"
    assert format_points(D("15.6"), "zh-Hans") == "15.6个百分点"
    assert format_points(D("15.6"), "en") == "15.6 percentage points"
    assert format_multiple(34, "zh-Hans") == "34倍"
    assert format_multiple(34, "en") == "34×"
    assert format_multiple(34, "en", spelled=True) == "34 times"
    assert format_multiple(1, "en", spelled=True) == "1 time"
    assert format_multiple(D("4.5"), "en", qualifier="nearly", spelled=True) == "nearly 4.5 times"
    assert format_multiple(10, "zh-Hans", qualifier="nearly") == "近10倍"
    assert format_multiple(D("34.04"), "zh-Hans", spelled=True, digits=0) == "34倍"


@pytest.mark.parametrize(
    ("pct", "digits", "zh", "en"),
    [
        (D("102"), None, "增长102%", "up 102%"),
        (D("-50"), None, "下降50%", "down 50%"),
        (D("129.76"), 0, "增长130%", "up 130%"),
        (D("-0.04"), 1, "持平", "unchanged"),
        (D("0"), None, "持平", "unchanged"),
        (amount_from("850", "", "percent", "nearly"), None, "增长近850%", "up nearly 850%"),
    ],
)
def test_change(pct: Decimal | Quantity, digits: int | None, zh: str, en: str) -> None:
    assert format_change(pct, "zh-Hans", digits) == zh
    assert format_change(pct, "en", digits) == en


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: format_amount(D(1), "XYZ", "en"), ValueError),
        (lambda: format_amount(D(1), "CNY", "fr"), ValueError),
        (lambda: format_amount(D(1), "CNY", "zh-Hans", qualifier="around"), ValueError),
        (lambda: format_amount(D("NaN"), "CNY", "en"), ValueError),
        (lambda: format_amount(D("Infinity"), "CNY", "en"), ValueError),
        (lambda: format_amount(1.5, "CNY", "en"), TypeError),  # type: ignore[arg-type]
        (lambda: format_amount(D(1), "CNY", "en", digits=-1), ValueError),
        (lambda: format_amount(amount_from("1", "", "CNY"), "USD", "en"), ValueError),
        (lambda: format_date(date(2026, 1, 1), "en", "week"), ValueError),  # type: ignore[arg-type]
    ],
)
def test_errors(call: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()  # type: ignore[operator]


# -- dates, periods, lists ---------------------------------------------------


@pytest.mark.parametrize(
    ("d", "precision", "zh", "en"),
    [
        (date(2026, 2, 1), "day", "2026年2月1日", "February 1, 2026"),
        (date(2026, 12, 31), "day", "2026年12月31日", "December 31, 2026"),
        (date(2026, 3, 9), "month", "2026年3月", "March 2026"),
        (date(2026, 3, 9), "quarter", "2026年一季度", "the first quarter of 2026"),
        (date(2026, 11, 9), "quarter", "2026年四季度", "the fourth quarter of 2026"),
        (date(2026, 3, 9), "year", "2026年", "2026"),
    ],
)
def test_dates(d: date, precision: loc.Precision, zh: str, en: str) -> None:
    for lang in ZH:
        assert format_date(d, lang, precision) == zh
    assert format_date(d, "en", precision) == en


@pytest.mark.parametrize(
    ("period", "zh", "en"),
    [
        ("FY2024", "2024年", "2024"),
        ("FY2022/FY2024", "2022年至2024年", "2022–2024"),
        ("2025H1", "2025年上半年", "the first half of 2025"),
        ("2025H2", "2025年下半年", "the second half of 2025"),
        ("2026Q1", "2026年一季度", "the first quarter of 2026"),
        ("2025Q3", "2025年三季度", "the third quarter of 2025"),
        ("2025Q1-Q3", "2025年前三季度", "the first three quarters of 2025"),
        ("2025Q1-Q2", "2025年上半年", "the first half of 2025"),
        ("2025Q1-Q4", "2025年全年", "the full year 2025"),
        ("2025Q2-Q3", "2025年二至三季度", "the second and third quarters of 2025"),
        ("2025Q2-Q4", "2025年二至四季度", "the second to fourth quarters of 2025"),
        ("2025M1-M9", "2025年前9个月", "the first nine months of 2025"),
        ("2025M3-M9", "2025年3至9月", "March–September 2025"),
        ("2026-03", "2026年3月", "March 2026"),
        ("2025-09-30", "截至2025年9月30日", "as of September 30, 2025"),
        ("2024H1/2025H1", "2024年上半年至2025年上半年",
         "the first half of 2024 to the first half of 2025"),
    ],
)  # fmt: skip
def test_periods(period: str, zh: str, en: str) -> None:
    for lang in ZH:
        assert format_period(period, lang) == zh
    assert format_period(period, "en") == en


def test_period_without_as_of() -> None:
    assert format_period("2025-09-30", "zh-Hans", as_of=False) == "2025年9月30日"
    assert format_period("2025-09-30", "en", as_of=False) == "September 30, 2025"
    assert format_period("FY2024", "en", as_of=False) == "2024"


@pytest.mark.parametrize(
    ("items", "zh", "en"),
    [
        ([], "", ""),
        (["智谱"], "智谱", "智谱"),
        (["A", "B"], "A和B", "A and B"),
        (["A", "B", "C"], "A、B和C", "A, B, and C"),
        (["A", "B", "C", "D"], "A、B、C和D", "A, B, C, and D"),
    ],
)
def test_lists(items: list[str], zh: str, en: str) -> None:
    assert format_list(items, "zh-Hans") == zh
    assert format_list(iter(items), "zh-Hant") == zh
    assert format_list(items, "en") == en


def test_process_locale_is_never_used(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_NUMERIC", "LC_TIME", "LANG", "LANGUAGE"):
        monkeypatch.setenv(var, "de_DE.UTF-8")
    assert format_amount(D("11737900"), "shares", "en") == "11.7379 million shares"
    assert format_amount(D("12000"), "companies", "en") == "12,000"
    assert format_date(date(2026, 2, 1), "en") == "February 1, 2026"
    assert format_list(["A", "B", "C"], "zh-Hans") == "A、B和C"


def test_babel_compact_traps_are_avoided() -> None:
    """The reason we keep our own scale table (issue 2, item 5)."""
    from babel.numbers import format_compact_decimal

    assert format_compact_decimal(10**12, locale="zh_Hant_HK") == "1T"
    assert format_compact_decimal(10**12, locale="zh_Hant_TW") == "1兆"
    for lang in ZH:
        assert format_amount(D(10) ** 12, "HKD", lang) == "1万亿港元"


# -- properties ---------------------------------------------------------------

_SCALE_WORDS = ("万亿", "亿", "万", "trillion", "billion", "million")
_ZH_SUFFIX = "|".join(
    re.escape(s) for s in {z for z, _ in CURRENCIES.values()} | {u.zh for u in UNITS.values()}
)
_ZH_QUAL = "|".join(z for z, _ in QUALIFIER_WORDS.values() if z)
_EN_QUAL = "|".join(e for _, e in QUALIFIER_WORDS.values() if e)
_EN_PREFIX = "|".join(re.escape(e) for _, e in CURRENCIES.values())
_EN_SUFFIX = "|".join(re.escape(s) for u in UNITS.values() for s in (u.en_one, u.en_many) if s)
#: Decimals: no trailing zero, except the cents of money written to the cent
#: (US$3.40, 0.10巴西雷亚尔), which never take a scale word.
_DEC = r"(?:\.\d*[1-9]|\.\d0(?!万|亿| trillion| billion| million))?"
ZH_GRAMMAR = re.compile(
    rf"(?:{_ZH_QUAL})?-?(?:0|[1-9]\d*){_DEC}(?:万亿|亿|万)?(?:{_ZH_SUFFIX})?"
)
EN_GRAMMAR = re.compile(
    rf"(?:(?:{_EN_QUAL}) )?-?(?:{_EN_PREFIX})?(?:0|[1-9]\d{{0,2}}(?:,\d{{3}})*){_DEC}"
    rf"(?: trillion| billion| million)?(?:{_EN_SUFFIX})?"
)
_UNIT_IDS = sorted(CURRENCIES) + sorted(u for u in UNITS if u)
_decimals = st.decimals(
    min_value=D("-1E20"), max_value=D("1E20"), allow_nan=False, allow_infinity=False
)


def _check(text: str, lang: str) -> None:
    for bad in ("None", "nan", "NaN", "inf", "e+", "E+", "e-", "E-"):
        assert bad not in text
    assert len(re.findall("|".join(_SCALE_WORDS), text)) <= 1  # one scale word at most
    assert "亿亿" not in text and "万万" not in text
    if lang == "en":
        assert EN_GRAMMAR.fullmatch(text), text
    else:
        assert "," not in text
        assert ZH_GRAMMAR.fullmatch(text), text


@given(
    _decimals,
    st.sampled_from(_UNIT_IDS),
    st.sampled_from(loc._LANGS),
    st.sampled_from(sorted(QUALIFIER_WORDS)),
    st.one_of(st.none(), st.integers(0, 4)),
)
def test_any_decimal_formats_cleanly(
    value: Decimal, unit: str, lang: str, qualifier: str, digits: int | None
) -> None:
    _check(format_amount(value, unit, lang, qualifier=qualifier, digits=digits), lang)


@st.composite
def written_quantities(draw: st.DrawFn) -> Quantity:
    digits = draw(st.integers(1, 12))
    places = draw(st.integers(0, min(digits, 6)))
    number = draw(st.integers(10 ** (digits - 1) if digits > 1 else 0, 10**digits - 1))
    text = str(D(number).scaleb(-places))
    scale = draw(st.sampled_from(["", "万", "亿", "万亿", "thousand", "million", "billion"]))
    unit = draw(st.sampled_from(_UNIT_IDS))
    return amount_from(text, scale, unit)


def test_cents_are_kept_only_for_money_written_to_the_cent_without_a_scale_word() -> None:
    """'0.10' BRL is a price written to the cent; '0.10000 thousand' is not
    (it printed 'BRL 100.00' until the written scale word was checked)."""
    cent, scaled = amount_from("0.10", "", "BRL"), amount_from("0.10000", "thousand", "BRL")
    assert format_amount(cent, "", "en") == "BRL 0.10"
    assert format_amount(cent, "", "zh-Hans") == "0.10巴西雷亚尔"
    assert format_amount(scaled, "", "en") == "BRL 100"
    assert format_amount(scaled, "", "zh-Hans") == "100巴西雷亚尔"


@given(written_quantities(), st.sampled_from(loc._LANGS))
# money written to the cent under a scale word is no price-list figure: no
# cents kept ("BRL 100", not "BRL 100.00"; found by hypothesis)
@example(amount_from("0.10000", "thousand", "BRL"), "en")
@example(amount_from("0.10000", "thousand", "BRL"), "zh-Hans")
@example(amount_from("0.10", "", "BRL"), "en")  # written to the cent: BRL 0.10
def test_round_trip_keeps_the_value(q: Quantity, lang: str) -> None:
    parts = amount_parts(q, "", lang)
    back = amount_from(parts.number, parts.scale, q.unit)
    if lang == "en" and parts.scale:  # English prints four significant figures
        assert abs(back.value - q.value) <= abs(q.value) * D("0.0005")
    else:
        assert back.value == q.value  # (trailing zeros are dropped, so not the resolution)
    _check(str(parts), lang)
    mantissa = D(parts.number.replace(",", ""))
    if parts.scale:
        upper = 1000 if lang == "en" else 10000
        assert 1 <= mantissa < upper or parts.scale in ("万亿", "trillion")
    elif UNITS.get(q.unit, UNITS["count"]).scaled:
        assert q.value < (10**6 if lang == "en" else 10**4)


@given(written_quantities())
def test_chinese_variants_are_formatted_alike(q: Quantity) -> None:
    assert len({format_amount(q, "", lang) for lang in ZH}) == 1


def test_doctests() -> None:
    assert doctest.testmod(loc).failed == 0


def test_every_unit_and_currency_the_schema_accepts_can_be_formatted() -> None:
    """A unit an editor may write must never crash rendering."""
    import json

    from summarizer.paths import SCHEMA_PATH
    from summarizer.realise.locale import format_amount

    metric = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))["$defs"]["metric"]["properties"]
    for unit in metric["unit"]["enum"] + metric["currency"]["enum"]:
        for lang in ("zh-Hans", "en"):
            assert format_amount(Decimal("1595"), unit, lang), (unit, lang)


def test_english_keeps_the_digits_of_an_english_scale_word() -> None:
    """455.71 billion written in English stays 455.71 billion (the facts table
    shows it as written); 6894.91万 in English is cut to four significant
    digits, as a desk would print it."""
    from summarizer.realise.numbers import format_quantity

    assert format_quantity(amount_from(Decimal("455.71"), "billion", "CNY", ""), "en") == (
        "RMB 455.71 billion"
    )
    assert format_quantity(amount_from(Decimal("6894.91"), "万", "CNY", ""), "en") == (
        "RMB 68.95 million"
    )
    assert format_quantity(amount_from(Decimal("455.71"), "billion", "CNY", ""), "zh-Hans") == (
        "4557.1亿元"
    )
