"""summarizer draft: a figure whose sentence names no metric takes the one the
sentences before it give (a list after its lead-in), money is never a count,
and the count a recall gives is the recall's, not a revenue."""

from __future__ import annotations

import pytest
import yaml

from summarizer.draft import draft_article, draft_figures

LIST = (
    "DATE: 2025-01-20\n\n"
    "在全球TTS情况方面，各国电商销售额增长强劲。美国约90亿美元，比2023年增长650%；"
    "印尼达61.98亿美元，增长39%；泰国为57.43亿美元，增长101%。\n"
)


def _metrics(text: str) -> list[tuple[str, str]]:
    _, figures = draft_figures(text, "t.txt")
    return [(f.value, f.metric) for f in figures]


def test_a_list_takes_the_metric_its_lead_in_names() -> None:
    assert _metrics(LIST) == [
        ("90", "gmv"),
        ("650", "gmv"),
        ("61.98", "gmv"),
        ("39", "gmv"),
        ("57.43", "gmv"),
        ("101", "gmv"),
    ]
    _, figures = draft_figures(LIST, "t.txt")
    assert "metric named in an earlier sentence" in figures[0].review
    assert "metric of a figure in an earlier sentence" in figures[2].review


def test_an_amount_after_an_amount_takes_its_metric() -> None:
    text = (
        "DATE: 2025-01-20\n\nGMV reached $5.2 billion last year. It expects $6 billion in 2025.\n"
    )
    assert _metrics(text) == [("5.2", "gmv"), ("6", "gmv")]


def test_the_walk_stops_where_the_text_moves_on() -> None:
    """A blank line, or a sentence whose figures are of another kind, ends it:
    the figure is drafted as the table's last resort, marked for review."""
    para = "DATE: 2025-01-20\n\nGMV reached $5.2 billion.\n\nIt expects $6 billion.\n"
    other = "DATE: 2025-01-20\n\nGMV reached $5.2 billion. Staff fell 5%. It expects $6 billion.\n"
    for text in (para, other):
        _, figures = draft_figures(text, "t.txt")
        assert figures[-1].metric == "revenue"
        assert figures[-1].review[0] == "no keyword matched"


def test_money_is_never_a_count() -> None:
    """'the devices, which retail for about $27' is a price, not 27 devices;
    'two reports of minor burns' names no cash burn."""
    text = (
        "DATE: 2025-06-13\n\nThe company has received 19 reports related to the devices, "
        "which retail for about $27. Two reports of minor burns caused a collective $60,700.\n"
    )
    _, figures = draft_figures(text, "t.txt")
    by_value = {f.value: f for f in figures}
    assert (by_value["27"].metric, by_value["27"].currency) == ("item_price", "USD")
    assert by_value["60700"].metric != "monthly_burn"


RECALL = (
    "TITLE: Anker recalls power banks\nDATE: 2025-06-13\n\n"
    "Anker is recalling more than 1.1 million of its power banks over fire concerns.\n"
)


def test_a_recall_takes_the_count_its_sentence_gives() -> None:
    facts = yaml.safe_load(draft_article(RECALL, "a.txt"))["facts"]
    assert list(facts) == ["e001"]  # no revenue of 1.1 million (in yuan) beside it
    recall = facts["e001"]
    assert recall["event"] == "recall" and recall["entity"] == "anker"
    assert (recall["value"], recall["scale"], recall["unit"]) == (1.1, "million", "units")
    assert recall["qualifier"] == "over"
    assert "1.1 million" in recall["source"]["quote"]


def test_a_number_that_names_nothing_is_not_guessed_as_money() -> None:
    """Without a currency or a word saying it is money, a bare number is left a
    count for the editor to name, not a revenue in yuan."""
    text = "DATE: 2025-06-13\n\nThe firm shipped 1.158 million of the A1263 models.\n"
    _, figures = draft_figures(text, "t.txt")
    assert (figures[0].currency, figures[0].unit) == ("", "")


