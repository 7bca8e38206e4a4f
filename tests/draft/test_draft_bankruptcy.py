"""Drafting a retailer's bankruptcy (HNGN on Forever 21, March 2025): the
article's date was only in its address, Forever 21 was in no players list
(so its 2019 closures went to Temu, named just before "The retailer …"),
the $81 million it was bought for became a revenue, the buyers were read as
bought, and closing all of its US stores was no event."""

from __future__ import annotations

from datetime import date

import yaml

from summarizer.draft import draft_article
from summarizer.draft.source import url_date

TEXT = (
    "URL: https://hngn.com/articles/265234/20250317/forever-21-blames-shein-temu.htm\n"
    "TITLE: Forever 21 Blames Shein, Temu For Downfall As They Prepare To Close All US Stores\n"
    "OUTLET: HNGN\n\n"
    "Forever 21 has filed for bankruptcy for the second time in six years, citing intense "
    "competition from fast fashion giants Shein and Temu, and is now preparing to close all "
    "of its U.S. stores.\n\n"
    "The retailer first filed for bankruptcy in 2019, closing 200 stores, before being "
    "acquired for $81 million by Simon Property Group, Brookfield Properties, and Authentic "
    "Brands Group, CNN reported.\n\n"
    "On Sunday, Forever 21's U.S. operating company filed for Chapter 11 bankruptcy in "
    "Delaware, marking the beginning of an \"orderly wind-down\" of its American operations.\n"
)


def _draft() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(draft_article(TEXT, "forever21.txt"))


def test_the_date_in_the_address_is_the_drafts_for_review() -> None:
    draft = draft_article(TEXT, "forever21.txt")
    assert "published: 2025-03-17  # REVIEW: from the URL" in draft
    assert url_date("https://example.com/2024/10/16/story") == date(2024, 10, 16)
    assert url_date("https://udn.com/news/story/6813/8971120") is None


def test_the_title_names_the_business_the_article_is_about() -> None:
    draft = draft_article(TEXT, "forever21.txt")
    assert "forever-21: {kind: company" in draft
    assert "# REVIEW: named in the title as its subject" in draft
    facts = _draft()["facts"]
    closures = next(f for f in facts.values() if f.get("metric") == "stores")
    assert closures["entity"] == "forever-21" and closures["value"] == -200


def test_a_takeover_in_the_passive_is_of_the_subject_at_its_price() -> None:
    facts = _draft()["facts"]
    [bought] = [f for f in facts.values() if f.get("event") == "acquisition"]
    assert bought["object"] == "forever-21" and "entity" not in bought
    assert (bought["value"], bought["scale"], bought["currency"]) == (81, "million", "USD")
    assert not [f for f in facts.values() if f.get("metric") == "revenue"]


def test_a_wind_down_is_a_market_exit_on_the_day_it_was_filed() -> None:
    facts = _draft()["facts"]
    [gone] = [f for f in facts.values() if f.get("event") == "market_exit"]
    assert gone["entity"] == "forever-21" and gone["date"] == "2025-03-16"


def test_a_column_label_a_place_or_a_common_word_is_no_business() -> None:
    for title, body in [
        ("Industry KPIs: Advertising on Amazon is getting dearer", "Industry KPIs data. Industry KPIs"),
        ("Indonesia Bans Shopping On Social Media", "Indonesia said. Indonesia will"),
        ("Tariffs Hit Exporters", "Tariffs rose. Tariffs and tariffs fell."),
    ]:
        draft = draft_article(f"TITLE: {title}\n\n{body}\n", "t.txt")
        assert "named in the title as its subject" not in draft, title


def test_the_company_is_whom_the_sentence_before_names() -> None:
    """'The retailer' after a sentence naming Walmart and Amazon is the
    article's subject (Amazon); '该公司' after a sentence about MiniMax, in
    a story about another company, is MiniMax."""
    text = (
        "TITLE: Amazon ads get dearer\n\n"
        "Amazon's cost per click rose by 11.6% in 2023.\n"
        "Still, lower costs at competitors like Walmart are not moving Amazon's share. "
        "The retailer will account for 74.2% of US retail media ad revenues this year.\n"
    )
    facts = yaml.safe_load(draft_article(text, "t.txt"))["facts"]
    share = next(f for f in facts.values() if f.get("value") == 74.2)
    assert share["entity"] == "amazon"
    text = (
        "TITLE: 智谱和MiniMax先后递表\n\n智谱的收入主要来自企业。\n"
        "MiniMax 的 AI 原生产品主要通过应用内充值和订阅方式来变现。"
        "该公司透露，今年前三季，其月均活跃用户数(MAU)为 2760 万。\n"
    )
    facts = yaml.safe_load(draft_article(text, "t.txt"))["facts"]
    mau = next(f for f in facts.values() if f.get("metric") == "mau")
    assert mau["entity"] == "minimax"

