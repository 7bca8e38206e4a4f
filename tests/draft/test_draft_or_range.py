"""Two levels with the unit said once, "to 30,000 or 60,000 yuan" (Taobao
Mall's annual fee by kind of business, Xinhua 2011-10-17; seed
taobao-mall-fee-hike-2011), are drafted as the range they span: drafted one
number at a time, 30,000 was lost and 60,000 read as the new fee. With a
unit on each ("RM10 or RM500", two example orders) they stay two figures."""

from __future__ import annotations

from summarizer.draft import draft_figures


def _values(text: str) -> list[tuple[str, str]]:
    _, figures = draft_figures(f"Fees\n\nXinhua 2011-10-17\n\n{text}\n", "a.txt")
    return [(f.low or "", f.value) for f in figures]


def test_a_bare_number_or_an_amount_is_one_range() -> None:
    assert _values("It will raise the fee from 6,000 yuan to 30,000 or 60,000 yuan.") == [
        ("", "6000"), ("30000", "60000")]
    assert ("3", "6") in _values("年费从6000元提高到3万或6万元。")


def test_amounts_each_with_a_unit_stay_two_figures() -> None:
    got = _values("Whether the order value is RM10 or RM500, the fee is the same.")
    assert ("", "10") in got and ("", "500") in got


def test_an_annual_fee_is_a_years_whether_or_not_the_article_says_so() -> None:
    """"raise its annual service fees from 6,000 yuan to 30,000 or 60,000
    yuan": both amounts per year, so the fixed-fee rule reads them."""
    text = (
        "TITLE: Taobao Mall raises fees\nOUTLET: Xinhua\nDATE: 2011-10-17\n\n"
        "Taobao Mall intends to increase its annual service fees from 6,000 yuan "
        "to 30,000 or 60,000 yuan.\n"
    )
    _, figures = draft_figures(text, "t.txt")
    assert [(f.metric, f.per) for f in figures] == [("annual_fee", "year"), ("annual_fee", "year")]
    # a figure of another metric in the same article takes no year
    _, others = draft_figures(text.replace("annual service fees", "deposits"), "t.txt")
    assert all(f.per != "year" for f in others)
