"""What a figure's sentence asks the editor to check, beyond the figure itself.

Each is a note on the draft's line, never a change to it: a forecast needs
who expects it (``forecast:``), a level being tested ``trial: true``, a
fiscal year its entity's year end, a level
held until a day is a pause (an event with ``until:``), and a
shopping festival its run of days, which the article rarely writes
("2025年双十一…销售额16950亿元" is not the year 2025's sales).
"""

from __future__ import annotations

import re

from .figures import Figure

#: Words before a figure in its sentence that make it expected, not a result.
FORECAST = re.compile(
    r"预计|预期|预测|有望|指引|\b(?:expects?|expected|projects?|projected|forecasts?|"
    r"forecasted|predicts?|guid(?:es|ance|ed)|outlook|estimates? (?:that|it will))\b",
    re.IGNORECASE,
)
#: A level held until a day ("will remain at 10 percent until … Nov. 10, 2026",
#: "维持10%至2026年11月10日"): a pause, which the facts write as an event with 'until'.
HELD = re.compile(
    r"\b(?:remain|remains|stay|stays|held|hold|holds|kept|keep|keeps|paused?)\b[^.;]{0,60}\buntil\b"
    r"|(?:维持|保持|暂缓)[^。；]{0,20}至\d{4}年",
    re.IGNORECASE,
)
#: A level the company says it is testing ("Amazon is testing a $35 free
#: shipping minimum", "试点", "测试"): a trial, not yet the rule.
TRIAL = re.compile(
    r"\b(?:testing|tests|trial(?:ling|ing)?|pilot(?:ing)?)\b|试点|测试|試點|測試", re.IGNORECASE
)
#: A fiscal year named in a figure's sentence: its entity may need fiscal_year_end.
FISCAL = re.compile(r"[财財]年|\bfiscal\b|\bFY\s?\d", re.IGNORECASE)


def ask_about(
    fig: Figure, before: str, sentence: str, fiscal: bool, festival: re.Pattern[str]
) -> None:
    """Add the notes ``fig``'s sentence calls for (``before``: the sentence up
    to the figure; ``fiscal``: the article names a fiscal year somewhere;
    ``festival``: the keyword table's shopping festivals)."""
    if FORECAST.search(before):
        fig.review.append("a forecast or guidance: add forecast: <who expects it>")
    if TRIAL.search(sentence):
        fig.review.append("a test, not yet the rule: add trial: true if the level is being tested")
    if HELD.search(sentence):
        fig.review.append(
            "held until a day: a rise put off is an event (tariff_pause, …) with until: YYYY-MM-DD"
        )
    if fig.period and FISCAL.search(fig.quote):
        fig.review.append("a fiscal year: give the entity fiscal_year_end unless December")
    elif fiscal and fig.period[4:5] in ("Q", "H") and _guessed(fig):
        # 'Nike reported Q1 revenue…', then 'its first quarter fiscal 2026 results'
        fig.review.append("the article names a fiscal year: this quarter may be a fiscal one")
    if festival.search(sentence) and (not fig.period or fig.period.startswith("FY")):
        fig.review.append(
            "a shopping festival: give its run of days (2025-10-20/2025-11-11), not the year"
        )


def _guessed(fig: Figure) -> bool:
    return "period resolved against the publication date" in fig.review
