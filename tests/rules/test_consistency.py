"""Consistency checks (summarizer/rules/consistency.py): each fires on a bad
case and stays silent on a good one, on stories built from YAML text."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import SeedError
from summarizer.facts.load import load_story, parse_story
from summarizer.facts.yamlload import load_yaml_text
from summarizer.model import Finding, Story
from summarizer.pipeline import load_project
from summarizer.rules import derive
from summarizer.rules.check import check_stories
from summarizer.rules.consistency import Context, check_names, run_checks, same_day_unordered

HEAD = """\
story:
  id: {id}
  source: {id}.txt
  title: {{zh-Hans: 标题, en: Title}}
  outlet: {{zh-Hans: 媒体, en: Outlet}}
  published: '2026-01-01'
  lede: {{zh-Hans: 导语。, en: Lede.}}
{fx}entities: {{a: {{kind: company, name: {{zh-Hans: 甲公司, en: Company A}}, term: zhipu}}, us: {{kind: market, name: {{zh-Hans: 美国, en: the US}}}}, eu: {{kind: market, name: {{zh-Hans: 欧盟, en: the EU}}}}, apparel: {{kind: product, name: {{zh-Hans: 服装, en: apparel}}}}, toys: {{kind: product, name: {{zh-Hans: 玩具, en: toys}}}}, other: {{kind: product, name: {{zh-Hans: 其他, en: other}}}}}}
# segments are entities of the story (one line, so fact lines keep their numbers)
facts:
"""


def story(facts: str, sid: str = "s", fx: str = "") -> Story:
    head = HEAD.format(id=sid, fx=f"  fx: {{{fx}}}\n" if fx else "")
    return parse_story(load_yaml_text(head + facts, f"{sid}.yaml"))


def metric(fid: str, value: str, *, unit: str = "currency: CNY", **keys: str) -> str:
    """One metric fact of entity ``a`` as a YAML flow mapping line."""
    fields = {"metric": "revenue", "period": "FY2024"}
    fields.update({k: keys.pop(k) for k in list(keys) if k in fields})
    extra = "".join(f", {k}: {v}" for k, v in keys.items())
    return (
        f"  {fid}: {{metric: {fields['metric']}, entity: a, period: '{fields['period']}', "
        f"value: {value}, {unit}{extra}, source: {{quote: 原文}}}}\n"
    )


def run(*stories: Story, only: str) -> list[Finding]:
    verified = frozenset((s.id, c.fact) for s in stories for c in derive(s).checks)
    told = frozenset((s.id, f) for s in stories for t in derive(s).takeaways for f in t.facts)
    return run_checks(Context(stories, verified, told=told), enabled=[only])


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


# -- registry --------------------------------------------------------------------------


def test_check_order_is_pinned() -> None:
    assert check_names() == [
        "parts_within_total",
        "shares_sum",
        "flows_sum",
        "fx_rates",
        "qualifier_bounds",
        "same_day_snapshots",
        "stated_unverified",
        "quotes_in_source",
        "articles_described",
        "values_in_quotes",
        "levels_unlinked",
        "events_untold",
        "events_undirected",
    ]


def test_unknown_check_lists_them_all() -> None:
    with pytest.raises(ValueError, match=r"unknown check\(s\): \['shares'\]; expected one of"):
        run_checks(Context(()), enabled=["shares"])


# -- 1. parts not above their total ---------------------------------------------------------


def test_part_above_total_warns_with_both_places() -> None:
    s = story(metric("total", "10", scale="亿") + metric("us", "12", scale="亿", segment="us"))
    [f] = run(s, only="parts_within_total")
    assert (f.level, f.code, f.span.line, [r.line for r in f.related]) == (
        "warning",
        "part-above-total",
        12,
        [11],
    )
    assert "RMB 1.2 billion ('us'), above the total RMB 1 billion ('total')" in f.message
    assert "by RMB 200 million (20%)" in f.message


@pytest.mark.parametrize(
    "part",
    [
        metric("us", "8", scale="亿", segment="us"),
        metric("us", "10.4", scale="亿", segment="us"),  # within the total's last digit (10±0.5)
        metric("us", "12", scale="亿", segment="us", period="FY2023"),  # another period
        metric("us", "12", scale="亿", segment="us", unit="currency: USD"),  # another unit
    ],
)
def test_part_within_total_is_silent(part: str) -> None:
    s = story(metric("total", "10", scale="亿") + part)
    assert run(s, only="parts_within_total") == []


def test_rates_are_not_parts() -> None:
    """A segment's margin above the group margin is normal: percents do not add up."""
    s = story(
        metric("gm", "40", unit="unit: percent", metric="gross_margin")
        + metric("gm-us", "60", unit="unit: percent", metric="gross_margin", segment="us")
    )
    assert run(s, only="parts_within_total") == []