def test_colloquial_and_traditional_currency_words() -> None:
    """美金 is dollars; an article from Taiwan writes 萬, 億 and 人民幣."""
    text = "DATE: 2025-01-20\n\n美区黑五单天突破1亿美金。罰款500萬人民幣，營收2.4億歐元。\n"
    _, figures = draft_figures(text, "t.txt")
    got = [(f.value, f.scale, f.currency) for f in figures]
    assert got == [("1", "亿", "USD"), ("500", "万", "CNY"), ("2.4", "亿", "EUR")]


TAIWAN = (
    "TITLE: 美國終止小額豁免\nDATE: 2025-08-29\n\n"
    "美國海關與邊境保護局（CBP）將自美東時間29日零時1分起徵收正常關稅。"
    "申請小額豁免的包裹數量從2015財政年度的1.39億件，增至2024財政年度的13.6億件。\n"
    "2015年將金額門檻自200美元提高至800美元。\n"
)


def test_an_article_in_traditional_chinese_is_read_with_the_same_word_lists() -> None:
    """營收, 門檻, 包裹數量 are the table's 营收, 门槛, 包裹数量; the quotes stay the
    article's own words, in its own script; 零時1分 is a time, not a score."""
    facts = yaml.safe_load(draft_article(TAIWAN, "tw.txt"))
    got = [(f["metric"], f["value"]) for k, f in facts["facts"].items() if k.startswith("f")]
    assert got == [
        ("parcels", 1.39),
        ("parcels", 13.6),
        ("de_minimis_threshold", 200),
        ("de_minimis_threshold", 800),
    ]
    assert "cbp" in facts["entities"]
    duty = facts["facts"]["e001"]  # 29日起徵收正常關稅: a duty charged from the 29th
    assert (duty["event"], duty["entity"], duty["date"]) == ("tariff_change", "cbp", "2025-08-29")
    for fact in facts["facts"].values():
        assert fact["source"]["quote"] in TAIWAN
    assert "包裹數量" in facts["facts"]["f001"]["source"]["quote"]


SHOPIFY = (
    "TITLE: SHOPIFY INC. (SHOP) Q3 2025 Earnings Summary\nDATE: 2025-11-04\n\n"
    "Executive Summary\n"
    "- Revenue grew 32% to $2.84B.\n"
    "- Merchant Solutions grew 38% and Subscription Solutions 15%.\n"
    "What Shopify said\n"
)


def test_a_figure_with_no_one_named_before_it_is_the_articles_subject() -> None:
    """The title names Shopify (in capitals); no sentence before a figure does."""
    _, figures = draft_figures(SHOPIFY, "s.txt")
    assert {f.entity for f in figures} == {"shopify"}
    assert all("who: the article's subject" in f.review for f in figures)


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Revenue grew 32%. Mogu said GMV fell 25%.\n", "mogu"),  # the only one named
        ("Revenue grew 32%. Nike and Adidas were named.\n", ""),  # two, once each
        ("Revenue grew 32%. Nike, Nike and Adidas.\n", "nike"),  # the one named most
    ],
)
def test_without_a_title_the_subject_is_the_one_the_body_names_most(
    body: str, subject: str
) -> None:
    _, figures = draft_figures(f"TITLE: Quarterly results\nDATE: 2025-11-04\n\n{body}", "s.txt")
    assert figures[0].entity == subject


def test_an_event_with_no_one_named_is_the_articles_subject() -> None:
    raw = (
        "TITLE: Anker recall\nDATE: 2025-06-13\n\nThe recall covers more than 1.1 million units.\n"
    )
    facts = yaml.safe_load(draft_article(raw, "a.txt"))["facts"]
    assert facts["e001"]["entity"] == "anker"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the word right after an amount beats an earlier one in its sentence
        ("Home appliance sales rose, driven by a 150 billion yuan subsidy scheme.", "subsidy"),
        ("智谱的万亿港元市值背后，是17亿元ARR。", "arr"),
        # "in" and what follows, past a conversion in brackets
        (
            "Sales of 12 brands surpassed 1 billion yuan ($138.62 million) in gross merchandise value.",
            "gmv",
        ),
        (
            "JD.com reported a 200 per cent year-over-year increase in home appliance sales.",
            "revenue",
        ),
    ],
)
def test_what_an_amount_is_said_right_after_it(sentence: str, expected: str) -> None:
    _, figures = draft_figures(f"DATE: 2025-11-12\n\n{sentence}\n", "t.txt")
    assert figures[-1].metric == expected
    assert "no keyword matched" not in figures[-1].review


