"""A product recall (Anker's 1.158 million power banks, seeds/anker-power-bank-
recall-2025.yaml): every reader has work to do, each its own -- a reseller's
listings and returns, a rival brand's own products, a maker's test reports,
a provider's collection and disposal, a platform's listings and buyers, a
researcher's return rate -- and the clause that writes its figure as
'1.158 million' does not get it a second time."""

from __future__ import annotations

from pathlib import Path

from ministory import READERS, mini_story, sections

from summarizer.facts.load import load_story

SEED = Path(__file__).resolve().parents[2] / "seeds" / "anker-power-bank-recall-2025.yaml"


def test_each_reader_has_its_own_work_after_a_recall() -> None:
    en = sections(load_story(SEED), "en")
    assert ("On June 13, 2025, Anker said it is recalling 1.158 million PowerCore 10000 power "
            "banks in the US. Test your own power banks for the same fault") in en["brand"]
    assert "1.158 million 1.158 million" not in "".join(en.values())
    assert "If you sell Anker's power banks, stop selling them now" in en["seller"]
    assert "have safety certificates and batch records ready" in en["factory"]
    assert "safely disposing of the recalled power banks is work to offer" in en["service_provider"]
    assert "Take down the recalled listings" in en["platform_operator"]
    assert "come back against the number sold" in en["researcher"]
    meanings = [s.split(". ", 1)[1] for r in READERS for s in en[r].splitlines()
                if s.startswith("1. ")]
    assert len(meanings) == len(set(meanings)) == 6
    zh = sections(load_story(SEED), "zh-Hans")
    assert "2025年6月13日，安克宣布在美国召回115.8万台PowerCore 10000充电宝。" in zh["brand"]
    assert "如果你在卖安克的充电宝，立即停售" in zh["seller"]


def test_a_recall_with_no_product_named_speaks_of_the_recalled_goods() -> None:
    story = mini_story(
        "  b: {kind: company, name: {zh-Hans: 甲公司, en: Company A}}\n",
        "  r: {event: recall, entity: b, date: '2025-03-01', text: {zh-Hans: 甲公司召回一批电暖器, "
        "en: Company A recalled a batch of heaters}, source: {quote: 原文}}\n",
        published="2025-03-02")
    en = sections(story, "en")
    assert "If you sell Company A's recalled goods, stop selling them now" in en["seller"]
    assert "Test your own recalled goods" not in en["brand"]