# -- flows adding up (trade = exports + imports) ------------------------------------------


def _flows(total: str, exports: str, imports: str, **keys: str) -> str:
    return (
        metric("t", total, scale="万亿", metric="trade", **keys)
        + metric("x", exports, scale="万亿", metric="exports", **keys)
        + metric("m", imports, scale="万亿", metric="imports")
    )


def test_flows_that_cannot_add_up_warn_at_the_total_with_its_parts() -> None:
    [f] = run(story(_flows("33.61", "19.95", "13.06")), only="flows_sum")
    assert (f.level, f.code, f.span.line, [r.line for r in f.related]) == (
        "warning",
        "sum-differs",
        11,
        [12, 13],
    )
    assert "exports RMB 19.95 trillion ('x') + imports RMB 13.06 trillion ('m')" in f.message
    assert "add up to RMB 33.01 trillion, not the RMB 33.61 trillion written ('t')" in f.message
    assert "a gap of RMB 600 billion" in f.message


@pytest.mark.parametrize(
    ("total", "exports", "imports", "keys"),
    [
        ("33.61", "19.95", "13.66", {}),  # the customs release: adds up exactly
        ("33.6", "19.95", "13.66", {}),  # 33.61 rounded: within the total's last digit
        ("34", "19.95", "13.06", {"qualifier": "about"}),  # 约34万亿 allows 33.01
        ("33.61", "19.95", "13.06", {"period": "FY2023"}),  # exports of another year
    ],
)
def test_flows_that_can_add_up_are_silent(
    total: str, exports: str, imports: str, keys: dict[str, str]
) -> None:
    assert run(story(_flows(total, exports, imports, **keys)), only="flows_sum") == []


# -- 2. shares summing to about 100 ----------------------------------------------------------


def share(fid: str, segment: str, value: str, **keys: str) -> str:
    return metric(fid, value, unit="unit: percent", measure="share", segment=segment, **keys)


def test_shares_over_100_warn_with_the_sum() -> None:
    s = story(share("s-us", "us", "60") + share("s-eu", "eu", "50"))
    [f] = run(s, only="shares_sum")
    assert (f.level, f.code, f.span.line, [r.line for r in f.related]) == (
        "warning",
        "shares-over-100",
        11,
        [12],
    )
    assert "add up to 110% (us 60%, eu 50%): 10 points over 100, 9 even at the bottom" in f.message


def test_segment_levels_over_the_total_count_as_shares() -> None:
    s = story(
        metric("total", "10", scale="亿")
        + metric("us", "7", scale="亿", segment="us")
        + metric("eu", "5", scale="亿", segment="eu")
    )
    [f] = run(s, only="shares_sum")
    assert f.code == "shares-over-100"
    assert "add up to 120% (us ≈70%, eu ≈50%)" in f.message


