"""A benchmark lending rate moved (S&P Global on China's loan prime rates of May 20, 2025: the
one-year rate cut to 3.0% from 3.1%, the five-year rate to 3.5% from 3.6%, after 25 basis points
off both in October 2024). No rule read a lending rate before: every reader was told the story had
no bearing on them. Now each reader is told what a loan priced on it costs, from its side, and a
platform, whose business a tenth of a point does not change, is not told."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = "  lpr: {kind: index, name: {zh-Hans: 贷款市场报价利率, en: the loan prime rate}}\n"


def _fact(fid: str, seg: str, period: str, value: str, extra: str = "unit: percent, ") -> str:
    return (f"  {fid}: {{metric: lending_rate, entity: lpr, segment: {seg}, period: {period}, "
            f"value: '{value}', {extra}source: {{quote: {fid}原文}}}}\n")


ONE = _fact("a0", "one-year", "2025-04", "3.1") + _fact("a1", "one-year", "2025-05", "3.0")
FIVE = (_fact("b0", "over-five-year", "2025-04", "3.6")
        + _fact("b1", "over-five-year", "2025-05", "3.5"))
OCTOBER = "".join(_fact(f"c{n}", s, "2024-10", "-25", "measure: change, stated: true, unit: bp, ")
                  for n, s in enumerate(("one-year", "over-five-year")))


def _story(facts: str = FIVE + ONE + OCTOBER) -> Story:
    return mini_story(ENTITIES, facts, published="2025-05-20")


def test_the_short_tenor_first_and_the_zero_the_bank_wrote_is_kept() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("The one-year loan prime rate was cut to 3.0% in May 2025, from 3.1%, and the five-year "
            "rate to 3.5%, from 3.6%: 10 basis points lower each.") in en["general"]
    assert ("2025年5月，一年期贷款市场报价利率由3.1%下调至3.0%，五年期以上贷款市场报价利率由3.6%下调至"
            "3.5%，各下调10个基点。") in zh["general"]


def test_each_reader_reads_its_own_figure() -> None:
    en = sections(_story(), "en")
    assert "a loan priced on the one-year loan prime rate carries about 3% less interest" in en["seller"]
    assert "five-year loan prime rate, for plant and equipment among them, fall to 3.5% from 3.6%" in en["factory"]
    assert "repricing date its contract sets" in en["factory"]
    assert "has come down 35 basis points in two cuts since October 2024, to 3.5%" in en["brand"]
    assert "now charge 10 basis points less: if you finance merchants" in en["service_provider"]
    assert "stays 50 basis points" in en["researcher"]
    assert "little bearing" in en["platform_operator"]
    told = [r for r in READERS if r != "platform_operator"]
    firsts = [en[r].split(": ", 1)[-1][:40] for r in told]
    assert len(set(firsts)) == len(firsts), firsts


def test_one_tenor_tells_only_the_readers_it_serves() -> None:
    en = sections(_story(ONE), "en")
    assert "about 3% less interest" in en["seller"]
    assert "10 basis points less" in en["service_provider"]
    for role in ("factory", "brand", "researcher"):
        assert "basis points" not in en[role] and "3.0%" not in en[role], role


def test_unequal_moves_are_each_said_and_the_gap_moves() -> None:
    facts = ONE + _fact("b0", "over-five-year", "2025-04", "3.95") + _fact(
        "b1", "over-five-year", "2025-05", "3.8")
    en = sections(_story(facts), "en")
    assert ("from 3.1%, 10 basis points lower, and the five-year rate to 3.8%, from 3.95%, 15 basis "
            "points lower.") in en["general"]
    assert "narrows to 80 basis points from 85 basis points: the move favours long loans" in en[
        "researcher"]


def test_a_raise_reads_as_dearer_money() -> None:
    facts = _fact("a0", "one-year", "2025-04", "3.0") + _fact("a1", "one-year", "2025-05", "3.25")
    en = sections(_story(facts), "en")
    assert "was raised to 3.25% in May 2025, from 3.0%, 25 basis points higher." in en["general"]
    assert "about 8% more interest: borrow for stock only what" in en["seller"]


def test_a_rate_held_or_read_once_makes_no_point() -> None:
    held = _fact("a0", "one-year", "2025-04", "3.0") + _fact("a1", "one-year", "2025-05", "3.0")
    once = _fact("a1", "one-year", "2025-05", "3.0")
    for facts in (held, once):
        assert not [t for t in derive(_story(facts)).takeaways if t.rule == "loan_rates"]
