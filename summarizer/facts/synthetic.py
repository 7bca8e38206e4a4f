"""Synthetic stories: valid facts files with random figures.

The property tests draw them through hypothesis and the engine benchmark
through ``random.Random(i)``; both go through ``story_yaml`` so they test
and time the same kind of story. Each story has every kind of input the
main rules read: three fiscal years of revenue (and maybe a stated CAGR),
cash and burn, a free float and a lock-up expiry, a price move against call
volume, and market cap against ARR.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Protocol

HEAD = """\
story:
  id: synthetic
  source: synthetic.txt
  title: {zh-Hans: 合成报道, en: A synthetic story}
  outlet: {zh-Hans: 测试社, en: Test Wire}
  published: '2026-03-15'
  lede: {zh-Hans: 这是一篇合成的报道。, en: A synthetic story.}
  fx: {HKD/CNY: 0.88}
entities:
  a: {kind: company, name: {zh-Hans: 甲公司, en: Alpha}}
  b: {kind: company, name: {zh-Hans: 乙公司, en: Beta}}
facts:
"""


class Draw(Protocol):
    """Where the random choices come from (hypothesis or random.Random)."""

    def decimal(self, lo: str, hi: str, places: int, nonzero: bool = False) -> Decimal: ...

    def choice(self, options: list[str]) -> str: ...

    def coin(self) -> bool: ...


class RandomDraw:
    """Draws from ``random.Random(seed)``: story ``i`` is the same every run."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def decimal(self, lo: str, hi: str, places: int, nonzero: bool = False) -> Decimal:
        q = Decimal(10) ** places
        lo_i, hi_i = int(Decimal(lo) * q), int(Decimal(hi) * q)
        while True:
            n = self.rng.randint(lo_i, hi_i)
            if n or not nonzero:
                return Decimal(n) / q

    def choice(self, options: list[str]) -> str:
        return self.rng.choice(options)

    def coin(self) -> bool:
        return self.rng.random() < 0.5


def metric(fid: str, **fields: object) -> str:
    """One metric fact as a line of YAML (with a placeholder quote)."""
    body = ", ".join(f"{k}: {v}" for k, v in fields.items())
    return f"  {fid}: {{{body}, source: {{quote: 原文如此}}}}\n"


def story_yaml(draw: Draw) -> str:
    """A valid facts file whose figures come from ``draw``."""

    def amount() -> str:
        return str(draw.decimal("0.01", "9999", 2))

    def pct() -> str:
        return str(draw.decimal("-90", "900", 1, nonzero=True))

    text = HEAD
    cur = draw.choice(["CNY", "USD", "HKD"])
    for year in (2022, 2023, 2024):
        scale = draw.choice(["万", "亿", "million", "billion", ""]) or "亿"
        text += metric(
            f"rev{year}",
            metric="revenue",
            entity="a",
            period=f"FY{year}",
            value=amount(),
            scale=scale,
            currency=cur,
        )
    if draw.coin():
        text += metric(
            "cagr",
            metric="revenue",
            measure="cagr",
            entity="a",
            period="FY2022/FY2024",
            value=pct(),
            unit="percent",
            stated="true",
        )
    text += metric(
        "cash",
        metric="cash",
        entity="a",
        period="'2025-09-30'",
        value=amount(),
        scale="亿",
        currency="USD",
    )
    text += metric(
        "burn",
        metric="monthly_burn",
        entity="a",
        period="FY2025",
        value=amount(),
        scale="万",
        currency="USD",
    )
    text += metric(
        "float",
        metric="free_float",
        entity="b",
        period="'2026-06-22'",
        value=str(draw.decimal("1", "20", 2)),
        unit="percent",
    )
    text += (
        f"  exp: {{event: lockup_expiry, entity: b, date: '2026-07-09', "
        f"value: {draw.decimal('1', '60', 2)}, unit: percent, source: {{quote: 原文如此}}}}\n"
    )
    text += metric(
        "price",
        metric="price",
        measure="change",
        entity="a",
        period="2026Q1",
        value=pct(),
        unit="percent",
    )
    text += metric(
        "calls",
        metric="call_volume",
        measure="change",
        entity="a",
        period="2026Q1",
        value=pct(),
        unit="percent",
    )
    text += metric(
        "cap",
        metric="market_cap",
        entity="a",
        period="'2026-06-22'",
        value=amount(),
        scale="亿",
        currency="HKD",
    )
    text += metric(
        "arr",
        metric="arr",
        entity="a",
        period="2026-03",
        value=amount(),
        scale="亿",
        currency="CNY",
    )
    return text