@pytest.mark.parametrize(
    "facts",
    [
        share("s-us", "us", "60") + share("s-eu", "eu", "40.4"),  # 100.4: rounding
        # two splits of one whole (regions, products) each adding up to 100
        share("r1", "us", "60")
        + share("r2", "eu", "40")
        + share("p1", "apparel", "70")
        + share("p2", "toys", "30"),
        # one complete split and part of another
        share("r1", "us", "60") + share("r2", "eu", "40") + share("p1", "apparel", "70"),
        # shares of different wholes
        share("s-us", "us", "60") + share("s-eu", "eu", "50", period="FY2023"),
    ],
)
def test_shares_of_one_whole_within_100_are_silent(facts: str) -> None:
    assert run(story(facts), only="shares_sum") == []


def test_complete_split_well_under_100_warns() -> None:
    s = story(share("s1", "us", "40") + share("s2", "eu", "30") + share("s3", "other", "10"))
    [f] = run(s, only="shares_sum")
    assert f.code == "shares-under-100"
    assert "add up to 80% (us 40%, eu 30%, other 10%): 20 points short of 100, 18.5 even" in (
        f.message
    )
    assert "'other' makes the split claim to be complete" in f.message


def test_complete_split_adding_up_is_silent_and_partial_split_may_be_short() -> None:
    good = story(share("s1", "us", "60") + share("s2", "eu", "30") + share("s3", "other", "10"))
    partial = story(share("s1", "us", "40") + share("s2", "eu", "30"))
    assert run(good, only="shares_sum") == []
    assert run(partial, only="shares_sum") == []


# -- 3. currency rates ------------------------------------------------------------------


def test_rates_differing_across_stories_warn_naming_both() -> None:
    one = story(metric("r", "1", scale="亿"), sid="one", fx="USD/CNY: 8.0")
    two = story(metric("r", "1", scale="亿"), sid="two", fx="USD/CNY: 7.04")
    [f] = run(one, two, only="fx_rates")
    assert (f.level, f.code) == ("warning", "fx-rates-differ")
    assert "fx USD/CNY: 7.04 in two, 8 in one (13.6% apart, more than 2%)" in f.message


def test_inverse_pairs_are_compared() -> None:
    one = story(metric("r", "1", scale="亿"), sid="one", fx="HKD/CNY: 0.88")
    two = story(metric("r", "1", scale="亿"), sid="two", fx="CNY/HKD: 1.087")  # 1/0.92
    [f] = run(one, two, only="fx_rates")
    assert "fx CNY/HKD: 1.087 in two, 1.1364 in one" in f.message


def test_close_rates_are_silent() -> None:
    one = story(metric("r", "1", scale="亿"), sid="one", fx="USD/CNY: 7.10")
    two = story(metric("r", "1", scale="亿"), sid="two", fx="USD/CNY: 7.04")
    assert run(one, two, only="fx_rates") == []


@pytest.mark.parametrize("rate", ["0", "-7.1", "abc"])
def test_non_positive_rate_is_refused_at_load(rate: str, tmp_path: Path) -> None:
    """A rate of 0 or less (or not a number) never reaches the rules: the
    loader refuses it at the pair's place, so check and build agree."""
    path = tmp_path / "s.yaml"
    path.write_text(
        HEAD.format(id="s", fx=f"  fx: {{HKD/CNY: 0.88, USD/CNY: {rate}}}\n")
        + metric("r", "1", scale="亿"),
        encoding="utf-8",
    )
    with pytest.raises(SeedError) as err:
        load_story(path)
    [(span, message)] = err.value.problems
    assert span is not None and (span.line, span.col) == (8, 32)  # at the value
    assert "story.fx.USD/CNY" in message and "positive exchange rate" in message


def test_rates_of_two_files_point_at_both_pairs(tmp_path: Path) -> None:
    for sid, fx in (("one", "HKD/CNY: 0.88"), ("two", "EUR/CNY: 7.8, CNY/HKD: 1.087")):
        text = HEAD.format(id=sid, fx=f"  fx: {{{fx}}}\n") + metric("r", "1", scale="亿")
        (tmp_path / f"{sid}.yaml").write_text(text, encoding="utf-8")
    one, two = (load_story(tmp_path / f"{sid}.yaml") for sid in ("one", "two"))
    [f] = run(one, two, only="fx_rates")
    assert (f.span.file.endswith("two.yaml"), f.span.line, f.span.col) == (True, 8, 22)
    assert [(r.file.endswith("one.yaml"), r.line, r.col) for r in f.related] == [(True, 8, 8)]


