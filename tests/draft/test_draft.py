"""summarizer draft: figures, periods and measures from a small article, the CLI, bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from summarizer.cli import main
from summarizer.draft import draft_article, draft_figures

ZH = """TITLE: 某公司发布2025年上半年业绩
OUTLET: 测试日报
DATE: 2025-08-28

某公司发布2025年上半年业绩

2024年，公司营收约5.34亿元，同比增长102%。今年上半年净亏损近2亿元。去年净亏损1.2亿美元。
截至2025年6月30日，公司拥有超过1.2万家企业客户，海外收入占比73.1%。
市销率达34倍，前三季度GMV逾10亿港元。
"""

EN = """# Shop results

Published 2025-03-27.

Revenue rose to $1.5 billion in 2024, up 25% year on year. The company has more than 300 sellers.
"""


def facts(raw: str, name: str) -> list[tuple[str, str, str, str, str, str, str, str]]:
    _, figures = draft_figures(raw, name)
    return [
        (
            f.metric,
            f.value,
            f.scale,
            f.currency or f.unit,
            f.qualifier,
            f.period,
            f.measure,
            f.entity,
        )
        for f in figures
    ]


def test_chinese_article_gives_exact_facts_with_relative_dates_resolved() -> None:
    assert facts(ZH, "a.txt") == [
        ("revenue", "5.34", "亿", "CNY", "about", "FY2024", "", ""),
        ("revenue", "102", "", "percent", "", "FY2024", "yoy", ""),
        ("net_loss", "2", "亿", "CNY", "nearly", "2025H1", "", ""),
        ("net_loss", "1.2", "亿", "USD", "", "FY2024", "", ""),
        ("enterprise_customers", "1.2", "万", "companies", "over", "2025-06-30", "", ""),
        ("revenue", "73.1", "", "percent", "", "2025-06-30", "share", ""),
        ("ps_ratio", "34", "", "times", "", "", "", ""),
        ("gmv", "10", "亿", "HKD", "over", "2025Q1-Q3", "", ""),
    ]


def test_english_article_gives_exact_facts() -> None:
    assert facts(EN, "a.md") == [
        ("revenue", "1.5", "billion", "USD", "", "FY2024", "", ""),
        ("revenue", "25", "", "percent", "", "FY2024", "yoy", ""),
        ("sellers", "300", "", "sellers", "over", "", "", ""),
    ]


def test_draft_is_yaml_with_header_and_verbatim_quotes() -> None:
    data = yaml.safe_load(draft_article(ZH, "sources/a.txt"))
    story = data["story"]
    assert story["title"]["zh-Hans"] == "某公司发布2025年上半年业绩"
    assert story["outlet"]["zh-Hans"] == "测试日报"
    assert str(story["published"]) == "2025-08-28"
    facts_ = data["facts"]
    assert len(facts_) == 8
    for fact in facts_.values():
        assert fact["source"]["quote"] in ZH
        assert len(fact["source"]["quote"]) <= 120
    yoy = [f for f in facts_.values() if f.get("measure") == "yoy"]
    assert yoy and all(f["stated"] is True for f in yoy)


def test_cli_writes_the_draft_and_the_seed_articles_draft(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ZH, encoding="utf-8")
    out = tmp_path / "a.yaml"
    assert main(["draft", str(article), "-o", str(out)]) == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["story"]["source"] == "a.txt"
    source = Path(__file__).resolve().parents[2] / "sources" / "002_b51f12bb0afab050.txt"
    text = source.read_text(encoding="utf-8")
    drafted = yaml.safe_load(draft_article(text, source.name))
    assert len(drafted["facts"]) > 30
    assert all(f["source"]["quote"] in text for f in drafted["facts"].values())


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read"), (b"\xff\xfe\xfa", "not UTF-8"), (b"  \n", "empty")],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    article = tmp_path / "bad.txt"
    if content is not None:
        article.write_bytes(content)
    assert main(["draft", str(article)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"{article}:1:1: error: ")
    assert message in err


def test_ways_of_speaking_and_ordinals_are_not_figures() -> None:
    """两家公司, 三款应用, 第一股, 第二次解禁 are never facts (issue 9: precision)."""
    from summarizer.draft.figures import find_figures

    text = (
        "两家公司都融到了钱，三款应用上线；智谱成为第一股，第二次解禁在10月，"
        "涨了三倍，营收超七成来自海外。"
    )
    found = [(f.value, f.unit, f.qualifier) for f in find_figures(text)]
    assert found == [("3", "times", ""), ("70", "percent", "over")]


def test_a_count_in_english_words_before_a_scale_is_a_figure() -> None:
    """ "more than six million local sellers" (seed indonesia-social-commerce-ban-2023)
    was no figure, so ``check`` warned that 6 million was not in its quote; "two
    stores" alone stays a way of speaking."""
    from summarizer.draft.figures import find_figures

    text = "more than six million local sellers, two stores, Ten billion yuan and someone million"
    found = [(f.value, f.scale, f.unit, f.qualifier) for f in find_figures(text)]
    assert found == [("6", "million", "sellers", "over"), ("10", "billion", "", "")]


def test_the_first_nine_months_are_q1_to_q3() -> None:
    from datetime import date

    from summarizer.draft.periods import find_periods

    [p] = find_periods("2025年前9个月，来自海外的收入", date(2025, 12, 22))
    assert p.value == "2025Q1-Q3"