def test_per_cent_is_a_percentage() -> None:
    _, figures = draft_figures("DATE: 2025-11-12\n\nSales rose 2.08 per cent.\n", "t.txt")
    assert (figures[0].value, figures[0].unit) == ("2.08", "percent")


def test_jobs_are_employees_and_a_thousands_comma_ends_no_clause() -> None:
    """'cut an estimated 14,000 jobs' is a count of employees, about 14,000,
    cut (a change of -14,000); its quote was cut at the comma of 14,000 ('…
    an estimated 14')."""
    text = (
        "DATE: 2025-10-28\n\nAmazon has announced that it will cut an estimated 14,000 jobs "
        "from its corporate workforce, about 4% of its workforce of an estimated 350,000 people, "
        "as it focuses on reducing bureaucracy.\n"
    )
    _, figures = draft_figures(text, "a.txt")
    jobs = figures[0]
    assert (jobs.value, jobs.unit, jobs.metric, jobs.qualifier, jobs.measure) == (
        "-14000",
        "employees",
        "employees",
        "about",
        "change",
    )
    assert "14,000 jobs" in jobs.quote
    assert (figures[2].value, figures[2].unit) == ("350000", "people")


def test_a_rate_raised_is_no_funding_raised() -> None:
    """'raised' names funding only for money: a marketplace that raised its
    transaction fee from 5% to 6.5% changed its commission."""
    text = (
        "TITLE: Etsy fee rise\nDATE: 2022-04-11\n\n"
        "Etsy has raised its transaction fee from 5% to 6.5%. "
        "The start-up raised $40 million last year.\n"
    )
    _, figures = draft_figures(text, "e.txt")
    assert [(f.value, f.metric) for f in figures] == [
        ("5", "referral_fee"),
        ("6.5", "referral_fee"),
        ("40", "funding_total"),
    ]


JD = (
    "TITLE: 京东三季度营收增长\nDATE: 2024-11-14\n\n"
    "财报显示，京东第三季度实现营收2604亿元，同比增长5.1%。"
    "其中，京东零售收入为2183亿元，经营利润率达到5.2%。"
    "截至9月30日，京东年度活跃用户数超过5亿。公司同时宣布下调技术服务费。\n"
)


def test_a_results_paragraph_in_chinese() -> None:
    """其中 goes on with the sentence before (its period holds); 经营利润率 is the
    operating margin; 公司 in the next sentence says nothing of what 5亿 counts."""
    _, figures = draft_figures(JD, "jd.txt")
    got = [(f.value, f.metric, f.period, f.unit) for f in figures]
    assert got == [
        ("2604", "revenue", "2024Q3", ""),
        ("5.1", "revenue", "2024Q3", "percent"),
        ("2183", "revenue", "2024Q3", ""),
        ("5.2", "operating_margin", "2024Q3", "percent"),
        ("5", "users", "2024-09-30", "users"),
    ]


def test_the_headline_copied_into_both_languages_asks_for_a_translation() -> None:
    draft = draft_article(
        "TITLE: Etsy raises fees\nDATE: 2022-04-11\n\nEtsy raised fees.\n", "e.txt"
    )
    assert 'title: {zh-Hans: "Etsy raises fees", en: "Etsy raises fees"}' in draft
    assert "# REVIEW: translate the zh-Hans" in draft
    zh = draft_article("TITLE: 京东营收增长\nDATE: 2024-11-14\n\n京东营收增长。\n", "j.txt")
    assert "# REVIEW: translate the en" in zh


def test_a_tariff_is_not_the_subject_companys() -> None:
    """In a Nike story, 'most countries are subject to 10 per cent baseline
    tariffs' is no tariff of Nike's; its revenue figure is Nike's."""
    text = (
        "TITLE: Nike to raise prices\nDATE: 2025-05-22\n\n"
        "Revenue grew 3% last quarter.\n"
        "The company sells its shoes through its own stores, its website and wholesale "
        "partners in many markets, and makes most of them in Vietnam, Indonesia and China.\n"
        "Currently most countries are subject to 10 per cent baseline tariffs.\n"
    )
    _, figures = draft_figures(text, "n.txt")
    assert [(f.metric, f.entity) for f in figures] == [("revenue", "nike"), ("tariff_rate", "")]


