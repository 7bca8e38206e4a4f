"""Relative dates in a digest name the year or month they meant."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.digest.relative import resolve

DEC_2025 = date(2025, 12, 22)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("部分公司今年未能融资", "zh-Hans", "部分公司2025年未能融资"),
        ("截至今年9月末现金3.63亿美元", "zh-Hans", "截至2025年9月末现金3.63亿美元"),
        ("去年亏损，明年上市", "zh-Hans", "2024年亏损，2026年上市"),
        ("新規下月起施行", "zh-Hant", "新規2026年1月起施行"),
        ("上个月获批", "zh-Hans", "2025年11月获批"),
        ("raised no new round this year", "en", "raised no new round in 2025"),
        ("This year's results", "en", "2025's results"),
        ("This year was hard", "en", "In 2025 was hard"),
        ("from mid-January of this year", "en", "from mid-January of 2025"),
        ("the rules take effect next month", "en", "the rules take effect in January 2026"),
        ("Last month, it listed", "en", "In November 2025, it listed"),
        ("Taobao loosened the rule last July", "en", "Taobao loosened the rule in July 2025"),
        ("prices rose last December", "en", "prices rose in December 2024"),
        ("the fee starts next January", "en", "the fee starts in January 2026"),
        ("sales this November", "en", "sales in November 2025"),
        # a preposition of its own keeps no 'in' ("from in 2026" was printed)
        ("cutting its health plan's cost from next year", "en",
         "cutting its health plan's cost from 2026"),
        ("starting next month, fees rise", "en", "starting January 2026, fees rise"),
        ("in last May's report", "en", "in May 2025's report"),
        ("上年同期仅增长5%", "zh-Hans", "上年同期仅增长5%"),
        ("yearly this-year", "en", "yearly this-year"),
    ],
)
def test_relative_years_and_months_become_calendar_ones(
    text: str, lang: str, expected: str
) -> None:
    assert resolve(text, lang, DEC_2025) == expected


def test_quoted_words_stay_as_written_with_the_date_in_brackets() -> None:
    said = resolve("王宁说“今年海外增长超100%”", "zh-Hans", date(2025, 3, 27))
    assert said == "王宁说“今年（2025年）海外增长超100%”"
    assert resolve("「今年稍早取消」", "zh-Hant", DEC_2025) == "「今年（2025年）稍早取消」"
    assert resolve('He said "next year" twice', "en", DEC_2025) == (
        'He said "next year [2026]" twice'
    )


def test_the_same_word_resolves_by_each_story_date() -> None:
    assert resolve("今年", "zh-Hans", date(2026, 6, 25)) != resolve("今年", "zh-Hans", DEC_2025)
