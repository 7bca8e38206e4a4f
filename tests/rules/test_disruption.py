"""Events that stop or shrink a business, read from each side. A disruption
(a strike, a closure, an outage): while it lasts, goods wait and routes
change; once it is over, the backlog takes days for each day lost
(seeds/us-port-strike-2024.yaml: 36 US East and Gulf Coast ports, October 1
to 3, 2024). Layoffs: slower support at a platform, tighter budgets
elsewhere."""

from __future__ import annotations

from pathlib import Path

from ministory import mini_story, sections

from summarizer.facts.load import load_story

SEED = Path(__file__).resolve().parents[2] / "seeds" / "us-port-strike-2024.yaml"


def _points(by_reader: dict[str, str]) -> list[str]:
    return [line for s in by_reader.values() for line in s.splitlines() if line[:1].isdigit()]


def test_a_strike_that_ended_is_a_backlog_for_every_reader() -> None:
    en = sections(load_story(SEED), "en")
    assert ("The International Longshoremen's Association struck at 36 "
            "ports from Maine to Texas on October 1–3, 2024.") in en["general"]
    assert "Work has resumed at US East and Gulf Coast ports, but each day lost" in en["seller"]
    assert "move launch and promotion dates" in en["brand"]
    assert "give buyers new arrival dates" in en["factory"]
    assert "extra trucking, storage and chassis work" in en["service_provider"]
    assert "relax delivery promises in import-heavy categories" in en["platform_operator"]
    assert "how long a stoppage of that length takes to clear" in en["researcher"]
    said = _points(en)
    assert len(said) == len(set(said))
    zh = sections(load_story(SEED), "zh-Hant")
    assert "到德州的36個港口罷工" in zh["general"] and "得克薩斯" not in "".join(zh.values())


def test_a_disruption_under_way_is_goods_waiting_and_routes_changing() -> None:
    story = mini_story(
        "  p: {kind: market, name: {zh-Hans: 甲港, en: Port A}}\n",
        "  s: {event: disruption, entity: p, date: '2025-03-01', text: {zh-Hans: 甲港码头工人罢工, "
        "en: dockworkers at Port A went on strike}, source: {quote: 原文}}\n",
        published="2025-03-03",
    )
    en = sections(story, "en")
    assert "Imports through Port A are stuck while the stoppage lasts" in en["seller"]
    assert "reroute what you can to other ports" in en["brand"]
    assert "confirm the port and timing of each order" in en["factory"]
    assert "Work has resumed" not in "".join(en.values())
    zh = sections(story, "zh-Hans")
    assert "停摆期间经甲港进口的货都会滞留" in zh["seller"]


def test_a_platform_cutting_staff_is_slower_support_and_work_for_partners() -> None:
    """Layoffs at a platform reach those who sell and serve there, not only
    its rivals and researchers; at any other company, its suppliers' orders
    and invoices."""
    def story(kind: str) -> dict[str, str]:
        return sections(mini_story(
            f"  p: {{kind: {kind}, name: {{zh-Hans: 甲公司, en: Company A}}}}\n",
            "  c: {event: layoffs, entity: p, date: '2023-05-04', value: 20, unit: percent, "
            "text: {zh-Hans: 甲公司宣布裁员, en: Company A said it would cut its workforce by}, "
            "source: {quote: 原文}}\n", published="2023-05-04"), "en")
    platform = story("platform")
    assert "Expect slower support and account management from Company A" in platform["seller"]
    assert "may go to partners: offer it" in platform["service_provider"]
    company = story("company")
    assert "check what you have on order with it and what it owes you" in company["seller"]
    assert "expect tighter budgets and slower payments" in company["service_provider"]