def test_conversion_disagreeing_with_the_story_rate_warns() -> None:
    facts = metric("v", "40", metric="valuation", scale="亿", unit="currency: USD") + metric(
        "v-cny", "320", metric="valuation", scale="亿"
    )
    [f] = run(story(facts, fx="USD/CNY: 7.1"), only="fx_rates")
    assert f.code == "fx-conversion"
    assert "'v-cny' (RMB 32 billion) converts 'v' (US$4 billion) at 8" in f.message
    assert "USD/CNY 7.1 (12.7% apart)" in f.message


def test_conversion_agreeing_with_the_story_rate_is_silent() -> None:
    facts = metric("v", "40", metric="valuation", scale="亿", unit="currency: USD") + metric(
        "v-cny", "284", metric="valuation", scale="亿"
    )
    assert run(story(facts, fx="USD/CNY: 7.1"), only="fx_rates") == []


# -- 4. the wording's bounds --------------------------------------------------------------------


def test_floor_contradicted_by_another_story_warns() -> None:
    one = story(share("on-prem", "on-premise", "85", qualifier="at_least"), sid="one")
    two = story(share("on-prem", "on-premise", "84.8"), sid="two")
    [f] = run(one, two, only="qualifier_bounds")
    assert (f.level, f.code, f.span.file, [r.file for r in f.related]) == (
        "warning",
        "bound-contradicted",
        "one.yaml",
        ["two.yaml"],
    )
    assert "says at least 85% (至少: a floor), but 'on-prem' (two) gives 84.8%" in f.message
    assert "0.2 percentage points below it" in f.message


@pytest.mark.parametrize(
    ("bounded", "other", "fires"),
    [
        ("qualifier: at_least", "85.2", False),
        ("qualifier: over", "84.8", True),
        ("qualifier: up_to", "85.3", True),
        ("qualifier: up_to", "84", False),
        ("qualifier: nearly", "75", True),  # 近85 (slack 10%) goes down to 84.5 - 8.5 = 76
        ("qualifier: nearly", "84", False),
        ("qualifier: nearly", "86", True),  # above a ceiling
    ],
)
def test_bounds_in_one_story(bounded: str, other: str, fires: bool) -> None:
    key, _, qual = bounded.partition(": ")
    s = story(share("x1", "on-premise", "85", **{key: qual}) + share("x2", "on-premise", other))
    assert codes(run(s, only="qualifier_bounds")) == (["bound-contradicted"] if fires else [])


def test_nearly_says_which_side_is_broken() -> None:
    s = story(share("x1", "on-premise", "85", qualifier="nearly") + share("x2", "on-premise", "75"))
    [f] = run(s, only="qualifier_bounds")
    assert "says nearly 85% (近: a ceiling, at most 10% under it), but 'x2' gives 75%" in f.message
    assert "10 percentage points below it" in f.message


def test_bounds_compare_only_the_same_figure() -> None:
    s = story(
        share("x1", "on-premise", "85", qualifier="at_least")
        + share("x2", "on-premise", "80", period="FY2023")
        + share("x3", "cloud", "15")
    )
    assert run(s, only="qualifier_bounds") == []


# -- 5. snapshots of one day ------------------------------------------------------------------


def price(fid: str, value: str, at: str = "", period: str = "2026-01-09") -> str:
    keys = {"at": at} if at else {}
    return metric(fid, value, unit="currency: HKD", metric="share_price", period=period, **keys)


def test_same_day_snapshots_without_order_are_reported() -> None:
    s = story(price("p1", "294") + price("p2", "345", at="close"))
    [f] = run(s, only="same_day_snapshots")
    assert (f.level, f.code, f.span.line, [r.line for r in f.related]) == (
        "info",
        "same-day-unordered",
        12,
        [11],
    )
    assert "order within the day unknown; rules will not compare them" in f.message