def test_a_period_holds_across_semicolons_and_that_day_names_the_date() -> None:
    """The period at a sentence's head covers its ；-separated clauses, 当日
    is the last date written before it, 累计 is as of the publication month."""
    from summarizer.draft import draft_figures

    text = (
        "TITLE: 测试\nDATE: 2025-12-22\n\n"
        "招股书显示，2025年前9个月，甲收入为1875万美元；乙收入为1542万美元。\n"
        "6月22日，港股市场的目光集中到智谱。当日，智谱股价新高2980港元。\n"
        "智谱累计融资超83亿元。\n"
    )
    _, figures = draft_figures(text, "t.txt")
    periods = {f.value: f.period for f in figures}
    assert periods["1875"] == periods["1542"] == "2025Q1-Q3"
    assert periods["2980"] == "2025-06-22"
    assert periods["83"] == "2025-12"  # the header's month


def _periods(body: str, published: str) -> dict[str, str]:
    _, figures = draft_figures(f"TITLE: 测试\nDATE: {published}\n\n{body}\n", "t.txt")
    return {f.value: f.period for f in figures}


def test_now_is_the_trailing_as_of_day_then_the_articles_as_of_day() -> None:
    """当下/当前 (sentences of sources/004): a "(截至6月22日收盘)" later in the sentence
    dates it, and that as-of day, three days before publication, is the article's now."""
    got = _periods(
        "3月份之前，股价走势与智谱类似，但之后开始走弱，目前股价自3月高点1330港元到当下"
        "616.5港元，已然腰斩（截至6月22日收盘）。\n"
        "而MiniMax当下流通盘比例约5%，7月9日解禁后，有46.44%的股份将从锁定状态变为可流通。\n"
        "MiniMax当前港股市值约1700亿港元。\n",
        "2026-06-25",
    )
    assert got["1330"] == "2026-03"
    assert got["616.5"] == got["5"] == got["1700"] == "2026-06-22"
    assert got["46.44"] == "2026-07-09"


def test_now_without_an_as_of_day_is_the_publication_month() -> None:
    """An as-of day long before publication is not the article's now (sources/000:
    截至2025年6月 in a story of 22 December)."""
    got = _periods(
        "截至2025年6月30日，公司账上现金储备约25.5亿元。\n当前持股比例约15.04%。\n"
        "除了红杉、高瓴等顶级风投，米哈游的入股（持股约6.4%）是其一大亮点。",
        "2025-12-22",
    )
    assert got["25.5"] == "2025-06-30"
    assert got["15.04"] == got["6.4"] == "2025-12"


def test_now_after_a_dated_balance_is_that_date() -> None:
    """当前 in the paragraph of a dated balance (sources/001) is as of that date."""
    got = _periods(
        "MiniMax 透露，其 2025 年 9 月 30 日的现金结余为 10.462 亿美元。如此算来，"
        "其当前的现金状况或可支撑 37 个月。",
        "2025-12-23",
    )
    assert got["10.462"] == got["37"] == "2025-09-30"


def test_so_far_after_a_written_date_keeps_that_date() -> None:
    """累计 right after 到2025年9月 (sources/000) is as of that month, not of the article."""
    got = _periods("自成立到2025年9月累计花费5亿美元。\n智谱累计融资超83亿元。", "2025-12-22")
    assert got["5"] == "2025-09"
    assert got["83"] == "2025-12"


def test_respectively_takes_the_periods_of_its_own_list() -> None:
    """分别 after a ； that closed another list names its own clause's years; a 分别 with
    none of its own takes the previous clause's; a period after the list ends it
    (sentences of sources/002)."""
    got = _periods(
        "在营收方面，2022年至2024年，智谱收入分别为5740万元、1.245亿元、3.124亿元，"
        "年复合增长率高达130%；2022年至2024年，智谱毛利率分别为54.6%、64.6%、56.3%，"
        "2025年上半年毛利率为50%。\n"
        "MiniMax在2023年、2024年及2025年前三季度分别实现营收346万美元、3052.3万美元和"
        "5343.7万美元；经调整净亏损分别为8907.4万美元、2.44亿美元和1.86亿美元。",
        "2025-12-22",
    )
    assert [got[v] for v in ("5740", "1.245", "3.124")] == ["FY2022", "FY2023", "FY2024"]
    assert [got[v] for v in ("54.6", "64.6", "56.3")] == ["FY2022", "FY2023", "FY2024"]
    assert got["50"] == "2025H1"
    assert [got[v] for v in ("8907.4", "2.44", "1.86")] == ["FY2023", "FY2024", "2025Q1-Q3"]


def test_an_amount_glued_to_a_name_is_a_figure_a_model_name_is_not() -> None:
    """ "ARR250亿美元" (sources/004) is US$25 billion; M2.7 and GLM-5.2 stay names.
    (cn2an, run on the same quotes by benchmarks/bench_draft_parsers.py, found it.)"""
    from summarizer.draft.figures import find_figures

    text = "OpenAI最新估值8520亿美元，ARR250亿美元；定价约为其前代M2.7的两倍，GLM-5.2拿下1595分。"
    found = [(f.value, f.scale, f.currency or f.unit) for f in find_figures(text)]
    assert found == [
        ("8520", "亿", "USD"),
        ("250", "亿", "USD"),
        ("2", "", "times"),
        ("1595", "", "points"),
    ]