def test_the_headline_is_not_the_first_figures_nearest_name() -> None:
    """The 200 characters searched for a figure's entity stop at the body:
    the headline names the article's subject, which a tariff does not take."""
    text = "TITLE: Nike to raise prices\nDATE: 2025-05-22\n\nMost countries face 10 per cent tariffs.\n"
    _, figures = draft_figures(text, "n.txt")
    assert [(f.metric, f.entity) for f in figures] == [("tariff_rate", "")]


def test_rising_to_moves_on_from_the_figure_of_its_kind_before_it() -> None:
    """'$75 per item, rising to $150 per item': the $150 has the $75 as base
    (the 90% between them is another kind)."""
    text = (
        "DATE: 2025-04-17\n\nPostal parcels will face a duty of 90% of their value or $75 per "
        "item, rising to $150 per item on June 1.\n"
    )
    _, figures = draft_figures(text, "t.txt")
    by = {f.value: f for f in figures}
    assert by["150"].base is by["75"] and by["75"].base is None and by["90"].base is None


@pytest.mark.parametrize(
    ("sentence", "value", "period"),
    [
        # a date right after the figure is its own, even with one before it
        (
            "The fee rose to 6 percent on April 1, before climbing to 8 percent on July 1.",
            "8",
            "2024-07-01",
        ),
        ("A 2025 survey found the share was 25% in 2024 and 26% before.", "25", "FY2024"),
    ],
)
def test_a_date_right_after_a_figure_is_its_period(sentence: str, value: str, period: str) -> None:
    _, figures = draft_figures(f"DATE: 2024-03-28\n\n{sentence}\n", "t.txt")
    assert {f.value: f.period for f in figures}[value] == period


def drafted(body: str, *fields: str, day: str = "2024-10-15") -> list[tuple[str, ...]]:
    """``fields`` of each figure drafted from an article of ``body``, dated ``day``."""
    _, figures = draft_figures(f"DATE: {day}\n\n{body}\n", "a.txt")
    return [tuple(getattr(f, k) for k in fields) for f in figures]


def test_a_count_moved_by_its_verb_is_a_change() -> None:
    """'close about 1,200 stores' is a fall of 1,200 stores, not a chain of
    1,200; 'operates about 8,500 U.S. locations' is the level (a place
    between the number and what it counts); 'open 300 new stores' a rise;
    关闭约200家门店 a fall; a closing price is no count."""
    got = drafted(
        "Walgreens said it would close about 1,200 stores over three years. It operates "
        "about 8,500 U.S. locations and will open 300 new stores in Texas. Its shares "
        "closed at $9.10.\n\n名创优品计划关闭约200家门店。",
        "value",
        "unit",
        "measure",
    )
    assert got == [
        ("-1200", "stores", "change"),
        ("8500", "stores", ""),
        ("300", "stores", "change"),
        ("9.10", "", ""),
        ("-200", "stores", "change"),
    ]


def test_sales_on_a_platform_are_gmv() -> None:
    """What shoppers bought on a marketplace is its GMV, not its revenue;
    a retailer's own sales stay revenue."""
    body = (
        "PDD said sales on its platforms reached $50 billion in the first half. "
        "Walgreens reported quarterly sales of $37.5 billion."
    )
    assert drafted(body, "value", "metric") == [("50", "gmv"), ("37.5", "revenue")]


def test_a_closing_price_is_a_share_price() -> None:
    """'shares closed at $9.10' and 股价收报200港元 are share prices, not revenue."""
    got = drafted("Its shares closed at $9.10.\n\n泡泡玛特股价收报200港元。", "value", "metric")
    assert got == [("9.10", "share_price"), ("200", "share_price")]