def test_same_day_snapshots_with_order_are_silent() -> None:
    s = story(price("p1", "294", at="intraday") + price("p2", "345", at="close"))
    assert run(s, only="same_day_snapshots") == []


@pytest.mark.parametrize(
    ("a", "b", "unordered"),
    [
        (price("p1", "1"), price("p2", "2"), True),
        (price("p1", "1", at="open"), price("p2", "2"), True),
        (price("p1", "1", at="high"), price("p2", "2", at="low"), True),
        (price("p1", "1", at="intraday"), price("p2", "2", at="high"), True),
        (price("p1", "1", at="open"), price("p2", "2", at="close"), False),
        (price("p1", "1", at="intraday"), price("p2", "2", at="close"), False),
        (price("p1", "1"), price("p2", "2", period="2026-01-10"), False),
        (price("p1", "1", period="2026-01"), price("p2", "2", period="2026-01"), False),
    ],
)
def test_same_day_unordered(a: str, b: str, unordered: bool) -> None:
    s = story(a + b)
    assert same_day_unordered(s.facts[0], s.facts[1]) is unordered
    assert same_day_unordered(s.facts[1], s.facts[0]) is unordered


def test_other_metrics_of_one_day_are_not_snapshots() -> None:
    day = {"metric": "gmv", "period": "2024-11-29"}
    s = story(metric("g1", "1", **day) + metric("g2", "2", **day))
    assert not same_day_unordered(s.facts[0], s.facts[1])


# -- 6. stated figures nobody recomputes --------------------------------------------------------


def test_stated_figure_no_rule_recomputes_is_reported() -> None:
    s = story(metric("g", "39", unit="unit: percent", metric="gmv", measure="yoy", stated="true"))
    [f] = run(s, only="stated_unverified")
    assert (f.level, f.code) == ("info", "stated-unverified")
    assert f.message.startswith(
        "stated figure not recomputed: no rule derives gmv/yoy from this story's inputs"
    )


def test_stated_figure_a_rule_recomputes_is_silent() -> None:
    s = story(
        metric("r23", "10", scale="亿", period="FY2023")
        + metric("r24", "15", scale="亿")
        + metric("yoy", "50", unit="unit: percent", measure="yoy", stated="true")
    )
    assert run(s, only="stated_unverified") == []


def test_stated_conversion_checked_against_the_rate_is_silent() -> None:
    facts = metric("v", "40", metric="valuation", scale="亿", unit="currency: USD") + metric(
        "v-cny", "284", metric="valuation", scale="亿", stated="true"
    )
    assert run(story(facts, fx="USD/CNY: 7.1"), only="stated_unverified") == []


# -- in `check` ----------------------------------------------------------------------------


def test_check_stories_counts_consistency_findings_and_says_a_bound_once() -> None:
    project = load_project()
    one = story(share("on-prem", "on-premise", "85", qualifier="at_least"), sid="one")
    two = story(share("on-prem", "on-premise", "80"), sid="two")  # sources-disagree sees it too
    three = story(share("s-us", "us", "60") + share("s-eu", "eu", "50"), sid="three")
    report = check_stories([one, two, three], project.glossary, project.personas)
    found = codes(report.findings)
    assert found.count("sources-disagree") == 1
    assert "bound-contradicted" not in found
    assert found.count("shares-over-100") == 1
    # text-only stories: no article, and placeholder quotes without their values
    assert report.consistency == 1 + found.count("source-unreadable") + found.count(
        "value-not-in-quote"
    )


# -- quotes in their source ----------------------------------------------------------------


def _sourced(tmp_path: Path, article: str | None, quote: str) -> Story:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "sources").mkdir()
    if article is not None:
        (tmp_path / "sources" / "s.txt").write_text(article, encoding="utf-8")
    path = tmp_path / "seeds" / "s.yaml"
    path.write_text(
        HEAD.format(id="s", fx="") + metric("r", "1", scale="亿").replace("原文", quote),
        encoding="utf-8",
    )
    return load_story(path)