def test_a_span_of_years_in_a_respectively_list_names_every_year() -> None:
    """2022年至2024年及2025年前三季度 before 分别 lists four periods, not three
    (Anker's prospectus, as reported; 2023 was dropped)."""
    got = _periods(
        "根据招股书，2022年至2024年及2025年前三季度，安克创新的营收分别为142.50亿元、"
        "175.07亿元、247.10亿元和210.19亿元；同期净利润分别为11.85亿元、16.94亿元、"
        "22.11亿元和19.69亿元。",
        "2025-10-01",
    )
    assert [got[v] for v in ("142.50", "175.07", "247.10", "210.19")] == [
        "FY2022", "FY2023", "FY2024", "2025Q1-Q3"
    ]
    assert [got[v] for v in ("11.85", "16.94", "22.11", "19.69")] == [
        "FY2022", "FY2023", "FY2024", "2025Q1-Q3"
    ]


def test_respectively_after_two_metrics_gives_each_figure_its_own() -> None:
    """营收和净利润分别同比增长29.79%及28.76%: revenue, then net profit (was net profit twice)."""
    _, figures = draft_figures(
        "TITLE: t\nDATE: 2025-10-01\n\n"
        "2025年前三季度，安克创新的营收和净利润分别同比增长29.79%及28.76%。",
        "a.txt",
    )
    assert [(f.value, f.metric, f.measure) for f in figures] == [
        ("29.79", "revenue", "yoy"),
        ("28.76", "net_income", "yoy"),
    ]


SALES_EVENT = """TITLE: Black Friday Sets Record With $11.8 Billion In U.S. Online Sales
DATE: 2025-11-30

Black Friday on November 28, 2025, generated $11.8 billion in U.S. online sales.
Between November 1 and November 28, shoppers spent $111.4 billion online, marking a 7.1% year-over-year increase.
BNPL spending hit $8.2 billion from November 1-28, reflecting 9% growth year-over-year.
双十一期间（10月20日至11月11日），某平台成交额达1.2万亿元。
"""


def test_a_sales_event_gets_its_day_its_run_of_days_and_its_rates() -> None:
    """Days and runs of days, in English and Chinese, a year taken from the
    publication date when the article leaves it out (and marked for review),
    'Billion' in a headline's capitals, and year-over-year rates."""
    got = facts(SALES_EVENT, "bf.txt")
    assert got == [
        ("gmv", "11.8", "billion", "USD", "", "2025-11-28", "", ""),
        ("gmv", "111.4", "billion", "USD", "", "2025-11-01/2025-11-28", "", ""),
        ("gmv", "7.1", "", "percent", "", "2025-11-01/2025-11-28", "yoy", ""),
        ("gmv", "8.2", "billion", "USD", "", "2025-11-01/2025-11-28", "", ""),
        ("gmv", "9", "", "percent", "", "2025-11-01/2025-11-28", "yoy", ""),
        ("gmv", "1.2", "万亿", "CNY", "", "2025-10-20/2025-11-11", "", ""),
    ]
    _, figures = draft_figures(SALES_EVENT, "bf.txt")
    assert "period resolved against the publication date" in figures[3].review  # no year written


def test_a_fiscal_period_is_drafted_and_flagged_for_the_year_end() -> None:
    """2026财年第二季度 and 'the second quarter of fiscal 2026' are 2026Q2, and
    the editor is told to give the entity its fiscal_year_end."""
    text = "DATE: 2025-11-25\n\n阿里巴巴2026财年第二季度收入为2478亿元。Revenue was $34.8 billion in the second quarter of fiscal 2026.\n"
    _, figures = draft_figures(text, "a.txt")
    assert [(f.value, f.period) for f in figures] == [("2478", "2026Q2"), ("34.8", "2026Q2")]
    assert all(any("fiscal_year_end" in r for r in f.review) for f in figures)


def test_a_fiscal_year_written_out_with_its_abbreviation_is_that_year() -> None:
    """CBP writes "In Fiscal Year (FY) 2019"; the figure after it is FY2019's,
    not a year resolved from the publication date."""
    text = "DATE: 2020-03-01\n\nIn Fiscal Year (FY) 2019, CBP made 27,599 seizures of counterfeit goods.\n"
    _, figures = draft_figures(text, "cbp.txt")
    assert [(f.value, f.period) for f in figures] == [("27599", "FY2019")]


def test_a_forecast_is_flagged_for_its_forecaster() -> None:
    text = (
        "DATE: 2025-11-30\n\nShoppers spent $111.4 billion online. "
        "Adobe projects that the season will surpass $253.4 billion.\n公司预计全年收入约5亿元。\n"
    )
    _, figures = draft_figures(text, "a.txt")
    flagged = [f.value for f in figures if any("forecast:" in r for r in f.review)]
    assert flagged == ["253.4", "5"]  # not the result before it


RESULTS = """DATE: 2025-11-04

In Q3 2025 revenue rose 32% to $2.84B and gross margin fell to 48.9% (vs. 51.7% LY).
In Q3 2025 Shop Pay GMV rose 67% YoY to $29B, payments penetration reached 65% and free cash flow margin was at 18%.
In Q3 2025 free cash flow was $507M.
"""


