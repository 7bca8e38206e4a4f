"""Validation of facts files: tables of input -> exact message (MK style).

Every problem of a file is reported at once, each with file:line:col, the
field and what was expected; an invalid story yields no Story.
"""

from __future__ import annotations

import pytest

from summarizer.errors import SeedError
from summarizer.facts.load import load_stories, parse_story
from summarizer.facts.yamlload import load_yaml_text

HEAD = """\
story:
  id: s
  source: a.txt
  title: {zh-Hans: 标题, en: Title}
  outlet: {zh-Hans: 媒体, en: Outlet}
  published: '2026-01-01'
  lede: {zh-Hans: 导语。, en: Lede.}
entities:
  a: {kind: company, name: {zh-Hans: 甲, en: A}}
facts:
"""


def problems(facts: str) -> list[str]:
    with pytest.raises(SeedError) as info:
        parse_story(load_yaml_text(HEAD + facts, "s.yaml"))
    return [f"{span.line}:{span.col}: {msg}" for span, msg in info.value.problems]


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (
            "  r: {metric: revenue, entity: a, value: 1, scael: 亿, currency: CNY, source: {quote: 原文}}\n",
            [
                "11:45: field 'facts.r': unknown key 'scael' (did you mean 'scale'?); expected one of: "
                "assume, at, base, currency, entity, forecast, measure, metric, note, of, per, period, "
                "qualifier, scale, segment, source, stated, trial, unit, value"
            ],
        ),
        (
            "  r: {metric: revenu, entity: a, value: 1, currency: CNY, source: {quote: 原文}}\n",
            [
                "11:15: field 'facts.r.metric': unknown metric 'revenu' (did you mean 'revenue'?); "
                "expected one of the "
            ],
        ),
        (
            "  r: {metric: revenue, entity: b, value: 1, currency: CNY, source: {quote: 原文}}\n",
            ["11:32: unknown entity 'b'"],
        ),
        (
            "  r: {metric: revenue, entity: a, value: 1, currency: CNY, unit: percent, source: {quote: 原文}}\n",
            ["11:6: field 'facts.r': give exactly one of 'currency' or 'unit'"],
        ),
        (
            "  r: {metric: revenue, entity: a, period: 2025H3, value: 1, currency: CNY, source: {quote: 原文}}\n",
            ["11:43: field 'facts.r.period': '2025H3' is not of the expected form: FY2024 (year)"],
        ),
        (
            "  r: {metric: revenue, measure: cagr, entity: a, period: FY2024, value: 1, unit: percent, source: {quote: 原文}}\n",
            [
                "11:58: field 'facts.r.period': a CAGR needs a span such as FY2022/FY2024, got 'FY2024'"
            ],
        ),
        (
            "  e: {event: listing, entity: a, date: '2026-02-30', source: {quote: 原文}}\n",
            ["11:40: field 'facts.e.date': not a real date: day is out of range for month"],
        ),
        (
            "  e: {event: listing, entity: a, source: {quote: 原文}}\n",
            ["11:6: field 'facts.e': a 'listing' event needs a 'date'"],
        ),
        (
            "  e: {event: policy_change, entity: a, source: {quote: 原文}}\n",
            [
                "11:6: field 'facts.e': a 'policy_change' event needs a 'date' (or 'planned: "
                "true' for one announced with no date yet)"
            ],
        ),
        (
            "  e: {event: policy_change, entity: a, planned: true, date: '2026-03-01', source: {quote: 原文}}\n",
            [
                "11:49: field 'facts.e.planned': expected no 'date' beside it (a planned change "
                "has no day yet), got date 2026-03-01; with a day, write 'date' alone"
            ],
        ),
        (
            "  e: {event: listing, entity: a, planned: true, source: {quote: 原文}}\n",
            [
                "11:43: field 'facts.e.planned': expected an event that may be announced with no "
                "date (fee_change, layoffs, market_entry, market_exit, policy_change, store_opening, "
                "tariff_change, tariff_pause), got a 'listing' event"
            ],
        ),
        (
            "  e: {event: fee_change, entity: a, planned: true, until: '2026-03-01', source: {quote: 原文}}\n",
            ["11:46: field 'facts.e.planned': a change with no date yet has no 'until' either"],
        ),
        (
            "  c: {claim: {zh-Hans: 好。}, facet: risk, source: {quote: 原文}}\n",
            ["11:14: field 'facts.c.claim': missing required key 'en'"],
        ),
        (
            "  r: {metric: revenue, entity: a, value: 1, currency: CNY}\n"
            "  s: {metric: revenue, entity: a, value: 2, currency: XYZ, source: {quote: 原文}}\n",
            [
                "11:6: field 'facts.r': missing required key 'source'",
                "12:55: field 'facts.s.currency': unknown currency 'XYZ'; expected one of the 18 in "
                "vocabulary.yaml (CNY, HKD, USD, EUR, GBP, JPY, SAR, SGD, …)",
            ],
        ),
    ],
)
def test_messages(facts: str, expected: list[str]) -> None:
    got = problems(facts)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        assert g.startswith(e), (g, e)


