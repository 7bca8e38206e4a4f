"""Parcel carriers' on-time rates (FreightWaves on ShipMatrix's December 2025: UPS 97.2% against
96.5%, FedEx Express 95.3%, up 3.5 points, the Postal Service 94.1% against 90.4%). No rule read
on-time rates before: every reader was told the story had no bearing on them. Now each reader is
told a different figure: the best against the worst, the gap's move, the late parcels, how many
improved, the most improved."""

from __future__ import annotations

from ministory import READERS, mini_story, sections

from summarizer.model import Story
from summarizer.rules import derive

ENTITIES = (
    "  ups: {kind: company, carrier: true, name: {zh-Hans: UPS, en: UPS}}\n"
    "  fx: {kind: company, carrier: true, name: {zh-Hans: 联邦快递, en: FedEx Express}}\n"
    "  usps: {kind: company, carrier: true, name: {zh-Hans: 美国邮政, en: the US Postal Service}}\n"
)


def _rate(fid: str, who: str, period: str, value: str, extra: str = "unit: percent") -> str:
    return (f"  {fid}: {{metric: on_time_rate, entity: {who}, period: {period}, value: {value}, "
            f"{extra}, source: {{quote: {fid}原文}}}}\n")


FACTS = (_rate("p1", "usps", "2025-12", "94.1") + _rate("p0", "usps", "2024-12", "90.4")
         + _rate("f1", "fx", "2025-12", "95.3")
         + _rate("fm", "fx", "2025-12", "3.5", "measure: yoy, stated: true, unit: pp")
         + _rate("u1", "ups", "2025-12", "97.2") + _rate("u0", "ups", "2024-12", "96.5"))


def _story(facts: str = FACTS) -> Story:
    return mini_story(ENTITIES, facts, published="2026-01-12")


def test_the_carriers_most_punctual_first_with_their_moves() -> None:
    en, zh = sections(_story(), "en"), sections(_story(), "zh-Hans")
    assert ("In December 2025, UPS delivered 97.2% of its packages on time, 0.7 percentage points more "
            "than a year earlier; FedEx Express 95.3%, up 3.5 percentage points; the US Postal Service "
            "94.1%, up 3.7 percentage points.") in en["general"]
    assert ("2025年12月，UPS的准时送达率为97.2%（比上年提高0.7个百分点），联邦快递为95.3%（比上年"
            "提高3.5个百分点），美国邮政为94.1%（比上年提高3.7个百分点）。") in zh["general"]


def test_each_reader_reads_a_different_figure() -> None:
    en = sections(_story(), "en")
    assert "UPS delivered 97.2% of its packages on time in December 2025, the US Postal Service 94.1%" in en[
        "seller"]
    assert "narrowed to 3.1 percentage points from 6.1 percentage points a year earlier" in en["brand"]
    assert "about 1 in 17 of the US Postal Service's packages arrived late" in en["platform_operator"]
    assert "All three carriers delivered more packages on time" in en["service_provider"]
    assert "The US Postal Service improved most, by 3.7 percentage points" in en["researcher"]
    assert "little bearing" in en["factory"]
    told = [r for r in READERS if r != "factory"]
    firsts = [en[r].split(": ", 1)[-1][:40] for r in told]
    assert len(set(firsts)) == len(firsts), firsts


def test_without_last_year_only_the_choice_and_the_late_parcels_are_told() -> None:
    en = sections(_story(_rate("p1", "usps", "2025-12", "94.1") + _rate("u1", "ups", "2025-12", "97.2")),
                  "en")
    assert "ship what you promised by a date" in en["seller"] and "1 in 17" in en["platform_operator"]
    for role in ("brand", "service_provider", "researcher"):
        assert "carrier" not in en[role], role


def test_one_carrier_alone_makes_no_point() -> None:
    story = _story(_rate("u1", "ups", "2025-12", "97.2") + _rate("u0", "ups", "2024-12", "96.5"))
    assert not [t for t in derive(story).takeaways if t.rule == "parcel_on_time"]


def test_a_carriers_move_is_on_the_same_month_a_year_earlier() -> None:
    november = _rate("p9", "usps", "2025-11", "96.0")
    en = sections(_story(FACTS + november), "en")
    assert "the US Postal Service 94.1%, up 3.7 percentage points." in en["general"]