def test_a_results_summary_drafts_levels_rates_and_last_years_figure() -> None:
    """'fell to 48.9%' is the level reached, '(vs. 51.7% LY)' last year's level
    in the same sentence (not a new one at 'vs.'), '+67% YoY' a yearly rate,
    and free cash flow is not cash."""
    got = [(m, v, p, meas) for m, v, _, _, _, p, meas, _ in facts(RESULTS, "r.txt")]
    assert got == [
        ("revenue", "32", "2025Q3", "change"),
        ("revenue", "2.84", "2025Q3", ""),
        ("gross_margin", "48.9", "2025Q3", ""),
        ("gross_margin", "51.7", "2024Q3", ""),
        ("gmv", "67", "2025Q3", "yoy"),
        ("gmv", "29", "2025Q3", ""),
        ("gmv", "65", "2025Q3", ""),
        ("fcf_margin", "18", "2025Q3", ""),
        ("free_cash_flow", "507", "2025Q3", ""),
    ]
    _, figures = draft_figures(RESULTS, "r.txt")
    assert "(vs. 51.7% LY)" in figures[3].quote


def test_a_part_named_in_capitals_is_drafted_as_a_declared_segment() -> None:
    """'Shop Pay GMV rose 67% YoY to $29B': both figures are Shop Pay's;
    'Merchant Solutions grew 38% and Subscription Solutions 15%' names two
    parts; 'OpEx' and 'YoY' are not parts, nor a sentence's opening word."""
    text = (
        "DATE: 2025-11-04\n\nIn Q3 2025 Shop Pay GMV rose 67% YoY to $29B. "
        "Merchant Solutions grew 38% and Subscription Solutions 15%. "
        "OpEx fell to 37% of revenue. Overall revenue grew 32%.\n"
    )
    _, figures = draft_figures(text, "r.txt")
    assert [(f.value, f.segment) for f in figures] == [
        ("67", "shop-pay"),
        ("29", "shop-pay"),
        ("38", "merchant-solutions"),
        ("15", "subscription-solutions"),
        ("37", ""),
        ("32", ""),
    ]
    draft = yaml.safe_load(draft_article(text, "r.txt"))
    assert draft["entities"]["shop-pay"]["name"]["en"] == "Shop Pay"
    assert draft["facts"]["f001"]["segment"] == "shop-pay"


def test_a_fall_is_drafted_as_a_negative_change() -> None:
    """The direction word nearest the figure decides its sign: a fall drafted
    as +4% would read as growth once rendered."""
    text = (
        "DATE: 2025-10-07\n\nIn Q1 2025 revenue declined 1% as the wholesale channel grew 7% "
        "while direct sales dropped 4%. In Q1 2025 that was a 5% decline. "
        "In Q1 2025 gross margin fell to 42.2%.\n2025年一季度收入同比下降5%，售价降价50%。\n"
    )
    _, figures = draft_figures(text, "r.txt")
    assert [(f.value, f.measure) for f in figures] == [
        ("-1", "change"),
        ("7", "change"),
        ("-4", "change"),
        ("-5", "change"),
        ("42.2", ""),
        ("-5", "yoy"),
        ("-50", "change"),
    ]
    assert "a fall: drafted as a negative change" in figures[0].review


def test_a_shopping_festivals_sales_are_gmv_and_ask_for_its_days() -> None:
    """'2025年双十一…全网销售总额…16950亿元' is GMV over the festival's days, not
    the year 2025's: the period is flagged; 这一成绩 is a word, not 10%."""
    text = (
        "DATE: 2025-11-12\n\n2025年双十一购物节落幕，全网销售总额达到16950亿元，同比增长14.2%。"
        "这一成绩展现出韧性。社区团购销售额为90亿元，同比下降35.3%，七成用户选择即时零售。\n"
    )
    _, figures = draft_figures(text, "d11.txt")
    assert [(f.metric, f.value, f.unit or f.currency) for f in figures][:4] == [
        ("gmv", "16950", "CNY"),
        ("gmv", "14.2", "percent"),
        ("gmv", "90", "CNY"),
        ("gmv", "-35.3", "percent"),
    ]
    assert [f.value for f in figures[4:]] == ["70"]  # 七成: the fall before it is another clause's
    assert any("shopping festival" in r for r in figures[0].review)


def test_a_bare_quarter_in_an_article_on_a_fiscal_year_is_flagged() -> None:
    text = (
        "DATE: 2025-10-07\n\nNike reported Q1 revenue of $11.7 billion. "
        "Nike posted its first quarter fiscal 2026 results last week.\n"
    )
    _, figures = draft_figures(text, "n.txt")
    assert any("may be a fiscal one" in r for r in figures[0].review)
    _, plain = draft_figures(text.replace(" fiscal 2026", ""), "n.txt")
    assert not any("fiscal" in r for r in plain[0].review)


def test_a_range_is_one_figure_and_from_to_gives_the_base() -> None:
    """'7.5 to 100 percent' and '80至200美元' are ranges (the lower bound has no
    unit of its own and was lost); 'from 20 percent to 10 percent' and
    '从200美元提高至800美元' are moves: the new level's base is the old one,
    dated the day before a change that takes effect on a day."""
    text = (
        "DATE: 2025-11-05\n\nThe tariff will be lowered from 20 percent to 10 percent, "
        "effective on or after 12:01 a.m. EST on Nov. 10, 2025. Section 301 tariffs of "
        "7.5 to 100 percent remain. Revenue rose to $2.84 billion from $2.16 billion. "
        "It grew 13% to $180.2 billion.\n"
        "寄件人可支付每件80至200美元的固定关税。2015年将门槛从200美元提高至800美元。\n"
    )
    text_, figures = draft_figures(text, "t.txt")
    got = [(f.value, f.low, f.currency or f.unit, f.period) for f in figures]
    assert got == [
        ("20", "", "percent", "2025-11-09"),
        ("10", "", "percent", "2025-11-10"),
        ("100", "7.5", "percent", ""),
        ("2.84", "", "USD", ""),
        ("2.16", "", "USD", ""),
        ("13", "", "percent", ""),
        ("180.2", "", "USD", ""),
        ("200", "80", "USD", ""),
        ("200", "", "USD", "FY2015"),
        ("800", "", "USD", "FY2015"),
    ]
    base = {i: figures.index(f.base) for i, f in enumerate(figures) if f.base is not None}
    assert base == {1: 0, 3: 4, 9: 8}  # 13% to $180.2 billion is growth, not a move
    draft = yaml.safe_load(draft_article(text, "t.txt"))["facts"]
    assert draft["f002"]["base"] == "f001" and draft["f003"]["value"] == [7.5, 100]


