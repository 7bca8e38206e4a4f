"""A reader's digest: grouped, every sentence once, dates resolved, linked."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from summarizer.digest.build import Digest, build_digest
from summarizer.digest.edition import choose
from summarizer.model import LANGS, Story
from summarizer.pipeline import Project

ALL = date(2000, 1, 1)
SENTENCE = re.compile(r"(?<=[。！？；])|(?<=[.!?;])\s+")


def everything(project: Project, stories: list[Story], persona: str, lang: str) -> Digest:
    return build_digest(project, stories, persona, lang, choose(stories, since=ALL))


def sentences(d: Digest) -> list[str]:
    out = []
    for g in d.groups:
        for e in g.entries:
            for text in (e.lead, *(i.text for i in e.items)):
                out += [s.strip() for s in SENTENCE.split(text) if len(s.strip()) > 12]
    return out


def test_five_stories_on_zhipu_and_minimax_are_one_group(
    project: Project, stories: list[Story]
) -> None:
    d = everything(project, stories, "seller", "zh-Hans")
    names = [g.name for g in d.groups]
    assert names[0] == "智谱和MiniMax" and len(d.groups[0].entries) == 5
    assert d.groups[0].count == "5篇"
    tiktok = [g for g in d.groups if g.name == "TikTok Shop"]
    assert len(tiktok) == 1 and len(tiktok[0].entries) == 7
    # a round-up of twelve retailers and rankings of seven and six platforms chain
    # no groups together: they stand alone
    roundup = [g for g in d.groups if g.name == "其他报道"]
    assert sorted(e.story for g in roundup for e in g.entries) == [
        "ipc-cross-border-share-2025", "merchant-complaints-2025",
        "us-holiday-spending-2024-chinese-platforms",
    ]
    amazon = [g for g in d.groups if g.name == "亚马逊"]
    assert [e.story for e in amazon[0].entries] == [
        "amazon-ads-q3-2025", "amazon-us-fba-fees-2026", "amazon-layoffs-2025", "amazon-dd7-payout-reserve-2026",
        "amazon-fulfilment-pay-2025", "amazon-nike-direct-2025", "amazon-tariff-price-hikes-2025",
        "amazon-haul-launch-2024", "amazon-holiday-peak-fee-2024", "amazon-apparel-referral-fee-cut",
        "amazon-inbound-placement-fee-2024",
        "amazon-low-inventory-level-fee-2024", "amazon-cpc-2023",
        "ftc-amazon-antitrust-suit-2023", "amazon-free-shipping-minimum-2023",
        "amazon-false-copyright-lawsuits-2023", "amazon-return-shipping-corrections-2023",
        "amazon-review-abuse-bans-2021", "amazon-prime-monthly-fee-2018",
    ]
    # a deal's other party is not a subject: Amazon buying from Nike does not
    # chain Nike's results and prices into Amazon's group
    assert [e.story for g in d.groups if g.name == "耐克" for e in g.entries] == [
        "nike-q1-fy2026", "nike-china-sourcing-shift-2025", "nike-us-price-increase-2025",
        "nike-inventory-glut-2022"]
    # a company's story citing a government's rule (Amazon Haul and the de
    # minimis threshold, Forever 21 too) does not join the government's group;
    # its duty receipts and its customs agency's seizures do (CBP is the de minimis story's too)
    assert [e.story for g in d.groups if g.name == "美国政府" for e in g.entries] == [
        "us-china-tariff-cut-2025", "us-de-minimis-global-end", "us-customs-duties-june-2025",
        "cbp-counterfeit-seizures-fy2019"]
    # newest first, groups ordered by their newest story
    newest = [g.entries[0].published for g in d.groups]
    assert newest == sorted(newest, reverse=True)
    en = everything(project, stories, "seller", "en")
    assert en.groups[0].name == "Zhipu AI and MiniMax" and en.groups[0].count == "5 stories"


@pytest.mark.parametrize("lang", LANGS)
def test_no_sentence_twice_for_any_reader(
    project: Project, stories: list[Story], lang: str
) -> None:
    for persona in project.personas:
        said = sentences(everything(project, stories, persona.id, lang))
        repeated = {s for s in said if said.count(s) > 1}
        assert not repeated, (persona.id, repeated)


def test_a_repeated_story_adds_nothing_it_already_said(
    project: Project, stories: list[Story]
) -> None:
    original = next(s for s in stories if s.id == "zhipu-minimax-hearing")
    twin = replace(original, id="zhipu-minimax-hearing-again", published=date(2025, 12, 21))
    d = everything(project, [*stories, twin], "seller", "zh-Hans")
    group = d.groups[0]
    first = next(e for e in group.entries if e.story == original.id)
    again = next(e for e in group.entries if e.story == twin.id)
    assert first.items and first.lead
    assert again.items == () and again.lead == ""
    assert again.title == first.title  # still listed, with its link


def test_relative_dates_name_the_year_of_their_story(
    project: Project, stories: list[Story]
) -> None:
    zh = everything(project, stories, "general", "zh-Hans")
    en = everything(project, stories, "general", "en")
    for d in (zh, en):
        text = " ".join(sentences(d)) + " ".join(e.title for g in d.groups for e in g.entries)
        assert not re.search(r"今年|去年|明年|下月|this year|next month|last year", text), d.lang
    factory = "".join(sentences(everything(project, stories, "factory", "zh-Hans")))
    # the de minimis story (August 2025) says 今年5月2日
    assert "2025年5月2日美国已先取消中国内地及香港包裹的小额豁免" in factory
    titles = [e.title for g in zh.groups for e in g.entries]
    assert "划定红线、责任到人，直播电商监管新规2026年2月起施行" in titles


def test_each_entry_links_to_the_readers_version(project: Project, stories: list[Story]) -> None:
    e = choose(stories)
    seller = build_digest(project, stories, "seller", "en", e)
    entry = seller.groups[0].entries[0]
    assert entry.href == "en/stories/zhipu-minimax-valuation-divergence.html?persona=seller"
    general = build_digest(project, stories, "general", "zh-Hant", e, "https://qr.example/")
    assert general.groups[0].entries[0].href == (
        "https://qr.example/zh-Hant/stories/zhipu-minimax-valuation-divergence.html"
    )


def test_headings_in_every_language(project: Project, stories: list[Story]) -> None:
    e = choose(stories)
    heads = {lang: build_digest(project, stories, "seller", lang, e) for lang in LANGS}
    assert heads["zh-Hans"].title == "卖家版快读周报"
    assert heads["zh-Hant"].title == "賣家版快讀週報"
    assert heads["zh-Hant-HK"].title == "賣家版快讀週報"
    assert heads["en"].title == "Quick reads weekly for sellers"
    assert heads["zh-Hant"].edition == "2026年第26週（6月22日至28日）"
    assert heads["en"].as_of == "As of June 25, 2026"
    assert heads["zh-Hans"].as_of == "截至2026年6月25日"
    general = build_digest(project, stories, "general", "zh-Hans", e)
    assert general.title == "快读周报"


def test_an_empty_edition_says_so(project: Project, stories: list[Story]) -> None:
    e = choose(stories, since=date(2027, 1, 1), until=date(2027, 1, 7))
    d = build_digest(project, stories, "seller", "zh-Hans", e)
    assert d.groups == () and d.words["empty"] == "本期没有新的报道。"


def test_round_ups_share_one_group_and_link_no_others() -> None:
    """Stories with no subject of their own (round-ups of many companies) are
    one group, headed "Other stories" in a digest, and chain no company's
    stories."""
    from summarizer.digest.group import group_subjects

    groups = group_subjects([[("a", 0)], [], [("b", 0)], [], [("a", 0), ("c", 1)]])
    assert groups == [(["a"], [0, 4]), ([], [1, 3]), (["b"], [2])]


def test_a_story_alone_is_headed_by_what_it_cites_most() -> None:
    """The yuan story cites the yuan four times and the central bank once:
    alone in its group it is headed 'The yuan', not by the bank's kind."""
    from summarizer.digest.group import group_subjects

    subs = [[("cny", 8), ("pboc", 6)]]
    assert group_subjects(subs) == [(["cny"], [0])]
    two = [[("cny", 8), ("pboc", 6)], [("pboc", 6)]]
    assert group_subjects(two) == [(["pboc"], [0, 1])]  # shared: the bank


