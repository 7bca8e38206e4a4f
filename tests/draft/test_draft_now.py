"""English "now" and "currently" date what follows them in their clause, as
目前 does: "The site, which Walmart created in 2009 …, now includes about
18,000 sellers" (Bloomberg, 2018-04-10; seed walmart-marketplace-picky-2018)
took 2009 from the clause before. Past a clause end or a modal the figure is
not current ("sellers who currently pay 2.9% …, would pay $1.36"), a "now"
before a forecast's verb dates a guidance, not its figure ("now expects
growth of 4.8%"), and a "now" in the next sentence dates nothing before it."""

from __future__ import annotations

from datetime import date

from summarizer.draft import draft_figures

PUBLISHED = date(2018, 4, 10)


def _periods(text: str) -> list[tuple[str, str]]:
    _, figures = draft_figures(f"Story\n\n{text}\n", "a.txt", PUBLISHED)
    return [(f.value, f.period) for f in figures]


def test_now_dates_the_figure_after_it_in_its_clause() -> None:
    got = _periods("The site, which Walmart created in 2009 to compete, now includes about"
                   " 18,000 sellers.")
    assert ("18000", "2018-04") in got
    assert ("2.9", "2018-04") in _periods("Sellers currently pay 2.9% per transaction.")


def test_now_leaves_a_later_clause_a_forecast_and_the_sentence_before() -> None:
    got = dict(_periods("For a $25 item, sellers who currently pay 2.9%, would pay $1.36 after."))
    assert got.get("1.36", "") == ""
    got = dict(_periods("The company now expects net sales growth of 4.8 percent."))
    assert got.get("4.8", "") == ""
    got = dict(_periods("Wholesale grew 7% to $6.8 billion. This channel now carries more weight."))
    assert got.get("6.8", "") == ""