def test_a_months_abbreviation_and_am_end_no_sentence() -> None:
    """'as of Nov. 10, 2025.' and '12:01 a.m. EST on' run on: the quote keeps the day."""
    text = (
        "DATE: 2025-11-05\n\nThe tariff will remain at 10 percent until 12:01 a.m. EST on "
        "Nov. 10, 2026. It had been scheduled to increase to 34 percent as of Nov. 10, 2025.\n"
    )
    _, figures = draft_figures(text, "t.txt")
    assert figures[1].quote == "It had been scheduled to increase to 34 percent as of Nov. 10, 2025."
    assert figures[1].period == "2025-11-10"
    assert "until 12:01 a.m. EST on Nov. 10, 2026." in figures[0].quote


def test_a_fee_announced_as_amounts_drafts_changes_per_unit() -> None:
    """'+$0.25 per unit' and 'the fee increase will be $0.08 per unit sold' are
    moves of a fee per unit, not levels; 每件80美元 is per unit too."""
    text = (
        "DATE: 2025-10-28\n\nThe average FBA fee increase will be $0.08 per unit sold.\n"
        "Small standard-size: +$0.25 per unit\nLarge oversize: -$0.10 a unit\n"
        "Storage fees rise by $0.05. Prices were $12 each.\n寄件人每件支付80美元。\n"
    )
    _, figures = draft_figures(text, "f.txt")
    got = [(f.metric, f.measure, f.value, f.per) for f in figures]
    assert got == [
        ("fulfilment_fee", "change", "0.08", "unit"),
        # a list line names no fee: the fee of the line before it (REVIEW says so)
        ("fulfilment_fee", "change", "0.25", "unit"),
        ("fulfilment_fee", "change", "-0.10", "unit"),
        ("storage_fee", "change", "0.05", ""),
        ("price", "", "12", ""),
        ("revenue", "", "80", "unit"),
    ]
    draft = yaml.safe_load(draft_article(text, "f.txt"))["facts"]
    assert draft["f001"]["per"] == "unit" and draft["f001"]["measure"] == "change"


def test_a_level_held_until_a_day_asks_for_a_pause() -> None:
    text = (
        "DATE: 2025-11-05\n\nThe tariff will remain at 10 percent until 12:01 a.m. EST on "
        "Nov. 10, 2026. The fee is 15 percent.\n对等关税维持10%至2026年11月10日。\n"
    )
    _, figures = draft_figures(text, "t.txt")
    held = ["held until a day" in " ".join(f.review) for f in figures]
    assert held == [True, False, True]


def test_a_freight_report_drafts_rates_moves_and_ranges() -> None:
    """Drewry's weekly index: 'decreased 2% to $1,806 per 40ft container',
    'falling 6% to $2,735', 'ranging from $3,100 to $4,000 per 40ft container'."""
    text = (
        "DATE: 2025-11-28\n\nThe World Container Index decreased 2% to $1,806 per 40ft "
        "container. Spot rates from Shanghai to New York falling 6% to $2,735 per 40ft container. "
        "Carriers aim to raise spot rates with FAK levels ranging from $3,100 to $4,000 per 40ft "
        "container.\n"
    )
    _, figures = draft_figures(text, "w.txt")
    got = [(f.metric, f.measure, f.value, f.low, f.per) for f in figures]
    assert got == [
        ("freight_rate", "change", "-2", "", ""),
        ("freight_rate", "", "1806", "", "container"),
        ("freight_rate", "change", "-6", "", ""),
        ("freight_rate", "", "2735", "", "container"),
        ("freight_rate", "", "4000", "3100", "container"),
    ]


def test_a_trade_release_drafts_flows_partners_and_verbless_rates() -> None:
    """A customs release: yuan amounts, trade, exports and imports, partners
    named in a list whose later items have no verb ('with Latin America by
    3.9 percent'), quarters listed after one verb; 'partner countries' is no
    count of countries."""
    text = (
        "DATE: 2025-10-13\n\nChina's total imports and exports of goods reached 33.61 trillion "
        "yuan (about 4.73 trillion U.S. dollars). Exports rose 7.1 percent to 19.95 trillion "
        "yuan, while imports fell slightly by 0.2 percent to 13.66 trillion yuan. Trade growth "
        "accelerated, rising 1.3 percent in the first quarter, 4.5 percent in the second. Trade "
        "between China and Belt and Road partner countries reached 17.37 trillion yuan. Trade "
        "with ASEAN countries grew 9.6 percent, with Latin America by 3.9 percent, and with "
        "Africa fell by 2 percent.\n"
    )
    _, figures = draft_figures(text, "t.txt")
    got = [(f.metric, f.measure, f.value, f.currency or f.unit) for f in figures]
    assert got == [
        ("trade", "", "33.61", "CNY"),
        ("trade", "", "4.73", "USD"),
        ("exports", "change", "7.1", "percent"),
        ("exports", "", "19.95", "CNY"),
        ("imports", "change", "-0.2", "percent"),
        ("imports", "", "13.66", "CNY"),
        ("trade", "change", "1.3", "percent"),
        ("trade", "change", "4.5", "percent"),
        ("trade", "", "17.37", "CNY"),
        ("trade", "change", "9.6", "percent"),
        ("trade", "change", "3.9", "percent"),
        ("trade", "change", "-2", "percent"),
    ]
    assert "no verb of its own" in " ".join(figures[7].review + figures[10].review)
    assert not figures[11].review or "no verb" not in " ".join(figures[11].review)
    yaml_text = draft_article(text, "t.txt")
    assert "asean: {kind: market" in yaml_text  # a trade partner is a market


