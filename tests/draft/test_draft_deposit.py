"""Drafting a platform's deposit (跨境导航, 2024-08-13, on TikTok Shop US;
seed tiktok-shop-us-store-deposit-2024): "每个店铺收取500美元保证金" was a
listing threshold with no per. 保证金 / security deposit now name
``seller_deposit``, and 每个店铺 / 每家店铺 say it is per shop."""

from __future__ import annotations

from summarizer.draft import draft_figures


def test_a_deposit_per_shop_is_drafted_as_one() -> None:
    text = "保证金政策\n\n2024-08-13\n\n收取标准:每个店铺收取500美元保证金。\n"
    _, figures = draft_figures(text, "deposit.txt")
    assert [(f.metric, f.value, f.currency, f.per) for f in figures] == [
        ("seller_deposit", "500", "USD", "shop")
    ]
