"""event_pace: Singles Day 2024's sales rose 27% to RMB 1.44 trillion, but
over 29 days against 2023's 19: per day they fell 17%. Runs of different
lengths a year apart are read per day; runs of the same days are
yoy_growth's."""

from __future__ import annotations

from pathlib import Path

from ministory import READERS, mini_story, sections

from summarizer.facts.load import load_story
from summarizer.model import Story, Takeaway
from summarizer.rules import derive

SEED = Path(__file__).resolve().parents[2] / "seeds" / "singles-day-2024.yaml"

ENTITIES = "  m: {kind: market, name: {zh-Hans: 全网, en: all platforms}}\n"


def _pace(story: Story) -> list[Takeaway]:
    return [t for t in derive(story).takeaways if t.rule == "event_pace"]


def _runs(prev: str, cur: str) -> str:
    return (
        f"  a: {{metric: gmv, entity: m, period: '{prev}', value: 100, scale: 亿, currency: CNY, "
        "source: {quote: 原文}}\n"
        f"  b: {{metric: gmv, entity: m, period: '{cur}', value: 90, scale: 亿, currency: CNY, "
        "source: {quote: 原文}}\n"
    )


def test_a_longer_event_is_read_per_day_and_its_stated_growth_checked() -> None:
    story = load_story(SEED)
    [t] = _pace(story)
    v = t.values
    assert (v["days"], v["prev_days"], v["start_shift"]) == (29, 19, 10)
    assert round(v["change"].value) == -17 and round(v["per_day"].value / 10**8) == 497
    [check] = [c for c in derive(story).checks if c.rule == "event_pace"]
    assert check.fact == "gmv-2024-yoy" and check.figure.low <= 27 <= check.figure.high
    en = sections(story, "en")
    assert ("rose 27% to RMB 1.44 trillion between October 14 and November 11, 2024, but the "
            "event ran 29 days, 10 more than in 2023: per day, GMV fell 17%, from RMB 60 billion "
            "to RMB 49.7 billion.") in en["general"]
    # the plain growth of the same figures is told in full by the pace point
    assert "that rate is the bar" not in "".join(en.values())
    assert "spread stock and ad budget over the whole run" in en["seller"]
    assert "is not 27% more demand" in en["brand"]
    assert "Singles Day orders now start 10 days earlier" in en["factory"]
    assert "month-long plateau" in en["service_provider"]
    assert "per day before reading headline growth as demand" in en["platform_operator"]
    assert "27% more over 29 days against 19 is 17% less a day" in en["researcher"]
    for reader in READERS:
        assert "little bearing" not in en[reader]
    lines = [x for s in en.values() for x in s.splitlines() if x[:1].isdigit()]
    assert len(lines) == len(set(lines))
    zh = sections(story, "zh-Hans")
    assert "按天计，日均GMV从600亿元降至497亿元，下降17%。" in zh["general"]
    assert "别把总额增速直接当作需求增长" in zh["platform_operator"]


def test_a_shorter_run_and_one_that_ends_later() -> None:
    shorter = mini_story(ENTITIES, _runs("2023-11-01/2023-11-20", "2024-11-01/2024-11-10"))
    [t] = _pace(shorter)
    assert not t.values["longer"] and t.values["up"]  # 90 over 10 days beats 100 over 20
    en = sections(shorter, "en")
    assert "fell 10% to RMB 9 billion between November 1 and 10, 2024, but the event ran 10 " \
        "days, 10 fewer than in 2023: per day, GMV rose 80%" in en["general"]
    assert "have stock in place from the first day" in en["seller"]
    later = mini_story(ENTITIES, _runs("2023-11-01/2023-11-11", "2024-11-01/2024-11-20"))
    [t] = _pace(later)
    assert t.values["start_shift"] == 0
    assert "now runs 9 days longer" in sections(later, "en")["factory"]


def test_runs_of_the_same_days_are_yoy_growths() -> None:
    same = mini_story(ENTITIES, _runs("2023-11-01/2023-11-11", "2024-11-01/2024-11-11"))
    assert not _pace(same)
    assert [t.rule for t in derive(same).takeaways] == ["yoy_growth"]
