"""return_load: how much of what is sold comes back (US retail, 2024: US$890
billion, 16.9% of sales, 17% more over the holidays). Told as a forecast
like any other, a return rate read as growth: sellers were told to plan stock
for the expected growth of their own returns."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.model import Story

ENTITIES = (
    "  m: {kind: market, name: {zh-Hans: 甲市场, en: the Alpha market}}\n"
    "  n: {kind: group, name: {zh-Hans: 乙协会, en: the Beta association}}\n"
    "  h: {kind: product, name: {zh-Hans: 假日季, en: the holiday season}}\n"
)
RATE = ("  r: {metric: return_rate, entity: m, period: FY2024, value: 16.9, unit: percent, "
        "forecast: n, source: {quote: 原文一}}\n")
VALUE = ("  v: {metric: returned_sales, entity: m, period: FY2024, value: 890, scale: billion, "
         "currency: USD, forecast: n, source: {quote: 原文二}}\n")
SEASON = ("  s: {metric: return_rate, measure: change, entity: m, segment: h, period: FY2024, "
          "base: r, value: 17, unit: percent, forecast: n, source: {quote: 原文三}}\n")


def _story(facts: str) -> Story:
    return mini_story(ENTITIES, facts, published="2024-12-05")


def test_a_forecast_return_rate_is_a_cost_not_growth() -> None:
    s = sections(_story(RATE + VALUE + SEASON), "en")
    assert ("The Beta association expects the Alpha market's return rate in 2024 to be 16.9%, "
            "US$890 billion of returned merchandise: about one sale in six; over the holiday season "
            "the rate is expected to run 17% higher, about 19.8%, one in five.") in s["general"]
    text = "\n".join(s.values())
    assert "growth" not in text.replace("sales growth", "") and "plan stock" not in text
    assert "count a return's shipping, handling" in s["seller"]
    assert "size guides" in s["brand"]
    assert "tighten checks on the lines they return most" in s["factory"]
    assert "reverse-logistics work" in s["service_provider"]
    assert "a return policy is part of the offer" in s["platform_operator"]
    assert "Track the return rate against sales" in s["researcher"]
    zh = sections(_story(RATE + VALUE + SEASON), "zh-Hans")
    assert ("乙协会预计甲市场2024年的退货率为16.9%，退货额8900亿美元，约每6笔销售就有1笔被退回；"
            "假日季的退货率预计再高17%，约19.8%，约每5笔退回1笔。") in zh["general"]


def test_a_reported_rate_alone() -> None:
    reported = RATE.replace("forecast: n, ", "")
    s = sections(_story(reported), "en")
    assert "The Alpha market's return rate in 2024 was 16.9%: about one sale in six." in s[
        "general"]
    assert "With 16.9% of sales coming back, count" in s["seller"]


def test_a_rate_above_a_third_is_not_said_as_one_in_n() -> None:
    high = RATE.replace("value: 16.9", "value: 40")
    assert "one sale in" not in sections(_story(high), "en")["general"]


def test_two_readings_are_a_move_for_rate_move_not_this_rule() -> None:
    earlier = RATE.replace("  r:", "  q:").replace("FY2024", "FY2023").replace("16.9", "15")
    now = RATE.replace("forecast: n, ", "")
    story = _story(earlier.replace("forecast: n, ", "") + now)
    s = sections(story, "en")
    assert "one sale in" not in s["general"]
    assert "from 15% in 2023 to 16.9% in 2024" in s["general"]
