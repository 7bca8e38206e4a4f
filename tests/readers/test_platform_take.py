"""A platform's quarter read for those who pay it (seed pdd-q2-2025): what
sellers pay to be seen (advertising revenue) and what they pay to sell
(``transaction_revenue``, PDD's transaction services), each worded for what
it is. Before, a roughly flat take read "unchanged" and then "every sale you
make through PDD Holdings costs more"; the year before was "backed out" of
about 0%; and a provider read a platform's ad money as sellers needing
logistics."""

from __future__ import annotations

import pytest
from ministory import mini_story, sections

_ENTITY = "  p: {kind: platform, name: {zh-Hans: 甲控股, en: Alpha Holdings}}\n"


def _quarter(metric: str, rate: str, qualifier: str = "", lang: str = "en") -> dict[str, str]:
    q = f"qualifier: {qualifier}, " if qualifier else ""
    facts = (
        f"  a: {{metric: {metric}, entity: p, period: 2025Q2, value: 48.28, scale: billion, "
        "currency: CNY, source: {quote: 原文}}\n"
        f"  b: {{metric: {metric}, measure: yoy, stated: true, entity: p, period: 2025Q2, "
        f"value: {rate}, unit: percent, {q}source: {{quote: 原文}}}}\n"
    )
    return sections(mini_story(_ENTITY, facts, published="2025-08-26"), lang)


def _payers(s: dict[str, str]) -> str:
    """The seller's and the brand's sections: one take is told to one of them."""
    return s["seller"] + s["brand"]


def test_a_flat_take_is_no_rise_for_sellers() -> None:
    s = _quarter("transaction_revenue", "0", "about")
    assert "roughly flat year on year" in s["general"]
    assert "roughly flat" in _payers(s) and "unchanged" not in "".join(s.values())
    assert "there are paying no more in commissions and fees in all" in _payers(s)
    assert "costs more" not in _payers(s)
    assert "Backed out" not in "".join(s.values())


def test_a_flat_take_in_chinese() -> None:
    s = _quarter("transaction_revenue", "0", "about", "zh-Hans")
    assert "同比基本持平" in _payers(s) and "约0%" not in "".join(s.values())
    assert "在这里缴纳的佣金和服务费总额没有增加" in _payers(s)


@pytest.mark.parametrize(
    ("rate", "said"),
    [
        ("12", "there are paying more in commissions and fees in all"),
        ("-8", "there are paying less in commissions and fees in all"),
    ],
)
def test_a_take_that_moves_says_which_way(rate: str, said: str) -> None:
    assert said in _payers(_quarter("transaction_revenue", rate))


def test_a_platforms_ad_money_is_an_agencys_clients_spending() -> None:
    s = _quarter("ad_revenue", "13")
    assert "advertisers are spending more with it: campaign management" in s["service_provider"]
    assert "logistics" not in s["service_provider"]
    zh = _quarter("ad_revenue", "13", lang="zh-Hans")
    assert "同比增长13%，广告主在这里的投放增加" in zh["service_provider"]


def test_a_plural_name_takes_the_apostrophe_alone() -> None:
    text = "\n".join(_quarter("ad_revenue", "13").values())
    assert "Alpha Holdings' advertising revenue" in text
    assert "Holdings's" not in text