def test_a_tariff_rate_near_the_word_imports_stays_a_tariff_rate() -> None:
    text = (
        "DATE: 2025-11-05\n\nThe tariff on imports of these chemicals will be lowered from "
        "20 percent to 10 percent.\n"
    )
    _, figures = draft_figures(text, "t.txt")
    assert [f.metric for f in figures] == ["tariff_rate", "tariff_rate"]


def test_present_tense_verbs_of_change_make_a_change() -> None:
    """'saw sales rise 18%', 'sales grow 16%': a change, not a level."""
    text = "DATE: 2024-11-22\n\nTemu saw sales rise 18%. Shein saw sales grow 16%.\n"
    _, figures = draft_figures(text, "h.txt")
    assert [(f.measure, f.value) for f in figures] == [("change", "18"), ("change", "16")]


def test_a_fine_drafts_as_a_fine_in_its_currency() -> None:
    """'a 40 million euro fine', 'fining Alibaba 18.22 billion yuan', 罚款: the
    fine metric, in the currency written after the amount (singular 'euro')."""
    text = (
        "DATE: 2025-07-03\n\nFrance's agency has slapped a 40 million euro fine on Shein. "
        "The regulator announced it was fining Alibaba 18.22 billion yuan. "
        "市场监管总局对阿里巴巴处以182.28亿元罚款。\n"
    )
    _, figures = draft_figures(text, "f.txt")
    got = [(f.metric, f.value, f.currency) for f in figures]
    assert got == [("fine", "40", "EUR"), ("fine", "18.22", "CNY"), ("fine", "182.28", "CNY")]


def test_a_fines_share_of_sales_and_iso_coded_amounts() -> None:
    """'RMB18.228 billion (USD 2.8 billion)': a prefix glued to the number or
    an ISO code before it is a currency, not a name; 'the fine will be 4% of
    its sales' and 'which equals 4% of' are the fine's share of sales, read
    for a percentage only."""
    text = (
        "DATE: 2021-04-10\n\nSAMR imposed a fine of RMB18.228 billion (USD 2.8 billion) against "
        "Alibaba which equals 4% of Alibaba's sales in China in 2019. The size of the fine will "
        "be 4% of its 2019 sales. A fine of EUR 40 million followed.\n"
    )
    _, figures = draft_figures(text, "f.txt")
    got = [(f.metric, f.value, f.currency or f.unit) for f in figures]
    assert got == [
        ("fine", "18.228", "CNY"),
        ("fine", "2.8", "USD"),
        ("fine_share", "4", "percent"),
        ("fine_share", "4", "percent"),
        ("fine", "40", "EUR"),
    ]


def test_an_export_tax_rebate_rate_drafts_as_one_linked_to_its_old_level() -> None:
    """'reduce the export tax rebate rate … from 13% to 9%', 出口退税率由13%下调至9%:
    the rebate's rate, the new level linked to the old; an amount of rebates
    paid is no rate ('37.7 billion yuan in export tax rebates')."""
    text = (
        "DATE: 2024-11-15\n\nChina will reduce the export tax rebate rate for photovoltaics "
        "and batteries from 13% to 9%. Companies enjoyed 37.7 billion yuan in export tax "
        "rebates. 部分电池产品出口退税率由13%下调至9%。\n"
    )
    _, figures = draft_figures(text, "r.txt")
    got = [(f.metric, f.value, f.currency or f.unit, bool(f.base)) for f in figures]
    assert got == [
        ("export_rebate", "13", "percent", False),
        ("export_rebate", "9", "percent", True),
        ("revenue", "37.7", "CNY", False),
        ("export_rebate", "13", "percent", False),
        ("export_rebate", "9", "percent", True),
    ]


def test_a_carriers_rate_increase_drafts_as_parcel_rates() -> None:
    """'shipping rates will rise 5.9%', a 'general rate increase (GRI) of
    6.9%', 快递运费上调5.9%: a parcel carrier's rates; a customs 'tariff' stays
    a tariff rate."""
    text = (
        "DATE: 2024-09-10\n\nFedEx said its shipping rates will rise 5.9% in January. UPS set a "
        "general rate increase (GRI) of 6.9%. 顺丰快递运费上调5.9%。The US tariff on steel is 25%.\n"
    )
    _, figures = draft_figures(text, "g.txt")
    assert [(f.metric, f.value) for f in figures] == [
        ("parcel_rate", "5.9"),
        ("parcel_rate", "6.9"),
        ("parcel_rate", "5.9"),
        ("tariff_rate", "25"),
    ]


