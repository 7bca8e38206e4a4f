"""Rule arithmetic against the seeds' own cross-checks, fixture-driven.

Each case in fixtures/rules.txt is: title / . / facts (YAML, indented under
``facts:``) / . / expected lines / . — the markdown-it-py fixture layout.
Expected lines are ``check <fact>: <value> [<low>, <high>] agrees|differs``
for each stated figure a rule recomputed (low/high: how far the inputs'
last digits could move it; agreement is judged on the value), then ``takeaway <rule>/<message>
facet=<facet>`` in registry order. The fixture's line number is passed along
so a failure points at it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from summarizer.facts.load import parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Story
from summarizer.rules import derive, rule_names
from summarizer.rules.facts import stated_interval

FIXTURES = Path(__file__).parents[1] / "fixtures" / "rules.txt"

HEADER = """\
story:
  id: fixture
  source: fixture.txt
  title: {zh-Hans: 标题, en: Title}
  outlet: {zh-Hans: 媒体, en: Outlet}
  published: '2026-01-01'
  lede: {zh-Hans: 导语。, en: Lede.}
  fx: {HKD/CNY: 0.88}
entities:
  a: {kind: company, name: {zh-Hans: 甲公司, en: Company A}}
  b: {kind: company, name: {zh-Hans: 乙公司, en: Company B}}
  c: {kind: company, name: {zh-Hans: 丙公司, en: Company C}}
  reg: {kind: regulation, name: {zh-Hans: 某办法, en: Some Measures}}
  party: {kind: group, name: {zh-Hans: 平台, en: platforms}}
  talkie: {kind: product, name: {zh-Hans: Talkie, en: Talkie}}
  open: {kind: product, name: {zh-Hans: 开放平台, en: open platform}}
facts:
"""


def read_fixture_file(path: Path) -> list[tuple[int, str, str, str]]:
    """(line, title, facts YAML, expected) for every case in ``path``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    cases, i = [], 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        start, title = i + 1, lines[i]
        assert lines[i + 1] == ".", f"{path}:{i + 2}: expected '.'"
        j = lines.index(".", i + 2)
        k = lines.index(".", j + 1)
        cases.append((start, title, "\n".join(lines[i + 2 : j]), "\n".join(lines[j + 1 : k])))
        i = k + 1
    return cases


def _two(d: Decimal) -> str:
    return f"{d:.2f}"


def describe(story: Story) -> str:
    derived = derive(story)
    out = []
    for c in derived.checks:
        lo, hi = stated_interval(story.fact(c.fact))
        f = c.figure
        ok = (lo is None or f.value >= lo) and (hi is None or f.value <= hi)
        out.append(
            f"check {c.fact}: {_two(f.value)} [{_two(f.low)}, {_two(f.high)}] {'agrees' if ok else 'differs'}"
        )
    for t in derived.takeaways:
        aud = f" audience={','.join(t.audience)}" if t.audience else ""
        out.append(f"takeaway {t.rule}/{t.message} facet={t.facet}{aud}")
    return "\n".join(out)


@pytest.mark.parametrize(
    ("line", "title", "facts", "expected"),
    read_fixture_file(FIXTURES),
    ids=[f"L{c[0]}" for c in read_fixture_file(FIXTURES)],
)
def test_rule_fixture(line: int, title: str, facts: str, expected: str) -> None:
    story = parse_story(load_yaml_text(HEADER + facts + "\n", f"{FIXTURES}:{line}"))
    assert describe(story) == expected, f"{FIXTURES}:{line}: {title}"


def test_rule_order_is_pinned() -> None:
    """Ties in priority go to the earlier rule, so the order is part of the output."""
    assert rule_names() == [
        "yoy_growth",
        "sequential_growth",
        "stated_growth",
        "lone_rate",
        "event_pace",
        "cagr",
        "base_change",
        "two_part_fee",
        "fixed_fee",
        "buyer_fee",
        "fee_schedule",
        "charge_step",
        "charge_introduced",
        "net_charge",
        "sales_tax",
        "payout_reserve",
        "deposit_move",
        "held_funds",
        "credit_reward",
        "channel_share",
        "return_load",
        "inventory_build",
        "dispatch_deadline",
        "stock_floor",
        "wage_move",
        "pay_move",
        "input_cost",
        "pmi_read",
        "container_move",
        "space_market",
        "parcel_yield",
        "sentiment_read",
        "complaint_share",
        "complaint_problems",
        "counterfeit_seizures",
        "schedule_reliability",
        "blank_sailings",
        "online_prices",
        "duty_receipts",
        "payment_method",
        "loan_rates",
        "retail_shrink",
        "data_breach",
        "fraud_losses",
        "parcel_on_time",
        "ad_auction",
        "store_traffic",
        "discount_depth",
        "ads_per_sale",
        "shipment_cost",
        "card_fee_cut",
        "spend_per_buyer",
        "delivery_speed",
        "seller_origin",
        "buyers_per_seller",
        "cargo_space",
        "level_move",
        "fx_move",
        "span_change",
        "segment_rank",
        "ratio",
        "ratio_move",
        "margin_change",
        "segment_loss",
        "rate_move",
        "segment_mix",
        "mix_shift",
        "outpace",
        "momentum",
        "peer_rates",
        "subsidy_pace",
        "investment_pace",
        "rebate_move",
        "store_change",
        "staff_change",
        "price_move",
        "threshold_move",
        "share_shift",
        "shopper_channels",
        "sourcing_shift",
        "milestone",
        "peak_day",
        "outlook",
        "ps_ratio",
        "years_to_multiple",
        "multiple_compare",
        "price_from_peak",
        "market_cap_rise",
        "cash_runway",
        "lockup_float",
        "listing_raise",
        "launch_sales",
        "buyer_subsidy",
        "membership_fee",
        "real_growth",
        "ad_spend_move",
        "download_move",
        "listings",
        "pricing_power",
        "regulation_effective",
        "dated_event",
        "obligations",
        "enforcement",
        "penalty",
        "claims",
    ]