def test_yaml_refuses_duplicates_and_aliases() -> None:
    with pytest.raises(SeedError) as info:
        load_yaml_text("a: 1\na: 2\nb: &x [1]\nc: *x\n", "d.yaml", SeedError)
    msgs = [f"{s.line}:{s.col}: {m}" for s, m in info.value.problems]
    assert msgs[0] == "2:1: duplicate key 'a' (first at line 1)"
    assert "anchors and aliases" in msgs[1]


def test_syntax_error_has_a_position() -> None:
    with pytest.raises(SeedError) as info:
        load_yaml_text("a: [1, 2\nb: 3\n", "y.yaml", SeedError)
    span, msg = info.value.problems[0]
    assert (
        span is not None
        and span.file == "y.yaml"
        and span.line >= 2
        and msg.startswith("invalid YAML")
    )


def test_every_file_reported_together(tmp_path) -> None:  # type: ignore[no-untyped-def]
    good = (
        HEAD + "  r: {metric: revenue, entity: a, value: 1, currency: CNY, source: {quote: 原文}}\n"
    )
    (tmp_path / "1.yaml").write_text(good.replace("typo", ""), encoding="utf-8")
    (tmp_path / "2.yaml").write_text(good.replace("entity: a,", "entity: z,"), encoding="utf-8")
    (tmp_path / "3.yaml").write_text(good.replace("id: s", "id: s"), encoding="utf-8")
    with pytest.raises(SeedError) as info:
        load_stories(sorted(tmp_path.iterdir()))
    text = info.value.render()
    assert f"{tmp_path / '2.yaml'}:11:32: error: unknown entity 'z'" in text
    assert "story id 's' is also used by" in text


def test_oversized_file_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from summarizer.facts.yamlload import MAX_BYTES, load_yaml

    big = tmp_path / "big.yaml"
    big.write_text("a: '" + "x" * (MAX_BYTES + 1) + "'\n", encoding="utf-8")
    with pytest.raises(SeedError, match="the limit is"):
        load_yaml(big, SeedError)


def test_a_base_without_a_period_is_an_input_error() -> None:
    """A fee moved from a base level says since when: without a period the
    rules had no date for 'since' and the render ended in an internal error;
    now the file is refused with the field and what it needs."""
    from summarizer.errors import SummarizerError
    from summarizer.facts.load import parse_story
    from summarizer.facts.yamlload import load_yaml_text

    text = (
        "story:\n  id: s\n  source: s.txt\n  title: {zh-Hans: 标题, en: Title}\n"
        "  published: '2022-04-11'\n  lede: {zh-Hans: 导语。, en: Lede.}\n"
        "entities:\n  etsy: {kind: platform, name: {zh-Hans: Etsy, en: Etsy}}\n"
        "facts:\n"
        "  fee0: {metric: referral_fee, entity: etsy, value: 5, unit: percent,\n"
        "         source: {quote: from 5% to 6.5%}}\n"
        "  fee1: {metric: referral_fee, entity: etsy, value: 6.5, unit: percent, base: fee0,\n"
        "         source: {quote: from 5% to 6.5%}}\n"
    )
    with pytest.raises(SummarizerError) as err:
        parse_story(load_yaml_text(text, "s.yaml"))
    (span, message), *_ = err.value.problems
    assert (span.line, span.col) == (12, 9)
    assert message == "field 'facts.fee1': a 'base' needs a 'period' (when the new level began)"
    fixed = text.replace("base: fee0,", "base: fee0, period: 2022-04-11,")
    assert parse_story(load_yaml_text(fixed, "s.yaml")).facts[1].base == "fee0"