def test_a_takeover_drafts_its_value_and_share_prices() -> None:
    """'a deal that values the retailer at €2.2 billion' is a valuation;
    'Shares of Ceconomy … soared almost 7% to €4.35' a share price."""
    text = (
        "DATE: 2025-07-31\n\nJD.com proposed a deal that values the German retailer at "
        "€2.2 billion. Shares of Ceconomy soared almost 7% to €4.35 on Wednesday.\n"
    )
    _, figures = draft_figures(text, "j.txt")
    assert [(f.metric, f.value) for f in figures] == [
        ("valuation", "2.2"),
        ("share_price", "7"),
        ("share_price", "4.35"),
    ]


def test_a_number_quoted_per_dollar_is_the_yuans_rate() -> None:
    """'hit 6.9969 per dollar', 'the midpoint at 7.0348 per dollar': exchange
    rates in yuan per dollar (flagged: the currency is a guess); 'gained
    roughly 5%' is the yuan's change; a bare number with nothing after it
    and '7-per-dollar' (a level's name) are no figures."""
    text = (
        "DATE: 2025-12-30\n\nThe yuan broke the 7-per-dollar level. It hit 6.9969 per dollar. "
        "The central bank set the midpoint at 7.0348 per U.S. dollar. The yuan has gained "
        "roughly 5% since April. About 3 banks sold.\n"
    )
    _, figures = draft_figures(text, "y.txt")
    got = [(f.metric, f.measure, f.value, f.currency or f.unit, f.per) for f in figures]
    assert got == [
        ("fx_rate", "", "6.9969", "CNY", "dollar"),
        ("fx_rate", "", "7.0348", "CNY", "dollar"),
        ("fx_rate", "change", "5", "percent", ""),
    ]
    assert "the currency (yuan) is guessed" in " ".join(figures[0].review)


def test_a_brands_price_rise_drafts_bands_and_changes() -> None:
    """Nike's rise: 'between US$100 and US$150' is one price band, 'increases
    of up to US$5', 'price hikes up to US$10' and 'increases … would range
    from US$2 to US$10' are changes of the item price, not levels."""
    text = (
        "DATE: 2025-05-22\n\nSneakers currently between US$100 and US$150 would see increases "
        "of up to US$5, while those more than US$150 would be subject to price hikes up to "
        "US$10.\nIncreases on other Nike apparel and equipment would range from US$2 to US$10.\n"
        "Between 5% and 7% of them were sold.\n"
    )
    _, figures = draft_figures(text, "n.txt")
    got = [(f.metric, f.measure, f.value, f.low, f.qualifier) for f in figures]
    assert got[0][2:4] == ("150", "100")
    assert got[1:] == [
        ("item_price", "change", "5", "", "up_to"),
        ("item_price", "", "150", "", "over"),
        ("item_price", "change", "10", "", "up_to"),
        ("item_price", "change", "10", "2", ""),
        ("revenue", "", "7", "5", ""),
    ]


def test_a_carriers_tariff_rates_are_its_list_rates_not_duties() -> None:
    """'UPS will raise 2024 tariff rates 5.9%': a parcel carrier's tariff
    rates are its list rates; in a sentence with no carrier they stay
    customs' duties."""
    text = (
        "DATE: 2023-09-08\n\nUPS said it will raise 2024 tariff rates 5.9% on all services.\n"
        "The US raised tariff rates on Chinese goods to 25% last year.\n"
    )
    _, figures = draft_figures(text, "u.txt")
    assert [f.metric for f in figures] == ["parcel_rate", "tariff_rate"]


def test_a_platforms_share_of_a_market_is_a_market_or_order_share() -> None:
    """'a 9% market share' and 'cross-border transaction share' are the share
    metrics rule share_shift reads; 'plummeted' is a fall."""
    text = (
        "DATE: 2026-01-17\n\nAmazon's cross-border transaction share was also 24%.\n"
        "Shein remained stable with a 9% market share.\n"
        "Wish's cross-border transaction share plummeted by 95% between 2018 and 2025.\n"
    )
    _, figures = draft_figures(text, "s.txt")
    assert [(f.metric, f.measure, f.value) for f in figures] == [
        ("order_share", "", "24"),
        ("market_share", "", "9"),
        ("order_share", "change", "-95"),
    ]


def test_a_free_shipping_minimum_being_tested_asks_for_trial() -> None:
    """'Amazon is testing a $35 free shipping minimum': the threshold metric,
    and a note that a test is not yet the rule; a plain rise has no note."""
    text = (
        "DATE: 2023-08-28\n\nAmazon is testing a $35 free shipping minimum for shoppers.\n"
        "Until now, the minimum purchase for free shipping has been $25.\n"
    )
    _, figures = draft_figures(text, "a.txt")
    assert [(f.metric, f.value) for f in figures] == [
        ("free_shipping_threshold", "35"), ("free_shipping_threshold", "25")
    ]
    assert any("add trial: true" in r for r in figures[0].review)
    assert not any("trial" in r for r in figures[1].review)


def test_a_fee_rate_moved_with_zeng_zhi_drafts_as_a_fee_linked_to_its_old_level() -> None:
    """eBay's notice: '大多数类别的费率将从12.9%增加到13.25%，书籍的费率将从14.6%增至14.95%'.
    费率 is a fee's rate (it was drafted as revenue, the last resort), and
    增至 says the level moved as 增加到 does (the books' rate had no base)."""
    text = (
        "DATE: 2023-02-06\n\n大多数类别的费率将从12.9%增加到13.25%，书籍的费率将从14.6%增至14.95%。"
        "The final value fee rises to 13.25% from 12.9%.\n"
    )
    _, figures = draft_figures(text, "e.txt")
    got = [(f.metric, f.value, figures.index(f.base) if f.base else None) for f in figures]
    assert got == [
        ("referral_fee", "12.9", None),
        ("referral_fee", "13.25", 0),
        ("referral_fee", "14.6", None),
        ("referral_fee", "14.95", 2),
        ("referral_fee", "13.25", 5),
        ("referral_fee", "12.9", None),
    ]