def test_english_measure_words_are_whole_words() -> None:
    """'gain' is not in 'against': '20%, against 39% last year' is a level
    and last year's level, not a change; 'rose 2.08 per cent last year' is a
    change that happened last year, not a level of a year before."""
    got = drafted(
        "Margin was 20%, against 39% last year. Syntun said sales across major platforms "
        "rose 2.08 per cent last year to 1.14 trillion yuan.",
        "value",
        "metric",
        "measure",
    )
    assert got == [
        ("20", "revenue", ""),
        ("39", "revenue", ""),
        ("2.08", "gmv", "change"),
        ("1.14", "gmv", ""),
    ]


def test_a_rate_after_from_is_the_level_left() -> None:
    """'raised the fee from 3.5% in 2018' left a 3.5% fee: a level, not a
    3.5% rise; so does 从5%提高到8%."""
    got = drafted(
        "Etsy raised the transaction fee to 5% in 2022, the first such increase since it "
        "raised the fee from 3.5% in 2018.\n\n佣金从5%提高到8%。",
        "value",
        "measure",
        "period",
    )
    assert ("3.5", "", "FY2018") in got
    assert [g[:2] for g in got[-2:]] == [("5", ""), ("8", "")]


def test_money_pledged_to_spend_is_an_investment() -> None:
    """'pledging to spend $50 million on customer service' and 拟投入 are
    money a company commits to spend, not its revenue."""
    got = drafted(
        "Etsy answered by pledging to spend $50 million on customer service.\n\n"
        "京东宣布拟投入100亿元建设物流。",
        "value",
        "metric",
    )
    assert got == [("50", "investment"), ("100", "investment")]


def test_an_expansion_plan_or_capex_is_an_investment() -> None:
    """'a $15 billion warehouse expansion plan', capital expenditure and
    资本开支 are money to be spent, not revenue."""
    got = drafted(
        "Amazon.com is considering a $15 billion warehouse expansion plan. Capital "
        "expenditure will reach $200 billion.\n\n阿里巴巴未来三年资本开支超过3800亿元。",
        "value",
        "metric",
    )
    assert got == [("15", "investment"), ("200", "investment"), ("3800", "investment")]


def test_a_name_may_stand_before_what_is_counted() -> None:
    """'Roughly 14,000 Etsy sellers' counts sellers; 'In 2024 Amazon sellers'
    names a year, not 2,024 sellers."""
    body = "Roughly 14,000 Etsy sellers began a strike. In 2024 Amazon sellers paid more."
    assert drafted(body, "value", "unit", "qualifier") == [("14000", "sellers", "about")]


def test_years_ahead_run_from_the_publication_day() -> None:
    """'over five years' in an article of 26 September 2017 is 2017-09-26 to
    2022-09-25, for the amount and for its conversion in brackets; 未来三年
    and 两年内 likewise; 'in 2024' stays a year."""
    got = drafted(
        "Alibaba pledged to spend 100 billion yuan ($15 billion) over five years to build "
        "out a logistics network. It spent $2 billion in 2016.\n\n"
        "京东计划未来三年投入100亿元建设仓储，两年内再投入20亿元。",
        "value",
        "period",
        day="2017-09-26",
    )
    assert got == [
        ("100", "2017-09-26/2022-09-25"),
        ("15", "2017-09-26/2022-09-25"),
        ("2", "FY2016"),
        ("100", "2017-09-26/2020-09-25"),
        ("20", "2017-09-26/2019-09-25"),
    ]


def test_years_ahead_need_the_publication_day() -> None:
    """Without a date the article's 'over five years' has no start: no period."""
    _, figures = draft_figures("Alibaba will spend 100 billion yuan over five years.\n", "a.txt")
    assert [f.period for f in figures] == [""]


def test_a_second_verb_of_the_subject_keeps_the_subject() -> None:
    """'Alibaba has taken control of Cainiao and pledged to spend 100 billion
    yuan': Alibaba spends it (Cainiao is what it took control of); a name
    joined by 'and' as a noun ('Temu and sellers') is no second verb."""
    got = drafted(
        "Alibaba has taken control of logistics unit Cainiao and pledged to spend 100 "
        "billion yuan over five years. Shein said Temu and its sellers spent $3 billion "
        "on ads.",
        "value",
        "entity",
        day="2017-09-26",
    )
    assert got == [("100", "alibaba"), ("3", "temu")]
