"""summarizer draft: the events an article reports (a price, fee or duty change,
a fine, a takeover), who did them, when and which way, and the draft an
editor completes into a story that `check` accepts and every reader is told."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from summarizer.cli import main
from summarizer.draft import draft_article, draft_events
from summarizer.draft.entities import entity_names, find_entities
from summarizer.draft.events import Event, find_events
from summarizer.draft.source import article_text, read_header, strip_header

SHEIN = """TITLE: SHEIN将上调美国商品价格
OUTLET: 测试日报
DATE: 2025-04-18

SHEIN宣布自4月25日起上调美国市场部分商品价格，但未透露涨幅。
"""


def events(raw: str, published: date | None = None) -> list[Event]:
    text = article_text(raw, "a.txt")
    day = published or read_header(text).published
    return find_events(text, strip_header(text), day, entity_names(find_entities(text)))


def kinds(raw: str, published: date | None = None) -> list[tuple[str, str, str, str]]:
    return [(e.kind, e.date, e.direction, e.entity) for e in events(raw, published)]


def test_a_platforms_price_rise_is_drafted_with_who_when_and_which_way() -> None:
    assert kinds(SHEIN) == [("price_change", "2025-04-25", "up", "shein")]
    (event,) = events(SHEIN)
    assert event.quote in SHEIN
    assert "4月25日" in event.quote and "上调" in event.quote


def test_a_fee_raised_twice_in_one_sentence_is_two_events() -> None:
    raw = (
        "Starting April 1, referral fees for products sold in the TikTok Shop will increase "
        "from 2 percent to 6 percent, before ultimately climbing to 8 percent on July 1.\n"
    )
    assert kinds(raw, date(2024, 3, 28)) == [
        ("fee_change", "2024-04-01", "up", "tiktok-shop"),
        ("fee_change", "2024-07-01", "up", "tiktok-shop"),
    ]
    first, second = events(raw, date(2024, 3, 28))
    assert "increase" in first.quote and "climbing" in second.quote


def test_an_exemption_ended_is_a_duty_raised() -> None:
    raw = "美國政府自5月2日取消中國與香港包裹免稅。\n"
    assert kinds(raw, date(2025, 8, 28)) == [("tariff_change", "2025-05-02", "up", "us-government")]


def test_a_price_rise_that_mentions_tariffs_is_a_price_change() -> None:
    raw = (
        "Nike said it would raise prices on many items in the United States next month, "
        "but denied the move was linked to tariffs.\n"
    )
    assert kinds(raw, date(2025, 5, 22)) == [("price_change", "2025-06", "up", "nike")]


def test_a_change_that_does_not_say_which_way_asks() -> None:
    raw = "Amazon announced updates to its referral fees, taking effect on January 15, 2026.\n"
    (event,) = events(raw, date(2025, 10, 28))
    assert (event.kind, event.date, event.direction) == ("fee_change", "2026-01-15", "")
    assert any("which way" in r for r in event.review)


def test_a_mention_of_prices_without_a_change_is_no_event() -> None:
    assert kinds("On April 25, 2025 Temu listed prices in euros.\n") == []


def test_a_fine_without_a_date_takes_the_articles_and_says_so() -> None:
    raw = "France's antitrust agency has slapped a 40 million euro fine on Shein.\n"
    (event,) = events(raw, date(2025, 7, 3))
    assert (event.kind, event.date, event.entity) == ("fine", "2025-07-03", "shein")
    assert any("article's date" in r for r in event.review)
    # the article's own date is not guessed when there is none
    assert events(raw) == []


def test_a_takeover_dated_by_its_weekday_is_drafted_once() -> None:
    raw = (
        "JD.com has proposed to acquire Ceconomy.\n"
        "JD.com said on Wednesday it has made a cash offer of €4.6 per Ceconomy share.\n"
    )
    # published on Thursday 2025-07-31: the Wednesday before
    assert kinds(raw, date(2025, 7, 31)) == [("acquisition", "2025-07-30", "", "jd")]


def test_a_day_written_day_first_and_a_day_things_last_until() -> None:
    raw = (
        "M&S suspended all online orders on 25th April.\n"
        "The union paused its strike until January 15.\n"
    )
    assert kinds(raw, date(2025, 6, 10)) == [("disruption", "2025-04-25", "", "marks-and-spencer")]


@pytest.mark.parametrize(
    ("published", "day"),
    [
        (date(2025, 8, 28), "2025-08-29"),  # tomorrow
        (date(2025, 9, 2), "2025-08-29"),  # last month's 29th is nearer than this month's
        (date(2025, 3, 1), "2025-03-29"),  # February has no 29th in 2025
    ],
)
def test_a_day_of_the_month_alone_is_the_one_nearest_the_articles_date(
    published: date, day: str
) -> None:
    """29日起 in a wire dated the 28th is tomorrow; the dateline's 28日 is when
    it was reported, not when anything happens."""
    raw = (
        "中央社华盛顿28日综合外电报导\n美国对价值低于800美元的小额包裹关税豁免，29日起永久取消。\n"
    )
    assert kinds(raw, published) == [("tariff_change", day, "up", "")]


def test_years_of_figures_are_no_event_dates_but_a_founding_year_is() -> None:
    raw = (
        "根据招股书数据，2022年至2024年，智谱收入分别为5740万元、1.245亿元、3.124亿元。\n"
        "智谱成立于2019年。\n"
    )
    assert kinds(raw, date(2025, 12, 20)) == [("founding", "2019", "", "zhipu")]


def test_a_dateline_is_when_it_was_reported_not_when_it_happens() -> None:
    raw = "May 22 — Nike said yesterday it would raise prices next month.\n"
    assert kinds(raw, date(2025, 5, 22)) == [("price_change", "2025-06", "up", "nike")]


def test_the_draft_names_the_player_and_completed_passes_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The event's entity is a platform without a glossary ``term:``; with
    the blanks filled in, the story checks clean and its readers are told."""
    draft = draft_article(SHEIN, "shein.txt")
    data = yaml.safe_load(draft)
    assert data["entities"] == {
        "shein": {"kind": "platform", "name": {"zh-Hans": "SHEIN", "en": "Shein"}}
    }
    assert data["facts"]["e001"]["text"] == {"zh-Hans": "", "en": ""}
    assert "# REVIEW: one clause saying who did what" in draft
    filled = draft.replace(
        'lede: {zh-Hans: "", en: ""}',
        "lede: {zh-Hans: SHEIN将涨价。, en: Shein will raise prices.}",
    ).replace(
        'text: {zh-Hans: "", en: ""}',
        "text: {zh-Hans: SHEIN上调美国售价, en: Shein raises its US prices}",
    )
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "shein.txt").write_text(SHEIN, encoding="utf-8")
    (tmp_path / "stories").mkdir()  # sources/ beside stories/: check verifies the quote
    story = tmp_path / "stories" / "shein.yaml"
    story.write_text(filled, encoding="utf-8")
    assert main(["check", str(story)]) == 0
    out = capsys.readouterr()  # the headline is still the article's Chinese in English
    assert "story title: the en wording is mostly Chinese: translate it [untranslated]" in out.out
    title = 'title: {zh-Hans: "SHEIN将上调美国商品价格", en: "SHEIN将上调美国商品价格"}'
    assert title in filled
    filled = filled.replace(
        title, "title: {zh-Hans: SHEIN将上调美国商品价格, en: Shein to raise US prices}"
    )
    story.write_text(filled, encoding="utf-8")
    assert main(["check", str(story)]) == 0
    out = capsys.readouterr()
    assert "0 errors, 0 warnings" in out.out, out
    assert main(["render", str(story), "--lang", "en"]) == 0
    page = capsys.readouterr().out
    assert "On April 25, 2025, Shein raises its US prices" in page
    assert "If you supply Shein, watch its reorders" in page


