"""Personas are data: presets are pinned, and a new reader is a YAML edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.config.project import ProjectConfig, load_config
from summarizer.errors import ConfigError
from summarizer.facts.load import load_story
from summarizer.pipeline import load_project, make_brief
from summarizer.writers.markdown import brief_markdown

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "zhipu-minimax-valuation-divergence.yaml"

INVESTOR = """
  - id: investor
    name: persona-investor
    audience: {zh-Hans: 关注港股大模型标的的投资者, en: investors in Hong Kong-listed model makers}
    follows: [capital, risk, pricing, market]
    rules: [ps_ratio, years_to_multiple, lockup_float, pricing_power, cagr, claims]
"""


def project_with(tmp_path: Path, extra: str) -> ProjectConfig:
    """A site whose personas.yaml adds ``extra`` to the package's personas."""
    (tmp_path / "personas.yaml").write_text("personas:\n" + extra.lstrip("\n"), encoding="utf-8")
    (tmp_path / "summarizer.toml").write_text(
        '[overrides]\npersonas = "personas.yaml"\n', encoding="utf-8"
    )
    return load_config(tmp_path / "summarizer.toml")


def test_presets_are_pinned() -> None:
    """Reordering or dropping a rule from a persona shows up in this diff."""
    project = load_project()
    assert [p.id for p in project.personas] == [
        "general",
        "brand",
        "seller",
        "factory",
        "service_provider",
        "platform_operator",
        "researcher",
    ]
    assert {p.id: p.rules for p in project.personas}["seller"] == (
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
        "segment_loss",
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
        "listing_raise",
        "launch_sales",
        "ad_spend_move",
        "download_move",
        "buyer_subsidy",
        "membership_fee",
        "real_growth",
        "level_move",
        "fx_move",
        "span_change",
        "segment_rank",
        "ratio",
        "dated_event",
        "cagr",
        "yoy_growth",
        "sequential_growth",
        "stated_growth",
        "lone_rate",
        "event_pace",
        "peak_day",
        "outlook",
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
        "rate_move",
        "obligations",
        "enforcement",
        "penalty",
        "claims",
    )
    assert {p.id: p.rules for p in project.personas}["researcher"] == (
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
        "segment_loss",
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
        "listing_raise",
        "launch_sales",
        "ad_spend_move",
        "download_move",
        "buyer_subsidy",
        "membership_fee",
        "real_growth",
        "level_move",
        "fx_move",
        "span_change",
        "segment_rank",
        "ratio",
        "ratio_move",
        "dated_event",
        "cagr",
        "yoy_growth",
        "sequential_growth",
        "stated_growth",
        "lone_rate",
        "event_pace",
        "peak_day",
        "outlook",
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
        "rate_move",
        "mix_shift",
        "milestone",
        "ps_ratio",
        "years_to_multiple",
        "multiple_compare",
        "margin_change",
        "pricing_power",
        "lockup_float",
        "cash_runway",
        "market_cap_rise",
        "regulation_effective",
        "penalty",
        "claims",
    )


def test_an_investor_is_a_yaml_edit(tmp_path: Path) -> None:
    project = load_project(project_with(tmp_path, INVESTOR))
    brief = make_brief(project, load_story(SEED), "en", ("investor",))
    md = brief_markdown(brief)
    assert "## Investors" in md
    assert "For investors in Hong Kong-listed model makers, the story is about supply" in md
    assert "tradable shares will be 10 times what they are now" in md  # computed, for them
    section = md.split("For investors in Hong Kong-listed model makers", 1)[1].split("\n## ", 1)[0]
    assert "\n1. **" in section  # points of its own, led by labels


def test_unknown_rule_names_list_the_known_ones(tmp_path: Path) -> None:
    bad = INVESTOR.replace("rules: [ps_ratio,", "rules: [ps_ration,")
    with pytest.raises(ConfigError) as info:
        load_project(project_with(tmp_path, bad))
    text = info.value.render()
    assert "persona 'investor': unknown rule(s): ['ps_ration']; known rules: ['yoy_growth'," in text
    assert "personas.yaml:" in text


def test_a_persona_with_nothing_relevant_says_so(tmp_path: Path) -> None:
    narrow = INVESTOR.replace(
        "rules: [ps_ratio, years_to_multiple, lockup_float, pricing_power, cagr, claims]",
        "rules: [obligations]\n    empty: {zh-Hans: 本文与投资决策关系不大。, en: Nothing here for investors.}",
    )
    project = load_project(project_with(tmp_path, narrow))
    sec = make_brief(project, load_story(SEED), "zh-Hans", ("investor",)).sections[0]
    assert sec.points == () and sec.framing.text == "本文与投资决策关系不大。"