def test_a_quote_found_after_normalising_width_and_space(tmp_path: Path) -> None:
    s = _sourced(
        tmp_path, "据报道，公司 2024 年收入为1亿元, 同比增长。", "公司2024年收入为1亿元，同比增长"
    )
    assert run(s, only="quotes_in_source") == []


def test_a_quote_not_in_its_article_is_reported_at_the_fact(tmp_path: Path) -> None:
    s = _sourced(tmp_path, "据报道，公司2024年收入为1亿元。", "公司2024年收入为2亿元")
    [f] = run(s, only="quotes_in_source")
    assert (f.level, f.code) == ("warning", "quote-not-in-source")
    assert f.span.line == 11 and "'r'" in f.message


def test_a_missing_article_is_said_once(tmp_path: Path) -> None:
    s = _sourced(tmp_path, None, "公司2024年收入为1亿元")
    [f] = run(s, only="quotes_in_source")
    assert f.code == "source-unreadable" and "unchecked" in f.message


def test_every_seed_quote_is_in_its_article() -> None:
    from summarizer.facts.load import load_stories, story_paths

    stories = tuple(load_stories(story_paths(Path(__file__).parents[2] / "seeds")))
    assert run(*stories, only="quotes_in_source") == []


# -- each value in its own quote -----------------------------------------------------------


def _quoted(value: str, quote: str, **keys: str) -> Story:
    return story(metric("r", value, **keys).replace("原文", quote))


@pytest.mark.parametrize(
    ("value", "quote", "keys"),
    [
        ("5.34", "私有化部署收入5.34亿元", {"scale": "亿"}),
        ("1.39", "包裹數量從1.39億件增至13.6億件", {"scale": "亿"}),  # a Taiwan source
        ("250", "OpenAI的ARR250亿美元", {"scale": "亿"}),  # digits glued to letters
        ("65", "总流通股份将高达65%左右", {"unit": "unit: percent", "qualifier": "about"}),
        ("-14.08", "平均降幅 14.08%", {"unit": "unit: percent", "measure": "change"}),
        (
            "700",
            "营收较上一年超7倍增长",
            {"unit": "unit: percent", "measure": "yoy", "qualifier": "over"},
        ),
        ("-50", "股价已然腰斩", {"unit": "unit: percent", "measure": "change"}),
        (
            "200",
            "saw sales more than Triple compared to last year",
            {"unit": "unit: percent", "measure": "yoy", "qualifier": "over"},
        ),
        ("0", "Amazon has seen flat sales", {"unit": "unit: percent", "measure": "yoy"}),
        # a rate cancelled is a rate of 0 (an export tax rebate ended)
        ("0", "Beijing will cancel export tax rebates for aluminum", {"unit": "unit: percent"}),
        ("0", "取消铝、铜等产品出口退税", {"unit": "unit: percent"}),
        # a charge not levied yet is 0 (parcels that enter duty free)
        ("0", "such parcels currently enter the EU duty free", {"unit": "currency: EUR"}),
        # "the high-single-digit range" is 7 to 9, entered as that range
        ("[7, 9]", "cut to the high-single-digit range by 2026", {"unit": "unit: percent"}),
        # points given in basis points: a table "raised by 50 points", 300 basis points
        ("0.5", "increased its fuel surcharge tables by 50 points", {"unit": "unit: pp", "measure": "change"}),
        ("-3", "gross margin fell 300 basis points", {"unit": "unit: pp", "measure": "yoy"}),
        # twice as much is 'doubled' (up 100%)
        (
            "2",
            "the number of parcels doubled last year",
            {"unit": "unit: times", "measure": "multiple"},
        ),
    ],
)
def test_a_value_its_quote_gives_passes(value: str, quote: str, keys: dict[str, str]) -> None:
    assert run(_quoted(value, quote, **dict(keys)), only="values_in_quotes") == []