def test_a_story_with_nothing_for_the_reader_is_listed_by_title_last(
    project: Project, stories: list[Story]
) -> None:
    """UPS's rate rise has no point for a factory: its digest lists it under
    "Also in this edition" with its link, not as an entry saying so."""
    from summarizer.digest.email import digest_email
    from summarizer.digest.text import digest_markdown, digest_text

    # September 6-19 (Luckin's launch day on the 5th and Indonesia's ban on the 27th have
    # factory points; the couriers' August figures of the 20th have none either)
    sept = choose(stories, since=date(2023, 9, 6), until=date(2023, 9, 19))
    d = build_digest(project, stories, "factory", "en", sept)
    assert d.groups == () and [e.story for e in d.also] == ["ups-2024-rate-increase"]
    md = digest_markdown(d)
    # nothing comes before it: not "also", but the titles alone
    assert "1 story in this edition" in md and "## Titles only" in md
    assert ("- [UPS raises its 2024 shipping rates 5.9%, matching FedEx]"
            "(<en/stories/ups-2024-rate-increase.html?persona=factory>) · FreightWaves") in md
    assert "little bearing" not in md and "No new stories" not in md
    assert "== Titles only ==" in digest_text(d)
    assert 'class="also"' in digest_email(d) and "No new stories" not in digest_email(d)
    zh = digest_markdown(build_digest(project, stories, "factory", "zh-Hant", sept))
    assert "## 報導標題" in zh
    since_2021 = choose(stories, since=date(2021, 1, 1))
    wide = digest_markdown(build_digest(project, stories, "factory", "en", since_2021))
    assert "## Also in this edition" in wide  # after the stories that have points