def test_published_on_the_command_line_dates_an_undated_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Temu will raise prices on April 25.\n", encoding="utf-8")
    assert main(["draft", str(article)]) == 0
    assert "event:" not in capsys.readouterr().out  # no year to read April 25 against
    assert main(["draft", str(article), "--published", "2025-04-18"]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert data["story"]["published"] == date(2025, 4, 18)
    assert data["facts"]["e001"]["date"] == "2025-04-25"
    assert data["facts"]["e001"]["entity"] == "temu"
    with pytest.raises(SystemExit) as stop:
        main(["draft", str(article), "--published", "2025-02-30"])
    assert stop.value.code == 2
    assert "--published" in capsys.readouterr().err


@pytest.mark.parametrize(
    "raw",
    [
        "TITLE: t\nDATE: 2025-11-28\n\n11月5日，越南工贸部要求电信企业封禁Temu的网站和应用程序。\n",
        "TITLE: t\nDATE: 2025-11-28\n\nOn November 5, Vietnam's ministry ordered telecom firms "
        "to block Temu's website and app.\n",
    ],
    ids=["zh", "en"],
)
def test_a_ban_names_the_platform_it_blocks_as_its_object(raw: str) -> None:
    """The first line of the body is read too (its date takes the blank
    before it), and the quote stays in the body and runs to the object."""
    (event,) = events(raw)
    assert (event.kind, event.date, event.object, event.entity) == (
        "access_ban",
        "2025-11-05",
        "temu",
        "",  # the ministry is no player: the editor names it
    )
    assert event.quote in raw and "DATE" not in event.quote and "Temu" in event.quote
    assert "    object: temu\n" in draft_article(raw, "a.txt")


def test_a_fine_is_the_fined_ones_with_its_amount_and_the_authority_a_party() -> None:
    """'SAMR imposed a fine of RMB18.228 billion against Alibaba': the rules read
    a fine as Alibaba's; the regulator is a party, the amount the event's."""
    raw = (
        "TITLE: Alibaba fined\nDATE: 2021-04-12\n\n"
        "On April 10, 2021, the State Administration for Market Regulation (SAMR) imposed "
        "a fine of RMB18.228 billion against Alibaba.\n"
    )
    facts = yaml.safe_load(draft_article(raw, "a.txt"))["facts"]
    fine = facts["e001"]
    assert (fine["event"], fine["entity"], fine["parties"]) == ("fine", "alibaba", ["samr"])
    assert (fine["value"], fine["scale"], fine["currency"]) == (18.228, "billion", "CNY")
    assert "RMB18.228 billion" in fine["source"]["quote"]
    assert [k for k in facts if k.startswith("f")] == []  # not drafted twice


@pytest.mark.parametrize(
    ("raw", "grounds"),
    [
        (
            "France's antitrust agency has slapped a 40 million euro fine on Shein. "
            "The fine follows allegations of deceptive business practices.\n",
            "consumer",  # the agency's name says nothing; the next sentence does
        ),
        (
            "Regulators fined Alibaba 18.22 billion yuan for violating antitrust laws.\n",
            "competition",
        ),
        ("市场监管总局因泄露用户个人信息对某平台罚款500万元。\n", "data"),
    ],
)
def test_what_a_fine_punishes_is_guessed_from_its_words(raw: str, grounds: str) -> None:
    draft = draft_article(f"TITLE: A fine\nDATE: 2025-07-03\n\n{raw}", "a.txt")
    fine = yaml.safe_load(draft)["facts"]["e001"]
    assert (fine["event"], fine["grounds"]) == ("fine", grounds)
    assert "what it is over" in draft  # its text is the reason, not who did what


@pytest.mark.parametrize(
    ("raw", "kind", "day"),
    [
        ("12月9日，智谱宣布开源其核心Agent模型AutoGLM。\n", "open_sourcing", "2025-12-09"),
        ("2024年5月，沙特阿美参与了对智谱约4亿美元的一轮投资。\n", "funding_round", "2024-05"),
        ("3月26日，泡泡玛特发布2024全年财报。\n", "results_release", "2025-03-26"),
        ("MiniMax在6月1日发布的旗舰模型M3面向企业。\n", "product_launch", "2025-06-01"),
        ("On June 1, Shopify unveiled its new checkout.\n", "product_launch", "2025-06-01"),
    ],
)
def test_launches_releases_and_rounds_are_drafted(raw: str, kind: str, day: str) -> None:
    assert [(k, d) for k, d, _, _ in kinds(raw, date(2025, 12, 20))] == [(kind, day)]


def test_a_report_that_only_cites_results_is_no_release() -> None:
    """财报 read without 发布 / 'released': 据财报显示 cites it, releases nothing."""
    assert kinds("据财报显示，3月26日泡泡玛特营收增长。\n", date(2025, 12, 20)) == []


TARIFFS = (
    "TITLE: Temu and Shein raise prices\nDATE: 2025-04-17\n\n"
    "Shein and Temu said on Wednesday they would raise prices for US shoppers from April 25.\n"
    "The US will end the de minimis exemption for parcels from China on May 2.\n"
    "Temu's US sales fell 20% in the week after the announcement.\n"
)


def test_a_change_is_dated_when_it_takes_effect_not_when_it_was_said() -> None:
    """One price change, on April 25 (not also on Wednesday the 16th); the
    duty is the US government's ('The US will end …'), not Temu's, named
    the sentence before."""
    got = [(e.kind, e.date, e.entity) for e in draft_events(TARIFFS, "t.txt")]
    assert got == [
        ("price_change", "2025-04-25", "temu"),
        ("tariff_change", "2025-05-02", "us-government"),
    ]


def test_a_part_named_with_its_owner_is_a_market() -> None:
    """ "Temu's US sales": the part is the US, a market, not "Temu's US", a product."""
    facts = yaml.safe_load(draft_article(TARIFFS, "t.txt"))
    assert facts["entities"]["us"]["kind"] == "market"
    assert facts["facts"]["f001"]["segment"] == "us"


def test_a_rule_change_is_dated_by_the_day_it_applies_not_the_dateline() -> None:
    raw = "出海网1月9日消息，TikTok Shop对履约规则进行重大调整，新规自1月26日起执行。\n"
    assert kinds(raw, date(2026, 1, 9)) == [("policy_change", "2026-01-26", "", "tiktok-shop")]
    english = "On January 9, Amazon said its new returns policy applies effective February 15.\n"
    assert kinds(english, date(2026, 1, 9)) == [("policy_change", "2026-02-15", "", "amazon")]
    # a Chinese dateline is when it was reported: the month the article gives is the date
    dated = "出海网1月9日消息，2026年1月，TikTok Shop对履约规则进行重大调整。\n"
    assert kinds(dated, date(2026, 1, 9)) == [("policy_change", "2026-01", "", "tiktok-shop")]
    # a law taking effect is dated when it does, not the day it was issued
    law = "3月5日，商务部联合印发了新办法，自5月1日起施行。\n"
    assert [k[:2] for k in kinds(law, date(2025, 3, 6))] == [("regulation_effective", "2025-05-01")]


def test_a_suit_brought_by_an_authority_is_the_sued_ones() -> None:
    """'The FTC and 17 states filed a lawsuit against Amazon, alleging … monopoly
    power': the suit is Amazon's, the FTC a party, the grounds competition."""
    text = (
        "TITLE: FTC Sues Amazon\n\nSeptember 27, 2023\n\n"
        "The Federal Trade Commission and 17 states filed a lawsuit against Amazon, alleging "
        "that the online retailer illegally wields monopoly power.\n"
    )
    facts = yaml.safe_load(draft_article(text, "ftc.txt"))["facts"]
    [suit] = [f for f in facts.values() if f.get("event") == "lawsuit"]
    assert suit["entity"] == "amazon" and suit["parties"] == ["ftc"]
    assert suit["grounds"] == "competition"


def test_a_suit_a_platform_brings_makes_it_a_party_not_the_one_sued() -> None:
    """'Amazon has filed three lawsuits against bad actors …': Amazon sues; the
    defendants, named by no entity the draft knows, are the editor's to add."""
    text = (
        "TITLE: Amazon sues bad actors\nDATE: 2023-03-31\n\n"
        "E-commerce giant Amazon has filed three lawsuits against bad actors that pretended "
        "to be legitimate copyright owners.\n"
    )
    out = draft_article(text, "a.txt")
    [suit] = [f for f in yaml.safe_load(out)["facts"].values() if f.get("event") == "lawsuit"]
    assert "entity" not in suit and suit["parties"] == ["amazon"]
    assert "who: add entity" in out
    # a named defendant is the suit's entity
    named = text.replace("bad actors that", "Walmart, whose sellers")
    [suit] = [f for f in yaml.safe_load(draft_article(named, "b.txt"))["facts"].values()
              if f.get("event") == "lawsuit"]
    assert suit["entity"] == "walmart" and suit["parties"] == ["amazon"]