def test_a_word_inside_another_word_is_no_figure() -> None:
    """'flattened' says nothing of a 0% change; 'tripled' is no 100%."""
    s = _quoted("0", "growth flattened", unit="unit: percent", measure="yoy")
    assert codes(run(s, only="values_in_quotes")) == ["value-not-in-quote"]
    s = _quoted("100", "sales tripled", unit="unit: percent", measure="yoy")
    assert codes(run(s, only="values_in_quotes")) == ["value-not-in-quote"]
    s = _quoted("0", "rebates were cancellable", unit="unit: percent")
    assert codes(run(s, only="values_in_quotes")) == ["value-not-in-quote"]
    s = _quoted("8", "the high-single-digit range", unit="unit: percent")  # a guess inside it
    assert codes(run(s, only="values_in_quotes")) == ["value-not-in-quote"]


def test_a_value_not_in_its_quote_is_reported() -> None:
    [f] = run(_quoted("2.5", "收入达到5.2亿元", scale="亿"), only="values_in_quotes")
    assert (f.level, f.code) == ("warning", "value-not-in-quote")
    assert "'r': 2.5亿 is not in its quote '收入达到5.2亿元'" in f.message
    assert f.span is not None and f.span.line == 11


@pytest.mark.parametrize(("quote", "word"), [("市占率65%左右", "约"), ("至少85%的卖家", "至少")])
def test_a_bound_the_quote_gives_and_the_fact_drops_is_reported(quote: str, word: str) -> None:
    s = _quoted("65" if "65" in quote else "85", quote, unit="unit: percent", measure="share")
    [f] = run(s, only="values_in_quotes")
    assert f.code == "quote-bound-dropped" and f"({word}: qualifier:" in f.message


def test_n_times_more_asks_which_reading() -> None:
    s = _quoted("3", "亏损比收入还高出三倍", unit="unit: times", measure="multiple")
    [f] = run(s, only="values_in_quotes")
    assert (
        f.code == "quote-times-ambiguous" and "“高出三倍” reads as 三× or as one more" in f.message
    )
    settled = _quoted(
        "3", "亏损比收入还高出三倍", unit="unit: times", measure="multiple", qualifier="over"
    )
    assert run(settled, only="values_in_quotes") == []


def test_an_article_quoted_but_not_described_and_one_described_but_unquoted() -> None:
    seed = Path(__file__).resolve().parents[2] / "seeds" / "alibaba-antitrust-fine-2021.yaml"
    text = seed.read_text("utf-8")
    assert run(load_story(seed), only="articles_described") == []
    block = (
        "  articles:\n    alibaba-antitrust-fine-2021-mondaq.txt:\n"
        "      outlet: {zh-Hans: Mondaq, en: Mondaq}\n"
        "      url: https://www.mondaq.com/Article/1056958\n"
    )
    assert block in text
    undescribed = parse_story(load_yaml_text(text.replace(block, ""), "s.yaml"))
    [f] = run(undescribed, only="articles_described")
    assert (f.level, f.code) == (
        "info",
        "article-undescribed",
    ) and "readers see its file name" in f.message
    unquoted = text.replace("alibaba-antitrust-fine-2021-mondaq.txt:", "other.txt:", 1)
    found = run(parse_story(load_yaml_text(unquoted, "s.yaml")), only="articles_described")
    assert [g.code for g in found] == ["article-undescribed", "article-unquoted"]
    assert "describes other.txt, which no fact quotes" in found[1].message


# -- levels_unlinked ---------------------------------------------------------------------


def _fee(fid: str, day: str, value: str, extra: str = "") -> str:
    return metric(fid, value, metric="fulfilment_fee", period=day, unit=f"currency: USD{extra}")


def test_two_bare_levels_of_a_fee_on_two_days_ask_for_a_base() -> None:
    s = story(_fee("old", "2025-01-15", "3.22") + _fee("new", "2026-01-15", "3.40"))
    [f] = run(s, only="levels_unlinked")
    assert f.code == "levels-unlinked" and f.level == "info"
    assert f.span.line == 12 and f.related[0].line == 11  # at the later, pointing to the earlier
    assert "add base: old to 'new'" in f.message