@pytest.mark.parametrize("persona", ["brand", "factory", "service_provider", "researcher"])
def test_no_entry_says_there_is_nothing_for_the_reader(
    project: Project, stories: list[Story], persona: str
) -> None:
    d = everything(project, stories, persona, "en")
    empty = project.persona(persona).empty.get("en") if project.persona(persona).empty else ""
    listed = {e.story for e in d.also}
    shown = {e.story for g in d.groups for e in g.entries}
    assert not listed & shown and len(listed | shown) == len(stories)
    for g in d.groups:
        for e in g.entries:
            assert all(i.label for i in e.items), e.story  # points only, never the empty line
            assert not empty or all(empty not in i.text for i in e.items)


def test_a_chained_group_is_named_after_what_most_of_it_shares() -> None:
    """Four stories linked story to story (a courier tax naming Temu and
    Shein, Temu's fulfilment, their ad cuts, Shein's supplier fund) share no
    subject all round: the heading is the first story's subject most of them
    share (Temu), not the tax only the first is about."""
    from summarizer.digest.group import group_subjects

    subs = [
        [("courier-tax", 5), ("temu", 1), ("shein", 1)],
        [("temu", 1), ("us-government", 7)],
        [("temu", 1), ("shein", 1)],
        [("shein", 1), ("temu", 1)],
        [("shein", 1)],
    ]
    [(names, members)] = group_subjects(subs)
    assert members == [0, 1, 2, 3, 4] and names == ["temu", "shein"]
    # a subject all of them share still names the group alone
    assert group_subjects(subs[2:4])[0][0] == ["temu", "shein"]
    assert group_subjects([[("a", 0), ("b", 1)], [("b", 1)]])[0][0] == ["b"]