def test_a_results_story_drafts_share_price_ad_revenue_leaps_and_iso_ranges() -> None:
    """Walmart's third quarter (Context.ph, 2025-11-20): the stock's move and
    price were drafted as revenue, '27 percent leap' as a level, advertising
    revenue as revenue, and 'USD2.58 to USD2.63' as a range plus its lower
    bound again (the range's currency prefix was read without ISO codes)."""
    text = (
        "DATE: 2025-11-20\n\nThe stock climbed 6.5 percent to USD107.11 as investors cheered. "
        "Revenue rose 6 percent, powered by a 27 percent leap in global eCommerce sales. "
        "Walmart also notched a sharp 53 percent increase in global advertising revenue. "
        "Adjusted EPS is projected at USD2.58 to USD2.63.\n"
    )
    _, figures = draft_figures(text, "w.txt")
    got = [(f.metric, f.measure, f.value, f.low) for f in figures]
    assert got[:2] == [("share_price", "change", "6.5", ""), ("share_price", "", "107.11", "")]
    assert ("revenue", "change", "27", "") in got
    assert ("ad_revenue", "change", "53", "") in got
    assert [g for g in got if g[2] in ("2.58", "2.63")] == [(got[-1][0], "", "2.63", "2.58")]


def test_renminbi_after_an_amount_and_a_quarter_named_without_its_year() -> None:
    """MT Newswires on PDD (2024-08-26): '97.06 billion renminbi' was drafted
    in US dollars (a guess: renminbi was no currency word), 'advanced 29%' as
    a level, online marketing services as revenue; 'second-quarter revenue'
    gave no period, where the article's date says which second quarter."""
    text = (
        "DATE: 2024-08-26\n\nPDD Holdings' second-quarter revenue soared 86% year over year "
        "to 97.06 billion renminbi. Revenue from online marketing services advanced 29% to "
        "49.12 billion renminbi.\n"
    )
    _, figures = draft_figures(text, "p.txt")
    got = [(f.metric, f.measure, f.value, f.currency or f.unit) for f in figures]
    assert got == [
        ("revenue", "yoy", "86", "percent"),
        ("revenue", "", "97.06", "CNY"),
        ("ad_revenue", "change", "29", "percent"),
        ("ad_revenue", "", "49.12", "CNY"),
    ]
    assert [f.period for f in figures[:2]] == ["2024Q2", "2024Q2"]


def test_a_headline_figure_the_text_gives_again_is_drafted_once() -> None:
    """eBay's notice starts with its headline ('…提供0.3美元信用额度') and
    gives the same credit below (0.30美元): one fact, the body's, not a
    second one from the headline that the editor has to find and delete.
    A headline figure the text does not repeat is kept."""
    text = (
        "eBay公告：上调费率、为自愿退款卖家提供0.3美元信用额度，服务费降5%\n\n"
        "2023年2月15日开始，eBay将为自愿退款的卖家提供0.30美元的信用额度。\n"
    )
    _, figures = draft_figures(text, "e.txt", date(2023, 2, 6))
    assert [(f.value, f.currency or f.unit) for f in figures] == [
        ("5", "percent"),
        ("0.30", "USD"),
    ]


def test_a_byline_keeps_an_apostrophe_in_the_name() -> None:
    """'By Anne D'Innocenzio, The Associated Press' was drafted as author 'Anne'."""
    from summarizer.draft.source import read_header

    head = read_header("TITLE: Amazon raises pay\n\nBy Anne D'Innocenzio, The Associated Press\n")
    assert head.author == "Anne D'Innocenzio"


def test_cups_sold_are_units_sold_in_cups_and_a_rate_beside_sold_is_not() -> None:
    """'Luckin Coffee … sold more than 5.42 million cups': a count of cups sold,
    its written unit kept over the keyword's (items); Luckin is a brand the
    draft knows."""
    text = (
        "DATE: 2023-09-05\n\nLuckin Coffee said it sold more than 5.42 million cups of the "
        "latte on its first day.\n"
    )
    out = yaml.safe_load(draft_article(text, "l.txt"))
    assert out["entities"]["luckin"]["kind"] == "brand"
    [f] = [f for f in out["facts"].values() if f.get("value") == 5.42]
    assert (f["metric"], f["unit"], f["qualifier"]) == ("units_sold", "cups", "over")


def test_ad_spending_moves_are_ad_spend_and_a_comparisons_window_is_no_figure() -> None:
    """'Temu's average daily ad spending … fell by 31% between March 31 and
    April 13 compared to the previous 30 days': the 30 days are the window
    the fall is measured against, not a count of days of its own."""
    text = (
        "DATE: 2025-04-18\n\nTemu's average daily ad spending fell by 31% between March 31 and "
        "April 13 compared to the previous 30 days.\n"
    )
    facts = yaml.safe_load(draft_article(text, "t.txt"))["facts"]
    assert [(f["metric"], f["value"]) for f in facts.values() if "metric" in f] == [
        ("ad_spend", -31)]