@pytest.mark.parametrize(
    "facts",
    [
        # linked: base_change reads the move
        _fee("old", "2025-01-15", "3.22") + _fee("new", "2026-01-15", "3.40", ", base: old"),
        # one day: two readings of the same day are same_day_snapshots' concern
        _fee("old", "2026-01-15", "3.22") + _fee("new", "2026-01-15", "3.40"),
    ],
    ids=["base", "same-day"],
)
def test_linked_or_unlike_levels_stay_silent(facts: str) -> None:
    assert run(story(facts), only="levels_unlinked") == []


def test_a_days_sales_on_two_days_ask_for_a_base_to_read_growth() -> None:
    """A flow on two days (a shopping day and the same day a year before)
    is that day's sales: linked with base:, growth (growth.period_base)."""
    s = story(metric("a1", "5", period="2025-01-15", scale="亿")
              + metric("a2", "6", period="2026-01-15", scale="亿"))
    [f] = run(s, only="levels_unlinked")
    assert "if the later is the same day or event a year on, add base: a1 to 'a2'" in f.message
    assert f.message.endswith("so readers get the growth")


# -- events_untold -------------------------------------------------------------------------


def _event(fid: str, kind: str, text: str = "") -> str:
    return (f"  {fid}: {{event: {kind}, entity: a, date: '2025-01-15', {text}"
            "source: {quote: 原文}}\n")


def test_an_event_that_matters_but_has_no_text_names_the_missing_field() -> None:
    [f] = run(story(_event("cuts", "layoffs")), only="events_untold")
    assert f.code == "event-untold" and f.level == "warning" and f.span.line == 11
    assert "event 'cuts' (layoffs) has no text, so no reader is told it: add text:" in f.message


@pytest.mark.parametrize(
    "facts",
    [
        # worded: dated_event says it
        _event("cuts", "layoffs", "text: {zh-Hans: 甲公司裁员, en: Company A cut jobs}, "),
        # background no reader is told on its own (results published)
        _event("res", "results_release"),
        # the cut's figures say it (staff_change reads the event with them)
        _event("cuts", "layoffs") + metric("c", "-500", metric="employees", period="2025-01-15",
                                           unit="unit: employees", measure="change"),
        # a funding round or a product launch of a business that is no platform
        # (an AI start-up's): told to no reader, so no text is asked for
        _event("round", "funding_round"),
        _event("launch", "product_launch"),
    ],
    ids=["text", "background", "figures", "round", "launch"],
)
def test_events_said_otherwise_or_not_meant_for_readers_pass(facts: str) -> None:
    assert run(story(facts), only="events_untold") == []


# -- events_undirected ----------------------------------------------------------------------

_SAID = "text: {zh-Hans: 甲公司调整, en: Company A made a change}, "


def test_a_change_told_without_its_direction_asks_for_one() -> None:
    """Seeds amazon-apparel-referral-fee-cut and tiktok-shop-us-referral-fee-2024
    gave their fee events no direction: readers were told of 'new fees'."""
    [f] = run(story(_event("fees", "fee_change", _SAID)), only="events_undirected")
    assert f.code == "event-undirected" and f.level == "info" and f.span.line == 11
    assert "event 'fees' (fee_change) does not say which way it went" in f.message
    assert "told of the new fees: add direction: up or direction: down" in f.message


@pytest.mark.parametrize(
    "facts",
    [
        _event("fees", "fee_change", _SAID + "direction: up, "),
        _event("hike", "price_change", _SAID + "value: 5, unit: percent, "),
        # no reader is told it: a market's prices are no company's own
        _event("hike", "price_change", _SAID).replace("entity: a,", "entity: us,"),
        _event("cuts", "layoffs", _SAID),  # no direction to give
    ],
    ids=["said", "signed-percent", "untold", "other-kind"],
)
def test_a_direction_given_or_not_needed_passes(facts: str) -> None:
    assert run(story(facts), only="events_undirected") == []
