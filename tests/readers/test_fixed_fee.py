"""A fixed fee per shop and year moved (Taobao Mall, 2011: registered
sellers' annual service fee from 6,000 yuan to 30,000 or 60,000 yuan in
2012; seed taobao-mall-fee-hike-2011).

``base_change`` told it as "each charge is now RMB 24,000 more: build it
into every order": one end of the range, and a fee paid once a year read as
one paid on each order. ``fixed_fee`` says the rise a year as a range, its
multiple, and the yearly sales of which the rise is one point (what a 1%
commission takes of RMB 2.4-5.4 million): a shop selling less pays more
than a point of its sales, the small vendors' complaint in figures."""

from __future__ import annotations

from ministory import mini_story, sections

from summarizer.rules import derive

ENTITIES = (
    "  p: {kind: platform, name: {zh-Hans: 甲商城, en: MallCo}}\n"
    "  reg: {kind: group, reader: seller, name: {zh-Hans: 在册商家, en: registered sellers}}\n"
)


def _story(new: str = "[30000, 60000]", per: str = "year"):  # type: ignore[no-untyped-def]
    facts = (
        "  f0: {metric: annual_fee, entity: p, segment: reg, period: FY2011, value: 6000,"
        f" currency: CNY, per: {per}, source: {{quote: 原文一}}}}\n"
        f"  f1: {{metric: annual_fee, entity: p, segment: reg, period: FY2012, value: {new},"
        f" currency: CNY, per: {per}, base: f0, source: {{quote: 原文二}}}}\n"
    )
    return mini_story(ENTITIES, facts, published="2011-10-17")


def test_the_rise_is_a_range_a_multiple_and_the_sales_it_is_one_point_of() -> None:
    takeaways = derive(_story()).takeaways
    assert [t.rule for t in takeaways if t.rule in ("base_change", "fixed_fee")] == ["fixed_fee"]
    [t] = [t for t in takeaways if t.rule == "fixed_fee"]
    d, r, s = (t.values[k] for k in ("delta", "ratio", "sales"))
    assert (d.value, d.upper) == (24000, 54000)  # type: ignore[union-attr]
    assert (r.value, r.upper) == (5, 10)  # type: ignore[union-attr]
    assert (s.value, s.upper) == (2400000, 5400000)  # type: ignore[union-attr]


def test_each_reader_reads_a_fee_a_year_not_a_charge_on_each_order() -> None:
    en = sections(_story(), "en")
    assert ("From 2012, MallCo's annual fee for registered sellers will be RMB 30,000–60,000"
            " a year instead of RMB 6,000: RMB 24,000–54,000 more a year, 5–10 times the old fee,"
            " or what a 1% commission takes of RMB 2.4–5.4 million in sales a year.") in en[
        "general"]
    text = " ".join(en.values())
    assert "every order" not in text and "Each charge" not in text
    assert "below RMB 2.4–5.4 million in sales a year it costs you more than a point" in en[
        "seller"] + en["brand"] + en["general"]
    assert "a lower fixed fee, or none, is the argument to win them" in en["platform_operator"]
    assert "factory" not in en or "MallCo" not in en["factory"]
    zh = sections(_story(), "zh-Hans")
    assert "每年多付2.4万至5.4万元，是原费用的5至10倍，相当于每年240万至540万元销售额按1%抽取的佣金" in zh[
        "general"]
    assert "销售额不到240万至540万元" in zh["platform_operator"]


def test_a_single_new_fee_and_a_cut_read_their_own_way() -> None:
    one = derive(_story(new="30000")).takeaways
    [t] = [t for t in one if t.rule == "fixed_fee"]
    assert (t.values["delta"].value, t.values["delta"].upper) == (24000, None)  # type: ignore[union-attr]
    en = sections(_story(new="3000"), "en")
    assert "RMB 3,000 less a year, 0.5 times the old fee" in en["general"]
    assert "more than a point of margin back" in " ".join(en.values())


def test_a_monthly_fee_is_said_a_month() -> None:
    en = sections(_story(new="30000", per="month"), "en")
    assert "RMB 24,000 more a month" in en["general"]
    assert "RMB 2.4 million in sales a month" in en["general"]


def test_a_fee_scrapped_from_a_range_saves_the_whole_old_fee() -> None:
    """Tmall's annual fee of 30,000 to 60,000 yuan, scrapped from September
    2024: the old fee saved, no '0 times the old fee'."""
    facts = (
        "  f0: {metric: annual_fee, entity: p, segment: reg, period: FY2023, value: [30000, 60000],"
        " currency: CNY, per: year, source: {quote: 原文一}}\n"
        "  f1: {metric: annual_fee, entity: p, segment: reg, period: '2024-09-01', value: 0,"
        " currency: CNY, per: year, base: f0, source: {quote: 原文二}}\n"
    )
    story = mini_story(ENTITIES, facts, published="2024-08-20")
    [t] = [t for t in derive(story).takeaways if t.rule == "fixed_fee"]
    assert t.values["scrapped"] is True
    en = " ".join(sections(story, "en").values())
    assert "0 times" not in en
    assert ("From September 1, 2024, MallCo scraps its annual fee for registered sellers of"
            " RMB 30,000–60,000 a year") in en
    assert ("MallCo's annual fee is scrapped, saving RMB 30,000–60,000 a year; that counts most for"
            " a small shop: below RMB 3–6 million in sales a year it is more than a point of margin"
            " back") in en
    zh = " ".join(sections(story, "zh-Hans").values())
    assert "甲商城取消向在册商家收取的年费（原为每年3万至6万元）" in zh
    assert "年费取消后，小店是否回来" in zh
