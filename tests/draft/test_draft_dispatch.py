"""Drafting a platform's dispatch deadline (出海网, 2026-01-09, on TikTok
Shop; seed tiktok-shop-dispatch-deadline-2026): the deadlines were orders
and revenue counted in no unit, the late share a share of orders, and the
penalty a number of orders in dollars. 个工作日 / business days is now a
unit, 发货时效 and "ship within" name ``dispatch_deadline``, the late share
is the limit itself (a level, not a share of something), and 每延迟发货订单
/ "per late order" say the penalty is per order."""

from __future__ import annotations

from datetime import date

from summarizer.draft import draft_article, draft_figures

TEXT = (
    "履约新规\n\n2026-01-09\n\n"
    '第一阶段(1月12日-25日)要求订单在创建后4个工作日内更新为"运输中";'
    "第二阶段(1月26日起)进一步收紧至2个工作日。"
    "若店铺延迟发货订单占比超过10%,将面临三重处罚:订单量限制,以及每延迟发货订单5美元的损害赔偿金。\n"
)


def test_deadlines_limit_and_penalty_are_drafted_as_such() -> None:
    _, figures = draft_figures(TEXT, "deadline.txt")
    got = [(f.metric, f.value, f.unit, f.currency, f.per, f.measure) for f in figures]
    assert got == [
        ("dispatch_deadline", "4", "business_days", "", "", ""),
        ("dispatch_deadline", "2", "business_days", "", "", ""),
        ("late_dispatch_limit", "10", "percent", "", "", ""),
        ("late_dispatch_penalty", "5", "", "USD", "order", ""),
    ]


def test_an_english_deadline_and_penalty_per_late_order() -> None:
    text = (
        "New rules\n\n2026-01-13\n\n"
        "Orders must be shipped within 2 business days, and stores over the limit pay "
        "US$5 per late order.\n"
    )
    _, figures = draft_figures(text, "deadline.txt")
    got = [(f.metric, f.value, f.unit, f.currency, f.per) for f in figures]
    assert got == [
        ("dispatch_deadline", "2", "business_days", "", ""),
        ("late_dispatch_penalty", "5", "", "USD", "order"),
    ]


def test_days_in_words_are_a_term_but_not_a_stretch_of_time() -> None:
    """"within two business days" and "seven days after delivery" are the
    terms platforms set; "the first nine days" and "four to six days to
    recover" are spans of time, and months in words are periods."""
    text = (
        "New rules\n\n2026-01-13\n\n"
        "Orders must be shipped within two business days. "
        "Sellers have a reserve period of seven days after delivery. "
        "Sales in the first nine days rose, and in the first nine months too. "
        "It takes four to six days to recover.\n"
    )
    _, figures = draft_figures(text, "terms.txt")
    assert [(f.metric, f.value, f.unit) for f in figures] == [
        ("dispatch_deadline", "2", "business_days"),
        ("payout_reserve", "7", "days"),
    ]


def test_a_platforms_rule_change_is_drafted_once_with_what_it_is_about() -> None:
    """履约规则 names a rule change (one, however many dates its sentence
    has), and its words say what the rules are about: shipping."""
    text = (
        "履约新规\n\n2026-01-09\n\n"
        "出海网1月9日消息,2026年1月,TikTok Shop对履约规则进行重大调整,"
        "将发货时效考核从\"待揽收\"状态迁移至\"运输中\"状态。\n"
        "Shopee updated its returns policy on March 3, 2026.\n"
    )
    yaml_text = draft_article(text, "rules.txt", published=date(2026, 1, 9))
    assert yaml_text.count("event: policy_change") == 2
    assert "area: fulfilment  # REVIEW" in yaml_text
    assert "area: returns  # REVIEW" in yaml_text


def test_a_search_ranking_rule_and_its_free_shipping_minimum_are_drafted() -> None:
    """Etsy (Engadget, 2019-07-10): 'priority placement' in search results
    is a rule change about search ranking, and 'free shipping on orders
    costing $35' its free shipping minimum, not a count of orders."""
    text = (
        "Etsy pushes free shipping\n\n2019-07-10\n\n"
        'The company has announced that, starting July 30th, it will give "priority placement" '
        "in US search results and advertising to items that ship free and to sellers that "
        "guarantee free shipping on orders costing $35 or more.\n"
    )
    yaml_text = draft_article(text, "etsy.txt", published=date(2019, 7, 10))
    assert "event: policy_change" in yaml_text and 'date: "2019-07-30"' in yaml_text
    assert "area: search  # REVIEW" in yaml_text
    _, figures = draft_figures(text, "etsy.txt")
    assert [(f.metric, f.value, f.currency) for f in figures] == [
        ("free_shipping_threshold", "35", "USD")
    ]
